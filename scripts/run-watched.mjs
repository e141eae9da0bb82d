// Runs a command and stops it (with everything it started) when it has printed nothing for
// --quiet minutes: then it exits 124, as timeout(1) does. For CI (.ci/run): a test process that
// hangs stops printing, while a slow but healthy run keeps printing a line per test file.
// (A fixed time limit on the whole suite stopped healthy runs on a slow machine: docs/architecture.md.)
// Usage: node scripts/run-watched.mjs --quiet 10 -- npm test
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const separator = process.argv.indexOf('--');
const quietIndex = process.argv.indexOf('--quiet');
const quietMinutes = quietIndex > 0 && quietIndex < separator ? Number(process.argv[quietIndex + 1]) : 10;
const [command, ...args] = process.argv.slice(separator + 1);
if (separator < 0 || !command || !(quietMinutes > 0)) {
  console.error('Usage: node scripts/run-watched.mjs [--quiet MINUTES] -- command [args…]');
  process.exit(2);
}

// Its own process group, so that stopping it stops the test workers and browsers it started.
const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], detached: true });
let silent;
const watch = () => {
  clearTimeout(silent);
  silent = setTimeout(() => {
    console.error(`\nrun-watched: nothing printed for ${quietMinutes} minutes; stopping ${command} ${args.join(' ')}`);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    process.exit(124);
  }, quietMinutes * 60_000);
};
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  from.on('data', (chunk) => {
    to.write(chunk);
    watch();
  });
}
watch();
child.on('exit', (code, signal) => {
  clearTimeout(silent);
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
