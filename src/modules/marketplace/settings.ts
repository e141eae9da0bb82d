import { audit } from '../../core/audit';
import { authorize, type SignedIn } from '../../core/authz';
import type { Executor } from '../../core/db';
import type { AppContext } from '../../core/context';
import { badRequest, notFound } from '../../core/errors';
import { type Marketplace, marketplaceOf, setMarketplaceLogo, updateMarketplace } from './marketplaces.queries';
import { contrastRatio, logoProblem, MINIMUM_CONTRAST } from './rules';
import type { MarketplaceSettingsChange } from './schemas';

/** A marketplace that the actor may run: its own beheerders, or the platform operator. */
export async function managedMarketplaceOf(
  db: Executor,
  actor: SignedIn,
  municipalityCode: string,
): Promise<Marketplace> {
  const marketplace = await marketplaceOf(db, municipalityCode);
  if (!marketplace) throw notFound('problem.noMarketplacePage');
  authorize(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId });
  return marketplace;
}

/** Changes the fields given; the colour pair that results must still reach WCAG AA contrast. */
export async function changeMarketplace(
  deps: AppContext,
  actor: SignedIn,
  municipalityCode: string,
  change: MarketplaceSettingsChange,
): Promise<Marketplace> {
  return deps.db.transaction(async (tx) => {
    const current = await managedMarketplaceOf(tx, actor, municipalityCode);
    const next = {
      name: change.name ?? current.name,
      brandColor: change.brandColor ?? current.brandColor,
      brandTextColor: change.brandTextColor ?? current.brandTextColor,
      premoderation: change.premoderation ?? current.premoderation,
      disabledCategories: change.disabledCategories ?? current.disabledCategories,
      showNeighbours: change.showNeighbours ?? current.showNeighbours,
      expiryWeeks: change.expiryWeeks ?? current.expiryWeeks,
      followUpDays: change.followUpDays ?? current.followUpDays,
      status: change.status ?? current.status,
    };
    const ratio = contrastRatio(next.brandTextColor, next.brandColor);
    if (ratio < MINIMUM_CONTRAST)
      throw badRequest('problem.badRequest.detail', [
        { name: 'brandTextColor', reason: 'validation.contrast', params: { ratio: ratio.toFixed(2) } },
      ]);
    await updateMarketplace(tx, municipalityCode, next);
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'marketplace.changed',
      subjectType: 'marketplace',
      subjectId: municipalityCode,
      municipalityCode,
    });
    return (await marketplaceOf(tx, municipalityCode)) as Marketplace;
  });
}

/** Replaces the logo (or removes it with null) after checking that the bytes are the image they claim to be. */
export async function changeMarketplaceLogo(
  deps: AppContext,
  actor: SignedIn,
  municipalityCode: string,
  logo: { bytes: Uint8Array; contentType: 'image/png' | 'image/svg+xml' } | null,
): Promise<void> {
  await managedMarketplaceOf(deps.db, actor, municipalityCode);
  const problem = logo && logoProblem(logo.bytes, logo.contentType);
  if (problem) throw badRequest('problem.badRequest.detail', [{ name: 'logo', reason: problem }]);
  await deps.db.transaction(async (tx) => {
    await setMarketplaceLogo(tx, municipalityCode, logo);
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: logo ? 'marketplace.logoChanged' : 'marketplace.logoRemoved',
      subjectType: 'marketplace',
      subjectId: municipalityCode,
      municipalityCode,
    });
  });
}
