// The console once it is connected: settings, status and errors from core, and the current view.
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../shared/api';
import type { AppInfo, CoreStatus, Notice, Settings, SettingsPatch } from '../../shared/contract';
import { accountsHeadingId } from './accounts/AccountsSection';
import { useAlerts } from './alerts/useAlerts';
import { useAccounts } from './accounts/useAccounts';
import { DemoLabel } from './demo/DemoLabel';
import { useDemoStatus } from './demo/useDemoStatus';
import { ErrorBanners } from './errors/ErrorBanners';
import { useCallErrors } from './errors/useCallErrors';
import { useLanguage } from './i18n/useLanguage';
import { NoticeBanners } from './notices/NoticeBanners';
import { useSettings } from './settings/useSettings';
import { AppFrame } from './shell/AppFrame';
import { Navigation } from './shell/Navigation';
import { useBrands } from './brands/useBrands';
import { CommandPalette, type Command } from './shell/CommandPalette';
import { ShortcutSheet } from './shell/ShortcutSheet';
import { plainKey, useKeyboardShortcut } from './shell/useKeyboardShortcut';
import { viewIds, viewShortcut } from './shell/views';
import { runConversationCommand } from './inbox/useConversationShortcuts';
import type { QueueFilter } from './inbox/useQueue';
import { useSavedViews } from './inbox/useSavedViews';
import { StatusBar } from './shell/StatusBar';
import { useViewShortcuts } from './shell/useViewShortcuts';
import type { ViewId } from './shell/views';
import { useCoreStatus } from './status/useCoreStatus';
import { ReauthBanners, type ReauthAccount } from './sync/ReauthBanners';
import { usePendingOutbox } from './sync/usePendingOutbox';
import { useSyncStatus } from './sync/useSyncStatus';
import { useAppliedTheme } from './theme/theme';
import { AboutView } from './views/AboutView';
import { AlertsView } from './views/AlertsView';
import { focusSearchEvent, InboxView } from './views/InboxView';
import { ReportsView } from './views/ReportsView';
import { SupervisorView } from './views/SupervisorView';
import { SettingsView } from './views/SettingsView';

export interface AppProps {
  api: SportelloApi;
  appInfo: AppInfo;
  initialSettings: Settings;
  initialStatus: CoreStatus;
  notices: readonly Notice[];
}

export function App({ api, appInfo, initialSettings, initialStatus, notices }: AppProps) {
  const { t } = useTranslation();
  const { errors, report, dismiss } = useCallErrors();
  const { settings, selection, update } = useSettings(api, initialSettings, report);
  const status = useCoreStatus(api, initialStatus);
  const syncStatuses = useSyncStatus(api);
  const pendingOutbox = usePendingOutbox(api);
  const { accounts, reload: reloadAccounts } = useAccounts(api, syncStatuses, report);
  const demo = useDemoStatus(api, report);
  const theme = useAppliedTheme(settings.theme);
  useLanguage(settings.language);

  // A supervisor starts on the overview of every queue; an agent on the inbox.
  const [view, setView] = useState<ViewId>(initialSettings.role === 'supervisor' ? 'supervisor' : 'inbox');
  const mainRef = useRef<HTMLElement>(null);

  // A shortcut can fire from a control the next view removes; focus goes to the new heading (or the
  // part of the view asked for) so it is not lost to <body>, and screen readers announce where the
  // operator landed.
  const navigate = useCallback((next: ViewId, focusId?: string) => {
    flushSync(() => setView(next));
    const target = focusId ? document.getElementById(focusId) : mainRef.current?.querySelector<HTMLElement>('h1');
    target?.focus();
  }, []);
  useViewShortcuts(navigate);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useKeyboardShortcut(plainKey('?'), () => setShortcutsOpen(true));
  const [paletteOpen, setPaletteOpen] = useState(false);
  // Ctrl+K (Cmd+K on a Mac), from anywhere, text fields included.
  useKeyboardShortcut((event) => event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey, () => setPaletteOpen(true), {
    whileTyping: true,
  });

  // A conversation to show, from an alert or a notification: the inbox opens it. The sequence
  // number makes asking twice for the same conversation open it again.
  const [openRequest, setOpenRequest] = useState<{ id: number; sequence: number } | null>(null);
  const openConversation = useCallback(
    (id: number) => {
      setOpenRequest((previous) => ({ id, sequence: (previous?.sequence ?? 0) + 1 }));
      navigate('inbox');
    },
    [navigate],
  );
  const alertSummary = useAlerts(api, appInfo.host, openConversation);
  // The inbox's filters live here: a count in the Supervisor view or a saved view in the command
  // palette sets them, and they outlast a visit to another view.
  const [inboxFilter, setInboxFilter] = useState<QueueFilter>({});
  const showQueue = useCallback(
    (filter: QueueFilter) => {
      setInboxFilter(filter);
      navigate('inbox');
    },
    [navigate],
  );
  const savedViews = useSavedViews(api, report);
  const brands = useBrands(api, accounts);
  const openAccounts = useCallback(() => navigate('settings', accountsHeadingId), [navigate]);

  const updateSettings = useCallback((patch: SettingsPatch) => void update(patch), [update]);
  const onAccountsChanged = useCallback(() => void reloadAccounts(), [reloadAccounts]);

  // Sync notices a token going bad first; the account list says so too once it is read again.
  const reauth = new Map<number, ReauthAccount>();
  for (const sync of syncStatuses) if (sync.state === 'needs_reauth') reauth.set(sync.accountId, { id: sync.accountId, name: sync.displayName });
  for (const account of accounts ?? []) if (account.status === 'needs_reauth') reauth.set(account.id, { id: account.id, name: account.displayName });

  const commands: Command[] = [
    ...viewIds.map((id) => ({ id: `view-${id}`, label: t('commands.goTo', { view: t(`navigation.${id}`) }), shortcut: viewShortcut(id), run: () => navigate(id) })),
    {
      id: 'search',
      label: t('commands.searchMessages'),
      shortcut: '/',
      run: () => {
        navigate('inbox');
        window.dispatchEvent(new Event(focusSearchEvent));
      },
    },
    ...(view === 'inbox'
      ? (['reply', 'note', 'close', 'snooze'] as const).map((action) => ({
          id: `conversation-${action}`,
          label: t(`commands.conversation.${action}`),
          shortcut: { reply: 'R', note: 'N', close: 'E', snooze: 'S' }[action],
          run: () => runConversationCommand(action),
        }))
      : []),
    // A freelancer switches client by name: one brand's queue, or every brand's.
    ...brands.map((brand) => ({ id: `brand-${brand.id}`, label: t('commands.showBrand', { brand: brand.name }), run: () => showQueue({ brandIds: [brand.id] }) })),
    ...(brands.length > 1 ? [{ id: 'brand-all', label: t('commands.showAllBrands'), run: () => showQueue({}) }] : []),
    ...(savedViews.views ?? []).map((saved) => ({ id: `saved-view-${saved.id}`, label: t('savedViews.command', { name: saved.name }), run: () => showQueue(saved.filter) })),
    { id: 'theme', label: t('commands.toggleTheme'), run: () => updateSettings({ theme: theme === 'dark' ? 'light' : 'dark' }) },
    { id: 'shortcuts', label: t('commands.shortcuts'), shortcut: '?', run: () => setShortcutsOpen(true) },
  ];

  return (
    <AppFrame
      mainRef={mainRef}
      navigation={<Navigation current={view} onNavigate={setView} atRisk={alertSummary.atRisk} />}
      banners={
        <>
          {demo.active && <DemoLabel onRemove={demo.remove} />}
          <NoticeBanners notices={notices} />
          <ReauthBanners accounts={[...reauth.values()]} onReauthorise={openAccounts} />
          <ErrorBanners errors={errors} onDismiss={dismiss} />
        </>
      }
      statusBar={
        <StatusBar
          status={status}
          syncStatuses={syncStatuses}
          accounts={accounts}
          pending={pendingOutbox}
          theme={theme}
          onToggleTheme={() => updateSettings({ theme: theme === 'dark' ? 'light' : 'dark' })}
        />
      }
    >
      {view === 'inbox' && (
        <InboxView
          api={api}
          hasAccounts={accounts === null ? null : accounts.length > 0}
          reportError={report}
          onConnectAccount={openAccounts}
          openRequest={openRequest}
          agentName={settings.agentName}
          filter={inboxFilter}
          onFilterChange={setInboxFilter}
          savedViews={savedViews}
        />
      )}
      {view === 'alerts' && (
        <AlertsView
          api={api}
          host={appInfo.host}
          role={settings.role}
          summary={alertSummary}
          reportError={report}
          onOpenConversation={openConversation}
        />
      )}
      {view === 'supervisor' && <SupervisorView api={api} reportError={report} onOpenConversation={openConversation} onShowQueue={showQueue} />}
      {view === 'reports' && <ReportsView />}
      {view === 'settings' && (
        <SettingsView
          api={api}
          selection={selection}
          dataDir={appInfo.dataDir}
          onChange={updateSettings}
          accounts={accounts}
          onAccountsChanged={onAccountsChanged}
          reportError={report}
        />
      )}
      {view === 'about' && <AboutView appInfo={appInfo} />}
      <ShortcutSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} commands={commands} />
    </AppFrame>
  );
}
