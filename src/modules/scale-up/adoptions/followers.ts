import { defineMessages } from '../../../core/i18n';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../core/context';
import { type Executor, select } from '../../../core/db';
import type { NotificationData, NotificationKind } from '../../../core/notifications';
import { municipalityByCode } from '../../municipalities';
import { notify } from '../../notifications';
import type { Stage } from '../rules';
import { serviceById } from '../services/queries';

export const SERVICE_NEWS = 'scaleUp.service-news';

const text = (data: NotificationData, key: string) => String(data[key] ?? '');

/** Officials hear, weekly by default, where other municipalities are with a service theirs follows. */
export const scaleUpNotificationKinds: NotificationKind[] = [
  {
    kind: SERVICE_NEWS,
    half: 'opschalen',
    defaultFrequency: 'weekly',
    labelKey: 'scaleUp.notify.kind',
    render: (t, d) => ({
      title: t('scaleUp.notify.title', { municipality: text(d, 'municipality'), service: text(d, 'title') }),
      body: t('scaleUp.notify.body', { stage: t(`scaleUp.stage.${text(d, 'stage')}`) }),
    }),
  },
];

/**
 * The people who work for a municipality that follows the service (it has a trajectory for it
 * that has not stopped), other than the municipality that changed.
 */
function followersOf(db: Executor, serviceId: string, exceptMunicipality: string) {
  return select(
    db,
    z.object({ accountId: z.string(), municipalityCode: z.string() }),
    sql`SELECT DISTINCT ms.account_id AS "accountId", o.municipality_code AS "municipalityCode"
          FROM adoptions ad
          JOIN organisations o ON o.municipality_code = ad.municipality_code AND o.type = 'gemeente'
          JOIN memberships ms ON ms.organisation_id = o.id
         WHERE ad.service_id = ${serviceId} AND ad.stage <> 'stopped'
           AND ad.municipality_code <> ${exceptMunicipality}`,
  );
}

/** A municipality moved to another stage of a service: the others that follow it hear. */
export async function tellFollowers(
  tx: Executor,
  ctx: Pick<AppContext, 'config' | 'clock'>,
  change: { serviceId: string; municipalityCode: string; stage: Stage },
): Promise<void> {
  const [service, municipality] = await Promise.all([
    serviceById(tx, change.serviceId),
    municipalityByCode(tx, change.municipalityCode),
  ]);
  if (!service || !municipality) return;
  const followers = await followersOf(tx, change.serviceId, change.municipalityCode);
  await notify(
    tx,
    ctx,
    SERVICE_NEWS,
    followers.map((follower) => ({
      accountId: follower.accountId,
      eventKey: `${change.serviceId}:${change.municipalityCode}:${change.stage}`,
      path: `/opschalen/voorzieningen/${service.slug}`,
      municipalityCode: follower.municipalityCode,
      data: { title: service.name, municipality: municipality.name, stage: change.stage },
    })),
  );
}

export const followerMessages = defineMessages(
  {
    'scaleUp.notify.kind': 'Een andere gemeente is verder met een voorziening die mijn gemeente volgt',
    'scaleUp.notify.title': '{municipality} en "{service}"',
    'scaleUp.notify.body': 'Deze gemeente is nu in de fase "{stage}". Kijk op de kaart wie er nog meer mee bezig is.',
  },
  {
    'scaleUp.notify.kind': 'Another municipality moved on with a service my municipality follows',
    'scaleUp.notify.title': '{municipality} and "{service}"',
    'scaleUp.notify.body': 'This municipality is now at the stage "{stage}". See on the map who else is working on it.',
  },
);
