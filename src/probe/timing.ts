import { monitorEventLoopDelay } from 'node:perf_hooks';

// How late this process's event loop ran while something was being timed. Node samples the
// loop with a timer every RESOLUTION_MS; a sample's delay beyond that interval is time in which
// no timer fired and no socket was read, so every moment the gate stamped in that window may be
// off by as much. The figures are the delays beyond the sampling interval, in milliseconds.

export const RESOLUTION_MS = 10;

export interface LoopDelay {
  /** The longest stall seen: the most any timing in the window may be off by. */
  maxMs: number;
  /** The 99th percentile stall: how late the loop ran most of the time. */
  p99Ms: number;
}

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
