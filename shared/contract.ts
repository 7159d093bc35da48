// The one contract between the console's UI and its core. Every call (request → result) and every
// pushed event is declared here once, with zod schemas; the dispatcher, the preload bridge, the
// WebSocket transport and the renderer client are all derived from these two tables.
import { z } from 'zod';

const NoParams = z.object({}).strict();

export const LanguagePreference = z.enum(['system', 'en', 'it']);
export type LanguagePreference = z.infer<typeof LanguagePreference>;

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const Settings = z.object({
  language: LanguagePreference,
  theme: ThemePreference,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const NetworkState = z.enum(['online', 'offline']);
export type NetworkState = z.infer<typeof NetworkState>;

/** What the status bar shows. Sync fields stay idle until accounts can be connected. */
export const CoreStatus = z.object({
  network: NetworkState,
  connectedAccounts: z.number().int().nonnegative(),
  sync: z.enum(['idle', 'syncing']),
  lastSyncedAt: z.number().int().nullable(),
  changedAt: z.number().int(),
});
export type CoreStatus = z.infer<typeof CoreStatus>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  runtimeVersions: z.record(z.string(), z.string()),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const Platform = z.enum(['meta', 'x', 'helpdesk', 'email']);

/** A connected account as the UI sees it: never its token. */
export const AccountSummary = z.object({
  id: z.number().int(),
  platform: Platform,
  externalId: z.string(),
  displayName: z.string(),
  baseUrl: z.string().nullable(),
  role: z.enum(['agent', 'supervisor']),
  status: z.enum(['active', 'needs_reauth', 'disabled']),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const ConnectAccount = z
  .object({
    platform: Platform,
    // 2 KB: Windows Credential Manager holds at most 2,560 bytes; platform tokens are far shorter.
    token: z.string().trim().min(1).max(2048),
    /** The platform's API address; only for a simulator or a self-hosted helpdesk. */
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

export const ChannelKind = z.enum(['facebook_page', 'instagram', 'x', 'helpdesk', 'email']);
export const ConversationStatus = z.enum(['open', 'pending', 'snoozed', 'closed']);

/** A row of the queue. */
export const QueueItem = z.object({
  id: z.number().int(),
  brandId: z.number().int(),
  brandName: z.string(),
  brandColor: z.string(),
  channelKind: ChannelKind,
  kind: z.enum(['dm', 'comments']),
  status: ConversationStatus,
  subject: z.string().nullable(),
  contactName: z.string().nullable(),
  unreadCount: z.number().int(),
  lastMessageAt: z.number().int().nullable(),
  lastMessageText: z.string().nullable(),
  slaDueAt: z.number().int().nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const DeliveryState = z.enum(['received', 'queued', 'sending', 'sent', 'failed', 'unknown']);

export const ThreadMessage = z.object({
  id: z.number().int(),
  externalId: z.string().nullable(),
  direction: z.enum(['inbound', 'outbound']),
  visibility: z.enum(['public', 'private']),
  authorName: z.string(),
  text: z.string(),
  createdAt: z.number().int(),
  deliveryState: DeliveryState,
  failureReason: z.string().nullable(),
  /** For a reply still in the outbox: what the agent can do with it. */
  outboxId: z.number().int().nullable(),
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

export const ReplyWindow = z.object({
  state: z.enum(['open', 'human_agent', 'closed', 'public']),
  closesAt: z.number().int().nullable(),
});
export type ReplyWindow = z.infer<typeof ReplyWindow>;

export const ConversationView = z.object({
  conversation: QueueItem,
  /** Oldest first, the newest page of the thread. */
  messages: z.array(ThreadMessage),
  window: ReplyWindow,
  maxReplyLength: z.number().int(),
  /** Someone answered on the platform while a reply of ours was waiting: the agent should check. */
  answeredElsewhereAt: z.number().int().nullable(),
});
export type ConversationView = z.infer<typeof ConversationView>;

export const SendReply = z
  .object({
    conversationId: z.number().int().positive(),
    text: z.string().trim().min(1).max(10_000),
    /** From a public comment: answer the author privately (one private reply per comment). */
    privately: z.boolean().optional(),
  })
  .strict();

const OutboxId = z.object({ outboxId: z.number().int().positive() }).strict();

export const DemoStatus = z.object({ active: z.boolean(), simulatorUrl: z.string().nullable() });
export type DemoStatus = z.infer<typeof DemoStatus>;

/** How one connected account's sync is going, for the status bar and the re-authorise banner. */
export const AccountSyncStatus = z.object({
  accountId: z.number().int(),
  displayName: z.string(),
  state: z.enum(['online', 'syncing', 'throttled', 'offline', 'needs_reauth']),
  /** For "throttled": when the platform lets the account go on. */
  until: z.number().int().nullable(),
  lastSyncedAt: z.number().int().nullable(),
  /** During a first sync: streams done out of all. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  lastError: z.string().nullable(),
});
export type AccountSyncStatus = z.infer<typeof AccountSyncStatus>;

/** Something the user must be told once, at start (e.g. the cache was rebuilt). */
export const Notice = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('database-recovered'),
    at: z.number().int(),
    movedTo: z.string(),
    exportedTo: z.string().nullable(),
    unsentReplies: z.number().int().nonnegative(),
  }),
  /** The demo workspace could not open (most often: no OS keychain to hold its tokens). */
  z.object({ kind: z.literal('demo-unavailable'), at: z.number().int(), reason: z.string() }),
]);
export type Notice = z.infer<typeof Notice>;

function call<P extends z.ZodType, R extends z.ZodType>(params: P, result: R) {
  return { params, result };
}

export const calls = {
  'app.info': call(NoParams, AppInfo),
  'settings.get': call(NoParams, Settings),
  'settings.update': call(SettingsPatch, Settings),
  'status.get': call(NoParams, CoreStatus),
  'app.notices': call(NoParams, z.array(Notice)),
  'accounts.list': call(NoParams, z.array(AccountSummary)),
  'accounts.connect': call(ConnectAccount, z.array(AccountSummary)),
  'accounts.disconnect': call(z.object({ id: z.number().int().positive() }).strict(), z.object({})),
  'sync.status': call(NoParams, z.array(AccountSyncStatus)),
  'queue.list': call(z.object({ brandIds: z.array(z.number().int()).max(100).optional() }).strict(), z.array(QueueItem)),
  'conversation.open': call(z.object({ id: z.number().int().positive() }).strict(), ConversationView),
  'reply.send': call(SendReply, z.object({ outboxId: z.number().int() })),
  'conversation.acknowledge': call(z.object({ id: z.number().int().positive() }).strict(), z.object({})),
  'outbox.cancel': call(OutboxId, z.object({})),
  'outbox.retry': call(OutboxId, z.object({})),
  'outbox.edit': call(OutboxId.extend({ text: z.string().trim().min(1).max(10_000) }), z.object({})),
  'demo.status': call(NoParams, DemoStatus),
  'demo.remove': call(NoParams, DemoStatus),
};

export const events = {
  'settings.changed': Settings,
  'status.changed': CoreStatus,
  'sync.changed': z.array(AccountSyncStatus),
  /** Conversations whose queue row or thread changed (new messages, delivery states). */
  'conversations.changed': z.object({ ids: z.array(z.number().int()) }),
  'demo.changed': DemoStatus,
};

export type CallName = keyof typeof calls;
export type CallParams<N extends CallName> = z.input<(typeof calls)[N]['params']>;
export type CallResult<N extends CallName> = z.output<(typeof calls)[N]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
