// Reading through the simulator the way a connector does: accounts, conversations with cursor
// paging, field selection and nested expansions, feeds, comments and Instagram media — over real
// HTTP, checked against the shapes Meta documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetaSimulator } from '../../../electron/simulator/meta/index';
import { graphClient, graphTimePattern, startMetaSimulator, testClock, version, type GraphResponse } from './graph-client';

type Listing = { data: Record<string, unknown>[]; paging?: { cursors: { before: string; after: string }; next?: string; previous?: string } };

describe('reading through the Graph API simulator', () => {
  const clock = testClock();
  let simulator: MetaSimulator;
  let graph: ReturnType<typeof graphClient>;

  beforeAll(async () => {
    simulator = await startMetaSimulator({ now: clock.now });
    graph = graphClient(simulator);
  });
  afterAll(async () => {
    await simulator.close();
  });

  const listing = (response: GraphResponse) => response.json as unknown as Listing;

  it('answers with and without a version prefix, with the token in the query or a Bearer header', async () => {
    const { daGino } = simulator.seed;
    for (const prefix of ['/v21.0', '/v26.0', '']) {
      const byQuery = await graph(`${prefix}/me`, { token: daGino.token });
      expect(byQuery.status).toBe(200);
      expect(byQuery.json).toEqual({ name: 'Pizzeria Da Gino', id: daGino.id });
      const byHeader = await graph(`${prefix}/me?fields=id,name`, { headers: { Authorization: `Bearer ${daGino.token}` } });
      expect(byHeader.json).toEqual({ id: daGino.id, name: 'Pizzeria Da Gino' });
    }
    expect((await graph('/v26.0/me', { token: daGino.token })).headers.get('facebook-api-version')).toBe('v26.0');
  });

  it('lists the user’s Pages with their tokens and linked Instagram accounts on /me/accounts', async () => {
    const { user, daGino, alpine } = simulator.seed;
    expect((await graph(`/${version}/me`, { token: user.token })).json).toEqual({ name: user.name, id: user.id });

    const defaults = listing(await graph(`/${version}/me/accounts`, { token: user.token }));
    expect(defaults.data.map((page) => page.id)).toEqual([daGino.id, alpine.id]);
    expect(defaults.data[0]).toMatchObject({ access_token: daGino.token, name: 'Pizzeria Da Gino', category: 'Pizza Place', tasks: expect.arrayContaining(['MESSAGING']) });
    // instagram_business_account is not a default field of the edge: it comes when asked for.
    expect(defaults.data[0]).not.toHaveProperty('instagram_business_account');

    const withInstagram = listing(await graph(`/${version}/me/accounts?fields=id,name,access_token,instagram_business_account{id,username}`, { token: user.token }));
    expect(withInstagram.data[1]).toEqual({
      id: alpine.id,
      name: 'Alpine Outdoor',
      access_token: alpine.token,
      instagram_business_account: { id: alpine.instagram.id, username: 'alpine.outdoor' },
    });
  });

  it('pages through every conversation with `next`, newest first, without gaps or repeats', async () => {
    const { daGino } = simulator.seed;
    const everything = listing(await graph(`/${version}/${daGino.id}/conversations?platform=messenger&limit=100`, { token: daGino.token }));
    const expected = daGino.conversations.filter((conversation) => conversation.platform === 'messenger');
    expect(everything.data).toHaveLength(expected.length);
    expect(everything.paging?.next).toBeUndefined();

    const seen: Record<string, unknown>[] = [];
    let next: string | undefined = `${simulator.url}/${version}/${daGino.id}/conversations?platform=messenger&limit=3&access_token=${daGino.token}`;
    let pages = 0;
    while (next) {
      expect(next.startsWith(`${simulator.url}/${version}/`)).toBe(true);
      const page = listing(await graph(next));
      expect(page.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.data);
      if (pages > 0) expect(page.paging?.previous).toBeDefined();
      next = page.paging?.next;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(expected.length / 3));
    expect(seen).toEqual(everything.data);
    // Conversations come newest first by updated_time, in Meta's time format.
    const times = seen.map((conversation) => conversation.updated_time as string);
    for (const time of times) expect(time).toMatch(graphTimePattern);
    expect([...times].sort().reverse()).toEqual(times);
    // Default fields are id and updated_time only.
    expect(Object.keys(seen[0] ?? {}).sort()).toEqual(['id', 'updated_time']);
  });

  it('pages backwards with `before` cursors and rejects cursors it never issued', async () => {
    const { daGino } = simulator.seed;
    const first = listing(await graph(`/${version}/${daGino.id}/conversations?limit=2`, { token: daGino.token }));
    const second = listing(await graph(first.paging?.next ?? ''));
    const back = listing(await graph(second.paging?.previous ?? ''));
    expect(back.data).toEqual(first.data);
    const bogus = await graph(`/${version}/${daGino.id}/conversations?after=bm9wZQ==`, { token: daGino.token });
    expect(bogus.status).toBe(400);
    expect((bogus.json.error as { code: number }).code).toBe(100);
  });

  it('returns only the requested fields, with nested expansions and their own paging', async () => {
    const { alpine } = simulator.seed;
    const fields = 'participants,messages.limit(1){id,message,from,created_time},unread_count';
    const page = listing(await graph(`/${version}/${alpine.id}/conversations?platform=messenger&limit=1&fields=${encodeURIComponent(fields)}`, { token: alpine.token }));
    const conversation = page.data[0] as { id: string; participants: { data: unknown[] }; messages: Listing; unread_count: number };
    expect(Object.keys(conversation)).toEqual(['participants', 'messages', 'unread_count', 'id']);
    expect(conversation.participants.data).toContainEqual({ name: 'Alpine Outdoor', email: `${alpine.id}@facebook.com`, id: alpine.id });
    expect(conversation.messages.data).toHaveLength(1);
    for (const message of conversation.messages.data) {
      expect(Object.keys(message).sort()).toEqual(['created_time', 'from', 'id', 'message']);
      expect(message.created_time).toMatch(graphTimePattern);
    }

    // The nested list's `next` continues that conversation's messages, older ones after newer,
    // with the same sub-fields.
    const allMessages = listing(await graph(`/${version}/${conversation.id}/messages?fields=id,created_time&limit=100`, { token: alpine.token }));
    const more = listing(await graph(conversation.messages.paging?.next ?? ''));
    expect(more.data.map((message) => message.id)).toEqual([allMessages.data[1]?.id]);
    expect(Object.keys(more.data[0] ?? {}).sort()).toEqual(['created_time', 'from', 'id', 'message']);
    const created = allMessages.data.map((message) => message.created_time as string);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('reads single messages and customers’ profiles by id with the Page token', async () => {
    const { daGino } = simulator.seed;
    const thread = daGino.conversations.find((conversation) => conversation.platform === 'messenger');
    const messages = listing(await graph(`/${version}/${thread?.id}/messages`, { token: daGino.token }));
    expect(Object.keys(messages.data[0] ?? {}).sort()).toEqual(['created_time', 'id']);
    const messageId = messages.data[0]?.id as string;
    const message = await graph(`/${version}/${messageId}?fields=message,from,to`, { token: daGino.token });
    expect(message.json).toMatchObject({ id: messageId, to: { data: [expect.objectContaining({ id: expect.any(String) })] } });

    const profile = await graph(`/${version}/${thread?.customerId}?fields=first_name,last_name`, { token: daGino.token });
    expect(profile.json).toEqual({ first_name: thread?.customerName.split(' ')[0], last_name: thread?.customerName.split(' ')[1], id: thread?.customerId });
  });

  it('lists Instagram conversations with {username,id} participants, and filters by user_id', async () => {
    const { daGino } = simulator.seed;
    const instagram = daGino.conversations.filter((conversation) => conversation.platform === 'instagram');
    const page = listing(await graph(`/${version}/${daGino.id}/conversations?platform=instagram&fields=participants,messages{from,message}`, { token: daGino.token }));
    expect(page.data).toHaveLength(instagram.length);
    const first = page.data[0] as { participants: { data: { username?: string; id: string }[] }; messages: Listing };
    expect(first.participants.data).toContainEqual({ username: 'pizzeria.dagino', id: daGino.instagram.id });
    expect(first.messages.data[0]?.from).toEqual({ username: expect.any(String), id: expect.any(String) });

    const target = instagram[1];
    const filtered = listing(await graph(`/${version}/${daGino.id}/conversations?platform=instagram&user_id=${target?.customerId}`, { token: daGino.token }));
    expect(filtered.data.map((conversation) => conversation.id)).toEqual([target?.id]);
  });

  it('reads the Page feed and its comments with order, filter and summary', async () => {
    const { daGino } = simulator.seed;
    const feed = listing(await graph(`/${version}/${daGino.id}/feed`, { token: daGino.token }));
    expect(feed.data.map((post) => post.id)).toEqual(daGino.postIds);
    expect(Object.keys(feed.data[0] ?? {}).sort()).toEqual(['created_time', 'id', 'message']);

    const postId = daGino.postIds[0] ?? '';
    const comments = listing(await graph(`/${version}/${postId}/comments?summary=true`, { token: daGino.token }));
    expect(comments.data.map((comment) => comment.message)).toEqual([
      'Finalmente!! Si può avere anche senza salsiccia?',
      'Perché non la fate tutto l’anno?',
      'C’è anche in versione senza glutine?',
    ]);
    expect(comments.data[0]?.from).toEqual({ name: 'Roberta Fontana', id: expect.any(String) });
    expect((comments as unknown as { summary: unknown }).summary).toEqual({ order: 'chronological', total_count: 3, can_comment: true });

    const newestFirst = listing(await graph(`/${version}/${postId}/comments?order=reverse_chronological`, { token: daGino.token }));
    expect(newestFirst.data.map((comment) => comment.id)).toEqual(comments.data.map((comment) => comment.id).reverse());
    const stream = listing(await graph(`/${version}/${postId}/comments?filter=stream`, { token: daGino.token }));
    expect(stream.data).toHaveLength(4);

    const nested = await graph(`/${version}/${postId}?fields=${encodeURIComponent('message,comments.limit(1).summary(true){message,comments{message,from}}')}`, { token: daGino.token });
    const post = nested.json as { comments: Listing & { summary: { total_count: number } } };
    expect(post.comments.data).toHaveLength(1);
    expect(post.comments.summary.total_count).toBe(3);
    expect(post.comments.data[0]?.comments).toEqual({
      data: [{ message: 'Certo Roberta, la facciamo anche vegetariana 🌱', from: { name: 'Pizzeria Da Gino', id: daGino.id }, id: expect.any(String) }],
      paging: expect.any(Object),
    });
    expect(post.comments.paging?.next).toContain(`/${version}/${postId}/comments?`);
  });

  it('reads Instagram media and comments through the linked account', async () => {
    const { alpine, user } = simulator.seed;
    const media = listing(await graph(`/${version}/${alpine.instagram.id}/media`, { token: alpine.token }));
    expect(media.data).toEqual(alpine.mediaIds.map((id) => ({ id })));
    const detail = await graph(`/${version}/${alpine.mediaIds[0]}?fields=caption,media_type,timestamp,comments_count,username`, { token: alpine.token });
    expect(detail.json).toMatchObject({ media_type: 'IMAGE', username: 'alpine.outdoor', comments_count: 3 });
    expect(detail.json.timestamp).toMatch(graphTimePattern);

    const comments = listing(await graph(`/${version}/${alpine.mediaIds[0]}/comments?fields=text,username,timestamp,replies{text,username}`, { token: alpine.token }));
    // Newest first, top-level only; the business's answer sits under replies.
    expect(comments.data.map((comment) => comment.username)).toEqual(['ben.outdoors', 'trailrunner_kate']);
    expect(comments.data[0]?.replies).toMatchObject({ data: [{ text: 'It is a 3-season tent: great until the first snow!', username: 'alpine.outdoor' }] });

    // Instagram also answers the user token of someone who manages the linked Page.
    expect((await graph(`/${version}/${alpine.instagram.id}?fields=username,followers_count`, { token: user.token })).json).toEqual({
      username: 'alpine.outdoor',
      followers_count: 24100,
      id: alpine.instagram.id,
    });
  });

  it('sends realistic, parseable usage headers that rise slowly with traffic', async () => {
    const { daGino, user } = simulator.seed;
    const read = async () => {
      const response = await graph(`/${version}/${daGino.id}/conversations`, { token: daGino.token });
      const app = JSON.parse(response.headers.get('x-app-usage') ?? '{}') as Record<string, number>;
      const business = JSON.parse(response.headers.get('x-business-use-case-usage') ?? '{}') as Record<string, { type: string; call_count: number; estimated_time_to_regain_access: number }[]>;
      return { app, business };
    };
    const before = await read();
    expect(Object.keys(before.app).sort()).toEqual(['call_count', 'total_cputime', 'total_time']);
    expect(before.business[daGino.id]?.[0]).toMatchObject({ type: 'messenger', estimated_time_to_regain_access: 0 });
    for (let index = 0; index < 120; index += 1) await graph(`/${version}/me`, { token: daGino.token });
    const after = await read();
    expect(after.app.call_count).toBeGreaterThan(before.app.call_count ?? 0);
    expect(after.app.call_count).toBeLessThan(50);

    // User-token reads of Facebook objects fall under platform limits: X-App-Usage only.
    const userRead = await graph(`/${version}/me/accounts`, { token: user.token });
    expect(userRead.headers.get('x-app-usage')).not.toBeNull();
    expect(userRead.headers.get('x-business-use-case-usage')).toBeNull();
  });

  it('writes JSON the way Graph does: non-ASCII escaped, slashes escaped', async () => {
    const { daGino } = simulator.seed;
    const response = await graph(`/${version}/${daGino.postIds[0]}/comments?fields=message&limit=1`, { token: daGino.token });
    expect(response.text).toContain('pu\\u00f2');
    expect(response.text).toContain('http:\\/\\/127.0.0.1');
  });
});
