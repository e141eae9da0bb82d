// The demo data as a second check on false flags: about 3,000 posts, responses, messages and
// initiatives written for the demo by others, before the screening existed. Run:
//   npx tsx src/modules/screening/evaluation/demo-data.ts
// It prints every text that would not be published as it is (two demo posts are meant to wait).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../core/paths';
import { screen, type TextKind, type TextParts } from '../screen';

const seed = (file: string) => JSON.parse(readFileSync(join(projectRoot, 'src/seed', file), 'utf8'));
let texts = 0;
let flagged = 0;
function check(what: string, parts: TextParts, kind: TextKind) {
  texts += 1;
  const verdict = screen(parts, { kind });
  if (verdict.outcome === 'publish') return;
  flagged += 1;
  console.log(`${what}: ${verdict.outcome} ${verdict.reasons.map((r) => `${r.code} "${r.spans[0]?.text ?? ''}"`)}`);
}

for (const file of ['marketplace-demo/utrecht-rotterdam.json', 'marketplace-demo/regio.json']) {
  for (const post of seed(file).posts) {
    check(post.key, { title: post.title, description: post.description, 'when.text': post.when?.text }, post.kind);
    for (const response of post.responses ?? []) {
      check(`${post.key} response`, { message: response.message }, 'response');
      for (const message of response.conversation ?? [])
        check(`${post.key} message`, { body: message.body }, 'message');
    }
  }
}
const innovation = seed('innovation-demo.json');
for (const initiative of Array.isArray(innovation) ? innovation : (innovation.initiatives ?? [])) {
  const { title, summary, goal, benefit, approach, milestones, results } = initiative;
  check(`initiative ${title}`, { title, summary, goal, benefit, approach, milestones, results }, 'initiative');
}
console.log(`demo data: ${texts} texts, ${flagged} not published as they are`);
