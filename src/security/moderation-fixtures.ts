// The fixtures of the moderation tools in the authorization matrix: Gerrit (the world's spare
// person, none of the roles) takes part in both marketplaces, so that beheerders may warn and
// block him; before each case his blocks are lifted, so every role starts from the same state.
import { sql } from 'drizzle-orm';
import type { World } from './world';

export const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
export const MARKETPLACES = { utrecht: 'GM0344', rotterdam: 'GM0599' } as const;

const tookPart = new WeakMap<World, Promise<void>>();

async function expectOk<T>(what: string, answer: Promise<{ status: number; body: T }>): Promise<T> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`fixture: ${what} gave ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Gerrit's id, unblocked, with a request on both marketplaces (placed once per world). */
export async function spare(w: World): Promise<string> {
  await w.testApp.db.execute(
    sql`UPDATE marketplace_blocks SET lifted_at = now()
         WHERE account_id = ${w.accounts.spare.id} AND lifted_at IS NULL`,
  );
  let placed = tookPart.get(w);
  if (!placed) {
    placed = (async () => {
      for (const postcode of ['3521', '3011'])
        await expectOk(
          `spare's request ${postcode}`,
          w.as('spare').post('/help-requests', {
            title: `Wie helpt met de boodschappen? (${postcode})`,
            description: 'Ik zoek iemand die af en toe met mij boodschappen doet in de buurt.',
            category: 'boodschappen',
            postcode,
            when: { kind: 'flexible' },
          }),
        );
    })();
    tookPart.set(w, placed);
  }
  await placed;
  return w.accounts.spare.id;
}

/** A block of Gerrit in force, by the operator: on a marketplace, or (null) on the whole platform. */
export async function spareBlock(w: World, municipalityCode: string | null): Promise<string> {
  const account = await spare(w);
  const body = await expectOk<{ id: string }>(
    'block',
    w.as('operator').post('/moderation/blocks', {
      account,
      ...(municipalityCode ? { marketplace: municipalityCode } : {}),
      reason: 'Vervelende berichten',
      endsOn: inTwoWeeks(),
    }),
  );
  return body.id;
}
