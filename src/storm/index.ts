export { runStorms } from './run-storms.js';
export { OUTAGE_SCOPES, OUTAGE_SHAPES, stormScenario } from './scenario.js';
export type { OutageScope, OutageShape, StormScenario } from './scenario.js';
