import type { Finding } from '../routing/index.js';

// Findings with a position become annotations on the config's lines in the pull request diff.

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  startColumn: number;
}

/** GitHub shows at most 10 errors and 10 warnings per step; the rest stay in the ledger. */
export const MAX_ANNOTATIONS_PER_SEVERITY = 10;

export function annotateFindings(findings: readonly Finding[], sink: AnnotationSink): number {
  const counts = { error: 0, warning: 0, notice: 0 };
  let written = 0;
  for (const finding of findings) {
    if (counts[finding.severity] >= MAX_ANNOTATIONS_PER_SEVERITY) continue;
    counts[finding.severity]++;
    const message = finding.fix ? `${finding.message} (fix: ${finding.fix})` : finding.message;
    sink[finding.severity](message, {
      title: `fallback-gate ${finding.id}`,
      file: finding.at.file,
      startLine: finding.at.line,
      startColumn: finding.at.column,
    });
    written++;
  }
  return written;
}
