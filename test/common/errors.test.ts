import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BoundedReadError,
  ConfigError,
  EXIT,
  exitFor,
  type GateError,
  UsageError,
} from '../../src/common/index.js';
import { FaultPlanError } from '../../src/contract/index.js';
import { ScenarioSelectionError } from '../../src/probe/index.js';
import { GitHubApiError } from '../../src/publish/github-api.js';
import { ZipLimitError } from '../../src/publish/zip-read.js';
import { MergeError } from '../../src/record/merge.js';

// One instance of every error the gate raises on purpose.
const ERRORS: GateError[] = [
  new UsageError('input "driver" must be one of reference, command, gateway'),
  new ConfigError({ file: 'c.yaml', line: 3, column: 5 }, 'unknown key', 'remove it'),
  new FaultPlanError('42x', 0, 'not a step', 'a step', 'write ok'),
  new ScenarioSelectionError('no scenario named x'),
  new BoundedReadError('too_large', 'too large', 10),
  new MergeError('nothing to merge'),
  new ZipLimitError('over the limit'),
  new GitHubApiError('GitHub answered 500', 500, 2),
];

/** The README's table of error codes: code → exit status. */
function documentedCodes(): Map<string, number> {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const table = new Map<string, number>();
  for (const match of readme.matchAll(/^\| `([a-z_]+)` +\| +(\d) \|/gm)) {
    table.set(match[1]!, Number(match[2]));
  }
  return table;
}

describe('the error hierarchy', () => {
  it('gives every error kind its own stable code', () => {
    const codes = ERRORS.map((e) => e.code);
    expect(new Set(codes).size).toBe(ERRORS.length);
  });

  it('exits 2 for the caller to fix and 3 for a service that failed', () => {
    expect(ERRORS.map((e) => [e.code, exitFor(e)])).toEqual([
      ['usage', 2],
      ['config', 2],
      ['fault_plan', 2],
      ['scenario_selection', 2],
      ['bounded_read', 2],
      ['merge', 2],
      ['zip_limit', 2],
      ['github_api', 3],
    ]);
  });

  it('exits 3 for anything that is not a GateError: a bug, not a usage error or a failed gate', () => {
    expect(exitFor(new TypeError('x is undefined'))).toBe(EXIT.internal);
    expect(exitFor('a string')).toBe(3);
    expect(EXIT).toEqual({ passed: 0, failed: 1, usage: 2, internal: 3 });
  });

  it("matches the README's table of error codes, row for row", () => {
    const documented = documentedCodes();
    expect(Object.fromEntries(documented)).toEqual(
      Object.fromEntries(ERRORS.map((e) => [e.code, e.exitStatus])),
    );
  });

  it('formats a config error with its place and its fix', () => {
    expect(ERRORS[1]!.format()).toBe('c.yaml:3:5: unknown key\n  fix: remove it');
  });
});
