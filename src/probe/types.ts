import type { StatusClass } from '../contract/status-class.js';
import type { EndpointFamily } from '../plan/types.js';

/** Where a route's requests really went. */
export type Upstream = 'live' | 'mock';

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
}
