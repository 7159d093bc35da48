// Comments on Facebook posts and Instagram media: public replies, and the one private reply per
// comment within 7 days that Private Replies allows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SeedComment, SeedPage } from '../../../electron/simulator/meta/index';
import { graphError, version, useSimulator } from './graph-client';

describe('comments and private replies', () => {
  const sim = useSimulator({ beforeAll, beforeEach, afterAll });

  const comment = (page: SeedPage, network: SeedComment['network'], privateReply: SeedComment['privateReply']) => {
    // A top-level comment nobody has answered yet, so each test starts from a clean thread.
    const found = page.comments.find(
      (candidate) =>
        candidate.network === network &&
        candidate.privateReply === privateReply &&
        candidate.parentId === undefined &&
        !page.comments.some((reply) => reply.parentId === candidate.id),
    );
    if (!found) throw new Error(`The seed has no ${network} comment with private reply ${privateReply}.`);
    return found;
  };
  const privateReply = (page: SeedPage, commentId: string, text: string) =>
    sim.graph(`/${version}/${page.id}/messages`, { token: page.token, json: { recipient: { comment_id: commentId }, message: { text } } });

  it('sends one private reply to a Facebook comment, which opens a Messenger thread', async () => {
    const { daGino } = sim.simulator.seed;
    const target = comment(daGino, 'facebook', 'available');
    const before = await sim.graph(`/${version}/${target.id}?fields=can_reply_privately`, { token: daGino.token });
    expect(before.json.can_reply_privately).toBe(true);

    const first = await privateReply(daGino, target.id, 'Ti scriviamo in privato 🙂');
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ recipient_id: target.authorId, message_id: expect.stringMatching(/^m_/) });

    const again = await privateReply(daGino, target.id, 'Ti scriviamo in privato 🙂');
    expect(graphError(again)).toMatchObject({ code: 10900, type: 'OAuthException' });
    expect((await sim.graph(`/${version}/${target.id}?fields=can_reply_privately`, { token: daGino.token })).json.can_reply_privately).toBe(false);

    const thread = await sim.graph(`/${version}/${daGino.id}/conversations?platform=messenger&user_id=${target.authorId}&fields=messages{message}`, { token: daGino.token });
    expect(thread.json.data).toMatchObject([{ messages: { data: [{ message: 'Ti scriviamo in privato 🙂' }] } }]);
    expect(sim.simulator.control.sent().items).toMatchObject([{ kind: 'private-reply', inReplyTo: target.id, recipientId: target.authorId }]);
  });

  it('refuses a private reply after 7 days, one already used, and one to the Page’s own comment', async () => {
    const { alpine } = sim.simulator.seed;
    expect(graphError(await privateReply(alpine, comment(alpine, 'facebook', 'expired').id, 'Late'))).toMatchObject({ code: 10, error_subcode: 2018278 });
    expect(graphError(await privateReply(alpine, comment(alpine, 'facebook', 'used').id, 'Again'))).toMatchObject({ code: 10900 });
    const own = alpine.comments.find((candidate) => candidate.byPage && candidate.network === 'facebook');
    expect(graphError(await privateReply(alpine, own?.id ?? '', 'Self')).code).toBe(10903);

    // Ageing a comment past 7 days closes its private reply.
    const fresh = comment(alpine, 'facebook', 'available');
    sim.simulator.control.ageComment(fresh.id, 7 * 24 + 1);
    expect(graphError(await privateReply(alpine, fresh.id, 'Late'))).toMatchObject({ code: 10, error_subcode: 2018278 });
    expect(sim.simulator.control.sent().total).toBe(0);
  });

  it('sends private replies to Instagram comments through the same endpoint, with 10/2534022 after 7 days', async () => {
    const { daGino } = sim.simulator.seed;
    const target = comment(daGino, 'instagram', 'available');
    const sent = await privateReply(daGino, target.id, 'Ciao! Ti rispondiamo in DM');
    expect(sent.status).toBe(200);
    const inbox = await sim.graph(`/${version}/${daGino.id}/conversations?platform=instagram&user_id=${target.authorId}&fields=messages.limit(1){message,from}`, { token: daGino.token });
    expect(inbox.json.data).toMatchObject([{ messages: { data: [{ message: 'Ciao! Ti rispondiamo in DM', from: { username: 'pizzeria.dagino' } }] } }]);
    expect(graphError(await privateReply(daGino, target.id, 'Di nuovo')).code).toBe(10900);
    expect(graphError(await privateReply(daGino, comment(daGino, 'instagram', 'expired').id, 'Tardi'))).toMatchObject({ code: 10, error_subcode: 2534022 });
  });

  it('a private reply does not open the 24-hour window: the Page must wait for the customer', async () => {
    const { daGino } = sim.simulator.seed;
    const target = comment(daGino, 'facebook', 'available');
    await privateReply(daGino, target.id, 'Ciao!');
    const follow = await sim.graph(`/${version}/${daGino.id}/messages`, { token: daGino.token, json: { recipient: { id: target.authorId }, messaging_type: 'RESPONSE', message: { text: 'Ci sei?' } } });
    expect(graphError(follow)).toMatchObject({ code: 10, error_subcode: 2018278 });
  });

  it('replies to a Facebook comment in public; a reply to a reply joins the top-level thread', async () => {
    const { daGino } = sim.simulator.seed;
    const target = comment(daGino, 'facebook', 'available');
    const reply = await sim.graph(`/${version}/${target.id}/comments`, { token: daGino.token, form: { message: 'Sì, anche senza glutine!' } });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ id: expect.stringMatching(/^\d+_\d+$/) });

    const nested = await sim.graph(`/${version}/${reply.json.id}/comments`, { token: daGino.token, json: { message: 'Chiamateci per prenotare.' } });
    expect(nested.status).toBe(200);
    const replies = await sim.graph(`/${version}/${target.id}/comments?fields=message,from,parent{id}`, { token: daGino.token });
    expect(replies.json.data).toEqual([
      { message: 'Sì, anche senza glutine!', from: { name: 'Pizzeria Da Gino', id: daGino.id }, parent: { id: target.id }, id: reply.json.id },
      { message: 'Chiamateci per prenotare.', from: { name: 'Pizzeria Da Gino', id: daGino.id }, parent: { id: target.id }, id: nested.json.id },
    ]);
    expect(sim.simulator.control.sent().items.map((item) => item.kind)).toEqual(['comment-reply', 'comment-reply']);

    // A comment on the post itself is top-level.
    const onPost = await sim.graph(`/${version}/${target.objectId}/comments`, { token: daGino.token, form: { message: 'Grazie a tutti!' } });
    expect((await sim.graph(`/${version}/${onPost.json.id}?fields=parent`, { token: daGino.token })).json).toEqual({ id: onPost.json.id });
    expect(graphError(await sim.graph(`/${version}/${target.id}/comments`, { token: daGino.token, form: { message: '' } })).code).toBe(100);
  });

  it('replies to Instagram comments with POST /{ig-comment-id}/replies', async () => {
    const { alpine, user } = sim.simulator.seed;
    const target = comment(alpine, 'instagram', 'available');
    const reply = await sim.graph(`/${version}/${target.id}/replies?message=${encodeURIComponent('It fits a 15" laptop, yes!')}`, { token: alpine.token, method: 'POST' });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ id: expect.stringMatching(/^\d+$/) });
    const replies = await sim.graph(`/${version}/${target.id}/replies?fields=text,username,parent_id`, { token: alpine.token });
    expect(replies.json.data).toEqual([{ text: 'It fits a 15" laptop, yes!', username: 'alpine.outdoor', parent_id: target.id, id: reply.json.id }]);

    // A new comment on the media, with the user token of someone managing the linked Page.
    const onMedia = await sim.graph(`/${version}/${target.objectId}/comments`, { token: user.token, form: { message: 'Thanks for all the love ⛰️' } });
    expect(onMedia.status).toBe(200);
    expect(sim.simulator.control.sent().items.map((item) => item.kind)).toEqual(['instagram-reply', 'instagram-comment']);
    // Another Page's token sees nothing here.
    const foreign = await sim.graph(`/${version}/${target.id}/replies`, { token: sim.simulator.seed.daGino.token, form: { message: 'Hi' } });
    expect(graphError(foreign)).toMatchObject({ code: 100, error_subcode: 33 });
  });
});
