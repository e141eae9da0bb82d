import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPglite } from './db';
import { FolderLockedError, lockFolder } from './folder-lock';

describe('one process per PGlite data folder', () => {
  it('refuses a second opening of the folder, naming the process that has it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'samen-lock-')), 'pglite');
    const first = await openPglite(dir);
    await expect(openPglite(dir)).rejects.toThrowError(
      new RegExp(`in use by another Samen process \\(pid ${process.pid}`),
    );
    await first.close();
    // Closed: the next one may open it.
    const again = await openPglite(dir);
    await again.close();
  });

  it('takes over the lock of a process that was killed', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'samen-lock-')), 'pglite');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const pid = child.pid as number;
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid, since: 'earlier' }));
    expect(() => lockFolder(dir)).toThrowError(FolderLockedError);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const release = lockFolder(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
