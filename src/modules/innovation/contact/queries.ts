import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';
import { isId } from '../../../core/vocabulary';

// "Neem contact op": conversations between an official and the contact person of an initiative
// (migration 0016). Names are read from the accounts when shown, so a deleted account reads as such.

const DELETED = 'verwijderd account';

export const ConversationRow = z.object({
  id: z.string(),
  initiativeId: z.string(),
  initiativeTitle: z.string(),
  municipalityCode: z.string(),
  starterAccountId: z.string().nullable(),
  starterFirstName: z.string(),
  starterOrganisation: z.string().nullable(),
  ownerAccountId: z.string().nullable(),
  ownerFirstName: z.string(),
  ownerOrganisation: z.string(),
  createdAt: z.string(),
});
export type InitiativeConversation = z.infer<typeof ConversationRow>;

const conversationColumns = sql`c.id, c.initiative_id AS "initiativeId", i.title AS "initiativeTitle",
  c.municipality_code AS "municipalityCode", c.starter_account_id AS "starterAccountId",
  coalesce(s.first_name, ${DELETED}) AS "starterFirstName", so.name AS "starterOrganisation",
  c.owner_account_id AS "ownerAccountId", coalesce(o.first_name, ${DELETED}) AS "ownerFirstName",
  oo.name AS "ownerOrganisation", ${iso('c.created_at')} AS "createdAt"`;
const fromConversations = sql`FROM initiative_conversations c JOIN initiatives i ON i.id = c.initiative_id
  JOIN organisations oo ON oo.id = i.owner_organisation_id
  LEFT JOIN accounts s ON s.id = c.starter_account_id LEFT JOIN organisations so ON so.id = c.starter_organisation_id
  LEFT JOIN accounts o ON o.id = c.owner_account_id`;

export function conversationById(db: Executor, id: string): Promise<InitiativeConversation | undefined> {
  if (!isId(id)) return Promise.resolve(undefined);
  return selectOne(db, ConversationRow, sql`SELECT ${conversationColumns} ${fromConversations} WHERE c.id = ${id}`);
}

const IdRow = z.object({ id: z.string() });

/** The conversation a person started about an initiative, if any. */
export async function conversationStartedBy(
  db: Executor,
  initiativeId: string,
  starterAccountId: string,
): Promise<string | undefined> {
  const row = await selectOne(
    db,
    IdRow,
    sql`SELECT id FROM initiative_conversations
         WHERE initiative_id = ${initiativeId} AND starter_account_id = ${starterAccountId}`,
  );
  return row?.id;
}

/** Opens a conversation; returns its id, or undefined when this person already has one (a race). */
export async function insertConversation(
  db: Executor,
  conversation: {
    initiativeId: string;
    municipalityCode: string;
    starterAccountId: string;
    starterOrganisationId: string | null;
    ownerAccountId: string;
  },
): Promise<string | undefined> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO initiative_conversations (initiative_id, municipality_code, starter_account_id,
                                              starter_organisation_id, owner_account_id)
        VALUES (${conversation.initiativeId}, ${conversation.municipalityCode}, ${conversation.starterAccountId},
                ${conversation.starterOrganisationId}, ${conversation.ownerAccountId})
        ON CONFLICT (initiative_id, starter_account_id) DO NOTHING RETURNING id`,
  );
  return row?.id;
}

export async function insertMessage(
  db: Executor,
  message: { conversationId: string; senderAccountId: string; body: string },
): Promise<string> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO initiative_messages (conversation_id, sender_account_id, body)
        VALUES (${message.conversationId}, ${message.senderAccountId}, ${message.body}) RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

const MessageRow = z.object({
  id: z.string(),
  senderAccountId: z.string().nullable(),
  senderFirstName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type InitiativeMessage = z.infer<typeof MessageRow>;

/** The messages of a conversation, oldest first. */
export function messagesOf(db: Executor, conversationId: string): Promise<InitiativeMessage[]> {
  return select(
    db,
    MessageRow,
    sql`SELECT m.id, m.sender_account_id AS "senderAccountId", coalesce(a.first_name, ${DELETED}) AS "senderFirstName",
               m.body, ${iso('m.created_at')} AS "createdAt"
          FROM initiative_messages m LEFT JOIN accounts a ON a.id = m.sender_account_id
         WHERE m.conversation_id = ${conversationId} ORDER BY m.created_at, m.id`,
  );
}

/** What the other party wrote is read once one of the two opens the conversation. */
export async function markRead(db: Executor, conversationId: string, readerAccountId: string): Promise<void> {
  await db.execute(sql`
    UPDATE initiative_messages SET read_at = now()
     WHERE conversation_id = ${conversationId} AND read_at IS NULL
       AND sender_account_id IS DISTINCT FROM ${readerAccountId}`);
}

const ListRow = ConversationRow.extend({
  lastMessageAt: z.string(),
  unread: z.number().int(),
  total: z.number().int(),
});
export type ConversationListItem = Omit<z.infer<typeof ListRow>, 'total'>;

/** A person's conversations about initiatives, the latest message first. */
export async function conversationsOf(
  db: Executor,
  accountId: string,
  page: { page: number; pageSize: number },
): Promise<{ items: ConversationListItem[]; total: number }> {
  const lastAt =
    'coalesce((SELECT max(m.created_at) FROM initiative_messages m WHERE m.conversation_id = c.id), ' + 'c.created_at)';
  const found = await select(
    db,
    ListRow,
    sql`SELECT ${conversationColumns}, ${iso(lastAt)} AS "lastMessageAt",
               (SELECT count(*)::int FROM initiative_messages m
                 WHERE m.conversation_id = c.id AND m.read_at IS NULL
                   AND m.sender_account_id IS DISTINCT FROM ${accountId}) AS unread,
               count(*) OVER ()::int AS total
          ${fromConversations}
         WHERE c.starter_account_id = ${accountId} OR c.owner_account_id = ${accountId}
         ORDER BY "lastMessageAt" DESC, c.id
         LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
  );
  return { items: found.map(({ total: _, ...item }) => item), total: found[0]?.total ?? 0 };
}

const SentRow = z.object({
  conversationId: z.string(),
  initiativeId: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

/** The messages a person wrote about initiatives (AVG export). */
export function initiativeMessagesBy(db: Executor, accountId: string) {
  return select(
    db,
    SentRow,
    sql`SELECT m.conversation_id AS "conversationId", c.initiative_id AS "initiativeId", m.body,
               ${iso('m.created_at')} AS "createdAt"
          FROM initiative_messages m JOIN initiative_conversations c ON c.id = m.conversation_id
         WHERE m.sender_account_id = ${accountId} ORDER BY m.created_at`,
  );
}

/** When an account goes, the messages it wrote go too; the conversation stays for the other party. */
export async function forgetInitiativeMessagesOf(db: Executor, accountId: string): Promise<void> {
  await db.execute(sql`DELETE FROM initiative_messages WHERE sender_account_id = ${accountId}`);
}
