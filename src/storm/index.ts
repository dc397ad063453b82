export { runStorms } from './run-storms.js';
export { OUTAGE_SCOPES, stormScenario } from './scenario.js';
export type { OutageScope, StormScenario } from './scenario.js';
