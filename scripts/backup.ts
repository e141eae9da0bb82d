import { main } from './backup-restore';

const USAGE = `usage: npm run backup -- <file> [--force]

Writes a backup of Samen's database to <file>:
  DATABASE_URL set     pg_dump --format=custom of that database (Samen may keep running)
  DATABASE_URL unset   PGlite's data folder in DATA_DIR (default ./data) as a .tar.gz;
                       stop Samen first: the folder is locked while it runs
--force overwrites an existing <file>. Exit codes: 0 written, 1 failed, 2 wrong arguments.
See docs/operations.md.`;

process.exit(await main('backup', USAGE));
