// The composition of core: everything the console can do, with no Electron in sight. The Electron
// shell and the browser host each build one of these and plug it into their transport.
import type { AppInfo, BrandSummary, Notice } from '../../shared/contract';
import { AccountService } from './accounts/account-service';
import type { Connector } from './connectors/connector';
import { metaConnector } from './connectors/meta/meta-connector';
import { ConversationActions } from './conversations/conversation-actions';
import { AttachmentImages } from './conversations/attachment-images';
import { ConversationService } from './conversations/conversation-service';
import { SavedReplies } from './conversations/saved-replies';
import { searchMessages } from './conversations/search-service';
import { SnoozeWaker } from './conversations/snooze-waker';
import { DemoWorkspace, type DemoPlatform } from './demo/demo-workspace';
import type { Platform } from './store/repositories/accounts';
import type { Brand } from './store/repositories/brands';
import { systemClock, type SchedulerClock } from './scheduler-clock';
import { AlertScheduler } from './sla/alert-scheduler';
import { SlaClocks } from './sla/sla-clocks';
import { SlaPolicies } from './sla/sla-policies';
import { SyncEngine } from './sync/sync-engine';
import { GraphError } from './connectors/meta/graph-error';
import { exportDiagnostics } from './diagnostics/diagnostics-export';
import { RecentLog } from './diagnostics/recent-log';
import { CoreError } from './core-error';
import { createDispatcher, type Dispatch } from './dispatcher';
import { EventHub } from './event-hub';
import type { Logger } from './logger';
import { StatusMonitor, type NetworkProbe } from './network-status';
import type { SecretStore } from './secrets/secret-store';
import { SettingsStore } from './settings-store';
import { openStore, type Store } from './store/store';

export interface CoreOptions {
  dataDir: string;
  appName: string;
  version: string;
  host: AppInfo['host'];
  runtimeVersions: Record<string, string>;
  networkProbe: NetworkProbe;
  secrets: SecretStore;
  logger: Logger;
  /** better-sqlite3 addon built for this runtime's ABI (Electron's differs from Node's). */
  sqliteBinding?: string;
  /** The embedded simulator behind the demo workspace; absent: no demo. */
  demoPlatform?: DemoPlatform;
  /** The sync loop's base interval. */
  syncIntervalMs?: number;
  /** How long one platform request may take (default 20 s). */
  requestTimeoutMs?: number;
  /** Time for SLA alerts (tests use a fake one). */
  clock?: SchedulerClock;
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  settings: SettingsStore;
  store: Store;
  sync: SyncEngine;
  alerts: AlertScheduler;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const events = new EventHub();
  // Every line also kept in memory for a diagnostics export.
  const logger = new RecentLog(options.logger);
  // Preferences first: they stay readable even when the database is not.
  const settings = new SettingsStore(options.dataDir, logger);
  const store = await openStore({ dataDir: options.dataDir, nativeBinding: options.sqliteBinding, logger });
  const connectors = new Map<Platform, Connector>([['meta', metaConnector]]);
  const clock = options.clock ?? systemClock;
  const policies = new SlaPolicies(store, clock.now);
  const clocks = new SlaClocks(store, policies);
  clocks.recomputeLegacy();
  const alerts = new AlertScheduler({
    store,
    clock,
    preferences: () => settings.get(),
    deliver: (groups) => events.emit('alerts.fired', groups),
    summaryChanged: (summary) => events.emit('alerts.summary', summary),
    logger,
  });
  const accounts = new AccountService(store, options.secrets, connectors, logger, (brandId) => policies.addDefaultPolicy(brandId));
  const conversations = new ConversationService(store, clock.now);
  const attachmentImages = new AttachmentImages(store.db);
  const actions = new ConversationActions(store, clock.now);
  const savedReplies = new SavedReplies(store, clock.now);
  const status = new StatusMonitor(options.networkProbe, events, () => store.accounts.list().length);
  status.start();
  const notices: Notice[] = store.recovery ? [{ kind: 'database-recovered', ...store.recovery }] : [];
  /** Conversations changed: their SLA clocks first, then the UI. */
  const changed = (ids: number[]) => {
    const unique = [...new Set(ids)];
    clocks.recompute(unique);
    alerts.reschedule();
    events.emit('conversations.changed', { ids: unique });
  };
  const snoozes = new SnoozeWaker(actions, clock, (ids) => changed(ids), logger);
  snoozes.start();
  /** A brand's policies or hours changed: its clocks, the alerts, then the UI. */
  const slaChanged = async (brandId: number) => {
    const { changed: moved } = await clocks.recomputeBrand(brandId);
    alerts.reschedule();
    events.emit('sla.changed', {});
    if (moved.length > 0) events.emit('conversations.changed', { ids: moved });
  };
  const sync = new SyncEngine({
    store,
    secrets: options.secrets,
    connectors,
    logger,
    intervalMs: options.syncIntervalMs ?? 15_000,
    requestTimeoutMs: options.requestTimeoutMs,
    onStatus: (statuses) => events.emit('sync.changed', statuses),
    onConversationsChanged: changed,
  });
  const demo = new DemoWorkspace(store, accounts, options.demoPlatform ?? null, logger, policies);
  try {
    await demo.startIfWanted();
  } catch (error) {
    logger.error('demo workspace could not start', { error: String(error) });
    notices.push({ kind: 'demo-unavailable', at: Date.now(), reason: error instanceof Error ? error.message : String(error) });
  }
  sync.refreshAccounts();
  // The alert scheduler is started by the shell once something can show its alerts (see
  // AlertScheduler.start): alerts due at start-up must not fire into a hub nobody listens to yet.
  /** After an outbox change: tell the UI, then try to deliver at once. */
  const replyChanged = (conversationId: number | null) => {
    if (conversationId !== null) changed([conversationId]);
    void sync.outbox.flush();
  };

  const appInfo = (): AppInfo => ({
    name: options.appName,
    version: options.version,
    dataDir: options.dataDir,
    host: options.host,
    platform: process.platform,
    runtimeVersions: options.runtimeVersions,
  });

  const dispatch = createDispatcher(
    {
      'app.info': appInfo,
      'settings.get': () => settings.get(),
      'settings.update': (patch) => {
        const next = settings.update(patch);
        events.emit('settings.changed', next);
        if (patch.role || patch.alerts) alerts.reschedule();
        return next;
      },
      'status.get': () => status.get(),
      'app.notices': () => notices,
      'accounts.list': () => accounts.list(),
      'accounts.connect': async (request) => {
        const connected = await accounts.connect(request);
        status.check();
        sync.refreshAccounts();
        return connected;
      },
      'accounts.disconnect': async ({ id }) => {
        await accounts.disconnect(id);
        status.check();
        sync.refreshAccounts();
        return {};
      },
      'sync.status': () => sync.statuses(),
      'accounts.test': async ({ id }) => {
        const check = await accounts.testConnection(id);
        // The sync loop learns what the test found: a refused token stops it, a working one restarts it.
        if (check.result === 'needs_reauth') sync.accountFailed(id, new GraphError('auth', check.message));
        if (check.result === 'ok') sync.refreshAccounts();
        return check;
      },
      'accounts.reauthorise': async ({ id, token }) => {
        const account = await accounts.reauthorise(id, token);
        sync.refreshAccounts();
        return account;
      },
      'outbox.pending': () => {
        const byAccount = store.outbox.pendingByAccount();
        return { total: byAccount.reduce((sum, row) => sum + row.count, 0), byAccount };
      },
      'diagnostics.export': () =>
        exportDiagnostics({
          store,
          secrets: options.secrets,
          app: appInfo(),
          settings: () => settings.get(),
          syncStatuses: () => sync.statuses(),
          recentLog: () => logger.recent(),
          now: Date.now,
        }),
      'queue.list': (filter) => conversations.queue(filter),
      'queue.count': (filter) => ({ total: conversations.queueCount(filter) }),
      'conversation.open': ({ id }) => ({ ...conversations.open(id), notes: actions.notes(id), tags: actions.tags(id), draft: savedReplies.draft(id), customer: conversations.customer(id) }),
      'conversation.setStatus': ({ id, status, snoozedUntil }) => {
        actions.setStatus(id, status, snoozedUntil);
        snoozes.reschedule();
        changed([id]);
        return {};
      },
      'conversation.setPriority': ({ id, priority }) => {
        actions.setPriority(id, priority);
        changed([id]);
        return {};
      },
      'conversation.addNote': ({ id, text }) => {
        const note = actions.addNote(id, text);
        changed([id]);
        return note;
      },
      'conversation.setTags': ({ id, tags }) => {
        const saved = actions.setTags(id, tags);
        changed([id]);
        return saved;
      },
      'tags.list': () => actions.allTags(),
      'search.messages': ({ query, ...filter }) => searchMessages(store, query, filter),
      'queue.counts': () => {
        const labelOf = store.brands.labels();
        return store.conversations.countsByChannel(clock.now()).map((row) => ({ ...row, ...labelOf(row.brandId) }));
      },
      'brands.list': () => store.brands.list().map(brandSummary),
      'brands.setToneNotes': ({ id, toneNotes }) => {
        const brand = store.brands.setToneNotes(id, toneNotes);
        if (!brand) throw new CoreError('not-found', `There is no brand ${id}.`);
        return brandSummary(brand);
      },
      'drafts.save': ({ conversationId, text }) => {
        savedReplies.saveDraft(conversationId, text);
        return {};
      },
      'savedReplies.list': () => savedReplies.list(),
      'savedReplies.save': (input) => savedReplies.save(input),
      'savedReplies.delete': ({ id }) => {
        savedReplies.delete(id);
        return {};
      },
      'savedViews.list': () => store.savedViews.list(),
      'savedViews.save': ({ id, name, filter }) => {
        let saved;
        if (id !== undefined) saved = store.savedViews.update(id, { name, filter }, clock.now());
        else if (filter) saved = store.savedViews.create(name, filter, clock.now());
        else throw new CoreError('invalid-request', 'A new saved view needs the filters it keeps.');
        events.emit('savedViews.changed', store.savedViews.list());
        return saved;
      },
      'savedViews.delete': ({ id }) => {
        store.savedViews.delete(id);
        events.emit('savedViews.changed', store.savedViews.list());
        return {};
      },
      'reply.send': (request) => {
        const result = conversations.reply(request);
        // Sent, so no longer a draft (the outbox holds it now).
        savedReplies.saveDraft(request.conversationId, '');
        replyChanged(request.conversationId);
        return result;
      },
      'conversation.acknowledge': ({ id }) => {
        conversations.acknowledge(id);
        changed([id]);
        return {};
      },
      'outbox.cancel': ({ outboxId }) => {
        conversations.cancel(outboxId);
        replyChanged(conversations.conversationOf(outboxId));
        return {};
      },
      'outbox.retry': ({ outboxId }) => {
        conversations.retry(outboxId);
        replyChanged(conversations.conversationOf(outboxId));
        return {};
      },
      'outbox.edit': ({ outboxId, text }) => {
        conversations.edit(outboxId, text);
        replyChanged(conversations.conversationOf(outboxId));
        return {};
      },
      'sla.policies': () => policies.list(),
      'sla.savePolicy': async (input) => {
        const saved = policies.save(input);
        await slaChanged(saved.brandId);
        return saved;
      },
      'sla.deletePolicy': async ({ id }) => {
        await slaChanged(policies.delete(id));
        return {};
      },
      'sla.saveBusinessHours': async (hours) => {
        const saved = policies.saveBusinessHours(hours);
        await slaChanged(saved.brandId);
        return saved;
      },
      'alerts.log': ({ limit }) => alerts.log(limit),
      'alerts.summary': () => alerts.summary(),
      'alerts.snooze': ({ alertId, minutes }) => {
        const entry = alerts.snooze(alertId, minutes);
        if (!entry) throw new CoreError('not-found', 'That alert is no longer in the log.');
        return entry;
      },
      'alerts.viewing': ({ conversationId }) => {
        alerts.setViewing(conversationId);
        return {};
      },
      'attachments.loadImage': ({ messageId, index }) => attachmentImages.load(messageId, index),
      'demo.status': () => demo.status(),
      'demo.remove': async () => {
        await demo.remove();
        sync.refreshAccounts();
        status.check();
        const next = demo.status();
        events.emit('demo.changed', next);
        return next;
      },
    },
    logger,
  );

  return {
    dispatch,
    events,
    settings,
    store,
    sync,
    alerts,
    close: async () => {
      alerts.stop();
      snoozes.stop();
      status.stop();
      await sync.stop();
      await demo.stop();
      store.close();
    },
  };
}

/** A brand as the UI sees it. */
function brandSummary({ id, name, color, toneNotes }: Brand): BrandSummary {
  return { id, name, color, toneNotes };
}
