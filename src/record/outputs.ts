import { canonicalJson } from './canonical-json.js';
import { renderHistoryLine } from './history.js';
import type { LedgerEntry } from './ledger-schema.js';
import type { Redactor } from './redact.js';
import { renderMarkdown } from './render-markdown.js';

/** Every text the gate writes about an entry, each through the same redaction pass. */
export interface LedgerOutputs {
  json: string;
  markdown: string;
  historyLine: string;
}

/**
 * The entry was redacted when it was built; the renderings are redacted once more as a whole,
 * so text a renderer adds can never carry a secret either.
 */
export function renderOutputs(entry: LedgerEntry, redactor: Redactor): LedgerOutputs {
  return {
    json: redactor.text(canonicalJson(entry)),
    markdown: redactor.text(renderMarkdown(entry)),
    historyLine: redactor.text(renderHistoryLine(entry)),
  };
}
