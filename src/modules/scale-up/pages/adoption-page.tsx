import type { Context } from 'hono';
import { can, type SignedIn } from '../../../core/authz';
import { notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { viewContext } from '../../../core/views/context';
import { isMunicipalityCode } from '../../../core/vocabulary';
import { municipalityByCode } from '../../municipalities';
import { seesTrajectoryDetails } from '../adoptions/commands';
import { adoptionOf, eventsOf, groupsOf, stakeholdersOf, stepProgressOf } from '../adoptions/queries';
import { serviceBySlug, stepsOf } from '../services/queries';
import { AdoptionPage } from './adoption-views';
import type { AdoptionView } from './adoption-model';
import { noForms, type PageForms } from './parts';

export async function serviceAndMunicipality(c: Context<AppEnv>) {
  const { db } = c.var.deps;
  const service = await serviceBySlug(db, c.req.param('slug') ?? '');
  if (!service) throw notFound('scaleUp.problem.serviceNotFound');
  const code = (c.req.param('code') ?? '').toUpperCase();
  const municipality = isMunicipalityCode(code) ? await municipalityByCode(db, code) : undefined;
  if (!municipality) throw notFound('problem.municipalityNotFound');
  return { service, municipality };
}

export async function loadAdoptionView(c: Context<AppEnv>): Promise<AdoptionView> {
  const { db, clock } = c.var.deps;
  const { service, municipality } = await serviceAndMunicipality(c);
  const actor = c.var.actor.kind === 'account' ? (c.var.actor as SignedIn) : undefined;
  const code = municipality.code;
  const insider = seesTrajectoryDetails(actor, service, code);
  const events = await eventsOf(db, service.id, code);
  return {
    service,
    municipality,
    adoption: await adoptionOf(db, service.id, code),
    events: insider ? events : events.map((e) => ({ ...e, note: '', recordedBy: null })),
    insider,
    stakeholders: insider ? await stakeholdersOf(db, service.id, code) : [],
    steps: await stepsOf(db, service.id),
    progress: (await stepProgressOf(db, service.id)).filter((p) => p.municipalityCode === code),
    groups: await groupsOf(db, service.id),
    mayEdit: actor !== undefined && can(actor, 'scaleUp.adoption', { municipalityCode: code }),
    today: clock.now().toISOString().slice(0, 10),
  };
}

/** The trajectory page, with the errors of the form that was sent back, if any. */
export async function renderAdoption(c: Context<AppEnv>, forms: PageForms = noForms, status: 200 | 400 | 409 = 200) {
  const view = await loadAdoptionView(c);
  return c.html(<AdoptionPage ctx={viewContext(c)} view={view} forms={forms} />, status);
}
