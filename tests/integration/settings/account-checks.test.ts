// Settings' account and diagnostics calls against the real keychain, real SQLite and the Meta
// simulator over HTTP: testing a connection, re-authorising one account, the pending outbox counts,
// tone notes, and a diagnostics export that holds no stored token.
import fs from 'node:fs';
import path from 'node:path';
import keytar from 'keytar';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosticsReport } from '../../../electron/core/diagnostics/diagnostics-export';
import { keychainService } from '../../../electron/core/secrets/keytar-secret-store';
import type { AccountSyncStatus, BrandSummary, ConnectionCheck, PendingOutbox, QueueItem } from '../../../shared/contract';
import { useSimulatedWorkspace } from '../core-fixture';

const ws = useSimulatedWorkspace({ beforeAll, afterEach, afterAll });

function accountOf(pageId: string): number {
  return ws.core.store.accounts.find('meta', pageId)!.id;
}

/** The simulator's port refuses connections for a while, as with no network. */
async function networkDown(forMs: number): Promise<void> {
  await fetch(`${ws.sim.url}/__control/network/down`, { method: 'POST', body: JSON.stringify({ forMs }) });
}

/** Waits until the simulator listens again. */
async function networkBack(): Promise<void> {
  for (;;) {
    const answered = await fetch(`${ws.sim.url}/__control/seed`).then(() => true, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function statusOf(accountId: number): Promise<AccountSyncStatus> {
  const statuses = await ws.call<AccountSyncStatus[]>('sync.status');
  return statuses.find((status) => status.accountId === accountId)!;
}

describe('testing and re-authorising a connected account', () => {
  it('reports ok for a working token, needs re-authorisation for an expired one, and recovers with a new token', async () => {
    const page = ws.sim.seed.alpine;
    const id = accountOf(page.id);
    expect(await ws.call<ConnectionCheck>('accounts.test', { id })).toMatchObject({ result: 'ok', message: expect.stringContaining(page.name) });

    ws.sim.control.expireToken(page.token);
    const expired = await ws.call<ConnectionCheck>('accounts.test', { id });
    expect(expired).toMatchObject({ result: 'needs_reauth', message: expect.stringContaining('re-authorise') });
    // The loop and the account row learn it too: the banner and the status bar show it.
    expect((await statusOf(id)).state).toBe('needs_reauth');
    expect(ws.core.store.accounts.get(id)!.status).toBe('needs_reauth');

    // Another Page's token does not re-authorise this one, and leaves the keychain alone.
    const other = await ws.core.dispatch('accounts.reauthorise', { id, token: ws.sim.seed.daGino.token });
    expect(other).toMatchObject({ ok: false, error: { kind: 'invalid-request', message: expect.stringContaining(page.name) } });
    expect(await keytar.getPassword(keychainService, `account:${id}`)).toBe(page.token);
    const refused = await ws.core.dispatch('accounts.reauthorise', { id, token: page.token });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });

    ws.sim.control.restoreToken(page.token);
    expect(await ws.call('accounts.reauthorise', { id, token: page.token })).toMatchObject({ id, status: 'active' });
    await ws.core.sync.syncNow(id);
    expect((await statusOf(id)).state).toBe('online');
    expect(ws.core.store.audit.forSubject('account', id).map((entry) => entry.action)).toContain('account.reauthorised');
  });

  it('brings an account back when a test finds its token working again', async () => {
    const page = ws.sim.seed.daGino;
    const id = accountOf(page.id);
    ws.sim.control.expireToken(page.token);
    expect(await ws.call<ConnectionCheck>('accounts.test', { id })).toMatchObject({ result: 'needs_reauth' });
    expect((await statusOf(id)).state).toBe('needs_reauth');

    ws.sim.control.restoreToken(page.token);
    expect(await ws.call<ConnectionCheck>('accounts.test', { id })).toMatchObject({ result: 'ok' });
    expect(ws.core.store.accounts.get(id)!.status).toBe('active');
    await ws.core.sync.syncNow(id);
    expect((await statusOf(id)).state).toBe('online');
  });

  it('reports an unreachable platform without touching the account', async () => {
    const id = accountOf(ws.sim.seed.daGino.id);
    await networkDown(1_000);
    const check = await ws.call<ConnectionCheck>('accounts.test', { id });
    await networkBack();
    expect(check).toMatchObject({ result: 'unreachable', message: expect.stringContaining('cannot be reached') });
    expect(ws.core.store.accounts.get(id)!.status).toBe('active');
    expect(await ws.core.dispatch('accounts.test', { id: 9_999 })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('pending replies', () => {
  it('counts replies on their way per account until they are delivered', async () => {
    const id = accountOf(ws.sim.seed.daGino.id);
    const queue = await ws.call<QueueItem[]>('queue.list', { kind: 'dm' });
    const item = queue.find((row) => ws.core.store.accounts.channels().some((c) => c.accountId === id && c.brandId === row.brandId))!;
    expect(await ws.call<PendingOutbox>('outbox.pending')).toEqual({ total: 0, byAccount: [] });

    await networkDown(1_500);
    await ws.call('conversation.open', { id: item.id });
    await ws.call('reply.send', { conversationId: item.id, text: 'Arriviamo subito.' });
    await ws.core.sync.outbox.idle();
    expect(await ws.call<PendingOutbox>('outbox.pending')).toEqual({ total: 1, byAccount: [{ accountId: id, count: 1 }] });

    await networkBack();
    ws.core.store.db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'retry'").run();
    await ws.core.sync.outbox.flush();
    expect(ws.sim.control.sent().countsByText['Arriviamo subito.']).toBe(1);
    expect(await ws.call<PendingOutbox>('outbox.pending')).toEqual({ total: 0, byAccount: [] });
  });
});

describe('brand tone notes', () => {
  it('saves a brand’s tone notes, trimmed, and refuses an unknown brand', async () => {
    const [brand] = await ws.call<BrandSummary[]>('brands.list');
    const saved = await ws.call<BrandSummary>('brands.setToneNotes', { id: brand!.id, toneNotes: '  Warm, first names, sign with your name.  ' });
    expect(saved).toEqual({ ...brand, toneNotes: 'Warm, first names, sign with your name.' });
    expect((await ws.call<BrandSummary[]>('brands.list')).find((b) => b.id === brand!.id)!.toneNotes).toBe('Warm, first names, sign with your name.');
    expect(await ws.core.dispatch('brands.setToneNotes', { id: 9_999, toneNotes: '' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('diagnostics export', () => {
  it('writes a timestamped file in the data folder with versions, counts and sync states, and no stored token', async () => {
    const { user, daGino, alpine } = ws.sim.seed;
    // The tokens are really in the OS keychain, so the export had them within reach.
    for (const page of [daGino, alpine]) expect(await keytar.getPassword(keychainService, `account:${accountOf(page.id)}`)).toBe(page.token);

    const exported = await ws.call<{ path: string }>('diagnostics.export');
    expect(path.dirname(exported.path)).toBe(path.join(ws.dataDir, 'diagnostics'));
    expect(path.basename(exported.path)).toMatch(/^sportello-diagnostics-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
    const text = fs.readFileSync(exported.path, 'utf8');
    for (const token of [user.token, daGino.token, alpine.token]) expect(text).not.toContain(token);

    const report = JSON.parse(text) as DiagnosticsReport;
    expect(report.app).toMatchObject({ name: 'Sportello', version: 'test' });
    expect(report.os.platform).toBe(process.platform);
    expect(report.database.schemaVersion).toBe(ws.core.store.db.pragma('user_version', { simple: true }));
    expect(report.database.messages).toBe(ws.core.store.db.prepare('SELECT count(*) FROM messages').pluck().get());
    expect(report.database.outboxByState.sent).toBeGreaterThanOrEqual(1);
    expect(report.accounts.map((a) => a.displayName).sort()).toEqual([alpine.name, daGino.name].sort());
    expect(report.sync).toHaveLength(2);
    expect(report.settings).toMatchObject({ language: expect.any(String), theme: expect.any(String) });
    expect(report.recentLog.some((line) => line.message === 'account.reauthorised')).toBe(true);
  });
});
