// Hostile and malformed platform payloads, generated: every parser yields a typed value or a
// typed GraphError, never a crash (TypeError, a zod exception, an unbounded loop).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyGraphError, GraphError } from '../../../electron/core/connectors/meta/graph-error';
import type { GraphClient } from '../../../electron/core/connectors/meta/graph-client';
import { MetaReader } from '../../../electron/core/connectors/meta/meta-reader';
import { readList, readSendResult } from '../../../electron/core/connectors/meta/payloads';
import { readUsageHeaders } from '../../../electron/core/connectors/meta/usage';

const kinds = ['auth', 'window', 'rejected', 'throttled', 'transient', 'unknown', 'offline'];

/** Values that look like Graph objects with any field possibly of the wrong type or missing. */
const graphish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('2026-11-24T10:15:30+0000', 'not a date', '', '9999-99-99T99:99:99+9999'),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom('id', 'data', 'paging', 'next', 'messages', 'from', 'to', 'message', 'created_time', 'updated_time', 'participants', 'comments', 'replies', 'text', 'timestamp', 'username', 'name', 'parent', 'attachments', 'caption', 'error', 'code'),
      tie('value'),
      { maxKeys: 8 },
    ),
  ),
})).value;

/** Either a well-formed value or anything at all, so parsing gets past the envelope and deep inside. */
const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: graphish });
const time = fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, '+0000'));
const person = fc.record({ id: mostly(fc.string({ minLength: 1 })), name: mostly(fc.string()), username: mostly(fc.string()) }, { requiredKeys: ['id'] });
const message = fc.record({
  id: mostly(fc.string({ minLength: 1 })),
  created_time: mostly(time),
  from: mostly(person),
  to: mostly(fc.record({ data: fc.array(person, { maxLength: 2 }) })),
  message: mostly(fc.string()),
});
const list = <T>(item: fc.Arbitrary<T>) =>
  fc.record({ data: fc.array(mostly(item), { maxLength: 6 }), paging: mostly(fc.record({ next: fc.constant('http://127.0.0.1/next') }, { requiredKeys: [] })) });
const conversationsPage = list(
  fc.record({
    id: mostly(fc.string({ minLength: 1 })),
    updated_time: mostly(time),
    participants: mostly(fc.record({ data: fc.array(person, { maxLength: 3 }) })),
    messages: mostly(list(message)),
  }),
);
const comment = fc.record({
  id: mostly(fc.string({ minLength: 1 })),
  message: mostly(fc.string()),
  text: mostly(fc.string()),
  created_time: mostly(time),
  timestamp: mostly(time),
  from: mostly(person),
  username: mostly(fc.string()),
  parent: mostly(fc.record({ id: fc.string({ minLength: 1 }) })),
});
const postsPage = list(
  fc.record({
    id: mostly(fc.string({ minLength: 1 })),
    message: mostly(fc.string()),
    caption: mostly(fc.string()),
    created_time: mostly(time),
    timestamp: mostly(time),
    comments: mostly(list(comment)),
  }),
);
const anyPage = fc.oneof(conversationsPage, postsPage, graphish);

/** A client that answers every request with generated data: the network is not what is tested here. */
function clientAnswering(pages: unknown[]): GraphClient {
  let call = 0;
  const answer = async () => {
    if (call >= pages.length) return { data: [] };
    return pages[call++];
  };
  return { get: answer, getNext: answer, post: answer } as unknown as GraphClient;
}

async function settle(promise: Promise<unknown>): Promise<'value' | 'graph-error'> {
  try {
    await promise;
    return 'value';
  } catch (error) {
    if (error instanceof GraphError) return 'graph-error';
    throw error;
  }
}

describe('Meta payload parsers under hostile input', () => {
  it('classify any error response into one of the known kinds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), graphish, (status, body) => {
        const error = classifyGraphError(status, body);
        expect(error).toBeInstanceOf(GraphError);
        expect(kinds).toContain(error.kind);
      }),
    );
  });

  it('read any usage header as a finite percentage', () => {
    const headerText = fc.oneof(fc.json(), fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789abc_ -'.split('')) }));
    fc.assert(
      fc.property(headerText, headerText, (app, business) => {
        const usage = readUsageHeaders(new Headers({ 'x-app-usage': app, 'x-business-use-case-usage': business }));
        expect(Number.isFinite(usage.highestPercent)).toBe(true);
        expect(usage.regainAccessInMs === null || usage.regainAccessInMs > 0).toBe(true);
      }),
    );
  });

  it('read lists and send results, or fail with a GraphError', () => {
    fc.assert(
      fc.property(graphish, (payload) => {
        for (const read of [readList, readSendResult]) {
          try {
            read(payload);
          } catch (error) {
            expect(error).toBeInstanceOf(GraphError);
          }
        }
      }),
    );
  });

  it('pull DMs, Facebook comments and Instagram comments from any answer without crashing', async () => {
    let messagesRead = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(anyPage, { minLength: 1, maxLength: 4 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 42 })), async (pages, watermark) => {
        for (const pull of [
          (reader: MetaReader) => reader.directMessages(1, 'messenger', ['page-1'], watermark),
          (reader: MetaReader) => reader.facebookComments(1, watermark),
          (reader: MetaReader) => reader.instagramComments(1, 'ig-1', watermark),
        ]) {
          const reader = new MetaReader(clientAnswering(pages), 'page-1');
          const outcome = await settle(
            pull(reader).then((result) => {
              messagesRead += result.messages.length;
              for (const message of result.messages) {
                expect(typeof message.message.text).toBe('string');
                expect(Number.isFinite(message.message.createdAt)).toBe(true);
                expect(message.customer.externalId.length).toBeGreaterThan(0);
              }
              expect(result.skipped).toBeGreaterThanOrEqual(0);
            }),
          );
          expect(['value', 'graph-error']).toContain(outcome);
        }
      }),
      { numRuns: 200 },
    );
    // The generators reach past the envelopes: plenty of items were read, not just refused.
    expect(messagesRead).toBeGreaterThan(20);
  });
});
