// The one contract between the console's UI and its core. Every call (request → result) and every
// pushed event is declared here once, with zod schemas; the dispatcher, the preload bridge, the
// WebSocket transport and the renderer client are all derived from these two tables.
import { z } from 'zod';

const NoParams = z.object({}).strict();

export const LanguagePreference = z.enum(['system', 'en', 'it']);
export type LanguagePreference = z.infer<typeof LanguagePreference>;

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** Local time of day, "HH:MM". */
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, e.g. 22:00');

export const ConsoleRole = z.enum(['agent', 'supervisor']);
export type ConsoleRole = z.infer<typeof ConsoleRole>;

export const AlertSettings = z
  .object({
    /** Show OS (or browser) notifications; alerts are logged either way. */
    notifications: z.boolean(),
    sound: z.boolean(),
    /** No notification or sound from `from` to `to` (local time; may span midnight). */
    quietHours: z.object({ enabled: z.boolean(), from: TimeOfDay, to: TimeOfDay }).strict(),
  })
  .strict();
export type AlertSettings = z.infer<typeof AlertSettings>;

export const Settings = z.object({
  language: LanguagePreference,
  theme: ThemePreference,
  /** Agent: alerted before breaches of their queue. Supervisor: watches every queue, alerted on breaches and escalations. */
  role: ConsoleRole,
  alerts: AlertSettings,
  /** How saved replies sign ({{agent}}); empty: left for the agent to fill in. */
  agentName: z.string().trim().max(60),
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
export type ConversationStatus = z.infer<typeof ConversationStatus>;

/** An internal note: seen by the team, never sent to the customer. */
export const NoteView = z.object({ id: z.number().int(), author: z.string(), text: z.string(), createdAt: z.number().int() });
export type NoteView = z.infer<typeof NoteView>;

const TagName = z.string().trim().min(1).max(40);

/** A row of the queue. */
export const QueueItem = z.object({
  id: z.number().int(),
  brandId: z.number().int(),
  brandName: z.string(),
  brandColor: z.string(),
  channelKind: ChannelKind,
  kind: z.enum(['dm', 'comments']),
  status: ConversationStatus,
  /** 0 normal … 3 urgent. */
  priority: z.number().int().min(0).max(3),
  snoozedUntil: z.number().int().nullable(),
  subject: z.string().nullable(),
  contactName: z.string().nullable(),
  unreadCount: z.number().int(),
  lastMessageAt: z.number().int().nullable(),
  lastMessageText: z.string().nullable(),
  slaStage: z.enum(['first_response', 'next_response']).nullable(),
  slaWarningAt: z.number().int().nullable(),
  slaDueAt: z.number().int().nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const DeliveryState = z.enum(['received', 'queued', 'sending', 'sent', 'failed', 'unknown']);

/**
 * An attachment, described but not loaded: nothing remote reaches the screen before the agent asks.
 * No raw address is sent except an https `href` the shell will open in the user's browser.
 */
export const AttachmentView = z.object({
  /** Its position in the message, to ask for it. */
  index: z.number().int().nonnegative(),
  kind: z.enum(['image', 'video', 'audio', 'file', 'link']),
  name: z.string().nullable(),
  /** Bytes, when the platform said. */
  size: z.number().nonnegative().nullable(),
  mimeType: z.string().nullable(),
  /** Where it is served from, shown before any click. */
  host: z.string().nullable(),
  /** An https link to open in the user's browser, or null. */
  href: z.string().nullable(),
  /** Whether core can fetch it as an image on request (attachments.loadImage). */
  loadable: z.boolean(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

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
  attachments: z.array(AttachmentView),
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
  // No reply limit here: it follows from the channel and kind (shared/composer/text-limits).
  window: ReplyWindow,
  /** Someone answered on the platform while a reply of ours was waiting: the agent should check. */
  answeredElsewhereAt: z.number().int().nullable(),
  notes: z.array(NoteView),
  tags: z.array(z.string()),
  /** The reply being written, as last saved. */
  draft: z.string(),
  /** The same customer elsewhere: their handles, and their other conversations across channels and brands. */
  customer: z.object({
    handles: z.array(z.string()),
    otherConversations: z.array(
      z.object({
        id: z.number().int(),
        brandName: z.string(),
        brandColor: z.string(),
        channelKind: ChannelKind,
        kind: z.enum(['dm', 'comments']),
        status: ConversationStatus,
        lastMessageAt: z.number().int().nullable(),
      }),
    ),
    /** Tags on any of their conversations, most used first. */
    tags: z.array(z.object({ name: z.string(), conversations: z.number().int() })),
    /** Internal notes on any of their conversations, newest first. */
    notes: z.array(
      NoteView.extend({
        conversationId: z.number().int(),
        brandName: z.string(),
        brandColor: z.string(),
        channelKind: ChannelKind,
      }),
    ),
  }),
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

const TimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Unknown time zone' },
);

export const SlaPresetId = z.enum(['very_responsive', 'one_hour', 'same_business_day']);
/** Up to 30 days. */
const TargetMinutes = z.number().int().min(1).max(43_200);

/** A response-time policy: brand-wide, or narrowed to a channel and/or a priority. */
export const SlaPolicyInput = z
  .object({
    /** Absent: a new policy. */
    id: z.number().int().positive().optional(),
    brandId: z.number().int().positive(),
    channelKind: ChannelKind.nullable(),
    priority: z.number().int().min(0).max(3).nullable(),
    /** The preset it was made from; null once edited by hand. */
    preset: SlaPresetId.nullable(),
    firstResponseMinutes: TargetMinutes.nullable(),
    nextResponseMinutes: TargetMinutes.nullable(),
    warning: z.union([
      z.object({ share: z.number().min(0.05).max(0.95) }).strict(),
      z.object({ leadMinutes: z.number().int().min(1).max(43_200) }).strict(),
    ]),
    escalationDelayMinutes: z.number().int().min(0).max(1440),
    /** Count only the brand's business hours. */
    businessHours: z.boolean(),
  })
  .strict();
export type SlaPolicyInput = z.infer<typeof SlaPolicyInput>;
export const SlaPolicyView = SlaPolicyInput.required({ id: true });
export type SlaPolicyView = z.infer<typeof SlaPolicyView>;

const MinuteOfDay = z.number().int().min(0).max(1440);
export const BusinessHours = z
  .object({
    brandId: z.number().int().positive(),
    timeZone: TimeZone,
    /** Monday first; each day's opening intervals in local minutes, e.g. 9:00–13:00 = 540–780. */
    week: z
      .array(z.array(z.object({ opens: MinuteOfDay, closes: MinuteOfDay }).strict().refine((i) => i.closes > i.opens, 'An interval must close after it opens')).max(6))
      .length(7)
      .refine((week) => week.some((day) => day.length > 0), 'Business hours need at least one opening interval'),
    /** National holidays added every year (Italy: Easter Monday included). */
    holidayPreset: z.enum(['IT']).nullable(),
    /** Extra closed days, YYYY-MM-DD. */
    holidays: z.array(z.iso.date()).max(366),
  })
  .strict();
export type BusinessHours = z.infer<typeof BusinessHours>;

export const AlertLevel = z.enum(['warning', 'breach', 'escalation']);
export type AlertLevel = z.infer<typeof AlertLevel>;

/** One alert as the log and a notification show it. */
export const AlertEntry = z.object({
  id: z.number().int(),
  conversationId: z.number().int(),
  level: AlertLevel,
  stage: z.enum(['first_response', 'next_response']),
  dueAt: z.number().int(),
  firedAt: z.number().int(),
  delivery: z.enum(['notified', 'on_screen', 'quiet_hours', 'snoozed', 'other_role']),
  snoozedUntil: z.number().int().nullable(),
  brandName: z.string(),
  contactName: z.string().nullable(),
});
export type AlertEntry = z.infer<typeof AlertEntry>;

/** Alerts of one level that fired together: one notification. */
export const AlertGroup = z.object({
  level: AlertLevel,
  alerts: z.array(AlertEntry).min(1),
  /** A reminder at the end of a snooze. */
  reminder: z.boolean(),
  sound: z.boolean(),
});
export type AlertGroup = z.infer<typeof AlertGroup>;

/** What the tray/dock badge and the title show. */
export const AlertSummary = z.object({ atRisk: z.number().int(), breached: z.number().int() });
export type AlertSummary = z.infer<typeof AlertSummary>;

/** A message found by full-text search; the snippet is plain text in runs, matched or not. */
export const SearchHit = z.object({
  messageId: z.number().int(),
  conversationId: z.number().int(),
  brandName: z.string(),
  brandColor: z.string(),
  channelKind: ChannelKind,
  contactName: z.string().nullable(),
  authorName: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  createdAt: z.number().int(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SavedReply = z.object({
  id: z.number().int(),
  /** Null: offered for every brand. */
  brandId: z.number().int().nullable(),
  title: z.string(),
  body: z.string(),
});
export type SavedReply = z.infer<typeof SavedReply>;

export const BrandSummary = z.object({ id: z.number().int(), name: z.string(), color: z.string(), toneNotes: z.string() });
export type BrandSummary = z.infer<typeof BrandSummary>;

/** How the queue is sliced: the inbox's filters, and what a saved view keeps. */
export const QueueFilter = z
  .object({
    brandIds: z.array(z.number().int()).max(100).optional(),
    /** `attention`: at risk or breached, closest to breach first. */
    slaState: z.enum(['ok', 'at_risk', 'breached', 'attention']).optional(),
    /** Absent: open. */
    status: ConversationStatus.optional(),
    channelKinds: z.array(ChannelKind).max(5).optional(),
    kind: z.enum(['dm', 'comments']).optional(),
    tag: TagName.optional(),
  })
  .strict();
export type QueueFilter = z.infer<typeof QueueFilter>;

/** A named set of queue filters. Names are unique, whatever their case. */
export const SavedView = z.object({ id: z.number().int(), name: z.string(), filter: QueueFilter });
export type SavedView = z.infer<typeof SavedView>;

/** What "Test connection" found when core tried the account's stored token on its platform. */
export const ConnectionCheck = z.object({
  result: z.enum(['ok', 'needs_reauth', 'unreachable']),
  /** In words, for the operator: what is wrong and what to do. */
  message: z.string(),
  checkedAt: z.number().int(),
});
export type ConnectionCheck = z.infer<typeof ConnectionCheck>;

/** Replies not yet delivered (queued, sending, retry, unknown), overall and per account. */
export const PendingOutbox = z.object({
  total: z.number().int().nonnegative(),
  byAccount: z.array(z.object({ accountId: z.number().int(), count: z.number().int().nonnegative() })),
});
export type PendingOutbox = z.infer<typeof PendingOutbox>;

export const DiagnosticsExport = z.object({ path: z.string(), createdAt: z.number().int() });
export type DiagnosticsExport = z.infer<typeof DiagnosticsExport>;

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
  /** Tries the account's stored token on its platform (nothing is changed but the account's status). */
  'accounts.test': call(z.object({ id: z.number().int().positive() }).strict(), ConnectionCheck),
  /** A new token for one connected account; it must give access to that account. */
  'accounts.reauthorise': call(z.object({ id: z.number().int().positive(), token: ConnectAccount.shape.token }).strict(), AccountSummary),
  'outbox.pending': call(NoParams, PendingOutbox),
  /** Writes a diagnostics file (no secrets) to the data folder's diagnostics/ and says where. */
  'diagnostics.export': call(NoParams, DiagnosticsExport),
  'queue.list': call(
    QueueFilter.extend({
      /** Rows per page; absent: 100. */
      limit: z.number().int().min(1).max(500).optional(),
      /** Keyset paging: the last row of the previous page (its due time and id); absent: the first page. */
      after: z.object({ slaDueAt: z.number().int().nullable(), id: z.number().int() }).strict().optional(),
    }).strict(),
    z.array(QueueItem),
  ),
  /** How many conversations the whole queue under this filter holds (what the pages add up to). */
  'queue.count': call(QueueFilter, z.object({ total: z.number().int().nonnegative() })),
  'conversation.open': call(z.object({ id: z.number().int().positive() }).strict(), ConversationView),
  'reply.send': call(SendReply, z.object({ outboxId: z.number().int() })),
  'conversation.acknowledge': call(z.object({ id: z.number().int().positive() }).strict(), z.object({})),
  'conversation.setStatus': call(
    z
      .object({
        id: z.number().int().positive(),
        status: ConversationStatus,
        /** For "snoozed": when it comes back. */
        snoozedUntil: z.number().int().positive().optional(),
      })
      .strict(),
    z.object({}),
  ),
  'conversation.setPriority': call(z.object({ id: z.number().int().positive(), priority: z.number().int().min(0).max(3) }).strict(), z.object({})),
  'conversation.addNote': call(z.object({ id: z.number().int().positive(), text: z.string().trim().min(1).max(5_000) }).strict(), NoteView),
  'conversation.setTags': call(z.object({ id: z.number().int().positive(), tags: z.array(TagName).max(20) }).strict(), z.array(z.string())),
  'tags.list': call(NoParams, z.array(z.string())),
  'search.messages': call(
    z
      .object({
        query: z.string().max(200),
        brandIds: z.array(z.number().int()).max(100).optional(),
        /** Facebook, Instagram…: messages in every channel of these kinds. */
        channelKinds: z.array(ChannelKind).max(5).optional(),
        kind: z.enum(['dm', 'comments']).optional(),
        status: ConversationStatus.optional(),
      })
      .strict(),
    z.array(SearchHit),
  ),
  'brands.list': call(NoParams, z.array(BrandSummary)),
  'brands.setToneNotes': call(z.object({ id: z.number().int().positive(), toneNotes: z.string().trim().max(2_000) }).strict(), BrandSummary),
  /** Open conversations per brand and channel: how many unread, at risk, breached. */
  'queue.counts': call(
    NoParams,
    z.array(
      z.object({
        brandId: z.number().int(),
        brandName: z.string(),
        brandColor: z.string(),
        channelKind: ChannelKind,
        open: z.number().int(),
        unread: z.number().int(),
        atRisk: z.number().int(),
        breached: z.number().int(),
      }),
    ),
  ),
  'drafts.save': call(z.object({ conversationId: z.number().int().positive(), text: z.string().max(10_000) }).strict(), z.object({})),
  'savedReplies.list': call(NoParams, z.array(SavedReply)),
  'savedReplies.save': call(
    z
      .object({
        id: z.number().int().positive().optional(),
        brandId: z.number().int().positive().nullable(),
        title: z.string().trim().min(1).max(80),
        body: z.string().trim().min(1).max(5_000),
      })
      .strict(),
    SavedReply,
  ),
  'savedReplies.delete': call(z.object({ id: z.number().int().positive() }).strict(), z.object({})),
  'savedViews.list': call(NoParams, z.array(SavedView)),
  /** Without an id: a new view (filter required). With one: rename it, and replace its filter if given. */
  'savedViews.save': call(
    z
      .object({
        id: z.number().int().positive().optional(),
        // Emptiness and length are checked by core, which names the problem in its error.
        name: z.string().max(500),
        filter: QueueFilter.optional(),
      })
      .strict(),
    SavedView,
  ),
  'savedViews.delete': call(z.object({ id: z.number().int().positive() }).strict(), z.object({})),
  'outbox.cancel': call(OutboxId, z.object({})),
  'outbox.retry': call(OutboxId, z.object({})),
  'outbox.edit': call(OutboxId.extend({ text: z.string().trim().min(1).max(10_000) }), z.object({})),
  'sla.policies': call(
    NoParams,
    z.object({
      brands: z.array(z.object({ id: z.number().int(), name: z.string(), color: z.string() })),
      policies: z.array(SlaPolicyView),
      businessHours: z.array(BusinessHours),
    }),
  ),
  'sla.savePolicy': call(SlaPolicyInput, SlaPolicyView),
  'sla.deletePolicy': call(z.object({ id: z.number().int().positive() }).strict(), z.object({})),
  'sla.saveBusinessHours': call(BusinessHours, BusinessHours),
  'alerts.log': call(z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(), z.array(AlertEntry)),
  'alerts.summary': call(NoParams, AlertSummary),
  'alerts.snooze': call(z.object({ alertId: z.number().int().positive(), minutes: z.number().int().min(1).max(1440) }).strict(), AlertEntry),
  /** The conversation on screen (null: none, or the window is hidden): its alerts stay silent. */
  'alerts.viewing': call(z.object({ conversationId: z.number().int().positive().nullable() }).strict(), z.object({})),
  /** Fetches an image attachment, after the agent asked to see it; handed over as a data: URL. */
  'attachments.loadImage': call(
    z.object({ messageId: z.number().int().positive(), index: z.number().int().min(0).max(100) }).strict(),
    z.object({ dataUrl: z.string(), mimeType: z.string(), bytes: z.number().int() }),
  ),
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
  /** SLA policies or business hours changed (every clock has been recomputed). */
  'sla.changed': z.object({}),
  /** Alerts to notify now, grouped by level. */
  'alerts.fired': z.array(AlertGroup),
  'alerts.summary': AlertSummary,
  /** Show this conversation (a notification was clicked in the shell). */
  'console.openConversation': z.object({ id: z.number().int() }),
  /** Saved views were added, renamed or deleted (the whole list, in order). */
  'savedViews.changed': z.array(SavedView),
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
