export { TIMELINE_ATTEMPTS, TIMELINE_SAMPLES, buildLedger, verdictRecord } from './build-ledger.js';
export { canonicalJson, integrityDigest } from './canonical-json.js';
export { consoleLines } from './console-safe.js';
export { appendHistoryLine } from './history.js';
export {
  forEachFile,
  loadAll,
  mergeLedgerFiles,
  showLedgerFile,
  verifyLedgerFile,
} from './ledger-commands.js';
export type { CommandResult } from './ledger-commands.js';
export { assembleLedger, sealLedger } from './ledger-draft.js';
export type { DraftBody, DraftSource } from './ledger-draft.js';
export { ledgerRedactor } from './ledger-json-schema.js';
export { LEDGER_SCHEMA_VERSION, NOT_ASSERTED } from './ledger-schema.js';
export type { ChainRecord, LedgerEntry, RecordedRecord, ScenarioRecord } from './ledger-schema.js';
export { renderOutputs } from './outputs.js';
export { createRedactor, secretsFromEnv, secretsFromUrls } from './redact.js';
export type { Redactor } from './redact.js';
export { consoleStyleFor, renderConsole } from './render-console.js';
export type { ConsoleStyle } from './render-console.js';
export { renderMarkdown } from './render-markdown.js';
export { NO_WORKFLOW_RUN, workflowRunFromEnv } from './run-context.js';
export type { RunContext } from './run-context.js';
export { checkSealedText, leakReasons } from './sealed-json.js';
export { verifyLedgerText } from './verify.js';
