import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

export class FolderLockedError extends Error {
  override name = 'FolderLockedError';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one Postgres in this process: a second process on the same folder does not see the
 * first one's writes and the two overwrite each other's files. So the folder is claimed with a
 * lock file holding our process id; a lock of a process that no longer runs (kill -9) is taken over.
 * The lock lies beside the folder (`pglite.lock` next to `pglite/`), so a backup of the folder never
 * carries it.
 */
export function lockFolder(dir: string): () => void {
  const file = join(dirname(dir), `${basename(dir)}.lock`);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; host?: string; since?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // a half-written lock: treat as stale
      }
      const sameHost = !holder.host || holder.host === hostname();
      if (holder.pid && sameHost && isRunning(holder.pid)) {
        throw new FolderLockedError(
          `The data folder ${dir} is in use by another Samen process (pid ${holder.pid}, since ${holder.since}). ` +
            'Stop that process first, or give this one its own DATA_DIR.',
        );
      }
      if (holder.pid && !sameHost) {
        throw new FolderLockedError(
          `The data folder ${dir} is locked by process ${holder.pid} on host ${holder.host}. ` +
            `If that process no longer runs, remove ${file}.`,
        );
      }
      unlinkSync(file); // stale: its process is gone
    }
  }
  throw new FolderLockedError(`Could not lock the data folder ${dir}.`);
}
