// Injected faults, one kind at a time, as a connector meets them over real HTTP: latency, 5xx,
// throttling with its headers, a POST applied but never answered, and a request left hanging.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, graphError, version, useSimulator } from './graph-client';

describe('fault injection', () => {
  const sim = useSimulator({ beforeAll, beforeEach, afterAll });

  const openThread = () => {
    const found = sim.simulator.seed.daGino.conversations.find((conversation) => conversation.platform === 'messenger' && conversation.window === 'standard');
    if (!found) throw new Error('The seed has an open Messenger thread.');
    return found;
  };
  const sendReply = (text: string, signal?: AbortSignal) =>
    sim.graph(`/${version}/${sim.simulator.seed.daGino.id}/messages`, {
      token: sim.simulator.seed.daGino.token,
      json: { recipient: { id: openThread().customerId }, messaging_type: 'RESPONSE', message: { text } },
      ...(signal ? { signal } : {}),
    });
  const readConversations = (signal?: AbortSignal) =>
    sim.graph(`/${version}/${sim.simulator.seed.daGino.id}/conversations`, { token: sim.simulator.seed.daGino.token, ...(signal ? { signal } : {}) });

  it('answers 500/503 with Graph code 2 or 1 envelopes, for N requests', async () => {
    sim.simulator.control.addFault({ kind: 'server-error', method: 'GET', path: '/*/conversations', times: 2 });
    const first = await readConversations();
    expect(first.status).toBe(500);
    expect(graphError(first)).toMatchObject({ code: 2, type: 'OAuthException', fbtrace_id: expect.any(String) });
    expect((first.json.error as { is_transient: boolean }).is_transient).toBe(true);
    expect((await readConversations()).status).toBe(500);
    expect((await readConversations()).status).toBe(200);

    sim.simulator.control.addFault({ kind: 'server-error', status: 503, times: 1 });
    const unavailable = await readConversations();
    expect(unavailable.status).toBe(503);
    expect(graphError(unavailable)).toMatchObject({ code: 2, message: 'Service temporarily unavailable' });
    sim.simulator.control.addFault({ kind: 'server-error', code: 1, times: 1 });
    expect(graphError(await readConversations())).toMatchObject({ code: 1, message: 'An unknown error occurred' });
  });

  it('throttles with the usage headers at 100% and the time to regain access', async () => {
    sim.simulator.control.addFault({ kind: 'throttle', code: 80006, status: 429, path: '/*/messages', method: 'POST', regainAccessMinutes: 12, times: 1 });
    const throttled = await sendReply('Subito!');
    expect(throttled.status).toBe(429);
    expect(graphError(throttled)).toMatchObject({ code: 80006, type: 'OAuthException' });
    expect(JSON.parse(throttled.headers.get('x-app-usage') ?? '{}')).toMatchObject({ call_count: 100 });
    const business = JSON.parse(throttled.headers.get('x-business-use-case-usage') ?? '{}') as Record<string, { type: string; call_count: number; estimated_time_to_regain_access: number }[]>;
    expect(business[sim.simulator.seed.daGino.id]).toEqual([expect.objectContaining({ type: 'messenger', call_count: 100, estimated_time_to_regain_access: 12 })]);
    // Nothing was sent; the next call goes through.
    expect(sim.simulator.control.sent().total).toBe(0);
    expect((await sendReply('Subito!')).status).toBe(200);

    for (const code of [4, 17, 32, 613, 80001, 80002]) {
      sim.simulator.control.addFault({ kind: 'throttle', code, times: 1 });
      const response = await readConversations();
      expect(response.status).toBe(400);
      expect(graphError(response).code).toBe(code);
    }
  });

  it('accepts then drops: the message is stored, the connection dies before the answer', async () => {
    sim.simulator.control.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/v21.0/*/messages', times: 1 });
    await expect(sendReply('Arriva tra 10 minuti')).rejects.toThrow();
    // The send happened: it is in the thread and in the sent log, exactly once.
    expect(sim.simulator.control.sent().countsByText).toEqual({ 'Arriva tra 10 minuti': 1 });
    const latest = await sim.graph(`/${version}/${openThread().id}/messages?fields=message&limit=1`, { token: sim.simulator.seed.daGino.token });
    expect((latest.json.data as { message: string }[])[0]?.message).toBe('Arriva tra 10 minuti');
  });

  it('hangs a request until the client gives up, without holding up others', async () => {
    sim.simulator.control.addFault({ kind: 'hang', method: 'GET', path: '/**', times: 1 });
    await expect(readConversations(AbortSignal.timeout(300))).rejects.toThrow();
    expect((await readConversations()).status).toBe(200);
  });

  it('adds latency before handling the request', async () => {
    sim.simulator.control.addFault({ kind: 'latency', latencyMs: 5_000, times: 1 });
    await expect(readConversations(AbortSignal.timeout(300))).rejects.toThrow();
    expect(sim.simulator.control.faults()).toEqual([]);
  });

  it('matches by method and path, and lasts until cleared when no count is given', async () => {
    const fault = sim.simulator.control.addFault({ kind: 'server-error', method: 'POST', path: '/*/messages' });
    expect((await readConversations()).status).toBe(200);
    expect((await sendReply('uno')).status).toBe(500);
    expect((await sendReply('due')).status).toBe(500);
    expect(sim.simulator.control.faults()).toMatchObject([{ id: fault.id, hits: 2 }]);
    sim.simulator.control.clearFaults(fault.id);
    expect((await sendReply('tre')).status).toBe(200);
  });

  it('is driven over HTTP too, with validation', async () => {
    const added = await control(sim.simulator, 'POST', '/faults', { kind: 'throttle', code: 32, times: 1 });
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ kind: 'throttle', code: 32, status: 400, remaining: 1 });
    expect((await control(sim.simulator, 'GET', '/faults')).json.faults).toHaveLength(1);
    expect(graphError(await readConversations()).code).toBe(32);

    expect((await control(sim.simulator, 'POST', '/faults', { kind: 'throttle', code: 999 })).status).toBe(400);
    expect((await control(sim.simulator, 'POST', '/faults', { kind: 'latency' })).status).toBe(400);
    expect((await control(sim.simulator, 'POST', '/faults', { kind: 'explode' })).status).toBe(400);
    await control(sim.simulator, 'POST', '/faults', { kind: 'hang' });
    expect((await control(sim.simulator, 'DELETE', '/faults')).json).toEqual({ faults: [] });
    expect((await readConversations()).status).toBe(200);
  });
});
