import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/run.js';
import { runGate } from '../../src/run.js';
import { useTmpDir } from '../helpers/tmp.js';
import { context } from './fixtures.js';

// The comment a reviewer reads for the shipped failing example (stacked SDK and routing retries):
// short before the first fold, each statement once, the actionable fix in the first line.

const tmp = useTmpDir();
let result: GateResult;

beforeAll(async () => {
  result = await runGate({
    configPath: join('examples', 'retry-storm.yaml'),
    outDir: tmp(),
    upstream: 'mock',
    env: {},
    context: context({ run: null }),
  });
}, 120_000);

/** What a reader sees before opening anything: the text up to the first <details>. */
function beforeFirstFold(markdown: string): string {
  const at = markdown.indexOf('<details>');
  return at === -1 ? markdown : markdown.slice(0, at);
}

function sentences(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => !/^\|[\s:|-]+\|$/.test(l))
    .join(' ')
    .split(/(?<=[.;])\s+|\s·\s|\n/)
    .map((s) => s.replace(/^[-*\s]+/, '').trim())
    .filter((s) => s.length > 20);
}

describe('the comment for examples/retry-storm.yaml', () => {
  it('fails, and its first line names the decision, the mock evidence and the SDK fix', () => {
    expect(result.exitCode).toBe(1);
    const first = result.markdown.split('\n')[0]!;
    expect(first).toContain('**fallback-gate failed: `escalate`**');
    expect(first).toContain('evidence from the embedded mock only, not live');
    expect(first).toContain('the client SDK maxRetries: 0');
  });

  it('has at most 40 non-empty lines before the first fold, table separators aside', () => {
    const lines = beforeFirstFold(result.markdown)
      .split('\n')
      .filter((l) => l.trim().length > 0 && !/^\|[\s:|-]+\|$/.test(l));
    expect(lines.length).toBeLessThanOrEqual(40);
  });

  it('gives one bullet to the one root cause, and says no sentence twice before the first fold', () => {
    const head = beforeFirstFold(result.markdown);
    expect(head.match(/^- \*\*/gm)).toHaveLength(1);
    const seen = sentences(head);
    expect(seen.length).toBeGreaterThan(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('states each fix once in the whole comment', () => {
    const fixes = [...result.entry.gate.problems, ...result.entry.findings].map((p) => p.fix);
    expect(fixes.length).toBeGreaterThan(3);
    for (const fix of fixes) {
      const escaped = fix.replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
      const count = result.markdown.split(escaped).length - 1;
      expect(count, fix).toBeLessThanOrEqual(1);
    }
  });
});
