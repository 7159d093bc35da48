// Closing, pending, snoozing (and waking), priority, tags and notes on a real cache, with a fake
// clock for snoozes; a customer's message reopens whatever the agent set aside.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationActions } from '../../../electron/core/conversations/conversation-actions';
import { SnoozeWaker } from '../../../electron/core/conversations/snooze-waker';
import { FakeClock } from '../../fakes/fake-clock';
import { capturingLogger, inbound, openTempStore, removeDir, seedWorkspace } from '../store/fixtures';

const start = Date.UTC(2026, 5, 9, 8, 0);
const minute = 60_000;
let store: Awaited<ReturnType<typeof openTempStore>>;
let clock: FakeClock;
let actions: ConversationActions;
let conversationId: number;
let workspace: ReturnType<typeof seedWorkspace>;

beforeEach(async () => {
  store = await openTempStore();
  clock = new FakeClock(start);
  workspace = seedWorkspace(store, start - minute);
  actions = new ConversationActions(store, clock.now);
  conversationId = store.messages.ingest([inbound(workspace.ginoPage.id, 't1', 'Ciao', start - minute)], start).conversationIds[0]!;
});

afterEach(() => {
  store.close();
  removeDir(store.dataDir);
});

const statusOf = (id: number) => store.db.prepare('SELECT status, snoozed_until AS snoozedUntil FROM conversations WHERE id = ?').get(id);

describe('conversation actions', () => {
  it('close, reopen and pending are recorded, and the customer writing reopens', () => {
    actions.setStatus(conversationId, 'closed');
    expect(statusOf(conversationId)).toEqual({ status: 'closed', snoozedUntil: null });
    actions.setStatus(conversationId, 'pending');
    store.messages.ingest([inbound(workspace.ginoPage.id, 't1', 'Allora?', start + minute)], start + minute);
    expect(statusOf(conversationId)).toEqual({ status: 'open', snoozedUntil: null });
    expect(store.audit.forSubject('conversation', conversationId).map((entry) => entry.action)).toEqual(['conversation.closed', 'conversation.pending']);
  });

  it('refuses a snooze without a future time, and a wake time on anything but a snooze', () => {
    expect(() => actions.setStatus(conversationId, 'snoozed')).toThrow(/until a time in the future/);
    expect(() => actions.setStatus(conversationId, 'snoozed', start - 1)).toThrow(/until a time in the future/);
    expect(() => actions.setStatus(conversationId, 'closed', start + minute)).toThrow(/Only a snoozed conversation/);
    expect(() => actions.setStatus(9999, 'closed')).toThrow(/no conversation 9999/);
  });

  it('wakes a snoozed conversation at its time, and a customer message wakes it earlier', () => {
    const woke: number[][] = [];
    const waker = new SnoozeWaker(actions, clock, (ids) => woke.push(ids), capturingLogger());
    waker.start();
    actions.setStatus(conversationId, 'snoozed', start + 30 * minute);
    waker.reschedule();
    clock.advanceTo(start + 29 * minute);
    expect(statusOf(conversationId)).toEqual({ status: 'snoozed', snoozedUntil: start + 30 * minute });
    clock.advanceTo(start + 30 * minute);
    expect(statusOf(conversationId)).toEqual({ status: 'open', snoozedUntil: null });
    expect(woke).toEqual([[conversationId]]);

    actions.setStatus(conversationId, 'snoozed', start + 120 * minute);
    store.messages.ingest([inbound(workspace.ginoPage.id, 't1', 'Ci siete?', clock.now())], clock.now());
    expect(statusOf(conversationId)).toEqual({ status: 'open', snoozedUntil: null });
    waker.stop();
  });

  it('tags by name without case duplicates, and keeps notes in order', () => {
    expect(actions.setTags(conversationId, ['Reclamo', 'consegna', 'reclamo ', ''])).toEqual(['consegna', 'Reclamo']);
    expect(actions.setTags(conversationId, ['RECLAMO'])).toEqual(['Reclamo']);
    expect(actions.allTags()).toEqual(['consegna', 'Reclamo']);
    actions.addNote(conversationId, 'Cliente abituale, offrire il dolce.');
    clock.advanceBy(minute);
    actions.addNote(conversationId, '<b>non</b> è HTML');
    expect(actions.notes(conversationId).map((note) => [note.text, note.createdAt])).toEqual([
      ['Cliente abituale, offrire il dolce.', start],
      ['<b>non</b> è HTML', start + minute],
    ]);
    actions.setPriority(conversationId, 3);
    expect(store.db.prepare('SELECT priority FROM conversations WHERE id = ?').pluck().get(conversationId)).toBe(3);
  });
});
