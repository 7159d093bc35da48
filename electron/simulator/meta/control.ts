// The control API: what tests and the demo do to the simulator from outside the platform — reset,
// make customers write, push a thread or a comment into the past, expire tokens, inject faults,
// read back everything the Pages sent. Available in-process (startMetaSimulator().control) and as
// JSON over HTTP under /__control/ on the same server (no token; loopback only). README.md lists
// the routes.

import { z } from 'zod';
import { Chatter } from './chatter';
import { ActivityError, receiveComment, receiveMessage, type InboundComment, type InboundMessage, type ReceivedComment, type ReceivedMessage } from './customer-activity';
import { FaultRegistry, FaultSpecError, type Fault, type FaultSpec } from './faults';
import { formatGraphTime, hour } from './graph-time';
import { seedDemoWorkspace, type SeedInfo } from './seed';
import { lastInboundAt, MetaWorld, type AttachmentRecord, type SentRecord, type TokenState } from './world';

export interface SentReport {
  total: number;
  items: SentRecord[];
  /** How many times each text went out: an exactly-once check is `countsByText[text] === 1`. */
  countsByText: Record<string, number>;
}

export type TokenFailure = Exclude<TokenState, 'valid'>;

export interface MetaSimulatorControl {
  /** Back to the seed: data, tokens, the sent log; faults cleared; chatter replays from the start. */
  reset(): SeedInfo;
  seed(): SeedInfo;
  injectMessage(inbound: InboundMessage): ReceivedMessage;
  injectComment(inbound: InboundComment): ReceivedComment;
  /** Moves the thread so the customer's last message was `hoursAgo` hours ago (window expiry). */
  ageConversation(conversationId: string, hoursAgo: number): { conversationId: string; lastCustomerMessageTime: string };
  /** Moves a comment's creation `hoursAgo` hours into the past (private-reply expiry). */
  ageComment(commentId: string, hoursAgo: number): { commentId: string; createdTime: string };
  /** The next calls with this token get error 190 with the matching subcode. */
  expireToken(token: string, reason?: TokenFailure): void;
  restoreToken(token: string): void;
  addFault(spec: FaultSpec): Fault;
  faults(): Fault[];
  clearFaults(id?: string): void;
  sent(): SentReport;
  clearSent(): void;
  /** Starts chatter every `intervalMs`, or stops it with undefined. */
  setChatter(intervalMs: number | undefined): void;
}

export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

/** Everything the simulator holds; reset swaps the world for a freshly seeded one. */
export class SimulatorState {
  world: MetaWorld;
  seed: SeedInfo;
  readonly faults = new FaultRegistry();
  readonly chatter: Chatter;

  constructor(readonly now: () => number) {
    this.world = new MetaWorld(now);
    this.seed = seedDemoWorkspace(this.world);
    this.chatter = new Chatter(() => this.world);
  }

  reset(): SeedInfo {
    this.world = new MetaWorld(this.now);
    this.seed = seedDemoWorkspace(this.world);
    this.faults.clear();
    this.chatter.rewind();
    return this.seed;
  }
}

export function createControl(state: SimulatorState): MetaSimulatorControl {
  const activity = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof ActivityError) throw new ControlError(error.status, error.message);
      throw error;
    }
  };
  return {
    reset: () => state.reset(),
    seed: () => state.seed,
    injectMessage: (inbound) => activity(() => receiveMessage(state.world, inbound)),
    injectComment: (inbound) => activity(() => receiveComment(state.world, inbound)),
    ageConversation: (conversationId, hoursAgo) => {
      const conversation = state.world.conversations.get(conversationId);
      if (!conversation) throw new ControlError(404, `No conversation ${conversationId}.`);
      const last = lastInboundAt(conversation);
      if (last === undefined) throw new ControlError(400, `Conversation ${conversationId} has no customer message.`);
      // The whole thread moves, so the Page's replies stay after the messages they answer.
      const shift = state.now() - hoursAgo * hour - last;
      for (const message of conversation.messages) message.createdAt += shift;
      return { conversationId, lastCustomerMessageTime: formatGraphTime(last + shift) };
    },
    ageComment: (commentId, hoursAgo) => {
      const comment = state.world.comments.get(commentId);
      if (!comment) throw new ControlError(404, `No comment ${commentId}.`);
      comment.createdAt = state.now() - hoursAgo * hour;
      return { commentId, createdTime: formatGraphTime(comment.createdAt) };
    },
    expireToken: (token, reason = 'expired') => {
      const record = state.world.tokens.get(token);
      if (!record) throw new ControlError(404, 'No such token.');
      record.state = reason;
      record.expiredAt = state.now();
    },
    restoreToken: (token) => {
      const record = state.world.tokens.get(token);
      if (!record) throw new ControlError(404, 'No such token.');
      record.state = 'valid';
      delete record.expiredAt;
    },
    addFault: (spec) => {
      try {
        return state.faults.add(spec);
      } catch (error) {
        if (error instanceof FaultSpecError) throw new ControlError(400, error.message);
        throw error;
      }
    },
    faults: () => state.faults.list(),
    clearFaults: (id) => {
      if (!state.faults.clear(id) && id !== undefined) throw new ControlError(404, `No fault ${id}.`);
    },
    sent: () => {
      const items = state.world.sent.map((entry) => ({ ...entry }));
      const countsByText: Record<string, number> = {};
      for (const entry of items) countsByText[entry.text] = (countsByText[entry.text] ?? 0) + 1;
      return { total: items.length, items, countsByText };
    },
    clearSent: () => {
      state.world.sent.length = 0;
    },
    setChatter: (intervalMs) => {
      if (intervalMs !== undefined && !(intervalMs >= 50)) throw new ControlError(400, 'Chatter needs an interval of at least 50 ms.');
      state.chatter.set(intervalMs);
    },
  };
}

// — HTTP —

const AuthorFields = {
  customerId: z.string().min(1).optional(),
  customer: z.object({ name: z.string().min(1), username: z.string().min(1).optional() }).optional(),
};

const Attachment = z.object({ type: z.enum(['image', 'video', 'audio', 'file']), url: z.string().min(1), size: z.number().int().nonnegative().optional() });

const InjectMessageBody = z.object({
  pageId: z.string().min(1),
  platform: z.enum(['messenger', 'instagram']),
  text: z.string(),
  attachments: z.array(Attachment).max(10).optional(),
  minutesAgo: z.number().nonnegative().optional(),
  ...AuthorFields,
});

const InjectCommentBody = z.object({
  targetId: z.string().min(1),
  text: z.string(),
  attachment: Attachment.optional(),
  minutesAgo: z.number().nonnegative().optional(),
  ...AuthorFields,
});

const AgeBody = z.object({ hoursAgo: z.number().nonnegative() });
const TokenBody = z.object({ token: z.string().min(1), reason: z.enum(['expired', 'password-changed', 'app-removed']).optional() });
const FaultBody = z.object({
  kind: z.enum(['latency', 'server-error', 'throttle', 'drop-after-commit', 'hang']),
  method: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
  times: z.number().int().positive().optional(),
  latencyMs: z.number().positive().optional(),
  status: z.number().int().optional(),
  code: z.number().int().optional(),
  regainAccessMinutes: z.number().int().nonnegative().optional(),
});
const ChatterBody = z.object({ intervalMs: z.number().positive().nullable() });

function authorOf(body: { customerId?: string | undefined; customer?: { name: string; username?: string | undefined } | undefined }) {
  if (body.customerId) return { customerId: body.customerId };
  if (body.customer) return { name: body.customer.name, ...(body.customer.username ? { username: body.customer.username } : {}) };
  throw new ControlError(400, 'Give either customerId (an existing customer) or customer {name, username?} (someone new).');
}

export const controlRoutes = [
  'GET    /__control                      this summary',
  'GET    /__control/seed                 seeded ids and tokens (SeedInfo)',
  'POST   /__control/reset                back to the seed; faults cleared',
  'POST   /__control/messages             {pageId, platform, text, customerId | customer{name,username?}, minutesAgo?, attachments?[{type, url, size?}]}',
  'POST   /__control/comments             {targetId (post, media or comment), text, customerId | customer{…}, minutesAgo?, attachment?{type, url, size?}}',
  'GET    /__media/{name}                 a small file of the type the name says (.png is a real image): attachment bytes',
  'POST   /__control/conversations/{id}/age  {hoursAgo}: customer\'s last message that long ago',
  'POST   /__control/comments/{id}/age       {hoursAgo}',
  'POST   /__control/tokens/expire        {token, reason?: expired | password-changed | app-removed}',
  'POST   /__control/tokens/restore       {token}',
  'GET    /__control/faults               active faults',
  'POST   /__control/faults               {kind, method?, path?, times?, latencyMs?, status?, code?, regainAccessMinutes?}',
  'DELETE /__control/faults[/{id}]        clear one or all',
  'GET    /__control/sent                 everything the Pages sent, with countsByText',
  'DELETE /__control/sent                 forget the sent log',
  'POST   /__control/chatter              {intervalMs: number | null}',
  'POST   /__control/network/down         {forMs}: refuse connections for that long (no network)',
];

export function handleControlRequest(control: MetaSimulatorControl, method: string, path: string, rawBody: string): { status: number; body: unknown } {
  try {
    return { status: 200, body: routeControl(control, method, path.replace(/\/+$/, ''), rawBody) };
  } catch (error) {
    if (error instanceof ControlError) return { status: error.status, body: { error: { message: error.message } } };
    throw error;
  }
}

function routeControl(control: MetaSimulatorControl, method: string, path: string, rawBody: string): unknown {
  const body = () => parseJson(rawBody);
  const segments = path.split('/').filter(Boolean).slice(1);
  const [resource, id, action] = segments;
  const route = `${method} ${resource ?? ''}${id === undefined ? '' : '/:id'}${action === undefined ? '' : `/${action}`}`;
  switch (route) {
    case 'GET ':
      return { routes: controlRoutes };
    case 'GET seed':
      return control.seed();
    case 'POST reset':
      return control.reset();
    case 'POST messages': {
      const input = validate(InjectMessageBody, body());
      return control.injectMessage({
        pageId: input.pageId,
        platform: input.platform,
        text: input.text,
        author: authorOf(input),
        ...optionalMinutes(input.minutesAgo),
        ...(input.attachments ? { attachments: input.attachments.map(attachmentRecord) } : {}),
      });
    }
    case 'POST comments': {
      const input = validate(InjectCommentBody, body());
      return control.injectComment({
        targetId: input.targetId,
        text: input.text,
        author: authorOf(input),
        ...optionalMinutes(input.minutesAgo),
        ...(input.attachment ? { attachment: attachmentRecord(input.attachment) } : {}),
      });
    }
    case 'POST conversations/:id/age':
      return control.ageConversation(decodeURIComponent(id ?? ''), validate(AgeBody, body()).hoursAgo);
    case 'POST comments/:id/age':
      return control.ageComment(decodeURIComponent(id ?? ''), validate(AgeBody, body()).hoursAgo);
    case 'POST tokens/:id':
      return tokenAction(control, id, validate(TokenBody, body()));
    case 'GET faults':
      return { faults: control.faults() };
    case 'POST faults':
      return control.addFault(validate(FaultBody, body()));
    case 'DELETE faults':
      control.clearFaults();
      return { faults: [] };
    case 'DELETE faults/:id':
      control.clearFaults(decodeURIComponent(id ?? ''));
      return { faults: control.faults() };
    case 'GET sent':
      return control.sent();
    case 'DELETE sent':
      control.clearSent();
      return control.sent();
    case 'POST chatter': {
      const { intervalMs } = validate(ChatterBody, body());
      control.setChatter(intervalMs ?? undefined);
      return { intervalMs };
    }
    default:
      throw new ControlError(404, `No control route ${method} ${path}. GET /__control lists them.`);
  }
}

function tokenAction(control: MetaSimulatorControl, action: string | undefined, input: z.infer<typeof TokenBody>): unknown {
  if (action === 'expire') {
    control.expireToken(input.token, input.reason);
    return { token: input.token, state: input.reason ?? 'expired' };
  }
  if (action === 'restore') {
    control.restoreToken(input.token);
    return { token: input.token, state: 'valid' };
  }
  throw new ControlError(404, `No token action ${action ?? ''}; use expire or restore.`);
}

function attachmentRecord(input: z.infer<typeof Attachment>): AttachmentRecord {
  return { type: input.type, url: input.url, ...(input.size === undefined ? {} : { size: input.size }) };
}

function optionalMinutes(minutesAgo: number | undefined): { minutesAgo?: number } {
  return minutesAgo === undefined ? {} : { minutesAgo };
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new ControlError(400, 'The body is not valid JSON.');
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ControlError(400, z.prettifyError(result.error));
  return result.data;
}
