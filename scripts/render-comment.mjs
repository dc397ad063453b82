/* global document, window -- these run inside the browser page (page.evaluate) */
// Renders a ledger.md the way a reviewer sees it on GitHub, for review: GFM through micromark,
// Mermaid through the real Mermaid in headless Chromium, in GitHub's light and dark colours. It
// writes one PNG per theme with every fold closed (what the pull request shows first) and one
// with every fold open, and prints the height of each. Offline: the page loads nothing from the
// network (every request is refused).
//
//   npm run render-comment -- path/to/ledger.md [--out DIR] [--chromium /usr/bin/chromium]
//
// Needs a Chromium (Debian: apt-get install chromium). Not used by the test suite.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args.splice(i, 2)[1];
};
const outDir = resolve(flag('--out', 'rendered'));
const executablePath = flag('--chromium', process.env.CHROMIUM ?? '/usr/bin/chromium');
const input = args[0];
if (!input) {
  process.stderr.write(
    'usage: npm run render-comment -- LEDGER.md [--out DIR] [--chromium PATH]\n',
  );
  process.exit(2);
}

const markdown = readFileSync(input, 'utf8');
const body = micromark(markdown, {
  allowDangerousHtml: true,
  extensions: [gfm()],
  htmlExtensions: [gfmHtml()],
}).replace(
  /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
  (_, source) => `<pre class="mermaid">${source}</pre>`,
);

const THEMES = {
  light: { bg: '#ffffff', fg: '#1f2328', border: '#d1d9e0', muted: '#f6f8fa', mermaid: 'default' },
  dark: { bg: '#0d1117', fg: '#f0f6fc', border: '#3d444d', muted: '#151b23', mermaid: 'dark' },
};

const page = (theme) => `<!doctype html><html><head><meta charset="utf-8"><style>
  body { background: ${theme.bg}; color: ${theme.fg}; margin: 0; padding: 16px;
         font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  main { width: 880px; }
  table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
  th, td { border: 1px solid ${theme.border}; padding: 6px 13px; }
  tr:nth-child(2n) { background: ${theme.muted}; }
  code { background: ${theme.muted}; padding: .2em .4em; border-radius: 6px; font-size: 85%; }
  details { margin: 0 0 16px; } summary { cursor: pointer; }
  pre.mermaid { background: transparent; }
</style></head><body><main>${body}</main></body></html>`;

mkdirSync(outDir, { recursive: true });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const stem = basename(input).replace(/\.md$/, '');
try {
  for (const [name, theme] of Object.entries(THEMES)) {
    const tab = await browser.newPage();
    await tab.setRequestInterception(true);
    tab.on('request', (r) =>
      r.url().startsWith('data:') || r.url() === 'about:blank' ? r.continue() : r.abort(),
    );
    await tab.setViewport({ width: 920, height: 800 });
    await tab.setContent(page(theme), { waitUntil: 'load' });
    await tab.addScriptTag({ path: join(root, 'node_modules/mermaid/dist/mermaid.min.js') });
    // GitHub opens every fold's charts when it is opened; here every fold is opened first so
    // Mermaid lays out at full size, then closed again for the first picture.
    await tab.evaluate(async (mermaidTheme) => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      window.mermaid.initialize({
        startOnLoad: false,
        theme: mermaidTheme,
        securityLevel: 'strict',
      });
      await window.mermaid.run({ querySelector: 'pre.mermaid' });
    }, theme.mermaid);
    const errors = await tab.$$eval(
      'pre.mermaid',
      (els) => els.filter((e) => /Syntax error|Parse error/i.test(e.textContent ?? '')).length,
    );
    if (errors > 0) process.stderr.write(`${name}: ${errors} Mermaid block(s) failed to render\n`);
    const open = await tab.evaluate(
      () => document.querySelector('main').getBoundingClientRect().height,
    );
    await tab.screenshot({ path: join(outDir, `${stem}-${name}-open.png`), fullPage: true });
    // Each chart on its own, for a close look.
    const charts = await tab.$$('pre.mermaid');
    for (const [i, chart] of charts.entries()) {
      await chart.screenshot({ path: join(outDir, `${stem}-${name}-chart-${i + 1}.png`) });
    }
    await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    const closed = await tab.evaluate(
      () => document.querySelector('main').getBoundingClientRect().height,
    );
    await tab.setViewport({ width: 920, height: Math.ceil(closed) + 32 });
    await tab.screenshot({ path: join(outDir, `${stem}-${name}.png`), fullPage: true });
    process.stdout.write(
      `${name}: ${Math.round(closed)} px with folds closed, ${Math.round(open)} px with every fold open -> ${join(outDir, `${stem}-${name}.png`)}\n`,
    );
    await tab.close();
  }
} finally {
  await browser.close();
}
