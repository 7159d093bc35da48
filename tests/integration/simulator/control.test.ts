// The control API from a test's point of view: what it injects is visible through the Graph
// endpoints exactly like seeded data; reset, the sent log and chatter behave as documented.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, graphTime, graphTimePattern, startMetaSimulator, useSimulator, version } from './graph-client';

describe('the control API', () => {
  const sim = useSimulator({ beforeAll, beforeEach, afterAll });
  const { clock } = sim;

  type Conversation = { id: string; updated_time: string; messages?: { data: { message: string }[] } };
  const conversations = async (platform: 'messenger' | 'instagram', page = sim.simulator.seed.alpine) =>
    (await sim.graph(`/${version}/${page.id}/conversations?platform=${platform}&fields=updated_time,messages.limit(1){message}`, { token: page.token })).json.data as Conversation[];

  it('injects a DM from someone new over HTTP: a new thread at the top of the list', async () => {
    const { alpine } = sim.simulator.seed;
    clock.advance(60_000);
    const injected = await control(sim.simulator, 'POST', '/messages', {
      pageId: alpine.id,
      platform: 'instagram',
      customer: { name: 'Zoe Park', username: 'zoe.climbs' },
      text: 'Do you have the Summit 45 in green?',
    });
    expect(injected.status).toBe(200);
    const list = await conversations('instagram');
    expect(list[0]).toMatchObject({ id: injected.json.conversationId, messages: { data: [{ message: 'Do you have the Summit 45 in green?' }] } });
    expect(list[0]?.updated_time).toMatch(graphTimePattern);
    const participants = await sim.graph(`/${version}/${injected.json.conversationId}?fields=participants`, { token: alpine.token });
    expect(participants.json.participants).toEqual({ data: [{ username: 'zoe.climbs', id: injected.json.customerId }, { username: 'alpine.outdoor', id: alpine.instagram.id }] });
  });

  it('injects into an existing thread, moving it to the top and reopening its window', async () => {
    const { alpine } = sim.simulator.seed;
    const closed = alpine.conversations.find((conversation) => conversation.platform === 'messenger' && conversation.window === 'closed');
    if (!closed) throw new Error('The seed has a closed Messenger thread.');
    sim.simulator.control.injectMessage({ pageId: alpine.id, platform: 'messenger', author: { customerId: closed.customerId }, text: 'Hello again!' });
    expect((await conversations('messenger'))[0]?.id).toBe(closed.id);
    const reply = await sim.graph(`/${version}/${alpine.id}/messages`, { token: alpine.token, json: { recipient: { id: closed.customerId }, messaging_type: 'RESPONSE', message: { text: 'Hi Jessica!' } } });
    expect(reply.status).toBe(200);
  });

  it('injects comments and replies on posts and media, visible through the comments edges', async () => {
    const { daGino } = sim.simulator.seed;
    const postId = daGino.postIds[1] ?? '';
    const top = await control(sim.simulator, 'POST', '/comments', { targetId: postId, customer: { name: 'Nicola Russo' }, text: 'Perché stasera non consegnate in Brera?' });
    expect(top.status).toBe(200);
    const reply = await control(sim.simulator, 'POST', '/comments', { targetId: top.json.commentId, customerId: top.json.customerId, text: 'Ah, ora vedo, grazie!' });
    expect(reply.json.parentId).toBe(top.json.commentId);

    const comments = await sim.graph(`/${version}/${postId}/comments?order=reverse_chronological&fields=message,from,comments{message}`, { token: daGino.token });
    expect((comments.json.data as unknown[])[0]).toEqual({
      message: 'Perché stasera non consegnate in Brera?',
      from: { name: 'Nicola Russo', id: top.json.customerId },
      comments: { data: [{ message: 'Ah, ora vedo, grazie!', id: reply.json.commentId }], paging: expect.any(Object) },
      id: top.json.commentId,
    });

    const mediaId = daGino.mediaIds[0] ?? '';
    const onMedia = sim.simulator.control.injectComment({ targetId: mediaId, author: { name: 'Irene Costa', username: 'irene.costa' }, text: 'Che fame 😍' });
    const mediaComments = await sim.graph(`/${version}/${mediaId}/comments?fields=text,username`, { token: daGino.token });
    expect((mediaComments.json.data as unknown[])[0]).toEqual({ text: 'Che fame 😍', username: 'irene.costa', id: onMedia.commentId });
  });

  it('validates control requests', async () => {
    const { alpine } = sim.simulator.seed;
    expect((await control(sim.simulator, 'POST', '/messages', { pageId: alpine.id, platform: 'messenger', text: 'Hi' })).status).toBe(400);
    expect((await control(sim.simulator, 'POST', '/messages', { pageId: 'nope', platform: 'messenger', text: 'Hi', customer: { name: 'A' } })).status).toBe(404);
    expect((await control(sim.simulator, 'POST', '/messages', { pageId: alpine.id, platform: 'telegram', text: 'Hi', customer: { name: 'A' } })).status).toBe(400);
    expect((await control(sim.simulator, 'POST', '/conversations/t_0/age', { hoursAgo: 30 })).status).toBe(404);
    expect((await control(sim.simulator, 'GET', '/nowhere')).status).toBe(404);
    expect((await control(sim.simulator, 'GET', '')).json.routes).toEqual(expect.arrayContaining([expect.stringContaining('/__control/faults')]));
  });

  it('ages a conversation so the customer’s last message lies in the past', async () => {
    const { alpine } = sim.simulator.seed;
    const open = alpine.conversations.find((conversation) => conversation.platform === 'messenger' && conversation.window === 'standard');
    const aged = await control(sim.simulator, 'POST', `/conversations/${open?.id}/age`, { hoursAgo: 200 });
    const expected = graphTime(clock.now() - 200 * 3_600_000);
    expect(aged.json.lastCustomerMessageTime).toBe(expected);
    const messages = await sim.graph(`/${version}/${open?.id}/messages?fields=created_time&limit=1`, { token: alpine.token });
    expect((messages.json.data as { created_time: string }[])[0]?.created_time).toBe(expected);
  });

  it('lists everything the Pages sent, with a count per text, and forgets it on request', async () => {
    const { daGino } = sim.simulator.seed;
    const open = daGino.conversations.find((conversation) => conversation.platform === 'messenger' && conversation.window === 'standard');
    const send = (text: string) =>
      sim.graph(`/${version}/${daGino.id}/messages`, { token: daGino.token, json: { recipient: { id: open?.customerId }, messaging_type: 'RESPONSE', message: { text } } });
    await send('uno');
    await send('due');
    await send('uno');
    const report = await control(sim.simulator, 'GET', '/sent');
    expect(report.json).toMatchObject({ total: 3, countsByText: { uno: 2, due: 1 } });
    expect((report.json.items as { createdTime: string; pageId: string }[])[0]).toMatchObject({ pageId: daGino.id, createdTime: graphTime(clock.now()) });
    expect((await control(sim.simulator, 'DELETE', '/sent')).json).toMatchObject({ total: 0 });
  });

  it('resets to the same seed: same ids, injected data gone', async () => {
    const before = sim.simulator.seed;
    sim.simulator.control.injectMessage({ pageId: before.daGino.id, platform: 'messenger', author: { name: 'Temporaneo' }, text: 'Ciao' });
    const reset = await control(sim.simulator, 'POST', '/reset');
    expect(reset.json).toEqual(JSON.parse(JSON.stringify(before)));
    expect((await conversations('messenger', sim.simulator.seed.daGino)).length).toBe(before.daGino.conversations.filter((conversation) => conversation.platform === 'messenger').length);

    // A second simulator with the same clock seeds identically.
    const twin = await startMetaSimulator({ now: clock.now });
    try {
      expect(twin.seed).toEqual(sim.simulator.seed);
    } finally {
      await twin.close();
    }
  });

  it('chatter makes seeded customers keep writing, and stops', async () => {
    const { daGino, alpine } = sim.simulator.seed;
    // Everything customers have written, counted through Graph: messages and comments.
    const snapshot = async () => {
      let messages = 0;
      for (const page of [daGino, alpine]) {
        for (const platform of ['messenger', 'instagram'] as const) {
          const response = await sim.graph(`/${version}/${page.id}/conversations?platform=${platform}&limit=100&fields=message_count`, { token: page.token });
          for (const conversation of response.json.data as { message_count: number }[]) messages += conversation.message_count;
        }
        for (const objectId of [...page.postIds, ...page.mediaIds]) {
          const edge = page.postIds.includes(objectId) ? 'comments?filter=stream&limit=100' : 'comments?limit=100';
          messages += ((await sim.graph(`/${version}/${objectId}/${edge}`, { token: page.token })).json.data as unknown[]).length;
        }
      }
      return messages;
    };
    const before = await snapshot();
    await control(sim.simulator, 'POST', '/chatter', { intervalMs: 50 });
    const deadline = Date.now() + 5_000;
    let after = before;
    while (after < before + 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await snapshot();
    }
    await control(sim.simulator, 'POST', '/chatter', { intervalMs: null });
    expect(after).toBeGreaterThanOrEqual(before + 3);
  });
});
