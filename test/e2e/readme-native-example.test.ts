import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlanStage } from '../../src/plan/stage.js';
import { ConfigError } from '../../src/common/config-error.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// The README's native format example is a config a reader copies: it must load, and pass its
// own budget; a placeholder in place of a fault plan must be refused by plan, at its line.

const tmp = useTmpDir();

function readmeNativeExample(): string {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```yaml\n(# yaml-language-server[^\n]*\nversion: 1\n[\s\S]*?)```/.exec(readme);
  expect(block, 'the README has the native format example').not.toBeNull();
  return block![1]!;
}

describe("the README's native format example", () => {
  it('loads and fits its own budget: no error finding', async () => {
    const config = writeFile(tmp(), 'routing.yaml', readmeNativeExample());
    const { plan, analysis } = await runPlanStage({ configPath: config });
    expect(plan.routes.map((r) => r.name)).toEqual(['primary', 'backup']);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(plan.scenarios).toHaveLength(1);
  });

  it('and the first config of "Your first config" load with no error finding', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const first = /## Your first config\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme);
    expect(first).not.toBeNull();
    const text = first![1]!.replace(/^ {3}/gm, '');
    const { plan, analysis } = await runPlanStage({
      configPath: writeFile(tmp(), 'routing.yaml', text),
    });
    expect(plan.routes).toHaveLength(2);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it("refuses a '<fault plan>' placeholder with the scenario's line", async () => {
    const text = readmeNativeExample().replace(
      /faults: \{ primary: '[^']*' \}/,
      "faults: { primary: '<fault plan>' }",
    );
    const config = writeFile(tmp(), 'routing.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes('<fault plan>')) + 1;
    const error = await runPlanStage({ configPath: config }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).format();
    expect(message).toMatch(
      new RegExp(
        `routing\\.yaml:${line}:\\d+: scenario "primary-throttled", route "primary": fault plan 1:1`,
      ),
    );
  });
});
