export { parseGatewaySpec } from './drivers/gateway-spec.js';
export type { GatewaySpec } from './drivers/gateway-spec.js';
export { takeBackWithheldEnv, withholdCredentialsFromCommands } from './drivers/scrub-environ.js';
export { probe } from './probe.js';
export type { ErrorPathSettings } from './probe.js';
export { STANDARD_SCENARIO_NAMES, ScenarioSelectionError } from './scenarios.js';
export type { UpstreamMode } from './upstream.js';
export { UPSTREAM_MODES } from './upstream.js';
