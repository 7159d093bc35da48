// A diagnostics file the operator can attach to a support request: versions, the database's shape
// and counts, each account's sync state, recent log lines and the settings. It must never hold a
// secret, so every value passes two scrubs before it is written: fields whose name says "token",
// "secret", "password" or "authorization" are blanked, and every token in the keychain, plus
// anything shaped like a bearer token or an access_token parameter, is cut out of the text.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { AccountSyncStatus, AppInfo, Settings } from '../../../shared/contract';
import type { SecretStore } from '../secrets/secret-store';
import { secretKeyFor } from '../store/repositories/accounts';
import type { Store } from '../store/store';
import { writeFileDurably } from '../durable-file';
import type { LogLine } from './recent-log';

export interface DiagnosticsSources {
  store: Store;
  secrets: SecretStore;
  app: AppInfo;
  settings: () => Settings;
  syncStatuses: () => AccountSyncStatus[];
  recentLog: () => LogLine[];
  now: () => number;
}

export const redacted = '[redacted]';
const secretFieldName = /token|secret|password|authori[sz]ation|cookie/i;
const secretPatterns = [/(Bearer\s+)[^\s"',]+/gi, /(access_token=)[^&\s"',]+/gi];

function countBy(store: Store, sql: string): Record<string, number> {
  const rows = store.db.prepare(sql).all() as Array<{ key: string; count: number }>;
  return Object.fromEntries(rows.map((row) => [row.key, row.count]));
}

/** What goes in the file, before scrubbing. */
export function collectDiagnostics(sources: DiagnosticsSources) {
  const { store, app } = sources;
  return {
    createdAt: new Date(sources.now()).toISOString(),
    app: { name: app.name, version: app.version, host: app.host, runtimeVersions: app.runtimeVersions },
    os: { platform: process.platform, release: os.release(), arch: process.arch },
    database: {
      schemaVersion: store.db.pragma('user_version', { simple: true }),
      conversationsByStatus: countBy(store, 'SELECT status AS key, count(*) AS count FROM conversations GROUP BY status'),
      messages: store.db.prepare('SELECT count(*) FROM messages').pluck().get(),
      outboxByState: countBy(store, 'SELECT state AS key, count(*) AS count FROM outbox GROUP BY state'),
    },
    accounts: store.accounts.list().map(({ id, platform, displayName, baseUrl, status }) => ({ id, platform, displayName, baseUrl, status })),
    sync: sources.syncStatuses(),
    recentLog: sources.recentLog(),
    settings: sources.settings(),
  };
}

export type DiagnosticsReport = ReturnType<typeof collectDiagnostics>;

/** Blanks every field whose name says it holds a secret, at any depth. */
function blankSecretFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(blankSecretFields);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, secretFieldName.test(key) ? redacted : blankSecretFields(inner)]));
}

/** The JSON text with every known secret and token-shaped string cut out. */
export function scrubbedJson(report: unknown, knownSecrets: readonly string[]): string {
  let text = JSON.stringify(blankSecretFields(report), null, 2);
  // Longest first, so a token containing a shorter one is removed whole.
  for (const secret of [...knownSecrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    // As it appears inside a JSON string (quotes and backslashes escaped) and as it is.
    for (const form of new Set([JSON.stringify(secret).slice(1, -1), secret])) text = text.split(form).join(redacted);
  }
  for (const pattern of secretPatterns) text = text.replace(pattern, `$1${redacted}`);
  return text;
}

/** Writes the scrubbed report to <dataDir>/diagnostics/ and returns its path. */
export async function exportDiagnostics(sources: DiagnosticsSources): Promise<{ path: string; createdAt: number }> {
  const createdAt = sources.now();
  const report = collectDiagnostics(sources);
  const knownSecrets: string[] = [];
  for (const account of sources.store.accounts.list()) {
    // A locked or missing keychain leaves nothing to find; the pattern scrub still runs.
    const secret = await sources.secrets.get(secretKeyFor(account.id)).catch(() => null);
    if (secret) knownSecrets.push(secret);
  }
  const folder = path.join(sources.app.dataDir, 'diagnostics');
  fs.mkdirSync(folder, { recursive: true });
  const stamp = new Date(createdAt).toISOString().replace(/[:.]/g, '-');
  const file = path.join(folder, `sportello-diagnostics-${stamp}.json`);
  writeFileDurably(file, `${scrubbedJson(report, knownSecrets)}\n`);
  return { path: file, createdAt };
}
