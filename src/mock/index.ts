export { playFault } from './play-fault.js';
export type { HealthyAnswer } from './play-fault.js';
export { readRequestBody } from './read-body.js';
export { startMockProvider } from './server.js';
export type { MockProvider } from './server.js';
export { runStandaloneMock } from './standalone.js';
