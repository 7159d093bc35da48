// Identifiers shaped like Meta's, handed out from one counter so that a reset replays the same ids
// (tests and the demo can hard-code nothing, yet every run of the seed looks the same) and no two
// objects of any kind ever share one. The shapes only imitate what people see in real payloads;
// a connector must treat every id as an opaque string.

export class IdFactory {
  private counter = 0;

  private nextNumber(): number {
    this.counter += 1;
    return this.counter;
  }

  private digits(prefix: string, length: number): string {
    return prefix + String(this.nextNumber()).padStart(length - prefix.length, '0');
  }

  /** Facebook Page: 15 digits. */
  pageId(): string {
    return this.digits('10', 15);
  }

  /** Facebook user behind the user access token. */
  userId(): string {
    return this.digits('12', 16);
  }

  /** Page-scoped ID of a person on Messenger (PSID). */
  psid(): string {
    return this.digits('7', 16);
  }

  /** Instagram-scoped ID of a person (IGSID). */
  igsid(): string {
    return this.digits('9', 16);
  }

  /** Instagram professional account linked to a Page: 17 digits starting 1784. */
  instagramAccountId(): string {
    return this.digits('1784', 17);
  }

  /** Page post: "{page-id}_{post-id}". */
  postId(pageId: string): string {
    return `${pageId}_${this.digits('12', 15)}`;
  }

  /** Facebook comment: "{post-local-id}_{comment-id}". */
  facebookCommentId(postId: string): string {
    const postLocalId = postId.split('_').at(-1) ?? postId;
    return `${postLocalId}_${this.digits('3', 16)}`;
  }

  instagramMediaId(): string {
    return this.digits('179', 17);
  }

  instagramCommentId(): string {
    return this.digits('178', 17);
  }

  /** Messenger thread: "t_" followed by digits. */
  messengerConversationId(): string {
    return `t_${this.digits('10', 16)}`;
  }

  /** Instagram thread: base64url text, as Meta returns for platform=instagram. */
  instagramConversationId(instagramAccountId: string): string {
    return Buffer.from(`ig_d:1:IGMessageThread:${instagramAccountId}:${this.nextNumber()}`).toString('base64url');
  }

  /** Messenger message: "m_" followed by base64url. */
  messengerMessageId(): string {
    return `m_${Buffer.from(`sim.mid.${String(this.nextNumber()).padStart(12, '0')}`).toString('base64url')}`;
  }

  /** Instagram message: base64url text beginning "aWdf" ("ig_"), as Meta's do. */
  instagramMessageId(): string {
    return Buffer.from(`ig_item:1:IGMessage:${String(this.nextNumber()).padStart(12, '0')}`).toString('base64url');
  }
}

/** fbtrace_id values: short, opaque, unique per response. */
export class TraceIds {
  private counter = 0;

  next(): string {
    this.counter += 1;
    return `AS${this.counter.toString(36).toUpperCase().padStart(9, 'x')}`;
  }
}
