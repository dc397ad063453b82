import type { Finding } from '../routing/index.js';

// How the plan writes a duration and a finding, in the text output and in annotations.

export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** The one-line form of a finding, as printed and annotated: `FILE:LINE:COL: severity id: message`. */
export function formatFinding(f: Finding): string {
  return `${f.at.file}:${f.at.line}:${f.at.column}: ${f.severity} ${f.id}: ${f.message}`;
}
