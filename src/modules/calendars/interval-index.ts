/**
 * The searchable form of a run of open intervals: typed arrays of starts, ends and running totals
 * of open time, plus two bucket indexes (by instant and by running total) that narrow each binary
 * search to about one interval. Lookups allocate nothing.
 *
 * Bucket widths are powers of two so that multiplying by their reciprocal is exact and a value
 * never lands in the wrong bucket through rounding.
 */

// 2^26 ms ≈ 18.6 hours: at most a few intervals per bucket for any sensible calendar.
const TIME_SCALE = 2 ** -26;

export class IntervalIndex {
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Open ms from the start of the run to the end of interval i. */
  readonly totals: Float64Array;
  /** timeBuckets[b]: the first interval ending after runFrom + b bucket widths. */
  private readonly timeBuckets: Int32Array;
  /** totalBuckets[b]: the first interval whose running total reaches b bucket widths. */
  private readonly totalBuckets: Int32Array;
  private readonly totalScale: number;

  /** `flat` holds sorted, disjoint [start, end, …] within [runFrom, runTo]. */
  constructor(flat: readonly number[], readonly runFrom: number, readonly runTo: number) {
    this.count = flat.length / 2;
    this.starts = new Float64Array(this.count);
    this.ends = new Float64Array(this.count);
    this.totals = new Float64Array(this.count);
    let total = 0;
    for (let i = 0; i < this.count; i++) {
      this.starts[i] = flat[2 * i];
      this.ends[i] = flat[2 * i + 1];
      total += this.ends[i] - this.starts[i];
      this.totals[i] = total;
    }
    // An empty run has NaN bounds; it still gets a valid (unused) bucket array.
    const span = runTo - runFrom >= 0 ? runTo - runFrom : 0;
    this.timeBuckets = bucketize(Math.ceil(span * TIME_SCALE) + 2, (b) => runFrom + b / TIME_SCALE, this.ends, (end, at) => end <= at);
    // About one interval per bucket of running total.
    this.totalScale = 1 / 2 ** Math.ceil(Math.log2(Math.max(1, total / Math.max(1, this.count))));
    this.totalBuckets = bucketize(Math.floor(total * this.totalScale) + 2, (b) => b / this.totalScale, this.totals, (sum, at) => sum < at);
  }

  /** Index of the first interval ending after `t` (count if none); runFrom <= t <= runTo. */
  firstEndingAfter(t: number): number {
    const ends = this.ends;
    const b = ((t - this.runFrom) * TIME_SCALE) | 0;
    let lo = this.timeBuckets[b];
    let hi = this.timeBuckets[b + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Open ms from the start of the run up to `t`; runFrom <= t <= runTo. */
  openBefore(t: number): number {
    const i = this.firstEndingAfter(t);
    if (i === this.count) return i === 0 ? 0 : this.totals[i - 1];
    return this.totals[i] - (this.ends[i] - Math.max(t, this.starts[i]));
  }

  /**
   * The instant at which `ms` open time has passed since `from` (runFrom <= from < runTo), starting
   * at the next opening when `from` is closed; NaN when the run ends first.
   */
  add(from: number, ms: number): number {
    const n = this.count;
    const totals = this.totals;
    const i = this.firstEndingAfter(from);
    if (i === n) return NaN;
    const start = from > this.starts[i] ? from : this.starts[i];
    if (ms === 0) return start;
    const target = totals[i] - (this.ends[i] - start) + ms;
    if (target > totals[n - 1]) return NaN;
    const b = (target * this.totalScale) | 0;
    // The answer is never before interval i, even if rounding put the target on its boundary.
    let lo = Math.max(this.totalBuckets[b], i);
    let hi = Math.max(Math.min(this.totalBuckets[b + 1], n - 1), lo);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (totals[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return this.ends[lo] - (totals[lo] - target);
  }

  /**
   * The instant `ms` open time before `to` (runFrom <= to <= runTo), counting back from the previous
   * closing when `to` is closed; an exact fit lands on an opening, not on the closing before it.
   * NaN when the run starts first.
   */
  subtract(to: number, ms: number): number {
    const totals = this.totals;
    let j = this.firstEndingAfter(to);
    // `to` inside interval j counts from itself; otherwise from the end of the interval before it.
    if (!(j < this.count && this.starts[j] < to)) j -= 1;
    if (j < 0) return NaN;
    const end = to < this.ends[j] ? to : this.ends[j];
    if (ms === 0) return end;
    const target = totals[j] - (this.ends[j] - end) - ms;
    if (target < 0) return NaN;
    // The first interval whose running total passes the target holds the answer.
    const b = (target * this.totalScale) | 0;
    let lo = Math.min(this.totalBuckets[b], j);
    let hi = Math.min(this.totalBuckets[b + 1], j);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (totals[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.ends[lo] - (totals[lo] - target);
  }
}

/** For each bucket b < size, the first index whose value is not yet past the bucket's edge. */
function bucketize(size: number, edge: (b: number) => number, values: Float64Array, before: (value: number, at: number) => boolean): Int32Array {
  const buckets = new Int32Array(size);
  let i = 0;
  for (let b = 0; b < size; b++) {
    const at = edge(b);
    while (i < values.length && before(values[i], at)) i++;
    buckets[b] = i;
  }
  return buckets;
}

/** The index of a run with no compiled years: every range test against NaN fails. */
export const NO_INTERVALS = new IntervalIndex([], NaN, NaN);
