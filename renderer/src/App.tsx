// The console once it is connected: settings, status and errors from core, and the current view.
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SportelloApi } from '../../shared/api';
import type { AppInfo, CoreStatus, Notice, Settings, SettingsPatch } from '../../shared/contract';
import { ErrorBanners } from './errors/ErrorBanners';
import { useCallErrors } from './errors/useCallErrors';
import { useLanguage } from './i18n/useLanguage';
import { NoticeBanners } from './notices/NoticeBanners';
import { useSettings } from './settings/useSettings';
import { AppFrame } from './shell/AppFrame';
import { Navigation } from './shell/Navigation';
import { StatusBar } from './shell/StatusBar';
import { useViewShortcuts } from './shell/useViewShortcuts';
import type { ViewId } from './shell/views';
import { useCoreStatus } from './status/useCoreStatus';
import { useAppliedTheme } from './theme/theme';
import { AboutView } from './views/AboutView';
import { InboxView } from './views/InboxView';
import { ReportsView } from './views/ReportsView';
import { SettingsView } from './views/SettingsView';

export interface AppProps {
  api: SportelloApi;
  appInfo: AppInfo;
  initialSettings: Settings;
  initialStatus: CoreStatus;
  notices: readonly Notice[];
}

export function App({ api, appInfo, initialSettings, initialStatus, notices }: AppProps) {
  const { errors, report, dismiss } = useCallErrors();
  const { settings, selection, update } = useSettings(api, initialSettings, report);
  const status = useCoreStatus(api, initialStatus);
  const theme = useAppliedTheme(settings.theme);
  useLanguage(settings.language);

  const [view, setView] = useState<ViewId>('inbox');
  const mainRef = useRef<HTMLElement>(null);

  // A shortcut can fire from a control the next view removes; focus goes to the new heading so it
  // is not lost to <body>, and screen readers announce where the operator landed.
  useViewShortcuts(
    useCallback((next: ViewId) => {
      flushSync(() => setView(next));
      mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    }, []),
  );

  const updateSettings = useCallback((patch: SettingsPatch) => void update(patch), [update]);

  return (
    <AppFrame
      mainRef={mainRef}
      navigation={<Navigation current={view} onNavigate={setView} />}
      banners={
        <>
          <NoticeBanners notices={notices} />
          <ErrorBanners errors={errors} onDismiss={dismiss} />
        </>
      }
      statusBar={
        <StatusBar
          status={status}
          theme={theme}
          onToggleTheme={() => updateSettings({ theme: theme === 'dark' ? 'light' : 'dark' })}
        />
      }
    >
      {view === 'inbox' && <InboxView />}
      {view === 'reports' && <ReportsView />}
      {view === 'settings' && <SettingsView selection={selection} dataDir={appInfo.dataDir} onChange={updateSettings} />}
      {view === 'about' && <AboutView appInfo={appInfo} />}
    </AppFrame>
  );
}
