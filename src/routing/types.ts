// The routing plan: what the gate understood from a config file, in one shape whatever the
// source format. Every later stage reads only this.

import { z } from 'zod';
import type { EndpointFamily } from '../contract/index.js';
import type { SourcePosition } from '../common/index.js';

export type { EndpointFamily, SourcePosition };

export const CONFIG_FORMATS = ['native', 'litellm', 'portkey'] as const;
export const ConfigFormatSchema = z.enum(CONFIG_FORMATS);
export type ConfigFormat = z.infer<typeof ConfigFormatSchema>;

export interface Route {
  name: string;
  family: EndpointFamily;
  /** OpenAI-style base URL, including any version prefix (`https://host/v1`). */
  baseUrl: string;
  model: string;
  /** Name of the environment variable holding the credential; never the credential itself. */
  apiKeyEnv: string | null;
  /** Per-attempt deadline; null when the config sets none (a static finding). */
  timeoutMs: number | null;
  /** Also smoke-test the streaming variant of the endpoint. */
  stream: boolean;
  at: SourcePosition;
}

export const JITTERS = ['none', 'full', 'equal'] as const;
export const JitterSchema = z.enum(JITTERS);
export type Jitter = z.infer<typeof JitterSchema>;

export interface RetryPolicy {
  /** Total attempts including the first one; 1 means "no retries". */
  maxAttempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  multiplier: number;
  jitter: Jitter;
  /** HTTP statuses that are retried. */
  retryOnStatuses: number[];
  /** Connection refused or reset, and per-attempt timeouts. */
  retryOnNetworkErrors: boolean;
  honourRetryAfter: boolean;
  /** Stop retrying once this much time has passed since the first attempt; null is unbounded. */
  maxElapsedMs: number | null;
  at: SourcePosition;
}

/**
 * What a chain sends to: a single route, or a group tried in order (fallback) or spread
 * (loadbalance). Groups nest, as Portkey targets do. Each node may retry on its own.
 */
export type Target =
  | { kind: 'route'; route: string; retry: RetryPolicy | null; at: SourcePosition }
  | {
      kind: 'fallback' | 'loadbalance';
      targets: Target[];
      retry: RetryPolicy | null;
      at: SourcePosition;
    };

/** A retry layer stacked on top of a whole chain, such as the client SDK in front of a gateway. */
export interface RetryLayer {
  name: string;
  retry: RetryPolicy;
  at: SourcePosition;
}

export interface Chain {
  name: string;
  /** Outermost first: each layer re-runs everything inside it. */
  layers: RetryLayer[];
  target: Target;
  at: SourcePosition;
}

export interface Budget {
  maxAttemptsPerRequest: number;
  maxElapsedMs: number | null;
  /** Upstream attempts per caller request under a full outage (the storm figure). */
  maxAmplification: number | null;
  at: SourcePosition;
}

export interface Owners {
  operatorInitials: string | null;
  followUpOwner: string | null;
  /** Ledger evidence fields that must be filled; absent means the gate's default. */
  required?: ('operator_initials' | 'follow_up_owner' | 'evidence_links')[];
}

export interface RoutingPlan {
  file: string;
  format: ConfigFormat;
  /** sha256 of the config bytes, so a ledger names exactly what was checked. */
  digest: string;
  routes: Route[];
  chains: Chain[];
  budget: Budget;
  owners: Owners;
  /** User-defined error-path scenarios (the standard ones are always run). */
  scenarios: ScenarioSpec[];
  /** Keys the source format has but the gate does not model: reported, never silently dropped. */
  unsupported: UnsupportedKey[];
  /** Problems the reader saw while building the plan (cycles, cut-off fallbacks). */
  readFindings?: Finding[];
}

export interface UnsupportedKey {
  key: string;
  at: SourcePosition;
  /** Why the gate does not model it, or what it assumes instead. */
  reason?: string;
  /** A key the gate does model that this one is close to: probably a typo. */
  didYouMean?: string;
}

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem visible in the config without sending a request. */
export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  fix: string;
  at: SourcePosition;
}

/** A user-defined error-path scenario: a fault plan per route (in the fault plan language). */
export interface ScenarioSpec {
  name: string;
  /** The chain it runs against; null means every chain. */
  chain: string | null;
  /** Route name → fault plan text; routes not named stay healthy. */
  faults: Record<string, string>;
  /** What the caller must end with for the scenario to pass. */
  expect: 'usable' | 'controlled_failure';
  at: SourcePosition;
}

/** What a pull request changes, compared with the base version of the config. */
export interface ChangeSummary {
  baseDigest: string;
  headDigest: string;
  routesAdded: string[];
  routesRemoved: string[];
  hostsAdded: string[];
  hostsRemoved: string[];
  modelsChanged: { route: string; from: string; to: string }[];
  retryPoliciesChanged: string[];
  budgetChanged: boolean;
  /** The kinds of change present, for spotting a change that mixes a fix with a migration. */
  touches: ('routing' | 'hosts' | 'models' | 'retry_policy' | 'budget')[];
  mixedScope: boolean;
}

/** The plan stage's static result: findings (no request sent) and the change against the base. */
export interface PlanAnalysis {
  findings: Finding[];
  change: ChangeSummary | null;
  /** The static worst case of each chain, in plan order. */
  chains?: ChainWorstCase[];
}

/** What a full outage costs one caller request through a chain, computed from the config alone. */
export interface ChainWorstCase {
  chain: string;
  /** Distinct routes in the order a full outage reaches them. */
  routeOrder: string[];
  attempts: number;
  /** Timeouts plus backoff ceilings; null when some attempt has no timeout (unbounded). */
  elapsedMs: number | null;
  /** Run-length attempt order, such as `primary×3 → backup×3`. */
  attemptOrder: string;
}
