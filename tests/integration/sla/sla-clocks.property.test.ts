// The stored clock is always what the rule says, whatever happened in between: random interleavings
// of customer messages, replies, status changes and policy changes (targets, warning, business
// hours on and off, mid-clock) are applied to a real cache, and after each step every
// conversation's stored stage, start and due times must equal a fresh computation from its facts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hour, minute, slaClock, type ConversationFacts, type SlaPolicy } from '../../../shared/sla/clock';
import { instantOf } from '../../../shared/sla/zoned-time';
import { SlaClocks } from '../../../electron/core/sla/sla-clocks';
import { SlaPolicies } from '../../../electron/core/sla/sla-policies';
import { inbound, openTempStore, removeDir, seedWorkspace } from '../store/fixtures';

// Friday 27 March 2026, 16:00 in Rome: the weekend and the switch to summer time lie ahead.
const start = instantOf({ year: 2026, month: 3, day: 27 }, 16 * 60, 'Europe/Rome');
const threads = ['a', 'b', 'c'] as const;

const step = fc.oneof(
  fc.record({ kind: fc.constant('customer' as const), thread: fc.constantFrom(...threads), after: fc.integer({ min: 1, max: 6 * 60 }) }),
  fc.record({ kind: fc.constant('reply' as const), thread: fc.constantFrom(...threads), after: fc.integer({ min: 1, max: 3 * 60 }) }),
  fc.record({ kind: fc.constant('status' as const), thread: fc.constantFrom(...threads), status: fc.constantFrom('open', 'pending', 'snoozed', 'closed') }),
  fc.record({
    kind: fc.constant('policy' as const),
    first: fc.integer({ min: 1, max: 600 }),
    next: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }),
    lead: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    businessHours: fc.boolean(),
  }),
);

describe('SLA clocks under any sequence of events', () => {
  it('store exactly what a fresh computation from the facts and the current policy gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const store = await openTempStore();
        try {
          const workspace = seedWorkspace(store, start - hour);
          let now = start;
          const policies = new SlaPolicies(store, () => now);
          const clocks = new SlaClocks(store, policies);
          policies.addDefaultPolicy(workspace.pizzeria.id);
          // Split shifts on weekdays, a short Saturday; Italian holidays.
          const weekday = [
            { opens: 9 * 60, closes: 13 * 60 },
            { opens: 14 * 60, closes: 18 * 60 },
          ];
          const week = [weekday, weekday, weekday, weekday, weekday, [{ opens: 9 * 60, closes: 12 * 60 }], []];
          policies.saveBusinessHours({ brandId: workspace.pizzeria.id, timeZone: 'Europe/Rome', week, holidayPreset: 'IT', holidays: [] });
          const ids = new Map<string, number>();

          for (const action of steps) {
            if (action.kind === 'customer' || action.kind === 'reply') {
              now += action.after * minute;
              const message = inbound(workspace.ginoPage.id, action.thread, 'Ciao', now);
              const outbound = action.kind === 'reply';
              if (outbound && !ids.has(action.thread)) continue;
              const { conversationIds } = store.messages.ingest(
                [outbound ? { ...message, message: { ...message.message, direction: 'outbound', authorName: 'Gino' } } : message],
                now,
              );
              ids.set(action.thread, conversationIds[0]!);
              clocks.recompute(conversationIds);
            } else if (action.kind === 'status') {
              const id = ids.get(action.thread);
              if (id === undefined) continue;
              store.db.prepare('UPDATE conversations SET status = ? WHERE id = ?').run(action.status, id);
              clocks.recompute([id]);
            } else {
              const brandWide = policies.list().policies[0]!;
              policies.save({
                ...brandWide,
                preset: null,
                firstResponseMinutes: action.first,
                nextResponseMinutes: action.next,
                warning: action.lead === null ? { share: 0.75 } : { leadMinutes: action.lead },
                businessHours: action.businessHours,
              });
              await clocks.recomputeBrand(workspace.pizzeria.id);
            }

            const policy = policies.policyFor(workspace.pizzeria.id, 'facebook_page', 0)!;
            for (const id of ids.values()) expect(storedClock(store, id)).toEqual(expectedClock(store, id, policy));
          }
        } finally {
          store.close();
          removeDir(store.dataDir);
        }
      }),
      { numRuns: 40 },
    );
  });
});

type TempStore = Awaited<ReturnType<typeof openTempStore>>;

function storedClock(store: TempStore, id: number) {
  const row = store.db
    .prepare('SELECT sla_stage AS stage, sla_started_at AS startedAt, sla_warning_at AS warningAt, sla_due_at AS dueAt, sla_escalate_at AS escalateAt FROM conversations WHERE id = ?')
    .get(id) as { stage: string | null; startedAt: number | null; warningAt: number | null; dueAt: number | null; escalateAt: number | null };
  return row.dueAt === null ? null : row;
}

/** The rule applied from scratch: the facts read straight from the messages. */
function expectedClock(store: TempStore, id: number, policy: SlaPolicy) {
  const status = store.db.prepare('SELECT status FROM conversations WHERE id = ?').pluck().get(id) as ConversationFacts['status'];
  const lastReplyAt = store.db.prepare("SELECT max(created_at) FROM messages WHERE conversation_id = ? AND direction = 'outbound'").pluck().get(id) as number | null;
  const firstUnansweredAt = store.db
    .prepare("SELECT min(created_at) FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND created_at > ?")
    .pluck()
    .get(id, lastReplyAt ?? -1) as number | null;
  return slaClock({ status, lastReplyAt, firstUnansweredAt }, policy);
}
