import { z } from 'zod';
import type { FaultKind, StatusClass } from '../contract/index.js';
import type { EndpointFamily } from '../routing/index.js';

/** Where a route's requests really went. */
export const UPSTREAMS = ['live', 'mock'] as const;
export const UpstreamSchema = z.enum(UPSTREAMS);
export type Upstream = z.infer<typeof UpstreamSchema>;

/** What runs the error path's caller: the gate itself, the team's command, or a real gateway. */
export const DRIVERS = ['reference', 'command', 'gateway'] as const;
export const DriverSchema = z.enum(DRIVERS);
export type Driver = z.infer<typeof DriverSchema>;

/** The gateways the gateway driver starts; `command` is a user's command template. */
export const GATEWAY_KINDS = ['portkey', 'litellm', 'command'] as const;
export const GatewayKindSchema = z.enum(GATEWAY_KINDS);
export type GatewayKind = z.infer<typeof GatewayKindSchema>;

/** How a simulated outage fails the routes it takes down. */
export const OUTAGE_SHAPES = ['hard_down', 'throttle', 'partial'] as const;
export const OutageShapeSchema = z.enum(OUTAGE_SHAPES);
export type OutageShape = z.infer<typeof OutageShapeSchema>;

/** The request logs a recorded incident is read from. */
export const LOG_FORMATS = ['har', 'openai_debug', 'litellm', 'portkey'] as const;
export const LogFormatSchema = z.enum(LOG_FORMATS);
export type LogFormat = z.infer<typeof LogFormatSchema>;

/** A digest of generated text: enough to compare, never enough to read. */
export interface OutputDigest {
  sha256: string;
  length: number;
}

export interface HappyPathObservation {
  route: string;
  family: EndpointFamily;
  upstream: Upstream;
  /** Why this is not live evidence for the configured endpoint; null when it is. */
  environmentMismatch: string | null;
  requestId: string;
  requestIdSource: 'provider' | 'generated';
  startedAt: string;
  durationMs: number;
  httpStatus: number | null;
  statusClass: StatusClass;
  reason: string;
  output: OutputDigest | null;
  /**
   * The streaming smoke test, for routes that stream; null when the route does not. When it is
   * not usable while the plain answer is, the observation's own class and reason are the stream's.
   */
  stream?: StreamObservation | null;
}

/** The streaming variant of the smoke request: it must start, carry deltas and end properly. */
export interface StreamObservation {
  statusClass: StatusClass;
  reason: string;
  /** Text deltas received before the stream ended or broke. */
  deltas: number;
  httpStatus: number | null;
  requestId: string;
  requestIdSource: 'provider' | 'generated';
  durationMs: number;
  output: OutputDigest | null;
}

/** One request seen on the wire by a fault proxy (or the mock), in arrival order. */
export interface AttemptRecord {
  /** Which concurrent sample of the scenario this attempt belongs to (0-based). */
  sample: number;
  /** 1-based arrival order within the sample. */
  seq: number;
  route: string;
  /** Milliseconds since the sample started, from a monotonic clock. */
  atMs: number;
  /** How long the proxy took to finish this attempt (null when the caller gave up first). */
  durationMs: number | null;
  method: string;
  path: string;
  /** What the fault plan did with this attempt. */
  fault: FaultKind;
  /** Status the caller received; null for a reset, a hang, or a dropped connection. */
  status: number | null;
  /** The wait the answer announced through retry-after / retry-after-ms, in ms. */
  retryAfterMs: number | null;
  /** Retry bookkeeping headers the caller sent (x-stainless-retry-count, x-portkey-…). */
  retryHeaders: Record<string, string>;
  requestId: string | null;
  /** What the answer delivered was worth to the caller (a reset or a hang counts as retryable). */
  statusClass?: StatusClass | null;
  /** When the caller closed the connection without waiting for an answer (it gave up on a hang). */
  abandonedAfterMs?: number | null;
}

export type { FaultKind };

/** How a caller's request ended, as the caller saw it. */
export type CallerOutcome =
  | { kind: 'usable'; route: string | null }
  | { kind: 'controlled_failure'; reason: string }
  | { kind: 'hang'; afterMs: number }
  | { kind: 'unknown'; reason: string };

export interface ScenarioSample {
  sample: number;
  attempts: AttemptRecord[];
  outcome: CallerOutcome;
  /** Wall time of this caller request. */
  elapsedMs: number;
  /** When the sample started, on the gate's monotonic clock (to place stalls against attempts). */
  startedAtMs?: number;
}

/** The real gateway a scenario ran through (the gateway driver). */
export interface GatewayFacts {
  /** portkey, litellm, or command (a user's command template). */
  name: GatewayKind;
  /** As the gateway's install reports it; null when it does not say. */
  version: string | null;
  /**
   * per_sample: each sample's requests carried its own upstream URLs, samples ran at once;
   * sequential: the gateway reads one config, so samples ran one after another.
   */
  attribution: 'per_sample' | 'sequential';
  /** From launch until it answered HTTP; not counted against any caller. Null if never launched. */
  startupMs: number | null;
  /** What the run's copy of the config changed besides upstreams and keys. */
  configChanges: string[];
  /**
   * Upstream attempts the gate's reading of the config predicts for one request here (first
   * load-balance pick): set beside the observed count, a difference shows where the real gateway
   * does not do what the plan models.
   */
  planAttempts?: number;
  /** Sequential runs only: fresh gateways started after a caller gave up on a hung request. */
  restarts?: number;
}

/** One standard or user scenario run against one chain by one driver. */
export interface ScenarioObservation {
  scenario: string;
  chain: string;
  driver: Driver;
  /** With the gateway driver: which gateway, and how it ran. */
  gateway?: GatewayFacts;
  /** What a well-behaved stack does here, in one line. */
  expectation: string;
  samples: ScenarioSample[];
  wallMs: number;
  /** The longest wait the scenario itself forces (retry-after, hangs): the floor of its wall time. */
  longestMandatedWaitMs: number;
  /** Facts that could not be observed in this scenario. */
  evidenceGaps: string[];
  /** Standard scenario, or one from the config. */
  kind?: 'standard' | 'user';
  /** Outcomes that count as correct here. */
  allowedOutcomes?: ('usable' | 'controlled_failure')[];
  /** The primary never recovers in this scenario, so a fallback must be tried. */
  fallbackExpected?: boolean;
  /** Upstream attempts the declared policy makes here (virtual-time run of the plan). */
  declaredAttempts?: number;
  /** Backoff waits (not retry-after waits) the declared policy makes here. */
  declaredBackoffWaits?: number;
  /** The most the declared policy may wait here (jitter at its top): the floor's counterpart. */
  declaredCeilingMs?: number;
  /** How long each sample was allowed before it counted as a hang. */
  deadlineMs?: number;
  /** How well the gate could time this scenario; absent where it was not measured. */
  timing?: ScenarioTiming;
}

/** The disturbance measured while a scenario ran, and how its samples were scheduled. */
export interface ScenarioTiming {
  /** Longest stall of the gate's event loop beyond its 10 ms sampling interval, in ms. */
  eventLoopDelayMaxMs: number;
  /** 99th percentile of the same stalls, in ms. */
  eventLoopDelayP99Ms: number;
  /** Command driver: the longest a sample's process took to really start once it was asked for. */
  lateStartMaxMs: number | null;
  /** What any timing in this scenario may be off by: the larger of the two above. */
  disturbanceMs: number;
  /** Samples that ran at once: the worker pool's size for the command driver. */
  concurrency: number;
  /** 2 when the first run's timing verdicts sat inside its disturbance and it was run again. */
  runs: 1 | 2;
  /** The first run's disturbance when the scenario was run again; null otherwise. */
  firstRunDisturbanceMs: number | null;
  /**
   * When the gate's loop stalled during the scenario (monotonic clock), so each wait can be set
   * against the stalls that overlapped it. Not recorded in the ledger.
   */
  stalls?: { fromMs: number; toMs: number }[];
}

/** The retry-storm simulation of a population of callers against an outage. */
export interface StormResult {
  chain: string;
  seed: number;
  callers: number;
  outage: { shape: OutageShape; durationMs: number };
  /** Upstream attempts per caller request. */
  amplification: number;
  peakAttemptsPerSecond: number;
  baselinePeakAttemptsPerSecond: number;
  /** Time from the end of the outage until no retry is in flight. */
  drainMs: number;
  shares: { usable: number; controlledFailure: number; overBudget: number };
  /** Attempts per second over time, policy against a no-retry baseline. */
  series: { tSeconds: number; policy: number; baseline: number }[];
}

/** Everything the probe stage saw, handed to the judge. */
export interface Observations {
  happyPath: HappyPathObservation[];
  errorPath: ScenarioObservation[];
  storm: StormResult[];
}
