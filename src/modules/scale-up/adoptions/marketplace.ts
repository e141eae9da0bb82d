import type { Executor } from '../../../core/db';
import { serviceBySlug } from '../services/queries';
import { adoptionOf, insertEvent, saveAdoption } from './queries';

/** The slug of the national service that the local marketplace itself is (migration 0011 creates it). */
export const MARKETPLACE_SERVICE_SLUG = 'lokale-marktplaats-vrijwillige-hulp';

/**
 * A municipality's marketplace was launched: its adoption of "Lokale marktplaats vrijwillige hulp"
 * is live from that day, in the launch's own transaction, so both halves of Samen tell one story.
 */
export async function markMarketplaceLive(
  tx: Executor,
  launched: { municipalityCode: string; launchedOn: string; by: string | null },
): Promise<void> {
  const service = await serviceBySlug(tx, MARKETPLACE_SERVICE_SLUG);
  if (!service) return;
  const existing = await adoptionOf(tx, service.id, launched.municipalityCode);
  if (existing?.stage === 'live') return;
  await saveAdoption(tx, {
    serviceId: service.id,
    municipalityCode: launched.municipalityCode,
    stage: 'live',
    stoppedReason: null,
    interestedOn: existing?.interestedOn ?? launched.launchedOn,
    decidedOn: existing?.decidedOn ?? launched.launchedOn,
    liveOn: launched.launchedOn,
    startedWith: existing?.startedWith ?? null,
  });
  await insertEvent(tx, {
    serviceId: service.id,
    municipalityCode: launched.municipalityCode,
    kind: 'stage-changed',
    stage: 'live',
    occurredOn: launched.launchedOn,
    note: 'De lokale marktplaats is gelanceerd op Samen.',
    recordedBy: launched.by,
  });
}
