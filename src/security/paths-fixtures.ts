// Fixtures of the paths of issue 14 for the authorization matrix: Gemeente Rotterdam co-developing
// the fixture initiative (or not), and one conversation about it between Ahmed (otherOfficial,
// Rotterdam) and Marieke (official), its contact person.
import type { World } from './world';

const conversations = new WeakMap<World, Promise<string>>();

/** Gemeente Rotterdam (otherOfficial's) co-develops the fixture initiative, or takes no part in it. */
export async function rotterdamCoDevelops(w: World, coDevelops: boolean): Promise<void> {
  const path = `/initiatives/${w.initiative}/participants`;
  await w.as('operator').delete(`${path}/${w.org.gemeenteRotterdam}`);
  if (coDevelops) {
    const joined = await w.as('operator').post(path, { municipality: 'GM0599', role: 'co-developer' });
    if (joined.status !== 201) throw new Error(`fixture: co-developer gave ${joined.status}`);
  }
}

/** Ahmed's conversation with Marieke about the fixture initiative (begun once, through the API). */
export function initiativeConversation(w: World): Promise<string> {
  let conversation = conversations.get(w);
  if (!conversation) {
    conversation = w
      .as('otherOfficial')
      .post(`/initiatives/${w.initiative}/conversations`, { message: 'Zullen we ervaringen delen?' })
      .then((started) => {
        if (started.status !== 201 && started.status !== 200)
          throw new Error(`fixture: conversation gave ${started.status}: ${JSON.stringify(started.body)}`);
        return started.body.id as string;
      });
    conversations.set(w, conversation);
  }
  return conversation;
}
