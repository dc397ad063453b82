export { backoffCeiling, waitBeforeRetry, waitBounds } from './backoff.js';
export type { Random } from './backoff.js';
export { fallbackRoutes, headRoutes } from './groups.js';
export { PolicyRun, compileChain } from './policy-run.js';
export type { AttemptOutcome, PolicyContext, PolicyObserver, PolicyStep } from './policy-run.js';
export { seededRandom } from './random.js';
export { replayPolicy } from './replay.js';
export type { Replay } from './replay.js';
export { parseRetryAfter } from './retry-after.js';
export {
  attemptSequence,
  describeSequence,
  isSaturated,
  routeOrder,
  worstCaseChainAttempts,
  worstCaseChainElapsedMs,
} from './worst-case.js';
