// What every platform connector offers the sync engine and the outbox. One folder per platform
// implements it; core never calls a platform any other way.
import type { ChannelKind, Platform } from '../store/repositories/accounts';
import type { PlatformMessage } from '../store/repositories/messages';
import type { OutboundRow } from '../store/repositories/outbox';
import type { PullResult } from './meta/meta-reader';
import type { UsageReport } from './meta/usage';

export interface ConnectorCapabilities {
  directMessages: boolean;
  publicReplies: boolean;
  privateReplies: boolean;
  maxReplyLength: number;
}

/** An account found by validating a token, with the channels it can manage. */
export interface DiscoveredAccount {
  externalId: string;
  displayName: string;
  token: string;
  channels: Array<{ kind: ChannelKind; externalId: string; name: string; handle: string | null }>;
}

/** One account's live session with its platform. */
export interface AccountSession {
  /** The incremental streams of a channel (e.g. DMs and comments), each with its own watermark. */
  streams(channel: { kind: ChannelKind }): string[];
  /**
   * Reads a stream from its watermark. With `onPage`, messages are handed over a page at a time (and
   * not kept in the result), so a large first sync is stored as it arrives, in small transactions.
   */
  pull(
    channel: { id: number; kind: ChannelKind; externalId: string },
    stream: string,
    watermark: number,
    onPage?: (messages: PlatformMessage[]) => void,
  ): Promise<PullResult>;
  send(row: OutboundRow, now: number): Promise<string>;
  /** The platform id if an earlier attempt of this row was published, else null. */
  reconcile(row: OutboundRow, attemptedAt: number): Promise<string | null>;
}

export interface Connector {
  readonly platform: Platform;
  readonly capabilities: ConnectorCapabilities;
  readonly defaultBaseUrl: string;
  /** Validates a token and lists what it gives access to; throws if the platform refuses it. */
  discover(baseUrl: string, token: string): Promise<DiscoveredAccount[]>;
  open(options: {
    baseUrl: string;
    token: string;
    accountExternalId: string;
    channelIds: string[];
    onUsage: (usage: UsageReport) => void;
    /** How long a request may take before its outcome counts as unknown. */
    requestTimeoutMs?: number;
  }): AccountSession;
}

export type { PullResult, UsageReport };
