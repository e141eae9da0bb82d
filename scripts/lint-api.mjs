// Lints our OpenAPI document with the official NLGov API Design Rules ruleset (Logius, CC BY 4.0).
// The ruleset is read from ../shared/data, not copied into the project; without it this step says
// so and is skipped. Fails on any error-severity finding.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ruleset = resolve(process.env.ADR_RULESET ?? join(root, '../shared/data/adr-spectral-ruleset.yaml'));
if (!existsSync(ruleset)) {
  console.log(
    `lint-api: skipped — the NLGov ADR ruleset is not at ${ruleset} ` +
      '(it lives in ../shared/data; set ADR_RULESET to lint elsewhere)',
  );
  process.exit(0);
}
const spec = join(mkdtempSync(join(tmpdir(), 'samen-openapi-')), 'openapi.json');
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run(join(root, 'node_modules/.bin/tsx'), ['scripts/export-openapi.ts', spec]) !== 0) process.exit(1);
const status = run(join(root, 'node_modules/.bin/spectral'), ['lint', '--fail-severity', 'error', '-r', ruleset, spec]);
console.log(
  status === 0
    ? 'lint-api: 0 errors under the NLGov ADR ruleset'
    : 'lint-api: the OpenAPI document breaks the NLGov ADR ruleset (see above)',
);
process.exit(status);
