// The renderer's pure decisions: a row's response-target state, when a snooze preset brings a
// conversation back, and which one line the status bar says about sync.
import { describe, expect, it } from 'vitest';
import type { AccountSyncStatus } from '../../../shared/contract';
import { slaStateOf } from '../../../renderer/src/alerts/sla-state';
import { snoozeUntil } from '../../../renderer/src/inbox/snooze-presets';
import { summariseSync } from '../../../renderer/src/sync/sync-summary';

describe('response-target state of a row', () => {
  const now = 1_000_000;
  it('is ok before the warning, at risk from the warning, breached from the due time', () => {
    expect(slaStateOf({ slaWarningAt: now + 1, slaDueAt: now + 10 }, now)).toBe('ok');
    expect(slaStateOf({ slaWarningAt: now, slaDueAt: now + 10 }, now)).toBe('at_risk');
    expect(slaStateOf({ slaWarningAt: now - 10, slaDueAt: now }, now)).toBe('breached');
  });
  it('has no state without a due time, and skips "at risk" without a warning time', () => {
    expect(slaStateOf({ slaWarningAt: null, slaDueAt: null }, now)).toBeNull();
    expect(slaStateOf({ slaWarningAt: null, slaDueAt: now + 1 }, now)).toBe('ok');
  });
});

describe('snooze presets, in local time', () => {
  // Wednesday 2026-12-09 15:20 local.
  const wednesday = new Date(2026, 11, 9, 15, 20);
  it('in an hour is exactly sixty minutes on', () => {
    expect(snoozeUntil('hour', wednesday) - wednesday.getTime()).toBe(60 * 60_000);
  });
  it('tomorrow is 9:00 the next day, also across a month end', () => {
    expect(new Date(snoozeUntil('tomorrow', wednesday))).toEqual(new Date(2026, 11, 10, 9, 0));
    expect(new Date(snoozeUntil('tomorrow', new Date(2026, 11, 31, 23, 50)))).toEqual(new Date(2027, 0, 1, 9, 0));
  });
  it('next Monday is 9:00 on the coming Monday; on a Monday, the one after', () => {
    expect(new Date(snoozeUntil('monday', wednesday))).toEqual(new Date(2026, 11, 14, 9, 0));
    expect(new Date(snoozeUntil('monday', new Date(2026, 11, 13, 22, 0)))).toEqual(new Date(2026, 11, 14, 9, 0));
    expect(new Date(snoozeUntil('monday', new Date(2026, 11, 14, 8, 0)))).toEqual(new Date(2026, 11, 21, 9, 0));
  });
});

describe('the status bar line about sync', () => {
  const account = (patch: Partial<AccountSyncStatus>): AccountSyncStatus => ({
    accountId: 1,
    displayName: 'Pizzeria Da Gino',
    state: 'online',
    until: null,
    lastSyncedAt: 5_000,
    progress: null,
    lastError: null,
    ...patch,
  });

  it('says there is no account when there is none', () => {
    expect(summariseSync([], 'online')).toEqual({ kind: 'no-accounts' });
  });
  it('puts an account needing re-authorisation before everything else', () => {
    const statuses = [account({ state: 'offline' }), account({ accountId: 2, displayName: 'Alpine', state: 'needs_reauth' })];
    expect(summariseSync(statuses, 'offline')).toEqual({ kind: 'needs-reauth', accountId: 2, name: 'Alpine' });
  });
  it('is offline when the machine or any account is, before throttling', () => {
    expect(summariseSync([account({})], 'offline')).toEqual({ kind: 'offline' });
    expect(summariseSync([account({ state: 'offline' }), account({ accountId: 2, state: 'throttled', until: 9 })], 'online')).toEqual({ kind: 'offline' });
    expect(summariseSync([account({ state: 'throttled', until: 9 })], 'online')).toEqual({ kind: 'throttled', accountId: 1, name: 'Pizzeria Da Gino', until: 9 });
  });
  it('adds up first-sync progress over the accounts still syncing', () => {
    const statuses = [account({ state: 'syncing', progress: { done: 2, total: 5 } }), account({ accountId: 2, state: 'syncing', progress: { done: 1, total: 3 } })];
    expect(summariseSync(statuses, 'online')).toEqual({ kind: 'progress', done: 3, total: 8 });
  });
  it('reports the oldest account’s sync time, so "synced" holds for every account', () => {
    expect(summariseSync([account({ lastSyncedAt: 7_000 }), account({ accountId: 2, lastSyncedAt: 4_000 })], 'online')).toEqual({ kind: 'synced', at: 4_000 });
    expect(summariseSync([account({ lastSyncedAt: null, state: 'syncing' })], 'online')).toEqual({ kind: 'syncing' });
    expect(summariseSync([account({ lastSyncedAt: null })], 'online')).toEqual({ kind: 'not-synced' });
  });
});
