import { main } from './backup-restore';

const USAGE = `usage: npm run restore -- <file> [--force]

Restores a backup made with npm run backup:
  DATABASE_URL set     pg_restore --clean --if-exists in one transaction into that database;
                       refused when it already has tables, unless --force
  DATABASE_URL unset   into DATA_DIR/pglite (DATA_DIR default ./data); refused when that folder is
                       not empty, unless --force (the old folder is then kept beside it);
                       stop Samen first: the folder is locked while it runs
Exit codes: 0 restored, 1 failed, 2 wrong arguments. See docs/operations.md.`;

process.exit(await main('restore', USAGE));
