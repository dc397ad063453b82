export { defaultBudget } from './adapter-common.js';
export { OWN_CONFIG, credentialVerdict } from './credential-gate.js';
export type { CredentialTrust } from './credential-gate.js';
export { deploymentName } from './litellm-routes.js';
export { loadPlan } from './load.js';
export { renderPlanJson, renderPlanText } from './render-plan.js';
export { planLoadOptions, runPlanStage } from './stage.js';
export { faultPlanFromText } from './user-fault-plan.js';
