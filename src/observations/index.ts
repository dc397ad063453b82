export { RESOLUTION_MS, stallAround } from './timing.js';
export type { LoopDelay, Stall } from './timing.js';
export type {
  AttemptRecord,
  CallerOutcome,
  GatewayFacts,
  HappyPathObservation,
  Observations,
  OutputDigest,
  ScenarioObservation,
  ScenarioSample,
  ScenarioTiming,
  StormResult,
  StreamObservation,
  Upstream,
} from './types.js';
