// A customer across channels and brands: who they are on each channel and every conversation they
// have had, newest first, so an agent sees the whole relationship before answering.
import type Database from 'better-sqlite3';
import type { ChannelKind } from './accounts';
import type { ConversationKind, ConversationStatus } from './conversations';

export interface ContactIdentity {
  channelId: number;
  channelKind: ChannelKind;
  brandId: number;
  externalId: string;
  handle: string | null;
}

export interface ContactConversation {
  id: number;
  brandId: number;
  channelId: number;
  channelKind: ChannelKind;
  kind: ConversationKind;
  status: ConversationStatus;
  subject: string | null;
  lastMessageAt: number | null;
}

export interface ContactHistory {
  id: number;
  displayName: string;
  firstName: string | null;
  identities: ContactIdentity[];
  conversations: ContactConversation[];
}

/** An internal note on one of the contact's conversations. */
export interface ContactNote {
  id: number;
  conversationId: number;
  brandId: number;
  channelKind: ChannelKind;
  author: string;
  text: string;
  createdAt: number;
}

/** A tag on some of the contact's conversations, and on how many. */
export interface ContactTag {
  name: string;
  conversations: number;
}

/** A contact's notes: conversations by contact (conversations_contact), notes by conversation (notes_conversation). */
export const contactNotesSql = `
  SELECT n.id, n.conversation_id AS conversationId, c.brand_id AS brandId, ch.kind AS channelKind,
         n.author, n.text, n.created_at AS createdAt
  FROM conversations c
  JOIN notes n ON n.conversation_id = c.id
  JOIN channels ch ON ch.id = c.channel_id
  WHERE c.contact_id = ?
  ORDER BY n.created_at DESC, n.id DESC
  LIMIT ?`;

/** A contact's tags, most used first: conversations by contact, tags by conversation. */
export const contactTagsSql = `
  SELECT t.name, count(*) AS conversations
  FROM conversations c
  JOIN conversation_tags ct ON ct.conversation_id = c.id
  JOIN tags t ON t.id = ct.tag_id
  WHERE c.contact_id = ?
  GROUP BY t.id
  ORDER BY conversations DESC, t.name COLLATE NOCASE`;

export class ContactRepository {
  constructor(private readonly db: Database.Database) {}

  history(contactId: number, limit = 50): ContactHistory | undefined {
    const contact = this.db
      .prepare('SELECT id, display_name AS displayName, first_name AS firstName FROM contacts WHERE id = ?')
      .get(contactId) as Pick<ContactHistory, 'id' | 'displayName' | 'firstName'> | undefined;
    if (!contact) return undefined;
    const identities = this.db
      .prepare(
        `SELECT i.channel_id AS channelId, ch.kind AS channelKind, ch.brand_id AS brandId, i.external_id AS externalId, i.handle
         FROM contact_identities i JOIN channels ch ON ch.id = i.channel_id
         WHERE i.contact_id = ?`,
      )
      .all(contactId) as ContactIdentity[];
    const conversations = this.db
      .prepare(
        `SELECT c.id, c.brand_id AS brandId, c.channel_id AS channelId, ch.kind AS channelKind, c.kind, c.status,
                c.subject, c.last_message_at AS lastMessageAt
         FROM conversations c JOIN channels ch ON ch.id = c.channel_id
         WHERE c.contact_id = ?
         ORDER BY c.last_message_at DESC
         LIMIT ?`,
      )
      .all(contactId, limit) as ContactConversation[];
    return { ...contact, identities, conversations };
  }

  /**
   * The internal notes (newest first) and tags of all the contact's conversations, across channels
   * and brands: what colleagues learnt about this customer anywhere.
   */
  notesAndTags(contactId: number, noteLimit = 50): { notes: ContactNote[]; tags: ContactTag[] } {
    const notes = this.db
      .prepare(contactNotesSql)
      .all(contactId, noteLimit) as ContactNote[];
    const tags = this.db
      .prepare(contactTagsSql)
      .all(contactId) as ContactTag[];
    return { notes, tags };
  }
}
