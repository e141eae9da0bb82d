import { authorize, type SignedIn } from '../../core/authz';
import type { AppContext } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { accountIdByEmail } from '../accounts';
import { municipalityByCode, slugify } from '../municipalities';
import { screenOrRefuse } from '../screening';
import {
  gemeenteOrganisationOf,
  insertOrganisation,
  lockOrganisationNames,
  type Organisation,
  organisationById,
  organisationBySlug,
  organisationNamed,
  upsertMembership,
} from './queries';
import type { NewMember, NewOrganisation } from './schemas';

/** A new organisation (the platform operator only): one gemeente organisation per municipality, names unique. */
export async function createOrganisation(
  deps: AppContext,
  actor: SignedIn,
  input: NewOrganisation,
): Promise<Organisation> {
  authorize(actor, 'organisation.create', {});
  await screenOrRefuse(deps, { kind: 'organisation-name', parts: { name: input.name } });
  return deps.db.transaction(async (tx) => {
    if (input.municipality && !(await municipalityByCode(tx, input.municipality)))
      throw notFound('problem.municipalityNotFound');
    if (input.type === 'gemeente') {
      if (!input.municipality) throw conflict('problem.gemeenteNeedsMunicipality');
      if (await gemeenteOrganisationOf(tx, input.municipality)) throw conflict('problem.gemeenteExists');
    }
    // Organisations are created rarely: one at a time keeps the name check and the slug honest.
    await lockOrganisationNames(tx);
    if (await organisationNamed(tx, input.name, input.municipality ?? null))
      throw conflict('problem.organisationExists');
    const base = slugify(input.name) || 'organisatie';
    let slug = base;
    for (let n = 2; await organisationBySlug(tx, slug); n++) slug = `${base}-${n}`;
    return insertOrganisation(tx, {
      name: input.name,
      slug,
      type: input.type,
      municipalityCode: input.municipality ?? null,
      website: input.website ?? null,
    });
  });
}

/** Makes an account a member of the organisation, or changes its role (a beheerder of it only). */
export async function addMember(
  deps: AppContext,
  actor: SignedIn,
  organisationId: string,
  input: NewMember,
): Promise<{ accountId: string; role: NewMember['role'] }> {
  return deps.db.transaction(async (tx) => {
    if (!(await organisationById(tx, organisationId))) throw notFound();
    authorize(actor, 'organisation.manageMembers', { organisationId });
    const accountId = await accountIdByEmail(tx, input.email);
    if (!accountId) throw notFound('problem.accountNotFound');
    await upsertMembership(tx, organisationId, accountId, input.role);
    return { accountId, role: input.role };
  });
}
