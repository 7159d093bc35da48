// The Send API's rules as Meta documents them: RESPONSE within 24 hours of the customer's last
// message, HUMAN_AGENT within 7 days, nothing after; text limits; a sent message readable back
// through the conversation with its new id.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SeedConversation } from '../../../electron/simulator/meta/index';
import { graphError, version, useSimulator } from './graph-client';

describe('sending through the Send API simulator', () => {
  const sim = useSimulator({ beforeAll, beforeEach, afterAll });

  const thread = (platform: 'messenger' | 'instagram', window: SeedConversation['window']) => {
    const found = sim.simulator.seed.daGino.conversations.find((conversation) => conversation.platform === platform && conversation.window === window);
    if (!found) throw new Error(`The seed has no ${platform} conversation in the ${window} window.`);
    return found;
  };
  const send = (body: Record<string, unknown>, token = sim.simulator.seed.daGino.token) =>
    sim.graph(`/${version}/${sim.simulator.seed.daGino.id}/messages`, { token, json: body });

  it('delivers a RESPONSE inside the 24-hour window and shows it in the thread', async () => {
    const conversation = thread('messenger', 'standard');
    const response = await send({ recipient: { id: conversation.customerId }, messaging_type: 'RESPONSE', message: { text: 'Certo, tavolo all’aperto confermato! 🐶' } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ recipient_id: conversation.customerId, message_id: expect.stringMatching(/^m_/) });

    const messages = await sim.graph(`/${version}/${conversation.id}/messages?fields=id,message,from&limit=1`, { token: sim.simulator.seed.daGino.token });
    expect((messages.json.data as unknown[])[0]).toEqual({
      id: response.json.message_id,
      message: 'Certo, tavolo all’aperto confermato! 🐶',
      from: { name: 'Pizzeria Da Gino', email: `${sim.simulator.seed.daGino.id}@facebook.com`, id: sim.simulator.seed.daGino.id },
    });
    expect(sim.simulator.control.sent().items).toMatchObject([{ kind: 'message', recipientId: conversation.customerId, messagingType: 'RESPONSE', id: response.json.message_id }]);
  });

  it('refuses RESPONSE after 24 hours with 10/2018278 and accepts HUMAN_AGENT up to 7 days', async () => {
    const conversation = thread('messenger', 'human-agent');
    const late = await send({ recipient: { id: conversation.customerId }, messaging_type: 'RESPONSE', message: { text: 'Scusi il ritardo' } });
    expect(late.status).toBe(400);
    expect(graphError(late)).toMatchObject({ type: 'OAuthException', code: 10, error_subcode: 2018278, fbtrace_id: expect.any(String) });
    expect(graphError(late).message).toContain('outside of allowed window');

    const tagged = await send({ recipient: { id: conversation.customerId }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Scusi il ritardo' } });
    expect(tagged.status).toBe(200);
    expect(sim.simulator.control.sent().countsByText).toEqual({ 'Scusi il ritardo': 1 });
  });

  it('refuses everything after 7 days, and UPDATE after 24 hours', async () => {
    const closed = thread('messenger', 'closed');
    const humanAgent = await send({ recipient: { id: closed.customerId }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Troppo tardi' } });
    expect(graphError(humanAgent)).toMatchObject({ code: 10, error_subcode: 2018278 });
    const update = await send({ recipient: { id: thread('messenger', 'human-agent').customerId }, messaging_type: 'UPDATE', message: { text: 'Aggiornamento' } });
    expect(graphError(update)).toMatchObject({ code: 10, error_subcode: 2018278 });
    expect(sim.simulator.control.sent().total).toBe(0);
  });

  it('moves a window with the control API: a thread pushed past 24 hours closes to RESPONSE', async () => {
    const conversation = thread('messenger', 'standard');
    sim.simulator.control.ageConversation(conversation.id, 25);
    const response = await send({ recipient: { id: conversation.customerId }, messaging_type: 'RESPONSE', message: { text: 'Ciao' } });
    expect(graphError(response)).toMatchObject({ code: 10, error_subcode: 2018278 });
    // A new customer message reopens it.
    sim.simulator.control.injectMessage({ pageId: sim.simulator.seed.daGino.id, platform: 'messenger', author: { customerId: conversation.customerId }, text: 'Ci siete?' });
    expect((await send({ recipient: { id: conversation.customerId }, messaging_type: 'RESPONSE', message: { text: 'Ciao' } })).status).toBe(200);
  });

  it('applies the same windows on Instagram, answering with 10/2534022', async () => {
    const open = thread('instagram', 'standard');
    const ok = await send({ recipient: { id: open.customerId }, messaging_type: 'RESPONSE', message: { text: 'Sì, consegniamo ai Navigli!' } });
    expect(ok.status).toBe(200);
    expect(ok.json.message_id).toEqual(expect.any(String));

    const later = thread('instagram', 'human-agent');
    expect(graphError(await send({ recipient: { id: later.customerId }, message: { text: 'Ciao Davide' } }))).toMatchObject({ code: 10, error_subcode: 2534022 });
    expect((await send({ recipient: { id: later.customerId }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Ciao Davide' } })).status).toBe(200);
    // Instagram knows no other tag.
    const wrongTag = await send({ recipient: { id: later.customerId }, messaging_type: 'MESSAGE_TAG', tag: 'POST_PURCHASE_UPDATE', message: { text: 'Ciao' } });
    expect(graphError(wrongTag).code).toBe(100);
  });

  it('accepts form-encoded bodies with JSON-encoded nested parameters, as Meta does', async () => {
    const conversation = thread('messenger', 'standard');
    const response = await sim.graph(`/${version}/me/messages`, {
      token: sim.simulator.seed.daGino.token,
      form: { recipient: JSON.stringify({ id: conversation.customerId }), messaging_type: 'RESPONSE', message: JSON.stringify({ text: 'Grazie, a sabato!' }) },
    });
    expect(response.status).toBe(200);
    expect(sim.simulator.control.sent().items[0]).toMatchObject({ text: 'Grazie, a sabato!', conversationId: conversation.id });
  });

  it('enforces text limits: 2000 characters on Messenger, 1000 bytes on Instagram', async () => {
    const messenger = thread('messenger', 'standard');
    const atLimit = await send({ recipient: { id: messenger.customerId }, messaging_type: 'RESPONSE', message: { text: 'è'.repeat(2000) } });
    expect(atLimit.status).toBe(200);
    const over = await send({ recipient: { id: messenger.customerId }, messaging_type: 'RESPONSE', message: { text: 'a'.repeat(2001) } });
    expect(graphError(over).code).toBe(100);

    const instagram = thread('instagram', 'standard');
    // 501 "è" are 1002 bytes of UTF-8, though only 501 characters.
    const accented = await send({ recipient: { id: instagram.customerId }, messaging_type: 'RESPONSE', message: { text: 'è'.repeat(501) } });
    expect(graphError(accented).code).toBe(100);
    expect((await send({ recipient: { id: instagram.customerId }, messaging_type: 'RESPONSE', message: { text: 'è'.repeat(500) } })).status).toBe(200);
  });

  it('answers 100/2018001 for people who never wrote to the Page, and 210 to a user token', async () => {
    const stranger = await send({ recipient: { id: '7999999999999999' }, messaging_type: 'RESPONSE', message: { text: 'Ciao' } });
    expect(graphError(stranger)).toMatchObject({ code: 100, error_subcode: 2018001 });
    const alpineCustomer = sim.simulator.seed.alpine.conversations[0]?.customerId ?? '';
    expect(graphError(await send({ recipient: { id: alpineCustomer }, message: { text: 'Ciao' } }))).toMatchObject({ code: 100, error_subcode: 2018001 });

    const asUser = await send({ recipient: { id: thread('messenger', 'standard').customerId }, message: { text: 'Ciao' } }, sim.simulator.seed.user.token);
    expect(graphError(asUser).code).toBe(210);
  });

  it('validates the request: recipient, message, messaging_type, tag', async () => {
    const customerId = thread('messenger', 'standard').customerId;
    expect(graphError(await send({ message: { text: 'x' } })).code).toBe(100);
    expect(graphError(await send({ recipient: { id: customerId } })).code).toBe(100);
    expect(graphError(await send({ recipient: { id: customerId }, message: { text: '' } })).code).toBe(100);
    expect(graphError(await send({ recipient: { id: customerId }, messaging_type: 'PROMO', message: { text: 'x' } })).code).toBe(100);
    expect(graphError(await send({ recipient: { id: customerId }, messaging_type: 'MESSAGE_TAG', message: { text: 'x' } })).code).toBe(100);
    // sender_action needs no message and leaves nothing in the thread.
    expect((await send({ recipient: { id: customerId }, sender_action: 'typing_on' })).json).toEqual({ recipient_id: customerId });
    expect(sim.simulator.control.sent().total).toBe(0);
  });

  it('sends from /{ig-user-id}/messages to Instagram recipients only', async () => {
    const { daGino } = sim.simulator.seed;
    const instagram = thread('instagram', 'standard');
    const viaAccount = await sim.graph(`/${version}/${daGino.instagram.id}/messages`, { token: daGino.token, json: { recipient: { id: instagram.customerId }, message: { text: 'Ciao!' } } });
    expect(viaAccount.status).toBe(200);
    const messengerCustomer = thread('messenger', 'standard').customerId;
    const wrong = await sim.graph(`/${version}/${daGino.instagram.id}/messages`, { token: daGino.token, json: { recipient: { id: messengerCustomer }, message: { text: 'Ciao!' } } });
    expect(graphError(wrong)).toMatchObject({ code: 100, error_subcode: 2018001 });
  });
});
