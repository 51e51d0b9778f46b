/**
 * `npm run bench`: runs the foundation's benchmarks — ticket creation against its floor
 * (bench/ticket-create.ts) and the queue page and full-text search over a large ticket base
 * (bench/queue.ts) — or the one named first, with its own flags:
 *
 *   npm run bench
 *   npm run bench -- ticket-create --duration 10
 *   npm run bench -- queue --tickets 100000 --dialect sqlite
 *
 * Any other bench/<name>.ts is run in a child process the same way (`npm run bench -- <name> …`).
 * Exits 0 when every bar is met, 1 when one is missed, 2 when a benchmark fails to run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runQueue } from './queue.js';
import { runTicketCreate } from './ticket-create.js';
import { ROOT } from './lib.js';

const BUILT_IN: Record<string, (argv: string[]) => Promise<boolean>> = {
  'ticket-create': runTicketCreate,
  queue: runQueue,
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith('--')) {
    let ok = true;
    for (const [name, run] of Object.entries(BUILT_IN)) {
      console.log(`\n=== ${name}`);
      ok = (await run(argv)) && ok;
    }
    return ok ? 0 : 1;
  }
  const builtIn = BUILT_IN[first];
  if (builtIn) return (await builtIn(rest)) ? 0 : 1;
  const file = path.join(ROOT, 'bench', `${first}.ts`);
  if (!/^[\w-]+$/.test(first) || !fs.existsSync(file)) {
    console.error(`Unknown benchmark "${first}". Built in: ${Object.keys(BUILT_IN).join(', ')}; or the name of a bench/<name>.ts file.`);
    return 2;
  }
  const child = spawnSync(process.execPath, ['--import', 'tsx', file, ...rest], { cwd: ROOT, stdio: 'inherit' });
  return child.status ?? 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
