// A binary min-heap of timed events, each naming a caller (an integer). Ties are broken by
// insertion order, so events at the same virtual instant always run in the same order and a
// simulation replays exactly. Kept in typed arrays: a storm pushes millions of events.

export class EventQueue {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private values = new Int32Array(1024);
  private count = 0;
  private nextSeq = 0;

  get size(): number {
    return this.count;
  }

  push(atMs: number, value: number): void {
    if (this.count === this.times.length) this.grow();
    const { times, seqs, values } = this;
    const seq = this.nextSeq++;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < atMs || (pt === atMs && seqs[parent]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      values[i] = values[parent]!;
      i = parent;
    }
    times[i] = atMs;
    seqs[i] = seq;
    values[i] = value;
  }

  /** The time of the earliest event; only meaningful when size > 0. */
  peekTime(): number {
    return this.times[0]!;
  }

  /** Removes the earliest event and returns its value; call only when size > 0. */
  pop(): number {
    const { times, seqs, values } = this;
    const top = values[0]!;
    const n = --this.count;
    if (n === 0) return top;
    const lastTime = times[n]!;
    const lastSeq = seqs[n]!;
    const lastValue = values[n]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (
        right < n &&
        (times[right]! < times[left]! ||
          (times[right] === times[left] && seqs[right]! < seqs[left]!))
      ) {
        child = right;
      }
      const ct = times[child]!;
      if (ct > lastTime || (ct === lastTime && seqs[child]! > lastSeq)) break;
      times[i] = ct;
      seqs[i] = seqs[child]!;
      values[i] = values[child]!;
      i = child;
    }
    times[i] = lastTime;
    seqs[i] = lastSeq;
    values[i] = lastValue;
    return top;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    const seqs = new Float64Array(size);
    const values = new Int32Array(size);
    times.set(this.times);
    seqs.set(this.seqs);
    values.set(this.values);
    this.times = times;
    this.seqs = seqs;
    this.values = values;
  }
}
