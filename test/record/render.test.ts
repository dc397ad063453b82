import { describe, expect, it } from 'vitest';
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
  happy,
  observations,
  richEntry,
  scenario,
  twoRoutePlan,
} from './fixtures.js';

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

describe('the Markdown rendering', () => {
  it('matches the golden file', async () => {
    await expect(renderMarkdown(richEntry())).toMatchFileSnapshot('__golden__/ledger.md.golden');
  });

  it('leads with one line: the decision, that the evidence is mock, and the fix', () => {
    const md = renderMarkdown(richEntry());
    const lines = md.split('\n');
    expect(lines[0]).toBe(
      '❌ **fallback-gate failed: `keep_primary`** · **evidence from the embedded mock only, not live** · **Fix first:** set the action input \\`follow-up-owner\\`, the CLI flag \\`--owner\\`, or \\`owners.follow\\_up\\_owner\\` in the config',
    );
    expect(lines[2]).toBe(
      '- **Evidence missing**: required evidence field follow\\_up\\_owner is missing.',
    );
    expect(md.indexOf('- Chain `default`')).toBeLessThan(md.indexOf('<details>'));
  });

  it('never shows a plain green check for a pass against the mock', () => {
    const { entry } = buildEntry(
      observations([happy('primary', '2xx_usable'), happy('backup', '2xx_usable')]),
    );
    expect(entry.passed).toBe(true);
    const first = renderMarkdown(entry).split('\n')[0]!;
    expect(first).toMatch(
      /^☑️ \*\*fallback-gate passed: `keep_primary`\*\* · \*\*evidence from the embedded mock only, not live\*\*/,
    );
    const live = buildEntry(
      observations([
        happy('primary', '2xx_usable', { upstream: 'live', environmentMismatch: null }),
        happy('backup', '2xx_usable', { upstream: 'live', environmentMismatch: null }),
      ]),
    ).entry;
    expect(renderMarkdown(live).split('\n')[0]).toMatch(
      /^✅ \*\*fallback-gate passed: `keep_primary`\*\* · evidence from the live endpoints/,
    );
  });

  it('says one line per chain before the folds, and puts routes and scenarios in a fold', () => {
    const md = renderMarkdown(richEntry());
    expect(md).toContain(
      '- Chain `default` (`primary` → `backup`): `keep_primary` by rule `primary_usable` · worst case 4 upstream attempts per request · 2 scenarios, 2 caller requests: 1 usable, 1 controlled failure, 0 hang, 0 unknown',
    );
    expect(md).toContain(
      '| `primary` | chat\\_completions | mock (not live) | `2xx_usable` usable chat.completion | 200 | `req_primary_1` |',
    );
    expect(md).toContain('| `unavailable-exhausts` | reference | 1 | 2 | 0 | 1 | 0 | 0 |');
  });

  it('folds checks, routes, details, the storm and the timelines, and closes every fold and fence', () => {
    const md = renderMarkdown(richEntry());
    expect(md.match(/<details>/g)).toHaveLength(5);
    expect(md.match(/<\/details>/g)).toHaveLength(5);
    expect((md.match(/```/g) ?? []).length % 2).toBe(0);
    expect(md).toContain(
      'This entry does not assert: availability, price, quota, latency, provider health.',
    );
  });

  it('draws each scenario as a gantt chart with explicit colours, a legend and visible bars', () => {
    const md = renderMarkdown(richEntry());
    const blocks = mermaidBlocks(md);
    const chart = blocks.find((b) => b.includes('xychart-beta'));
    const [first, second] = blocks.filter((b) => b.includes('gantt'));
    const lines = first!.split('\n');
    expect(lines[0]).toMatch(/^%%\{init: .*"critBkgColor":"#cf222e".*\}%%$/);
    expect(lines.slice(1)).toEqual([
      'gantt',
      '  title throttle-then-recover caller request 1 of 1',
      '  dateFormat x',
      '  axisFormat %s.%L s',
      '  todayMarker off',
      '  section primary',
      '    1 HTTP 429 retry-after 50 ms :crit, a1_1, 0, 3',
      '    2 HTTP 200 usable :done, a1_2, 60, 63',
    ]);
    expect(second).toContain('    3 connection reset no answer :crit, a1_3, 70, 71');
    expect(md).toContain('Bars: 🟥 an attempt that failed');
    expect(chart!.split('\n').slice(1)).toEqual([
      'xychart-beta',
      '  title "Attempts per second chain default"',
      '  x-axis "seconds since the outage began" 0 --> 11',
      '  y-axis "attempts per second"',
      '  line [240, 240, 240, 240, 240, 240, 240, 240, 240, 240, 20, 20]',
      '  line [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]',
    ]);
    expect(chart!.split('\n')[0]).toContain('"plotColorPalette":"#cf222e, #0969da"');
    expect(md).toContain('Lines: 🟥 attempts per second under the declared retry policy');
  });

  it('keeps Mermaid labels free of characters with a meaning in Mermaid', () => {
    expect(label('a:b;c#d"e`f<g>')).toBe('a b c d e f g');
    const s = richEntry().chains[0]!.scenarios[0]!;
    expect(attemptGantt({ ...s, name: 'x: y; z' })!.split('\n')[2]).toBe(
      '  title x y z caller request 1 of 1',
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
    expect(md).toContain('&lt;img src=x&gt; ask @\u200Boctocat \\| now');
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
      /> \*\*Truncated\*\*: \d+ folded sections (and the end of the chain lines were )?left out to stay under GitHub's 65,536-character comment limit\. The full entry is in `ledger\.json`\./,
    );
    expect(md).toContain('- Chain `chain-0`');
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
    expect(md).toContain('the end of the chain lines were left out');
    expect(md.startsWith('☑️ **fallback-gate passed')).toBe(true);
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
