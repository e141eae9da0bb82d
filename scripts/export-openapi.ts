// Writes the OpenAPI document to a file (or stdout), built from the zod schemas without a database.
import { writeFileSync } from 'node:fs';
import { createApi } from '../src/app';
import { loadConfig } from '../src/config';

const config = loadConfig({
  NODE_ENV: 'test',
  PUBLIC_URL: process.env.PUBLIC_URL ?? 'https://samen.example.nl',
  DEV_MAIL: 'true',
});
const json = JSON.stringify(createApi(config).document, null, 2);
const target = process.argv[2];
if (target) writeFileSync(target, json);
else process.stdout.write(json);
