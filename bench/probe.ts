/**
 * Load-generator side of bench/queue.ts, run as its own fresh child process so the parent's large
 * heap (it just generated a million tickets) and its garbage collections do not add to the measured
 * latencies. Reads from stdin `{ url, warmup, requests: [{ key, path, token, body? }] }`, sends the GETs
 * (a POST of `body` as JSON where one is given)
 * one after another (warm-up first, unmeasured), and prints `[{ key, ms, rows }]` as JSON: the
 * time from sending each request to having its parsed JSON body. Any answer other than a 200 page
 * (or, for a POST, 200 counts) stops it with an error.
 */
import { performance } from 'node:perf_hooks';

interface Spec {
  url: string;
  warmup: number;
  requests: { key: string; path: string; token: string; body?: unknown }[];
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const spec = JSON.parse(input) as Spec;
const samples: { key: string; ms: number; rows: number }[] = [];
const sequence = [...spec.requests.slice(0, spec.warmup), ...spec.requests];
for (const [i, r] of sequence.entries()) {
  const started = performance.now();
  const response = await fetch(`${spec.url}${r.path}`, {
    method: r.body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${r.token}`, ...(r.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
  });
  const body = (await response.json()) as { items?: unknown[]; counts?: number[] };
  const ms = performance.now() - started;
  const rows = body.items ?? body.counts;
  if (response.status !== 200 || !Array.isArray(rows)) {
    process.stderr.write(`${r.body === undefined ? 'GET' : 'POST'} ${r.path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}\n`);
    process.exit(1);
  }
  if (i >= spec.warmup) samples.push({ key: r.key, ms, rows: rows.length });
}
process.stdout.write(JSON.stringify(samples));
