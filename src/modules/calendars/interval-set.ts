/**
 * Sets of half-open instant intervals stored flat as [start0, end0, start1, end1, …], sorted and
 * disjoint. Touching intervals are merged so every stored end is a real closing time.
 */

/** Appends [start, end) to a sorted flat list, merging it into the last interval when they touch. */
export function pushInterval(out: number[], start: number, end: number): void {
  if (end <= start) return;
  const n = out.length;
  if (n > 0 && start <= out[n - 1]) {
    if (end > out[n - 1]) out[n - 1] = end;
    return;
  }
  out.push(start, end);
}

/** `a` without any time in `b`; both sorted and disjoint. */
export function subtractIntervals(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let start = a[i];
    const end = a[i + 1];
    while (j < b.length && b[j + 1] <= start) j += 2;
    for (let k = j; k < b.length && b[k] < end; k += 2) {
      pushInterval(out, start, b[k]);
      start = Math.max(start, b[k + 1]);
    }
    pushInterval(out, start, end);
  }
  return out;
}

/** Everything in `a` or `b`; both sorted and disjoint. */
export function unionIntervals(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && a[i] <= b[j]);
    if (takeA) {
      pushInterval(out, a[i], a[i + 1]);
      i += 2;
    } else {
      pushInterval(out, b[j], b[j + 1]);
      j += 2;
    }
  }
  return out;
}
