import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlDir } from './page-states';

/**
 * The W3C Nu HTML checker (vnu-jar, Java 17) on the HTML of every page state the other browser
 * tests kept (page-states.ts), in Dutch and English: one run of the checker for all of them, as
 * starting Java takes a while. e2e/sequencer.ts runs this file last.
 */
const VNU = join(import.meta.dirname, '..', 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

describe('Every page state is valid HTML (W3C Nu HTML checker)', () => {
  it('reports no errors on the HTML of every page state, in Dutch and English', (context) => {
    const dir = htmlDir();
    const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')) : [];
    // Run alone, no other file has kept any page: there is nothing to check.
    if (files.length === 0) return context.skip('no page states were kept in this run (run it with the axe tests)');
    expect(existsSync(VNU), `no checker at ${VNU} (npm install)`).toBe(true);
    const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--stdout', '--exit-zero-always', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'could not start java (Java 17 is needed for vnu-jar)').toBeUndefined();
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map(
        (message) =>
          `${message.url?.split('/').pop()}:${message.lastLine ?? '?'}: ${message.message}` +
          (message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ').slice(0, 160)}` : ''),
      );
    expect(errors, `${errors.length} errors in ${files.length} pages`).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });
});
