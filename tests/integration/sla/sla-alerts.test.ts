// SLA clocks, policies and alerts on a real SQLite cache, with a fake clock so every threshold can
// be checked to the millisecond: warnings before due, breaches at due, escalations after the delay,
// one alert per conversation and level even across a restart, and the ways alerts stay silent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertGroup, AlertSettings, ConsoleRole } from '../../../shared/contract';
import { hour, minute } from '../../../shared/sla/clock';
import { instantOf } from '../../../shared/sla/zoned-time';
import { AlertScheduler } from '../../../electron/core/sla/alert-scheduler';
import { dueTimePass } from '../../../electron/core/sla/due-time-pass';
import { SlaClocks } from '../../../electron/core/sla/sla-clocks';
import { SlaPolicies } from '../../../electron/core/sla/sla-policies';
import type { PlatformMessage } from '../../../electron/core/store/repositories/messages';
import { FakeClock } from '../../fakes/fake-clock';
import { capturingLogger, inbound, openTempStore, removeDir, seedWorkspace } from '../store/fixtures';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;

const quietOff: AlertSettings = { notifications: true, sound: false, quietHours: { enabled: false, from: '22:00', to: '08:00' } };
// A Tuesday morning in Rome, well inside office hours.
const start = instantOf({ year: 2026, month: 6, day: 9 }, 9 * 60 + 30, 'Europe/Rome');

let store: TempStore;
let clock: FakeClock;
let workspace: ReturnType<typeof seedWorkspace>;
let policies: SlaPolicies;
let clocks: SlaClocks;
let preferences: { role: ConsoleRole; alerts: AlertSettings };

beforeEach(async () => {
  store = await openTempStore();
  clock = new FakeClock(start);
  workspace = seedWorkspace(store, start - hour);
  policies = new SlaPolicies(store, clock.now);
  clocks = new SlaClocks(store, policies);
  policies.addDefaultPolicy(workspace.pizzeria.id);
  policies.addDefaultPolicy(workspace.outdoor.id);
  preferences = { role: 'agent', alerts: quietOff };
});

afterEach(() => {
  store.close();
  removeDir(store.dataDir);
});

/** Customer messages arrive: stored, then the clocks of their conversations recomputed. */
function receive(...messages: PlatformMessage[]): number[] {
  const { conversationIds } = store.messages.ingest(messages, clock.now());
  clocks.recompute(conversationIds);
  return conversationIds;
}

function reply(channelId: number, conversation: string, at: number): void {
  const message = inbound(channelId, conversation, 'Eccoci!', at);
  receive({ ...message, message: { ...message.message, direction: 'outbound', authorName: 'Gino' } });
}

function conversationClock(id: number) {
  return store.db
    .prepare('SELECT sla_stage AS stage, sla_started_at AS startedAt, sla_warning_at AS warningAt, sla_due_at AS dueAt, sla_escalate_at AS escalateAt, sla_alerted AS alerted FROM conversations WHERE id = ?')
    .get(id) as { stage: string | null; startedAt: number | null; warningAt: number | null; dueAt: number | null; escalateAt: number | null; alerted: string | null };
}

/** A scheduler whose deliveries are recorded with the (fake) time they happened. */
function startScheduler() {
  const delivered: Array<{ at: number; group: AlertGroup }> = [];
  const summaries: Array<{ atRisk: number; breached: number }> = [];
  const scheduler = new AlertScheduler({
    store,
    clock,
    preferences: () => preferences,
    deliver: (groups) => delivered.push(...groups.map((group) => ({ at: clock.now(), group }))),
    summaryChanged: (summary) => summaries.push(summary),
    logger: capturingLogger(),
  });
  scheduler.start();
  return { scheduler, delivered, summaries };
}

describe('SLA clocks', () => {
  it('start at the first unanswered message, stop at the reply, and record the response for reports', () => {
    const [id] = receive(inbound(workspace.ginoPage.id, 't1', 'Siete aperti?', start));
    expect(conversationClock(id!)).toMatchObject({ stage: 'first_response', startedAt: start, warningAt: start + 45 * minute, dueAt: start + hour, escalateAt: start + 75 * minute });

    receive(inbound(workspace.ginoPage.id, 't1', 'Domani a pranzo?', start + 5 * minute));
    expect(conversationClock(id!).startedAt).toBe(start);

    reply(workspace.ginoPage.id, 't1', start + 20 * minute);
    expect(conversationClock(id!)).toMatchObject({ stage: null, dueAt: null });

    receive(inbound(workspace.ginoPage.id, 't1', 'Grazie! E per 6?', start + 90 * minute));
    expect(conversationClock(id!)).toMatchObject({ stage: 'next_response', startedAt: start + 90 * minute, dueAt: start + 150 * minute });
    reply(workspace.ginoPage.id, 't1', start + 200 * minute);

    const events = store.db.prepare('SELECT sla_stage AS stage, started_at AS startedAt, responded_at AS respondedAt, due_at AS dueAt FROM sla_response_events ORDER BY id').all();
    expect(events).toEqual([
      { stage: 'first_response', startedAt: start, respondedAt: start + 20 * minute, dueAt: start + hour },
      { stage: 'next_response', startedAt: start + 90 * minute, respondedAt: start + 200 * minute, dueAt: start + 150 * minute },
    ]);
  });

  it('use the narrowest policy: channel and priority, then channel, then brand-wide', async () => {
    const [facebook] = receive(inbound(workspace.ginoPage.id, 'fb', 'Ciao', start));
    const [instagram] = receive(inbound(workspace.ginoInstagram.id, 'ig', 'Ciao', start));
    const base = { preset: null, nextResponseMinutes: null, warning: { leadMinutes: 5 }, escalationDelayMinutes: 10, businessHours: false } as const;
    policies.save({ ...base, brandId: workspace.pizzeria.id, channelKind: 'instagram', priority: null, firstResponseMinutes: 30 });
    policies.save({ ...base, brandId: workspace.pizzeria.id, channelKind: 'instagram', priority: 2, firstResponseMinutes: 10 });
    await clocks.recomputeBrand(workspace.pizzeria.id);
    expect(conversationClock(facebook!)).toMatchObject({ dueAt: start + hour, warningAt: start + 45 * minute });
    expect(conversationClock(instagram!)).toMatchObject({ dueAt: start + 30 * minute, warningAt: start + 25 * minute, escalateAt: start + 40 * minute });
    store.db.prepare('UPDATE conversations SET priority = 2 WHERE id = ?').run(instagram);
    clocks.recompute([instagram!]);
    expect(conversationClock(instagram!).dueAt).toBe(start + 10 * minute);
    expect(() => policies.save({ ...base, brandId: workspace.pizzeria.id, channelKind: 'instagram', priority: 2, firstResponseMinutes: 5 })).toThrow(/already has a policy/);
  });

  it('move due times when the policy changes mid-clock, keeping the alerts already given', async () => {
    const [id] = receive(inbound(workspace.ginoPage.id, 't1', 'Ciao', start));
    const { delivered } = startScheduler();
    clock.advanceTo(start + 46 * minute);
    expect(delivered.map(({ group }) => group.level)).toEqual(['warning']);

    const brandWide = policies.list().policies.find((policy) => policy.brandId === workspace.pizzeria.id)!;
    policies.save({ ...brandWide, preset: null, firstResponseMinutes: 120 });
    const { clocks: recomputed, changed } = await clocks.recomputeBrand(workspace.pizzeria.id);
    expect({ recomputed, changed }).toEqual({ recomputed: 1, changed: [id] });
    expect(conversationClock(id!)).toMatchObject({ startedAt: start, warningAt: start + 90 * minute, dueAt: start + 120 * minute, alerted: 'warning' });
  });

  it('"Same business day" counts the brand office hours, lunch break and Italian holidays included', async () => {
    const brandWide = policies.list().policies.find((policy) => policy.brandId === workspace.pizzeria.id)!;
    policies.save({ ...brandWide, preset: 'same_business_day', firstResponseMinutes: 480, nextResponseMinutes: 480, businessHours: true });
    policies.saveBusinessHours({ ...policies.businessHours(workspace.pizzeria.id)!, timeZone: 'Europe/Rome' });
    await clocks.recomputeBrand(workspace.pizzeria.id);
    // 9:00 on a Tuesday: due at 18:00 the same day (4 h + lunch + 4 h).
    const tuesdayNine = instantOf({ year: 2026, month: 6, day: 9 }, 9 * 60, 'Europe/Rome');
    const [early] = receive(inbound(workspace.ginoPage.id, 'early', 'Buongiorno', tuesdayNine));
    expect(conversationClock(early!).dueAt).toBe(instantOf({ year: 2026, month: 6, day: 9 }, 18 * 60, 'Europe/Rome'));
    // Friday 1 May 2026 is Labour Day: a message that morning is due Monday at 18:00.
    const mayDay = instantOf({ year: 2026, month: 5, day: 1 }, 10 * 60, 'Europe/Rome');
    const [holiday] = receive(inbound(workspace.ginoPage.id, 'holiday', 'Aperti oggi?', mayDay));
    expect(conversationClock(holiday!).dueAt).toBe(instantOf({ year: 2026, month: 5, day: 4 }, 18 * 60, 'Europe/Rome'));
  });

  it('refuse business hours that overlap, and never delete the brand-wide policy', () => {
    const hours = { brandId: workspace.pizzeria.id, timeZone: 'Europe/Rome', holidayPreset: null, holidays: [] };
    const week = Array.from({ length: 7 }, () => [{ opens: 540, closes: 800 }, { opens: 780, closes: 1080 }]);
    expect(() => policies.saveBusinessHours({ ...hours, week })).toThrow(/must not overlap/);
    const brandWide = policies.list().policies.find((policy) => policy.brandId === workspace.pizzeria.id)!;
    expect(() => policies.delete(brandWide.id)).toThrow(/keeps a brand-wide policy/);
  });
});

describe('SLA alert scheduler', () => {
  it('warns at the warning time and alerts the breach at the due time, within a second of each', () => {
    const [id] = receive(inbound(workspace.ginoPage.id, 't1', 'Siete aperti?', start));
    const { delivered, summaries } = startScheduler();
    clock.advanceTo(start + 2 * hour);
    expect(delivered.map(({ at, group }) => ({ at, level: group.level, ids: group.alerts.map((alert) => alert.conversationId) }))).toEqual([
      { at: start + 45 * minute, level: 'warning', ids: [id] },
      { at: start + hour, level: 'breach', ids: [id] },
    ]);
    // The agent is not told of the escalation, but it is in the log for the record.
    expect(store.db.prepare('SELECT level, delivery FROM alert_log ORDER BY id').all()).toEqual([
      { level: 'warning', delivery: 'notified' },
      { level: 'breach', delivery: 'notified' },
      { level: 'escalation', delivery: 'other_role' },
    ]);
    expect(summaries).toEqual([
      { atRisk: 0, breached: 0 },
      { atRisk: 1, breached: 0 },
      { atRisk: 1, breached: 1 },
    ]);
  });

  it('tells a supervisor of the breach and the escalation, not of the warning', () => {
    preferences = { ...preferences, role: 'supervisor' };
    receive(inbound(workspace.ginoPage.id, 't1', 'Siete aperti?', start));
    const { delivered } = startScheduler();
    clock.advanceTo(start + 2 * hour);
    expect(delivered.map(({ at, group }) => ({ at, level: group.level }))).toEqual([
      { at: start + hour, level: 'breach' },
      { at: start + 75 * minute, level: 'escalation' },
    ]);
  });

  it('never alerts twice for one clock and level, across a restart and a pause', () => {
    const [id] = receive(inbound(workspace.ginoPage.id, 't1', 'Ciao', start));
    const first = startScheduler();
    clock.advanceTo(start + 50 * minute);
    first.scheduler.stop();
    // A restart: a new scheduler on the same cache.
    const second = startScheduler();
    // Snoozed and reopened: the clock stops and starts again from the same message.
    store.db.prepare("UPDATE conversations SET status = 'snoozed' WHERE id = ?").run(id);
    clocks.recompute([id!]);
    store.db.prepare("UPDATE conversations SET status = 'open' WHERE id = ?").run(id);
    clocks.recompute([id!]);
    second.scheduler.reschedule();
    clock.advanceTo(start + 61 * minute);
    expect(first.delivered.map(({ group }) => group.level)).toEqual(['warning']);
    expect(second.delivered.map(({ group }) => group.level)).toEqual(['breach']);
  });

  it('after a reply, a new customer message starts a new clock with its own alerts', () => {
    receive(inbound(workspace.ginoPage.id, 't1', 'Ciao', start));
    const { delivered } = startScheduler();
    clock.advanceTo(start + 50 * minute);
    reply(workspace.ginoPage.id, 't1', clock.now());
    receive(inbound(workspace.ginoPage.id, 't1', 'Ancora io', clock.now() + minute));
    clock.advanceTo(start + 100 * minute);
    expect(delivered.map(({ at, group }) => ({ at: at - start, level: group.level, stage: group.alerts[0]!.stage }))).toEqual([
      { at: 45 * minute, level: 'warning', stage: 'first_response' },
      { at: 96 * minute, level: 'warning', stage: 'next_response' },
    ]);
  });

  it('groups alerts that fire together, pulling in warnings due within the minute', () => {
    for (let n = 0; n < 6; n += 1) receive(inbound(workspace.ginoPage.id, `t${n}`, 'Ciao', start + n * 5_000));
    receive(inbound(workspace.ginoPage.id, 'late', 'Ciao', start + 10 * minute));
    const { delivered } = startScheduler();
    clock.advanceTo(start + 50 * minute);
    expect(delivered.map(({ at, group }) => ({ at: at - start, level: group.level, count: group.alerts.length }))).toEqual([
      { at: 45 * minute, level: 'warning', count: 6 },
    ]);
  });

  it('stays silent for the conversation on screen, in quiet hours and while snoozed, then reminds', () => {
    const [onScreen] = receive(inbound(workspace.ginoPage.id, 'screen', 'Ciao', start));
    const { scheduler, delivered } = startScheduler();
    scheduler.setViewing(onScreen!);
    clock.advanceTo(start + 46 * minute);
    expect(delivered).toEqual([]);
    expect(scheduler.log()[0]).toMatchObject({ conversationId: onScreen, level: 'warning', delivery: 'on_screen' });
    scheduler.setViewing(null);

    // Snoozed for 10 minutes at the warning: the breach at 60 is held, the reminder comes at 66.
    const [other] = receive(inbound(workspace.ginoPage.id, 'other', 'Ciao', start + 10 * minute));
    clock.advanceTo(start + 56 * minute);
    const warning = scheduler.log().find((entry) => entry.conversationId === other)!;
    expect(warning).toMatchObject({ level: 'warning', delivery: 'notified' });
    scheduler.snooze(warning.id, 15);
    clock.advanceTo(start + 72 * minute);
    expect(delivered.map(({ at, group }) => ({ at: at - start, level: group.level, reminder: group.reminder, ids: group.alerts.map((a) => a.conversationId) }))).toEqual([
      { at: 55 * minute, level: 'warning', reminder: false, ids: [other] },
      { at: 60 * minute, level: 'breach', reminder: false, ids: [onScreen] },
      { at: 71 * minute, level: 'breach', reminder: true, ids: [other] },
    ]);

    // Quiet hours around the clock: logged, not shown.
    preferences = { ...preferences, alerts: { ...quietOff, quietHours: { enabled: true, from: '00:00', to: '23:59' } } };
    const [night] = receive(inbound(workspace.ginoPage.id, 'night', 'Ciao', clock.now()));
    scheduler.reschedule();
    clock.advanceBy(46 * minute);
    expect(scheduler.log().find((entry) => entry.conversationId === night)).toMatchObject({ delivery: 'quiet_hours' });
    expect(delivered).toHaveLength(3);
  });

  it('wakes at least once a minute and tolerates a closed database without throwing', () => {
    const { scheduler } = startScheduler();
    clock.advanceBy(5 * minute);
    store.close();
    expect(() => clock.advanceBy(2 * minute)).not.toThrow();
    scheduler.stop();
    store = Object.assign(store, { close: () => {} });
  });
});

describe('SLA alert backlog and counts', () => {
  it('works through a backlog larger than one pass without waiting, and keeps the counts true as time passes', () => {
    // 2,500 customers, all already past their due time: three passes, at once.
    const messages = Array.from({ length: 2_500 }, (_, n) => inbound(workspace.ginoPage.id, `old-${n}`, 'Ciao', start - 2 * hour));
    receive(...messages);
    const late = receive(inbound(workspace.ginoPage.id, 'fresh', 'Ciao', start));
    const { delivered, summaries } = startScheduler();
    // The first pass fires 1,000 and leaves a timer of zero for the next: no time passes.
    expect(delivered.reduce((total, { group }) => total + group.alerts.length, 0)).toBe(1_000);
    clock.advanceBy(0);
    expect(delivered.reduce((total, { group }) => total + group.alerts.length, 0)).toBe(2_500);
    expect(delivered.every(({ at }) => at === start)).toBe(true);
    expect(summaries.at(-1)).toEqual({ atRisk: 2_500, breached: 2_500 });
    // Time alone moves the counts: the fresh conversation becomes at risk, then breached.
    clock.advanceTo(start + 46 * minute);
    expect(summaries.at(-1)).toEqual({ atRisk: 2_501, breached: 2_500 });
    clock.advanceTo(start + hour);
    expect(summaries.at(-1)).toEqual({ atRisk: 2_501, breached: 2_501 });
    expect(late).toHaveLength(1);
  });

  it('never writes recomputed times onto a clock that was replaced while the pass ran', () => {
    const [id] = receive(inbound(workspace.ginoPage.id, 't1', 'Ciao', start));
    // A pass computed for the first-response clock (under a 2-hour target)…
    const rows = clocks.readBrandClocks(workspace.pizzeria.id);
    const pass = dueTimePass(rows, () => ({ firstResponseMs: 2 * hour, nextResponseMs: 2 * hour, warningShare: 0.5, warningLeadMs: null, escalationDelayMs: 0, calendar: null }));
    expect(pass.count).toBe(1);
    // …lands after a reply and a new message started the next-response clock.
    reply(workspace.ginoPage.id, 't1', start + minute);
    receive(inbound(workspace.ginoPage.id, 't1', 'Ancora io', start + 2 * minute));
    expect(clocks.writeDueTimes(pass)).toEqual([]);
    expect(conversationClock(id!)).toMatchObject({ stage: 'next_response', startedAt: start + 2 * minute, dueAt: start + 62 * minute });
  });
});
