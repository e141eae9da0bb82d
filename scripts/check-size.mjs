// Keeps the code readable: no source file over 400 lines, no line over 120 characters (the
// formatter's width; it cannot break long strings or SQL, so this check catches what it leaves).
// Data (JSON, CSV, SQL migrations, SVG) is not source. Part of `npm run lint`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX_LINES = 400;
const MAX_WIDTH = 120;
const SOURCE = /\.(ts|tsx|mjs|cjs|js|css)$/;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => SOURCE.test(file) && !file.startsWith('public/'));

const problems = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the work tree
  }
  const lines = text.split('\n');
  if (lines.length > MAX_LINES + 1) problems.push(`${file}: ${lines.length} lines (at most ${MAX_LINES})`);
  lines.forEach((line, index) => {
    if (line.length > MAX_WIDTH)
      problems.push(`${file}:${index + 1}: ${line.length} characters (at most ${MAX_WIDTH})`);
  });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`check-size: ${problems.length} problems in ${files.length} files`);
  process.exit(1);
}
console.log(`check-size: ${files.length} source files, none over ${MAX_LINES} lines or ${MAX_WIDTH} characters wide`);
