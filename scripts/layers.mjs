// The folders of src/ and what each may import. An arrow (an entry below) means "may import";
// a folder may import every folder it reaches along arrows, and nothing else: never a folder
// above it or beside it. eslint.config.js enforces this (through each folder's index.ts only),
// and the README's architecture diagram is drawn from it (`node scripts/layers.mjs --readme`).
// Folders not listed here are entry points (src/*.ts, src/action/, src/cli/): they may import
// every folder, through its index.ts.
export const LAYERS = {
  common: [],
  contract: ['common'],
  routing: ['contract'],
  retry: ['routing'],
  plan: ['retry'],
  mock: ['contract'],
  observations: ['routing'],
  storm: ['retry', 'observations'],
  probe: ['plan', 'mock', 'observations'],
  judge: ['plan', 'observations'],
  record: ['judge'],
  publish: ['record'],
  incident: ['record'],
};

/** Every folder `folder` may import: all it reaches along arrows. */
export function reachable(folder, layers = LAYERS) {
  const seen = new Set();
  const stack = [...(layers[folder] ?? [])];
  while (stack.length > 0) {
    const next = stack.pop();
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(layers[next] ?? []));
  }
  return [...seen].sort();
}

/** The diagram in the README: one arrow per entry of LAYERS, entry points on top. */
export function layerDiagram(layers = LAYERS) {
  const lines = ['flowchart TD', '  entries["action/ · cli/ · run.ts"]'];
  const roots = Object.keys(layers).filter(
    (folder) => !Object.values(layers).some((targets) => targets.includes(folder)),
  );
  for (const root of roots) lines.push(`  entries --> ${root}`);
  for (const [folder, targets] of Object.entries(layers)) {
    for (const target of targets) lines.push(`  ${folder} --> ${target}`);
  }
  return lines.join('\n');
}

const BEGIN = '<!-- layers:begin (node scripts/layers.mjs --readme) -->';
const END = '<!-- layers:end -->';

/** The README with its diagram block replaced by the current one; null when it has no block. */
export function withDiagram(readme) {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) return null;
  const block = `${BEGIN}\n\n\`\`\`mermaid\n${layerDiagram()}\n\`\`\`\n\n`;
  return readme.slice(0, start) + block + readme.slice(end);
}

if (process.argv.includes('--readme')) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const path = new URL('../README.md', import.meta.url);
  const updated = withDiagram(readFileSync(path, 'utf8'));
  if (updated === null) throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  writeFileSync(path, updated);
}
