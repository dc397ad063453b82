export {
  DRIVERS,
  DriverSchema,
  GatewayKindSchema,
  LOG_FORMATS,
  LogFormatSchema,
  OUTAGE_SHAPES,
  OutageShapeSchema,
  UpstreamSchema,
} from './types.js';
export { RESOLUTION_MS, stallAround } from './timing.js';
export type { LoopDelay, Stall } from './timing.js';
export type {
  AttemptRecord,
  CallerOutcome,
  Driver,
  GatewayKind,
  LogFormat,
  OutageShape,
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
