export {
  TIMELINE_ATTEMPTS,
  TIMELINE_SAMPLES,
  buildLedger,
  sealLedger,
  verdictRecord,
} from './build-ledger.js';
export { canonicalJson, integrityDigest } from './canonical-json.js';
export { consoleLines } from './console-safe.js';
export { appendHistoryLine } from './history.js';
export { ledgerRedactor } from './ledger-json-schema.js';
export { LEDGER_SCHEMA_VERSION, NOT_ASSERTED } from './ledger-schema.js';
export type { ChainRecord, LedgerEntry, RecordedRecord, ScenarioRecord } from './ledger-schema.js';
export { MergeError, mergeLedgers } from './merge.js';
export { renderOutputs } from './outputs.js';
export { createRedactor, runSecrets, secretsFromEnv, secretsFromUrls } from './redact.js';
export type { Redactor } from './redact.js';
export { consoleStyleFor, renderConsole } from './render-console.js';
export type { ConsoleStyle } from './render-console.js';
export { renderMarkdown } from './render-markdown.js';
export { NO_WORKFLOW_RUN, workflowRunFromEnv } from './run-context.js';
export type { RunContext } from './run-context.js';
export { leakReasons, verifyHistoryText, verifyLedgerText } from './verify.js';
