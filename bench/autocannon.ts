import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../src/core/paths';

/** autocannon in its own process, so the load generator does not share the server's event loop. */
export function autocannon(
  url: string,
  seconds: number,
  connections: number,
  headers: Record<string, string> = {},
): Promise<{ rps: number; medianMs: number; non2xx: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(projectRoot, 'node_modules/.bin/autocannon'),
      [
        '-c',
        String(connections),
        '-d',
        String(seconds),
        ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]),
        '-j',
        url,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', () => {
      try {
        const result = JSON.parse(out) as { requests: { average: number }; latency: { p50: number }; non2xx: number };
        resolve({ rps: result.requests.average, medianMs: result.latency.p50, non2xx: result.non2xx });
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** A two-second warm-up, then the measured run; any answer other than 2xx fails the benchmark. */
export async function load(url: string, seconds: number, connections: number, headers: Record<string, string> = {}) {
  await autocannon(url, 2, connections, headers);
  const result = await autocannon(url, seconds, connections, headers);
  if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx responses from ${url}`);
  return result;
}
