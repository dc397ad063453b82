import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type LoopDelay, RESOLUTION_MS, type Stall } from '../observations/index.js';

// How late this process's event loop ran while something was being timed. Node samples the
// loop with a timer every RESOLUTION_MS; a sample's delay beyond that interval is time in which
// no timer fired and no socket was read, so every moment the gate stamped in that window may be
// off by as much. The figures are the delays beyond the sampling interval, in milliseconds.

export interface DelayMonitor {
  /** Stops watching and reports; a window shorter than one sample reports 0. */
  stop(): LoopDelay;
}

export function startDelayMonitor(): DelayMonitor {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      if (histogram.count === 0) return { maxMs: 0, p99Ms: 0 };
      const beyond = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 10) / 10);
      return { maxMs: beyond(histogram.max), p99Ms: beyond(histogram.percentile(99)) };
    },
  };
}

/** Stalls shorter than this are timer jitter, not disturbance. */
const STALL_MIN_MS = 2;
const MAX_STALLS = 5_000;
let recorder: { timer: NodeJS.Timeout; users: number; stalls: Stall[] } | null = null;

/**
 * Records when the loop stalled, so a timing can be set against the stalls that overlapped it
 * rather than against the worst stall of the whole scenario. One sampler serves every scenario
 * running at once; it stops when the last one is done.
 */
export function startStallRecorder(): { stop(): Stall[] } {
  if (!recorder) {
    const stalls: Stall[] = [];
    let expected = performance.now() + RESOLUTION_MS;
    const timer = setInterval(() => {
      const now = performance.now();
      const late = now - expected;
      expected = now + RESOLUTION_MS;
      if (late >= STALL_MIN_MS) {
        stalls.push({ fromMs: now - late, toMs: now });
        if (stalls.length > MAX_STALLS) stalls.shift();
      }
    }, RESOLUTION_MS);
    timer.unref();
    recorder = { timer, users: 0, stalls };
  }
  const active = recorder;
  active.users += 1;
  const from = performance.now();
  return {
    stop() {
      const to = performance.now();
      const seen = active.stalls.filter((s) => s.toMs >= from && s.fromMs <= to);
      active.users -= 1;
      if (active.users === 0) {
        clearInterval(active.timer);
        if (recorder === active) recorder = null;
      }
      return seen;
    },
  };
}
