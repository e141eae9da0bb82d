import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import type { Frequency } from '../../../core/notifications';
import { postcodesWithin } from '../../municipalities';
import { type NewNotification, notify } from '../../notifications';
import { postPath } from '../paths';
import { KIND } from './kinds';
import { candidateSearches, matchingOpenPosts, type NewPost, newPostById } from './queries';
import { fastest, lexemePrefixes, SUGGESTION_RADIUS_KM, SUGGESTIONS_PER_POST } from './rules';

/** The largest radius a saved search may have: only saved searches that near can fit. */
const MAX_RADIUS_KM = 100;

/** The people whose saved searches fit a post that just opened, each once, at their fastest pace. */
export async function searchRecipients(db: Executor, post: NewPost) {
  const nearby = (await postcodesWithin(db, post, MAX_RADIUS_KM)).map(({ pc4, metres }) => ({
    pc4,
    km: metres / 1000,
  }));
  const candidates = await candidateSearches(db, { ...post, lexemePrefixes: lexemePrefixes(post.lexemes) }, nearby);
  const byPerson = new Map<string, { frequencies: Frequency[]; search: string }>();
  for (const candidate of candidates) {
    const known = byPerson.get(candidate.accountId);
    byPerson.set(candidate.accountId, {
      frequencies: [...(known?.frequencies ?? []), candidate.frequency],
      search: known?.search || candidate.q || candidate.category || '',
    });
  }
  return [...byPerson].map(([accountId, { frequencies, search }]) => ({
    accountId,
    frequency: fastest(frequencies),
    search,
  }));
}

/**
 * A post opened (placed, or approved by a beheerder): whoever saved a search it fits hears of it,
 * and so do the volunteers with an open offer nearby in its category (for a request) or the
 * residents with an open request nearby (for an offer). In the transaction that opened it.
 */
export async function announceOpenPost(tx: Executor, ctx: Pick<AppContext, 'config' | 'clock'>, postId: string) {
  const post = await newPostById(tx, postId);
  if (!post) return;
  const common = { path: postPath(post.id), municipalityCode: post.municipalityCode, eventKey: post.id };
  const data = { title: post.title, place: post.marketplaceName };
  const searchers = await searchRecipients(tx, post);
  await notify(
    tx,
    ctx,
    KIND.searchMatch,
    searchers.map(({ accountId, frequency, search }) => ({
      ...common,
      accountId,
      frequency,
      data: { ...data, search },
    })),
  );
  if (post.kind === 'vacancy') return;
  const counterparts = await matchingOpenPosts(
    tx,
    post,
    post.kind === 'request' ? 'offer' : 'request',
    SUGGESTION_RADIUS_KM,
    SUGGESTIONS_PER_POST,
  );
  const told = new Set(searchers.map(({ accountId }) => accountId));
  const suggestions: NewNotification[] = [];
  for (const counterpart of counterparts) {
    if (told.has(counterpart.authorAccountId)) continue;
    told.add(counterpart.authorAccountId);
    suggestions.push({
      ...common,
      accountId: counterpart.authorAccountId,
      data: { ...data, kind: post.kind, own: counterpart.title },
    });
  }
  await notify(tx, ctx, KIND.suggestion, suggestions);
}
