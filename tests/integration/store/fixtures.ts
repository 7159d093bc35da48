// Real SQLite in a temporary data folder, and a small workspace: two brands, Meta and X channels.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../../../electron/core/logger';
import type { PlatformMessage } from '../../../electron/core/store/repositories/messages';
import { openStore, type Store } from '../../../electron/core/store/store';

export interface CapturedLogger extends Logger {
  lines: string[];
}

export function capturingLogger(): CapturedLogger {
  const lines: string[] = [];
  const write = (message: string, details?: Record<string, unknown>) => lines.push(`${message} ${JSON.stringify(details ?? {})}`);
  return { lines, info: write, warn: write, error: write };
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-store-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function openTempStore(dataDir = tempDataDir()): Promise<Store & { dataDir: string; logger: CapturedLogger }> {
  const logger = capturingLogger();
  const store = await openStore({ dataDir, logger });
  return Object.assign(store, { dataDir, logger });
}

export function seedWorkspace(store: Store, now = 1_700_000_000_000) {
  const pizzeria = store.brands.create({ name: 'Pizzeria Da Gino', color: '#c2410c', toneNotes: 'Caloroso, dare del tu' }, now);
  const outdoor = store.brands.create({ name: 'Alpine Outdoor', color: '#15803d', timeZone: 'Europe/Zurich' }, now);
  const meta = store.accounts.add({ platform: 'meta', externalId: 'u-1', displayName: 'Meta (Gino)' }, now);
  const x = store.accounts.add({ platform: 'x', externalId: 'x-1', displayName: 'X (Alpine)' }, now);
  const ginoPage = store.accounts.addChannel({ accountId: meta.id, brandId: pizzeria.id, kind: 'facebook_page', externalId: 'page-1', name: 'Da Gino' });
  const ginoInstagram = store.accounts.addChannel({ accountId: meta.id, brandId: pizzeria.id, kind: 'instagram', externalId: 'ig-1', name: 'dagino' });
  const alpineX = store.accounts.addChannel({ accountId: x.id, brandId: outdoor.id, kind: 'x', externalId: 'alpine', name: 'Alpine', handle: '@alpine' });
  return { pizzeria, outdoor, meta, x, ginoPage, ginoInstagram, alpineX };
}

let sequence = 0;

/** An inbound customer message; override any part. */
export function inbound(
  channelId: number,
  conversationId: string,
  text: string,
  createdAt: number,
  customer: PlatformMessage['customer'] = { externalId: `cust-${conversationId}`, name: 'Maria Rossi', handle: 'maria.rossi' },
): PlatformMessage {
  sequence += 1;
  return {
    channelId,
    conversation: { externalId: conversationId, kind: 'dm' },
    customer,
    message: {
      externalId: `m-${sequence}`,
      direction: 'inbound',
      visibility: 'private',
      authorName: customer.name,
      authorExternalId: customer.externalId,
      text,
      createdAt,
    },
  };
}

/** Sets a conversation's SLA clock directly (the SLA engine does this in the product). */
export function setClock(store: Store, conversationId: number, warningAt: number | null, dueAt: number | null): void {
  store.db
    .prepare(`UPDATE conversations SET sla_stage = CASE WHEN ? IS NULL THEN NULL ELSE 'first_response' END, sla_warning_at = ?, sla_due_at = ? WHERE id = ?`)
    .run(dueAt, warningAt, dueAt, conversationId);
}
