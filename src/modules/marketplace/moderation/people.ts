import { randomUUID } from 'node:crypto';
import { audit } from '../../../core/audit';
import { isOperator, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { conflict, DomainError, invalidField, notFound } from '../../../core/errors';
import { dayIn, writtenDate } from '../../../core/i18n/dates';
import { isId } from '../../../core/vocabulary';
import { tellBlocked, tellWarned } from '../alerts/tell';
import { blockEndProblem, blockIn } from '../rules';
import { managedMarketplaceOf } from '../settings/commands';
import type { Marketplace } from '../settings/queries';
import {
  type Block,
  blockById,
  blocksIn,
  blocksOf,
  insertBlock,
  liftBlockRow,
  type Person,
  personIn,
} from './block-queries';
import { logDecision, logOf } from './log';
import type { BlockInput, WarningInput } from './schemas';

// Warning and blocking people: a beheerder on their own marketplace, the platform operator on the
// whole platform. The person is told, with the reason; each step goes in the activity log.

const PLATFORM = 'Samen';
const nameOf = (person: { firstName: string; lastName: string | null }) =>
  [person.firstName, person.lastName].filter(Boolean).join(' ');

/** Only the platform operator acts on the whole platform: 403 that says so for anyone else. */
function requireOperator(actor: SignedIn): void {
  if (!isOperator(actor))
    throw new DomainError('forbidden', 'problem.forbidden.title', 'problem.moderation.platformOperatorOnly');
}

/** The marketplace (or, null, the platform) the actor may keep people out of. */
async function scopeFor(db: Executor, actor: SignedIn, municipalityCode: string | undefined) {
  if (municipalityCode === undefined) {
    requireOperator(actor);
    return null;
  }
  return managedMarketplaceOf(db, actor, municipalityCode);
}

/** Someone who took part in the marketplace (anyone, for the platform), and not the actor. */
async function subjectPerson(db: Executor, actor: SignedIn, accountId: string, marketplace: Marketplace | null) {
  if (accountId === actor.accountId) throw invalidField('account', 'validation.notYourself');
  const person = isId(accountId) ? await personIn(db, accountId, marketplace?.municipalityCode ?? null) : undefined;
  if (!person) throw invalidField('account', 'validation.personNotInMarketplace');
  return person;
}

/**
 * Blocks a person until the start of `endsOn`: on the marketplace (its beheerders), or without
 * one on the whole platform (the operator). Their posts are hidden there at once (isPublic) and
 * they cannot post, respond or message there (refuseIfBlocked). They hear why and until when.
 */
export async function blockPerson(deps: AppContext, actor: SignedIn, input: BlockInput): Promise<Block> {
  return deps.db.transaction(async (tx) => {
    const marketplace = await scopeFor(tx, actor, input.marketplace);
    const today = dayIn(deps.clock.now());
    const endProblem = blockEndProblem(input.endsOn, today);
    if (endProblem) throw invalidField('endsOn', endProblem, { date: writtenDate(input.endsOn) });
    const person = await subjectPerson(tx, actor, input.account, marketplace);
    const code = marketplace?.municipalityCode ?? null;
    const current = (await blocksOf(tx, person.accountId)).find((block) => block.municipalityCode === code);
    if (current) throw conflict('problem.moderation.alreadyBlocked', { date: writtenDate(current.endsOn) });
    const id = await insertBlock(tx, {
      accountId: person.accountId,
      municipalityCode: code,
      reason: input.reason,
      endsOn: input.endsOn,
      createdBy: actor.accountId,
    });
    const block = (await blockById(tx, id)) as Block;
    await tellBlocked(tx, deps, block, marketplace?.name ?? PLATFORM, 'placed');
    await logDecision(tx, {
      municipalityCode: code,
      actorAccountId: actor.accountId,
      action: 'block',
      personAccountId: person.accountId,
      subject: nameOf(person),
      note: `${input.reason} (${writtenDate(input.endsOn)})`,
    });
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: code ? 'moderation.blocked' : 'moderation.blockedOnPlatform',
      subjectType: 'account',
      subjectId: person.accountId,
      municipalityCode: code,
    });
    return block;
  });
}

/** Ends a block before its date: the marketplace's beheerders, or the operator for a platform-wide one. */
export async function liftBlock(deps: AppContext, actor: SignedIn, blockId: string, note?: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const block = isId(blockId) ? await blockById(tx, blockId, { forUpdate: true }) : undefined;
    if (!block) throw notFound('problem.moderation.blockNotFound');
    const marketplace = await scopeFor(tx, actor, block.municipalityCode ?? undefined);
    if (!(await liftBlockRow(tx, blockId, actor.accountId))) throw conflict('problem.moderation.blockNotInForce');
    await tellBlocked(tx, deps, block, marketplace?.name ?? PLATFORM, 'lifted');
    await logDecision(tx, {
      municipalityCode: block.municipalityCode,
      actorAccountId: actor.accountId,
      action: 'lift',
      personAccountId: block.accountId,
      subject: nameOf(block),
      note: note ?? null,
    });
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'moderation.blockLifted',
      subjectType: 'account',
      subjectId: block.accountId,
      municipalityCode: block.municipalityCode,
    });
  });
}

/** A warning: the person hears the reason; it goes in the log (a block may follow). */
export async function warnPerson(deps: AppContext, actor: SignedIn, input: WarningInput): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const marketplace = await managedMarketplaceOf(tx, actor, input.marketplace);
    const person = await subjectPerson(tx, actor, input.account, marketplace);
    const warning = {
      id: randomUUID(),
      accountId: person.accountId,
      municipalityCode: marketplace.municipalityCode,
      reason: input.reason,
    };
    await tellWarned(tx, deps, warning, marketplace.name);
    await logDecision(tx, {
      municipalityCode: marketplace.municipalityCode,
      actorAccountId: actor.accountId,
      action: 'warn',
      personAccountId: person.accountId,
      subject: nameOf(person),
      note: input.reason,
    });
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'moderation.warned',
      subjectType: 'account',
      subjectId: person.accountId,
      municipalityCode: marketplace.municipalityCode,
    });
  });
}

/** The blocks in force on a marketplace (and the platform-wide ones), or, null, the platform's (the operator). */
export async function blockList(deps: AppContext, actor: SignedIn, municipalityCode: string | undefined) {
  const marketplace = await scopeFor(deps.db, actor, municipalityCode);
  return blocksIn(deps.db, marketplace?.municipalityCode ?? null);
}

/** A page of the activity log of a marketplace, or (the operator) of the platform; every look is audited. */
export async function moderationLog(
  deps: AppContext,
  actor: SignedIn,
  municipalityCode: string | undefined,
  page: number,
  pageSize: number,
) {
  const marketplace = await scopeFor(deps.db, actor, municipalityCode);
  const code = marketplace?.municipalityCode ?? null;
  const found = await logOf(deps.db, code, page, pageSize);
  await audit(deps.db, {
    actorAccountId: actor.accountId,
    action: 'moderation.logRead',
    subjectType: 'marketplace',
    subjectId: code,
    municipalityCode: code,
  });
  return found;
}

/**
 * A person as a marketplace's beheerders see them, to warn or block: only someone who took part
 * there (anyone else: not found), with the blocks that keep them out of it. Audited.
 */
export async function personForBeheer(
  deps: AppContext,
  actor: SignedIn,
  marketplace: Marketplace,
  accountId: string,
): Promise<{ person: Person; block: Block | undefined }> {
  await managedMarketplaceOf(deps.db, actor, marketplace.municipalityCode);
  const person = isId(accountId) ? await personIn(deps.db, accountId, marketplace.municipalityCode) : undefined;
  if (!person) throw notFound('problem.moderation.personNotFound');
  const block = blockIn(await blocksOf(deps.db, accountId), marketplace.municipalityCode, deps.clock.now());
  await audit(deps.db, {
    actorAccountId: actor.accountId,
    action: 'moderation.personRead',
    subjectType: 'account',
    subjectId: accountId,
    municipalityCode: marketplace.municipalityCode,
  });
  return { person, block };
}
