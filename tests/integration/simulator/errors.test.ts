// Tokens and malformed requests: the Graph error envelopes a connector must recognise — 104 without
// a token, 190 (with 463/460/458) for bad or expired ones, 100 for bad parameters, fields, JSON and
// unknown objects, 2500 for unknown paths.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, graphError, version, useSimulator } from './graph-client';

describe('tokens and malformed requests', () => {
  const sim = useSimulator({ beforeAll, beforeEach, afterAll });

  it('answers 104 without a token and 190 for one it cannot parse', async () => {
    const missing = await sim.graph(`/${version}/me`);
    expect(missing.status).toBe(400);
    expect(graphError(missing)).toMatchObject({ code: 104, type: 'OAuthException', fbtrace_id: expect.any(String) });
    const garbage = await sim.graph(`/${version}/me`, { token: 'not-a-token' });
    expect(graphError(garbage)).toMatchObject({ code: 190, type: 'OAuthException' });
    expect(graphError(garbage).error_subcode).toBeUndefined();
    expect(garbage.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('expires a token: the next calls get 190/463 until it is restored', async () => {
    const { daGino } = sim.simulator.seed;
    expect((await sim.graph(`/${version}/me`, { token: daGino.token })).status).toBe(200);
    sim.simulator.control.expireToken(daGino.token);
    const expired = await sim.graph(`/${version}/${daGino.id}/conversations`, { token: daGino.token });
    expect(expired.status).toBe(400);
    expect(graphError(expired)).toMatchObject({ code: 190, error_subcode: 463 });
    expect(graphError(expired).message).toMatch(/^Error validating access token: Session has expired on /);
    // Other tokens keep working.
    expect((await sim.graph(`/${version}/me`, { token: sim.simulator.seed.alpine.token })).status).toBe(200);
    sim.simulator.control.restoreToken(daGino.token);
    expect((await sim.graph(`/${version}/me`, { token: daGino.token })).status).toBe(200);
  });

  it('revokes tokens with the documented subcodes, also over the control API', async () => {
    const { user, alpine } = sim.simulator.seed;
    expect((await control(sim.simulator, 'POST', '/tokens/expire', { token: user.token, reason: 'password-changed' })).status).toBe(200);
    expect(graphError(await sim.graph(`/${version}/me/accounts`, { token: user.token }))).toMatchObject({ code: 190, error_subcode: 460 });
    await control(sim.simulator, 'POST', '/tokens/expire', { token: alpine.token, reason: 'app-removed' });
    expect(graphError(await sim.graph(`/${version}/me`, { headers: { Authorization: `Bearer ${alpine.token}` } }))).toMatchObject({ code: 190, error_subcode: 458 });
    expect((await control(sim.simulator, 'POST', '/tokens/expire', { token: 'unknown' })).status).toBe(404);
    await control(sim.simulator, 'POST', '/tokens/restore', { token: alpine.token });
    expect((await sim.graph(`/${version}/me`, { token: alpine.token })).status).toBe(200);
  });

  it('rejects bad JSON bodies and bad nested parameters with code 100', async () => {
    const { daGino } = sim.simulator.seed;
    const badJson = await sim.graph(`/${version}/${daGino.id}/messages`, { token: daGino.token, raw: { body: '{"recipient": {"id": ', contentType: 'application/json' } });
    expect(badJson.status).toBe(400);
    expect(graphError(badJson)).toMatchObject({ code: 100, type: 'OAuthException' });
    const badForm = await sim.graph(`/${version}/${daGino.id}/messages`, { token: daGino.token, form: { recipient: '{id:', message: '{"text":"ciao"}' } });
    expect(graphError(badForm).code).toBe(100);
    const arrayBody = await sim.graph(`/${version}/${daGino.id}/messages`, { token: daGino.token, raw: { body: '[1,2]', contentType: 'application/json' } });
    expect(graphError(arrayBody).code).toBe(100);
  });

  it('rejects unknown fields, unknown edges and broken field syntax with code 100', async () => {
    const { daGino } = sim.simulator.seed;
    const unknownField = await sim.graph(`/${version}/${daGino.id}?fields=name,favourite_pizza`, { token: daGino.token });
    expect(graphError(unknownField)).toMatchObject({ code: 100, message: '(#100) Tried accessing nonexisting field (favourite_pizza) on node type (Page)' });
    const nestedUnknown = await sim.graph(`/${version}/${daGino.id}/conversations?fields=messages{id,mood}`, { token: daGino.token });
    expect(graphError(nestedUnknown)).toMatchObject({ code: 100, message: '(#100) Tried accessing nonexisting field (mood) on node type (Message)' });
    const unknownEdge = await sim.graph(`/${version}/me/accounts`, { token: daGino.token });
    expect(graphError(unknownEdge)).toMatchObject({ code: 100, message: '(#100) Tried accessing nonexisting field (accounts) on node type (Page)' });
    const syntax = await sim.graph(`/${version}/${daGino.id}?fields=${encodeURIComponent('conversations{id')}`, { token: daGino.token });
    expect(graphError(syntax).code).toBe(100);
    expect(graphError(syntax).message).toContain('Syntax error');
    const badLimit = await sim.graph(`/${version}/${daGino.id}/conversations?limit=many`, { token: daGino.token });
    expect(graphError(badLimit).code).toBe(100);
    const badPlatform = await sim.graph(`/${version}/${daGino.id}/conversations?platform=whatsapp`, { token: daGino.token });
    expect(graphError(badPlatform).code).toBe(100);
  });

  it('answers 100/33 for objects that do not exist or belong to someone else, and 2500 for unknown paths', async () => {
    const { daGino, alpine } = sim.simulator.seed;
    const missing = await sim.graph(`/${version}/99999999`, { token: daGino.token });
    expect(graphError(missing)).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' });
    const foreign = await sim.graph(`/${version}/${alpine.conversations[0]?.id}`, { token: daGino.token });
    expect(graphError(foreign)).toMatchObject({ code: 100, error_subcode: 33 });
    const foreignPage = await sim.graph(`/${version}/${alpine.id}/feed`, { token: daGino.token });
    expect(graphError(foreignPage)).toMatchObject({ code: 100, error_subcode: 33 });
    const deep = await sim.graph(`/${version}/${daGino.id}/conversations/extra`, { token: daGino.token });
    expect(graphError(deep)).toMatchObject({ code: 2500, message: 'Unknown path components: /extra' });
    // Conversations need the Page token, not the user's.
    expect(graphError(await sim.graph(`/${version}/${daGino.id}/conversations`, { token: sim.simulator.seed.user.token })).code).toBe(210);
  });
});
