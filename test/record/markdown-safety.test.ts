import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerEntrySchema, type LedgerEntry } from '../../src/record/ledger-schema.js';
import { code, oneLine, row, text } from '../../src/record/markdown-escape.js';
import { renderMarkdown } from '../../src/record/render-markdown.js';
import { runGate } from '../../src/run.js';
import { renderGfm, tagNames, visibleText } from '../helpers/gfm.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';
import { context, richEntry } from './fixtures.js';

const tmp = useTmpDir();

// A ledger is forged (publish-only renders artifacts from other people's runs) or carries names
// from a config (gate mode): every free-text field is hostile. Whatever it holds, the rendered
// comment shows it as text and never as markup.

/** Fields whose schema is an enum or a format: a forged ledger cannot put free text there. */
const CONSTRAINED = new Set([
  'schema_version',
  'timestamp',
  'endpoint_family',
  'status_class',
  'fallback_decision',
  'upstream',
  'request_id_source',
  'started_at',
  'driver',
  'severity',
  'category',
  'sha256',
  'format',
  'shape',
  'touches',
  'does_not_assert',
  'fail_on',
  'status',
  'caller_outcome',
  'retry_attempts_source',
]);

/** Replaces every free string in the entry with the next value `next` gives. */
function forge(entry: LedgerEntry, next: () => string): LedgerEntry {
  const walk = (value: unknown, key: string, top: boolean): unknown => {
    if (CONSTRAINED.has(key) || (top && key === 'ledger_id')) return value;
    if (typeof value === 'string') return next();
    if (Array.isArray(value)) return value.map((v) => walk(v, key, false));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, false)]));
    }
    return value;
  };
  const out = Object.fromEntries(
    Object.entries(entry).map(([k, v]) => [k, walk(v, k, true)]),
  ) as LedgerEntry;
  return out;
}

/** A failing entry with every section: chains, routes, scenarios, storm, findings, merge, links. */
function fullEntry(): LedgerEntry {
  const base = richEntry();
  return {
    ...base,
    evidence_links: ['https://example.invalid/runbook'],
    remaining_uncertainty: [...base.remaining_uncertainty, 'something else'],
    run: {
      repository: 'o/r',
      commit: 'c',
      ref: 'refs/pull/1/merge',
      event: 'pull_request',
      run_url: 'https://github.com/o/r/actions/runs/1',
    },
    environment: {
      ...base.environment,
      environment_mismatch: true,
      mismatch_reasons: ['route primary: mock', 'other reason'],
    },
    merged_from: [
      { ledger_id: 'a', passed: true, fallback_decision: 'keep_primary', runner_os: 'linux' },
      { ledger_id: 'b', passed: false, fallback_decision: 'escalate', runner_os: 'macos' },
    ],
    gate: {
      ...base.gate,
      problems: [
        ...base.gate.problems,
        {
          category: 'budget',
          subject: 'chain:default',
          message: 'over',
          fix: 'lower',
          fails_job: true,
        },
        {
          category: 'findings',
          subject: 'config:x:1:1',
          message: 'm',
          fix: 'f',
          fails_job: false,
        },
      ],
    },
  };
}

const HOSTILE_PIECES = [
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.invalid">click</a>',
  '<details open><summary>x</summary>',
  '</details>',
  '</summary>',
  '<!--',
  '-->',
  '![img](https://evil.invalid/i.png)',
  '[link](https://evil.invalid)',
  '[ref]: https://evil.invalid',
  '[^1]',
  'https://evil.invalid/x',
  'www.evil.invalid',
  'someone@evil.invalid',
  '@octocat',
  '#12',
  '# ✅ APPROVED',
  '## ✅ APPROVED',
  '\r\r',
  '\n\n',
  '\r\n',
  '\u2028',
  '|',
  '||',
  '`',
  '``',
  '```',
  '~~~',
  '**bold**',
  '_em_',
  '~~del~~',
  '$x^2$',
  '> quote',
  '- item',
  '1. item',
  '1) item',
  '---',
  '===',
  '    indented',
  '\t',
  '\\',
  '\\|',
  '&lt;img&gt;',
  '&amp;',
  '\u202Eevil\u202C',
  '\u2066x\u2069',
  '\u200F',
  ':::',
  '%%{init: {"theme":"dark"}}%%',
  '<script>alert(1)</script>',
];

const hostileString = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
      { weight: 1, arbitrary: fc.constantFrom('a', 'b', ' ', 'x y', 'name') },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));

/** The tags the template itself writes; a value can add none. */
const TEMPLATE_TAGS = new Set([
  'p',
  'ul',
  'li',
  'strong',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'em',
]);

function checkRendering(markdown: string, planted: readonly string[]): void {
  const html = renderGfm(markdown);
  const tags = tagNames(html);
  expect(tags.filter((t) => !TEMPLATE_TAGS.has(t))).toEqual([]);
  // Folds are the template's own: as many opened as closed, one summary each.
  expect(tags.filter((t) => t === 'details').length).toBe(
    (markdown.match(/^<details><summary>/gm) ?? []).length,
  );
  expect(tags.filter((t) => t === 'summary').length).toBe(
    tags.filter((t) => t === 'details').length,
  );
  expect(html).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  const seen = visibleText(html);
  // No mention or issue reference survives outside code (GitHub links neither inside code).
  const prose = visibleText(html.replace(/<code>[\s\S]*?<\/code>/g, ' '), true);
  expect(/.{0,40}(^|[^\w])@[A-Za-z0-9].{0,10}/.exec(prose)?.[0] ?? null).toBeNull();
  expect(/.{0,40}(^|\s)#[0-9].{0,10}/.exec(prose)?.[0] ?? null).toBeNull();
  // Every planted value that is shown outside a code block reads as the text it was.
  const lines = planted.map((v) => oneLine(v).replaceAll('\u200B', '')).filter(Boolean);
  for (const line of lines) {
    // A message that ends with its own fix is shown without it (the fix is said once, after
    // "Fix:"), so such a value may appear cut before that fix.
    const cut = lines
      .filter((other) => other !== line && line.endsWith(other))
      .map((other) => line.slice(0, -other.length).replace(/[\s:;,.-]+$/, ''));
    const shown = [line, ...cut].some((l) => seen.includes(l));
    expect(shown, `value ${JSON.stringify(line)} in ${JSON.stringify(seen)}`).toBe(true);
  }
}

describe('every value in the Markdown ledger is text, never markup', () => {
  it('renders a forged entry with hostile strings in every free field as those strings', () => {
    // Which fields are shown outside code blocks: plant unique markers and look for them.
    let n = 0;
    const marked = forge(fullEntry(), () => `zq${(n++).toString(36)}zq`);
    const shownMarkers = new Set(
      [...visibleText(renderGfm(renderMarkdown(marked))).matchAll(/zq([0-9a-z]+)zq/g)].map(
        (m) => m[1]!,
      ),
    );
    expect(shownMarkers.size).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 200, maxLength: 200 }), (pool) => {
        let i = 0;
        const planted: string[] = [];
        const forged = forge(fullEntry(), () => {
          const value = pool[i % pool.length]!;
          if (shownMarkers.has(i.toString(36))) planted.push(value);
          i += 1;
          return value;
        });
        expect(ledgerEntrySchema.safeParse(forged).success).toBe(true);
        checkRendering(renderMarkdown(forged), planted);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps an empty or blank value visible as a dash rather than empty markup', () => {
    expect(text('').toString()).toBe('—');
    expect(code(' \r\n ').toString()).toBe('—');
  });

  it('fences code spans with more backticks than they hold and keeps CR and LF out', () => {
    expect(code('a`b').toString()).toBe('``a`b``');
    expect(code('`x`').toString()).toBe('`` `x` ``');
    expect(code('a\r\rb\nc').toString()).toBe('`a b c`');
    expect(renderGfm(code('a``b').toString())).toBe('<p><code>a``b</code></p>');
  });

  it('keeps a pipe inside a table cell, in text and in code', () => {
    const html = renderGfm(
      ['| a | b |', '| --- | --- |', row(['x|y', { code: 'p|q' }]).toString()].join('\n'),
    );
    expect(html).toContain('<td>x|y</td>');
    expect(html).toContain('<td>p|q</td>');
  });
});

describe('gate mode', () => {
  it('renders a LiteLLM model name with line breaks and an image as text in ledger.md', async () => {
    const dir = tmp();
    const name = 'a\r\r<img src=x>\r\r![i](https://evil.invalid/i.png)\r\r## ✅ APPROVED';
    const config = writeFile(
      dir,
      'config.yaml',
      [
        'model_list:',
        `  - model_name: ${JSON.stringify(name)}`,
        '    litellm_params: { model: openai/gpt-4o, api_key: os.environ/NO_SUCH_KEY_SET }',
        `  - model_name: ${JSON.stringify('[b](https://evil.invalid) @octocat | x')}`,
        '    litellm_params: { model: openai/gpt-4o-mini, api_key: os.environ/NO_SUCH_KEY_SET }',
        'router_settings:',
        '  num_retries: 0',
        `  fallbacks: [{ ${JSON.stringify(name)}: [${JSON.stringify('[b](https://evil.invalid) @octocat | x')}] }]`,
        '',
      ].join('\n'),
    );
    const result = await runGate({
      configPath: config,
      outDir: dir,
      upstream: 'mock',
      storm: null,
      errorPath: false,
      env: {},
      context: context({ run: null }),
    });
    const html = renderGfm(result.markdown);
    expect(tagNames(html).filter((t) => !TEMPLATE_TAGS.has(t))).toEqual([]);
    expect(visibleText(html)).toContain(
      'a <img src=x> ![i](https://evil.invalid/i.png) ## ✅ APPROVED',
    );
    expect(visibleText(html)).toContain('[b](https://evil.invalid) @octocat | x');
  });
});
