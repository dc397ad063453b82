import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { ROOT } from '../helpers/spawn.js';

// The README's workflow examples are what users copy: each must be valid YAML and pass only
// inputs this action declares. The inputs table must list exactly the declared inputs.

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const declared = new Set(Object.keys(action.inputs));

const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function stepsUsingThisAction(doc: unknown): Step[] {
  const jobs = (doc as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs ?? {};
  return Object.values(jobs)
    .flatMap((job) => job.steps ?? [])
    .filter(
      (step) => typeof step.uses === 'string' && /(^\.\/?$|\/fallback-gate@)/.test(step.uses),
    );
}

describe("the README's workflow examples", () => {
  it('are all valid YAML', () => {
    // six workflows and the native config example
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(7);
    for (const block of yamlBlocks) {
      for (const doc of parseAllDocuments(block)) expect(doc.errors, block).toEqual([]);
    }
  });

  it('pass only inputs that action.yml declares', () => {
    const steps = yamlBlocks.flatMap((block) => stepsUsingThisAction(parse(block)));
    // pull_request, schedule, dispatch, the fork-safe pair (two), the matrix
    expect(steps.length).toBeGreaterThanOrEqual(6);
    for (const step of steps) {
      for (const key of Object.keys(step.with ?? {})) {
        expect(declared.has(key), `README passes unknown input "${key}"`).toBe(true);
      }
    }
  });

  it('show the four uses: pull request with paths, schedule, dispatch, and workflow_run publish-only', () => {
    const triggers = yamlBlocks.map((block) =>
      Object.keys((parse(block) as { on?: object } | null)?.on ?? {}),
    );
    expect(triggers.flat()).toEqual(
      expect.arrayContaining(['pull_request', 'schedule', 'workflow_dispatch', 'workflow_run']),
    );
    const publishOnly = yamlBlocks
      .flatMap((block) => stepsUsingThisAction(parse(block)))
      .filter((step) => step.with?.mode === 'publish-only');
    expect(publishOnly).toHaveLength(1);
    const withPaths = yamlBlocks.filter(
      (block) =>
        (parse(block) as { on?: { pull_request?: { paths?: string[] } } } | null)?.on?.pull_request
          ?.paths,
    );
    expect(withPaths.length).toBeGreaterThanOrEqual(1);
  });
});

describe("the README's inputs and outputs tables", () => {
  const section = (start: string, end: string) =>
    readme.slice(readme.indexOf(start), readme.indexOf(end));
  const names = (table: string) => [...table.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);

  it('list exactly the inputs action.yml declares', () => {
    const table = section('<!-- inputs-table:start -->', '<!-- inputs-table:end -->');
    expect(names(table).sort()).toEqual([...declared].sort());
  });

  it('list exactly the outputs action.yml declares', () => {
    const table = section('### Outputs', '## Exit codes and what fails the gate');
    expect(names(table).sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
