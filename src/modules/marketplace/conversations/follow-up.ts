import { audit } from '../../../core/audit';
import { hmac, safeEqual } from '../../../core/auth/secrets';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { DomainError, notFound } from '../../../core/errors';
import { queueMail } from '../../../core/mail';
import { contactOf } from '../../accounts';
import { type Post, postById, setPostStatus } from '../posts/queries';
import { followUpMail } from './mails';
import { insertMatch, responsesToPost, setResponseStatus } from './queries';

// The follow-up mail "Heeft u hulp gevonden?", some days after the first response to a request,
// with signed, expiring, single-use links.

export const FOLLOW_UP_JOB = 'marketplace.follow-up';
const FOLLOW_UP_LINK_DAYS = 14;

export function followUpToken(secret: string, postId: string, answer: 'ja' | 'nee', expiresAt: number): string {
  const payload = `${postId}.${answer}.${expiresAt}`;
  return `${payload}.${hmac(secret, `follow-up:${payload}`)}`;
}

export function readFollowUpToken(
  secret: string,
  token: string,
  now = Date.now(),
): { postId: string; answer: 'ja' | 'nee' } | undefined {
  const [postId, answer, expires, signature] = token.split('.');
  if (!postId || (answer !== 'ja' && answer !== 'nee') || !expires || !signature) return undefined;
  if (!safeEqual(signature, hmac(secret, `follow-up:${postId}.${answer}.${expires}`))) return undefined;
  if (Number(expires) < now) return undefined;
  return { postId, answer };
}

/** The job: when the request is still open, ask the poster whether help was found. */
export async function sendFollowUp(db: Executor, deps: AppContext, postId: string): Promise<void> {
  const post = await postById(db, postId);
  if (post?.status !== 'open' || !post.authorAccountId) return;
  const poster = await contactOf(db, post.authorAccountId);
  if (!poster) return;
  const expires = Date.now() + FOLLOW_UP_LINK_DAYS * 86_400_000;
  const link = (answer: 'ja' | 'nee') => {
    const token = followUpToken(deps.config.sessionSecret, postId, answer, expires);
    return `${deps.config.publicUrl}/hulp-gevonden?token=${encodeURIComponent(token)}`;
  };
  await queueMail(db, {
    accountId: post.authorAccountId,
    to: poster.email,
    ...followUpMail(poster.firstName, post.title, link('ja'), link('nee')),
  });
}

/**
 * The answer to the follow-up mail. "Ja" confirms a match (the second way) with the one person
 * who responded, or without naming anyone when several did. A link works once: afterwards the
 * request is no longer open and the answer is refused clearly.
 */
export async function answerFollowUp(deps: AppContext, token: string): Promise<{ answer: 'ja' | 'nee'; post: Post }> {
  const parsed = readFollowUpToken(deps.config.sessionSecret, token);
  if (!parsed) throw new DomainError('invalid', 'problem.linkInvalid.title', 'problem.linkInvalid.detail');
  return deps.db.transaction(async (tx) => {
    const post = await postById(tx, parsed.postId, { forUpdate: true });
    if (!post) throw notFound('problem.postNotFound');
    if (post.status !== 'open') throw new DomainError('conflict', 'problem.linkInvalid.title', 'problem.followUpUsed');
    if (parsed.answer === 'ja') {
      const responses = await responsesToPost(tx, post.id);
      const only = responses.length === 1 ? (responses[0]?.id ?? null) : null;
      await insertMatch(tx, {
        postId: post.id,
        responseId: only,
        municipalityCode: post.municipalityCode,
        via: 'follow-up',
      });
      if (only) await setResponseStatus(tx, only, 'accepted');
      await setPostStatus(tx, post.id, 'matched');
    }
    await audit(tx, {
      actorAccountId: post.authorAccountId,
      action: `post.followUp.${parsed.answer}`,
      subjectType: 'post',
      subjectId: post.id,
      municipalityCode: post.municipalityCode,
    });
    return { answer: parsed.answer, post };
  });
}
