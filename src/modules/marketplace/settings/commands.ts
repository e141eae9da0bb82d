import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { conflict, invalidField, notFound } from '../../../core/errors';
import { publish } from '../../../core/events';
import { municipalityByCode } from '../../municipalities';
import { organisationById } from '../../organisations';
import { contrastRatio, focusRingProblem, logoProblem, MINIMUM_CONTRAST } from '../rules';
import { insertMarketplace, type Marketplace, marketplaceOf, setMarketplaceLogo, updateMarketplace } from './queries';
import type { MarketplaceInput, MarketplaceSettingsChange } from './schemas';

declare module '../../../core/events' {
  interface EventRegistry {
    /** a municipality's marketplace went live: `launchedOn` is the day (YYYY-MM-DD), `by` who launched it */
    'marketplace.launched': { municipalityCode: string; launchedOn: string; by: string | null };
  }
}

/**
 * The text colour on the brand colour must reach WCAG AA contrast, and the focus ring (the brand
 * colour on the white page) must stay visible: 3:1.
 */
function requireContrast(brandTextColor: string, brandColor: string): void {
  const ratio = contrastRatio(brandTextColor, brandColor);
  if (ratio < MINIMUM_CONTRAST)
    throw invalidField('brandTextColor', 'validation.contrast', { ratio: ratio.toFixed(2) });
  const ring = focusRingProblem(brandColor);
  if (ring !== null) throw invalidField('brandColor', 'validation.focusContrast', { ratio: ring.toFixed(2) });
}

/** The platform operator launches a marketplace for a municipality, run by a welfare organisation. */
export async function launchMarketplace(deps: AppContext, actor: SignedIn, input: MarketplaceInput): Promise<void> {
  authorize(actor, 'marketplace.launch', {});
  requireContrast(input.brandTextColor, input.brandColor);
  await deps.db.transaction(async (tx) => {
    if (!(await municipalityByCode(tx, input.municipality))) throw notFound('problem.municipalityNotFound');
    const operator = await organisationById(tx, input.operatorOrganisation);
    if (!operator) throw invalidField('operatorOrganisation', 'validation.organisationUnknown');
    if (!['welzijnsorganisatie', 'vrijwilligerscentrale'].includes(operator.type))
      throw invalidField('operatorOrganisation', 'validation.operatorType');
    const launched = await insertMarketplace(tx, {
      municipalityCode: input.municipality,
      operatorOrganisationId: operator.id,
      name: input.name,
      brandColor: input.brandColor,
      brandTextColor: input.brandTextColor,
      premoderation: input.premoderation,
      disabledCategories: input.disabledCategories,
      showNeighbours: input.showNeighbours,
      expiryWeeks: input.expiryWeeks,
      followUpDays: input.followUpDays,
    });
    if (!launched) throw conflict('problem.marketplaceExists');
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'marketplace.launched',
      subjectType: 'marketplace',
      subjectId: input.municipality,
      municipalityCode: input.municipality,
    });
    await publish(tx, 'marketplace.launched', {
      municipalityCode: input.municipality,
      launchedOn: deps.clock.now().toISOString().slice(0, 10),
      by: actor.accountId,
    });
  });
}

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
      autoHideReports: change.autoHideReports ?? current.autoHideReports,
      status: change.status ?? current.status,
    };
    requireContrast(next.brandTextColor, next.brandColor);
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
  if (problem) throw invalidField('logo', problem);
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
