import { describe, expect, it } from 'vitest';
import { annotateFindings, type AnnotationProperties } from '../../src/publish/annotations.js';
import type { Finding } from '../../src/routing/types.js';

function finding(id: string, severity: Finding['severity'], line: number): Finding {
  return {
    id,
    severity,
    message: `${id} message`,
    fix: `${id} fix`,
    at: { file: 'config/r.yaml', line, column: 5 },
  };
}

describe('annotations', () => {
  it('puts each finding on its file, line and column', () => {
    const seen: [string, string, AnnotationProperties][] = [];
    const record = (kind: string) => (message: string, props: AnnotationProperties) =>
      seen.push([kind, message, props]);
    annotateFindings([finding('no-timeout', 'error', 12), finding('wide', 'notice', 3)], {
      error: record('error'),
      warning: record('warning'),
      notice: record('notice'),
    });
    expect(seen).toEqual([
      [
        'error',
        'no-timeout message (fix: no-timeout fix)',
        { title: 'fallback-gate no-timeout', file: 'config/r.yaml', startLine: 12, startColumn: 5 },
      ],
      [
        'notice',
        'wide message (fix: wide fix)',
        { title: 'fallback-gate wide', file: 'config/r.yaml', startLine: 3, startColumn: 5 },
      ],
    ]);
  });

  it('writes at most ten of a severity, as GitHub shows no more', () => {
    let warnings = 0;
    const written = annotateFindings(
      Array.from({ length: 14 }, (_, i) => finding(`w${i}`, 'warning', i + 1)),
      { error: () => {}, warning: () => warnings++, notice: () => {} },
    );
    expect([written, warnings]).toEqual([10, 10]);
  });
});
