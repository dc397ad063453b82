import { describe, expect, it } from 'vitest';
import type { StormResult } from '../../src/probe/types.js';
import { planFromText } from '../../src/plan/load.js';
import { consoleStyleFor, renderConsole } from '../../src/record/render-console.js';
import {
  GITHUB_COMMENT_LIMIT,
  MARKDOWN_LIMIT,
  renderMarkdown,
} from '../../src/record/render-markdown.js';
import { attemptGantt, label } from '../../src/record/render-mermaid.js';
import { renderHistoryLine } from '../../src/record/history.js';
import {
  attempt,
  buildEntry,
  context,
  happy,
  observations,
  scenario,
  throttleThenRecover,
  twoRoutePlan,
} from './fixtures.js';

const storm: StormResult = {
  chain: 'default',
  seed: 7,
  callers: 1000,
  outage: { shape: 'hard_down', durationMs: 10_000 },
  amplification: 2.5,
  peakAttemptsPerSecond: 240,
  baselinePeakAttemptsPerSecond: 100,
  drainMs: 1800,
  shares: { usable: 0.9, controlledFailure: 0.1, overBudget: 0 },
  series: Array.from({ length: 12 }, (_, t) => ({
    tSeconds: t,
    policy: t < 10 ? 240 : 20,
    baseline: 100,
  })),
};

/** A failing run with every section present: timelines, storm, findings, change, a missing owner. */
function richEntry() {
  const exhausted = scenario(
    'unavailable-exhausts',
    [
      attempt(1, 'primary', 0, 503),
      attempt(2, 'primary', 25, 503),
      attempt(3, 'backup', 70, null, { fault: 'reset', durationMs: null }),
    ],
    { kind: 'controlled_failure', reason: 'HTTP 503 then reset' },
  );
  return buildEntry(
    {
      happyPath: [happy('primary', '2xx_usable'), happy('backup', '2xx_usable')],
      errorPath: [throttleThenRecover(), exhausted],
      storm: [storm],
    },
    {
      ctx: context({ followUpOwner: null }),
      analysis: {
        findings: [
          {
            id: 'no_jitter',
            severity: 'warning',
            message: 'layer sdk retries without jitter',
            fix: 'set jitter: full',
            at: { file: 'routing.yaml', line: 9, column: 3 },
          },
        ],
        change: {
          baseDigest: 'sha256:' + 'b'.repeat(64),
          headDigest: 'sha256:' + 'c'.repeat(64),
          routesAdded: ['backup'],
          routesRemoved: [],
          hostsAdded: ['b.example'],
          hostsRemoved: [],
          modelsChanged: [],
          retryPoliciesChanged: [],
          budgetChanged: false,
          touches: ['routing', 'hosts'],
          mixedScope: false,
        },
      },
    },
  ).entry;
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

describe('the Markdown rendering', () => {
  it('matches the golden file', async () => {
    await expect(renderMarkdown(richEntry())).toMatchFileSnapshot('__golden__/ledger.md.golden');
  });

  it('leads with the decision and the gate result, then why it failed and how to fix it', () => {
    const md = renderMarkdown(richEntry());
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ fallback-gate: `keep_primary`, gate failed');
    expect(md).toContain(
      '- **evidence** · ledger:follow_up_owner: required evidence field follow_up_owner is missing',
    );
    expect(md).toContain(
      'is missing: set the action input `follow-up-owner`, the CLI flag `--owner`, or `owners.follow_up_owner` in the config',
    );
    expect(md.indexOf('Why it failed')).toBeLessThan(md.indexOf('### Chain `default`'));
  });

  it('has a table per chain with routes in order and the scenarios', () => {
    const md = renderMarkdown(richEntry());
    expect(md).toContain(
      '| 1 | primary | chat_completions | mock | `2xx_usable` usable chat.completion | 200 | `req_primary_1` |',
    );
    expect(md).toContain(
      '| 2 | backup | chat_completions | mock | `2xx_usable` usable chat.completion | 200 | `req_backup_1` |',
    );
    expect(md).toContain('| unavailable-exhausts | reference | 1 | 2 | 0 | 1 | 0 | 0 |');
    expect(md).toContain(
      'Worst case 4 upstream attempts per request · observed retries 2 (error path)',
    );
  });

  it('folds timelines and details, and closes every fold and fence', () => {
    const md = renderMarkdown(richEntry());
    expect(md.match(/<details>/g)).toHaveLength(3);
    expect(md.match(/<\/details>/g)).toHaveLength(3);
    expect((md.match(/```/g) ?? []).length % 2).toBe(0);
    expect(md).toContain(
      'This entry does not assert: availability, price, quota, latency, provider health.',
    );
  });

  it('draws each scenario as a gantt chart of attempts in simple Mermaid syntax', () => {
    const [first, second, chart] = mermaidBlocks(renderMarkdown(richEntry()));
    expect(first!.split('\n')).toEqual([
      'gantt',
      '  title throttle-then-recover sample 0 of 1',
      '  dateFormat x',
      '  axisFormat %S.%L s',
      '  section primary',
      '    attempt 1 HTTP 429 retry-after 50 ms :crit, a0_1, 0, 3',
      '    attempt 2 HTTP 200 :done, a0_2, 60, 63',
    ]);
    expect(second).toContain('    attempt 3 reset no answer :crit, a0_3, 70, 71');
    for (const block of [first!, second!]) {
      for (const line of block.split('\n').slice(4)) {
        expect(line).toMatch(
          /^( {2}section [A-Za-z0-9 ._()/-]+| {4}[A-Za-z0-9 ._()/-]+ :(crit|done|active), a\d+_\d+, \d+, \d+)$/,
        );
      }
    }
    expect(chart!.split('\n')).toEqual([
      'xychart-beta',
      '  title "Attempts per second chain default"',
      '  x-axis "seconds" 0 --> 11',
      '  y-axis "attempts per second"',
      '  line [240, 240, 240, 240, 240, 240, 240, 240, 240, 240, 20, 20]',
      '  line [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]',
    ]);
  });

  it('keeps Mermaid labels free of characters with a meaning in Mermaid', () => {
    expect(label('a:b;c#d"e`f<g>')).toBe('a b c d e f g');
    const s = richEntry().chains[0]!.scenarios[0]!;
    expect(attemptGantt({ ...s, name: 'x: y; z' })!.split('\n')[1]).toBe(
      '  title x y z sample 0 of 1',
    );
  });

  it('neutralises HTML and @-mentions from provider text', () => {
    const { entry } = buildEntry(
      observations([
        happy('primary', 'terminal', { reason: '<img src=x> ask @octocat | now' }),
        happy('backup', '2xx_usable'),
      ]),
    );
    const md = renderMarkdown(entry);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@octocat');
    expect(md).toContain('&lt;img src=x&gt; ask &#64;octocat \\| now');
  });

  it('stays under the comment limit with the marker reserve, and says what it left out', () => {
    const chains = Array.from(
      { length: 30 },
      (_, i) => `  - { name: chain-${i}, primary: primary, fallbacks: [backup] }`,
    ).join('\n');
    const plan = twoRoutePlan(`chains:\n${chains}\n`);
    const scenarios = plan.chains.map((c) =>
      scenario(
        'flood',
        Array.from({ length: 60 }, (_, i) => attempt(i + 1, 'primary', i * 7, 503)),
        { kind: 'controlled_failure', reason: 'x' },
        { chain: c.name },
      ),
    );
    const md = renderMarkdown(
      buildEntry(
        observations([happy('primary', '2xx_usable'), happy('backup', '2xx_usable')], scenarios),
        { plan },
      ).entry,
    );
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(MARKDOWN_LIMIT).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT - 1024);
    expect(md).toMatch(
      /> \*\*Truncated\*\*: \d+ folded sections (and the end of the chain tables were )?left out to stay under GitHub's 65,536-character comment limit\. The full entry is in `ledger\.json`\./,
    );
    expect(md).toContain('### Chain `chain-0`');
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it('cuts even the chain tables at a line when there are very many chains, and says so', () => {
    const routes = Array.from(
      { length: 400 },
      (_, i) =>
        `  - { name: r${i}, endpoint_family: responses, base_url: "https://h${i}.example/v1", model: m }`,
    ).join('\n');
    const chains = Array.from(
      { length: 400 },
      (_, i) => `  - { name: chain-${i}, primary: r${i} }`,
    ).join('\n');
    const plan = planFromText('big.yaml', `routes:\n${routes}\nchains:\n${chains}\n`);
    const md = renderMarkdown(
      buildEntry(
        observations(plan.routes.map((r) => happy(r.name, '2xx_usable', { family: 'responses' }))),
        { plan },
      ).entry,
    );
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(md).toContain('the end of the chain tables were left out');
    expect(md.startsWith('## ')).toBe(true);
  });
});

describe('the console rendering', () => {
  const entry = () => richEntry();

  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(consoleStyleFor({ isTTY: true }, {})).toEqual({ colour: true });
    expect(consoleStyleFor({ isTTY: true }, { NO_COLOR: '1' })).toEqual({ colour: false });
    expect(consoleStyleFor({ isTTY: false }, {})).toEqual({ colour: false });
    expect(consoleStyleFor({}, {})).toEqual({ colour: false });
    expect(renderConsole(entry(), { colour: true })).toContain('\u001b[31mFAILED\u001b[0m');
    expect(renderConsole(entry(), { colour: false })).not.toContain('\u001b[');
  });

  it('shows the decision, each chain with its rule, each failure with its fix', () => {
    const text = renderConsole(entry(), { colour: false });
    expect(text.split('\n')[0]).toBe('fallback-gate FAILED: decision keep_primary');
    expect(text).toContain(
      '  chain    default: primary -> backup, worst case 4 attempts, observed retries 2, keep_primary [primary_usable]',
    );
    expect(text).toContain(
      '  failure  [evidence] ledger:follow_up_owner: required evidence field follow_up_owner is missing',
    );
    expect(text).toContain(
      '  storm    default: amplification 2.50 over 1000 callers, peak 240/s (baseline 100/s)',
    );
  });
});

describe('the history line', () => {
  it('is one line of canonical JSON that parses back to the entry', () => {
    const e = richEntry();
    const line = renderHistoryLine(e);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(e);
  });
});
