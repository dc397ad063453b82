export { SMOKE_PROMPT_CLASS, buildSmokeRequest, checkSuccessBody } from './families.js';
export type { EndpointFamily } from './families.js';
export {
  FaultPlanError,
  HEALTHY,
  formatFaultPlan,
  formatFaultStep,
  parseFaultPlan,
  stepForAttempt,
} from './fault-plan.js';
export type { FaultKind, FaultPlan, FaultStep } from './fault-plan.js';
export { classifyBy, classifyHttpStatus, classifyNetworkFault } from './status-class.js';
export type { Classified, NetworkFault, StatusClass } from './status-class.js';
export { checkStream } from './stream-check.js';
export { ENDPOINT_FAMILIES, EndpointFamilySchema } from './families.js';
export { STATUS_CLASSES, StatusClassSchema } from './status-class.js';
