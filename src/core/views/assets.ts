import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';

/** The build writes a content hash of the assets; pages link to ?v=<hash> so caches refresh on change. */
export function readAssetVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'public/assets/manifest.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'dev';
  }
}
