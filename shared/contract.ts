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
    externalId: z.string().trim().min(1).max(200),
    displayName: z.string().trim().min(1).max(200),
    // 2 KB: Windows Credential Manager holds at most 2,560 bytes; platform tokens are far shorter.
    token: z.string().min(1).max(2048),
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

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
export const Notice = z.object({
  kind: z.literal('database-recovered'),
  at: z.number().int(),
  movedTo: z.string(),
  exportedTo: z.string().nullable(),
  unsentReplies: z.number().int().nonnegative(),
});
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
  'accounts.connect': call(ConnectAccount, AccountSummary),
  'accounts.disconnect': call(z.object({ id: z.number().int().positive() }).strict(), z.object({})),
};

export const events = {
  'settings.changed': Settings,
  'status.changed': CoreStatus,
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
