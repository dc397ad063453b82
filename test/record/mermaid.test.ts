// @vitest-environment jsdom
/// <reference lib="dom" />
import type { Mermaid } from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioRecord } from '../../src/record/ledger-schema.js';
import { renderMarkdown } from '../../src/record/render-markdown.js';
import { attemptGantt, MIN_BAR_SHARE, statusLabel } from '../../src/record/render-mermaid.js';
import { attempt, buildEntry, happy, observations, richEntry, scenario } from './fixtures.js';

// Every Mermaid block the ledger writes goes through the real Mermaid parser and renderer (in a
// DOM emulation: no browser), so a block GitHub would show as "Unable to render" fails here.

let mermaid: Mermaid;
let next = 0;

beforeAll(async () => {
  // The emulated DOM does no layout; Mermaid measures text with these two calls.
  const proto = window.SVGElement.prototype as unknown as Record<string, unknown>;
  proto.getBBox = function (this: Element) {
    return { x: 0, y: 0, width: 7 * (this.textContent?.length ?? 1), height: 14 };
  };
  proto.getComputedTextLength = function (this: Element) {
    return 7 * (this.textContent?.length ?? 1);
  };
  mermaid = (await import('mermaid')).default;
  // No layout here either: the chart is given the width GitHub's comment column has.
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', gantt: { useWidth: 880 } });
});

async function render(source: string): Promise<Document> {
  await expect(mermaid.parse(source)).resolves.toBeTruthy();
  const { svg } = await mermaid.render(`chart${(next += 1)}`, source);
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/** A scenario whose one caller request hangs, gets a malformed 200, a wrong-family 200, and runs past 60 s. */
function longScenario(): ScenarioRecord {
  const { entry } = buildEntry(
    observations(
      [happy('primary', '2xx_usable'), happy('backup', '2xx_usable')],
      [
        scenario(
          'long: hang; then # odd `names`',
          [
            attempt(1, 'primary', 0, null, {
              fault: 'hang',
              durationMs: null,
              abandonedAfterMs: 30_000,
            }),
            attempt(2, 'primary', 31_000, 200, { fault: 'malformed_json', durationMs: 2 }),
            attempt(3, 'backup', 31_050, 200, { fault: 'wrong_family', durationMs: 2 }),
            attempt(4, 'backup', 75_000, 200, { durationMs: 2 }),
          ],
          { kind: 'usable', route: 'backup' },
        ),
      ],
    ),
  );
  return entry.chains[0]!.scenarios[0]!;
}

describe('the Mermaid blocks of the ledger', () => {
  it('all parse and render with the real Mermaid', async () => {
    const markdown = renderMarkdown(richEntry());
    const found = blocks(markdown);
    expect(found.length).toBe(3);
    for (const source of [...found, attemptGantt(longScenario())!]) {
      const svg = await render(source);
      expect(svg.querySelector('parsererror')).toBeNull();
      expect(svg.documentElement.textContent).not.toContain('Syntax error');
    }
  });

  it('keeps counting seconds past 60 on the time axis', async () => {
    const svg = await render(attemptGantt(longScenario())!);
    const ticks = [...svg.querySelectorAll('.tick text')].map((t) => t.textContent ?? '');
    const seconds = ticks.map((t) => Number(/^([\d.]+) s$/.exec(t)?.[1]));
    expect(seconds.every(Number.isFinite)).toBe(true);
    expect(Math.max(...seconds)).toBeGreaterThanOrEqual(70);
    for (let i = 1; i < seconds.length; i += 1) expect(seconds[i]).toBeGreaterThan(seconds[i - 1]!);
  });

  it('draws every bar at least 1/80 of the axis wide, and a hang until the caller gave up', async () => {
    const source = attemptGantt(longScenario())!;
    expect(source).toContain(':crit, a1_1, 0, 30000');
    const svg = await render(source);
    const widths = [...svg.querySelectorAll('rect.task')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths).toHaveLength(4);
    const axis = Math.max(...widths);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(axis * MIN_BAR_SHARE * 0.9);
  });

  it('says what a 200 was, and numbers caller requests from 1', () => {
    const s = longScenario();
    expect(s.timeline.map(statusLabel)).toEqual([
      'hang',
      'HTTP 200 malformed JSON (unusable)',
      'HTTP 200 wrong family body (unusable)',
      'HTTP 200 usable',
    ]);
    const source = attemptGantt(s)!;
    expect(source).toContain('  title long hang then odd names caller request 1 of 1');
    expect(source).toContain('    1 hang caller gave up after 30000 ms :crit, a1_1, 0, 30000');
    expect(source).toContain('    2 HTTP 200 malformed JSON (unusable) :active, a1_2,');
  });
});
