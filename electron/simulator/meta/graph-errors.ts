// Follows: Graph API "Handling Errors" — https://developers.facebook.com/docs/graph-api/guides/error-handling
// (envelope {error:{message,type,code,error_subcode,fbtrace_id}}, codes 1, 2, 4, 17, 190 with
// subcodes 458/460/463, 200-299, 341, 368, 506), Messenger Platform "Common Error Codes" —
// https://developers.facebook.com/docs/messenger-platform/error-codes and the Send API errors —
// https://developers.facebook.com/docs/messenger-platform/reference/send-api/error-codes
// (10/2018278 outside of allowed window, 100/2018001 no matching user, 551, 613), the Page
// Messages reference — https://developers.facebook.com/docs/graph-api/reference/page/messages
// (10900 "Activity already replied to", 10903), and "Rate Limits" —
// https://developers.facebook.com/docs/graph-api/overview/rate-limiting (4, 17, 32, 613, 80001…).
//
// Every failure the simulator can produce is built here, so the catalogue of what a connector may
// meet is one file long. Messages copy Meta's wording where the docs give it, including the "(#N)"
// prefix Graph puts in front of most numbered errors.

export interface GraphErrorBody {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
}

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly body: GraphErrorBody,
    /** Extra response headers (WWW-Authenticate for token errors). */
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'GraphError';
  }

  envelope(fbtraceId: string): { error: GraphErrorBody & { fbtrace_id: string } } {
    return { error: { ...this.body, fbtrace_id: fbtraceId } };
  }
}

function oauth(status: number, code: number, message: string, extra: Partial<GraphErrorBody> = {}): GraphError {
  return new GraphError(status, { message, type: 'OAuthException', code, ...extra });
}

// Graph answers token failures with HTTP 400 and repeats the reason in WWW-Authenticate, the way
// RFC 6750 asks of bearer-token servers.
function tokenError(message: string, subcode?: number): GraphError {
  const body: GraphErrorBody = { message, type: 'OAuthException', code: 190 };
  if (subcode !== undefined) body.error_subcode = subcode;
  return new GraphError(400, body, {
    'WWW-Authenticate': `OAuth "Facebook Platform" "invalid_token" "${message.replace(/"/g, "'")}"`,
  });
}

export const graphErrors = {
  // — Access tokens (Handling Errors: "Authentication Error Subcodes") —
  missingToken: () => oauth(400, 104, 'An access token is required to request this resource.'),
  unparsableToken: () => tokenError('Invalid OAuth access token - Cannot parse access token'),
  /** 190/463: the token's lifetime ended. */
  expiredToken: (expiredAtText: string, nowText: string) =>
    tokenError(`Error validating access token: Session has expired on ${expiredAtText}. The current time is ${nowText}.`, 463),
  /** 190/460: the user changed their password, or Meta invalidated the session. */
  passwordChanged: () =>
    tokenError(
      'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
      460,
    ),
  /** 190/458: the user removed the app. */
  appNotAuthorized: (appId: string) =>
    tokenError(`Error validating access token: The user has not authorized application ${appId}.`, 458),
  /** Conversations and the Send API need a Page token, not the user's. */
  pageTokenRequired: () => oauth(400, 210, '(#210) A page access token is required to request this resource.'),

  // — Objects, paths and parameters (code 100, 2500) —
  unsupportedGet: (id: string) => unsupported('get', id),
  unsupportedPost: (id: string) => unsupported('post', id),
  /** Any other method (DELETE, PUT…) on an object that does not support it. */
  unsupportedRequest: (method: string, id: string) => unsupported(method.toLowerCase(), id),
  unknownPath: (components: string) => oauth(400, 2500, `Unknown path components: ${components}`),
  nonexistingField,
  fieldsSyntax: (detail: string, position: number, source: string) =>
    oauth(400, 100, `(#100) Syntax error "${detail}" at character ${position}: ${source}`),
  invalidParameter: (detail: string) => oauth(400, 100, `(#100) ${detail}`),
  missingParameter: (name: string) => oauth(400, 100, `(#100) The parameter ${name} is required`),
  invalidJsonBody: () => oauth(400, 100, '(#100) Invalid parameter', { error_user_msg: 'The request body is not valid JSON.' }),
  invalidCursor: (name: 'after' | 'before') => oauth(400, 100, `(#100) The ${name} cursor is not valid for this edge`),
  textTooLong: (limit: number, unit: 'characters' | 'bytes') =>
    oauth(400, 100, `(#100) Length of param message[text] must be less than or equal to ${limit} ${unit}`),
  emptyMessage: () => oauth(400, 100, '(#100) Message cannot be empty, must provide valid attachment or text'),
  emptyComment: () => oauth(400, 100, '(#100) Missing message or attachment'),
  commentTooLong: (limit: number) => oauth(400, 100, `(#100) Comment text exceeds the ${limit} character limit`),

  // — Send API —
  /** 100/2018001: the recipient never wrote to this Page (or is not one of its customers). */
  noMatchingUser: () => oauth(400, 100, '(#100) No matching user found', { error_subcode: 2018001 }),
  /**
   * 10/2018278 on Messenger; Instagram messaging answers the same situation with 10/2534022.
   * Used for RESPONSE/UPDATE after 24 h, HUMAN_AGENT after 7 days, and private replies after 7 days.
   */
  outsideAllowedWindow: (platform: 'messenger' | 'instagram') =>
    oauth(400, 10, '(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview', {
      error_subcode: platform === 'messenger' ? 2018278 : 2534022,
    }),
  invalidTag: (tag: string, platform: 'messenger' | 'instagram') =>
    oauth(400, 100, `(#100) Param tag must be a valid message tag for ${platform}, got "${tag}"`),
  /** 10900 (Page Messages reference): the comment already received its one private reply. */
  activityAlreadyRepliedTo: () => oauth(400, 10900, '(#10900) Activity already replied to'),
  /** 10903 (Page Messages reference): this comment cannot be answered privately (e.g. the Page wrote it). */
  cannotReplyToActivity: () => oauth(400, 10903, '(#10903) This user cant reply to this activity'),

  // — Transient failures (Handling Errors: codes 1 and 2) —
  unknownError: (status: number) => oauth(status, 1, 'An unknown error occurred', { is_transient: true }),
  serviceUnavailable: (status: number) =>
    oauth(status, 2, status === 503 ? 'Service temporarily unavailable' : 'An unexpected error has occurred. Please retry your request later.', {
      is_transient: true,
    }),

  // — Throttling (Rate Limits) —
  throttled: (code: ThrottleCode, status: number) => oauth(status, code, throttleMessages[code], { is_transient: true }),
};

function unsupported(method: string, id: string): GraphError {
  return new GraphError(400, {
    message: `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    type: 'GraphMethodException',
    code: 100,
    error_subcode: 33,
  });
}

function nonexistingField(field: string, nodeType: string): GraphError {
  return oauth(400, 100, `(#100) Tried accessing nonexisting field (${field}) on node type (${nodeType})`);
}

/** The throttling codes of "Rate Limits": platform (4, 17, 32, 613) and Business Use Case (800xx). */
export const throttleMessages = {
  4: '(#4) Application request limit reached',
  17: '(#17) User request limit reached',
  32: '(#32) Page request limit reached',
  613: '(#613) Calls to this api have exceeded the rate limit.',
  80001: '(#80001) There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
  80002: '(#80002) There have been too many calls to this Instagram account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
  80006: '(#80006) There have been too many messenger api calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
} as const;

export type ThrottleCode = keyof typeof throttleMessages;
export const throttleCodes = Object.keys(throttleMessages).map(Number) as ThrottleCode[];
