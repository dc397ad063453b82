import { LineCounter, isMap, isSeq, isNode, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError, positionAt } from './config-error.js';
import type { SourcePosition } from './config-error.js';

/** A parsed YAML (or JSON) document that can say where any value came from. */
export interface YamlSource {
  file: string;
  value: unknown;
  positionOf(path: readonly PropertyKey[]): SourcePosition;
  /** Position of the key itself (for unknown or misplaced keys), else of the value. */
  keyPositionOf(path: readonly PropertyKey[]): SourcePosition;
}

// Generous for real configs, fatal for alias bombs ("billion laughs").
const MAX_ALIAS_COUNT = 100;

// Deep enough for any real config, shallow enough that no parser or validator runs out of stack.
const MAX_FLOW_DEPTH = 100;

export function parseYamlSource(file: string, text: string): YamlSource {
  rejectDeepFlowNesting(file, text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    strict: true,
  });
  const toPos = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return positionAt(file, line, col);
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = toPos(firstError.pos[0]);
    const message = firstError.message.split('\n')[0] ?? firstError.message;
    throw new ConfigError(
      pos,
      yamlMessage(firstError.code, message),
      /call stack/i.test(message)
        ? 'a routing config is shallow: check that this is the right file'
        : yamlFix(firstError.code),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ConfigError(
      positionAt(file),
      `the YAML expands too far through aliases (${(error as Error).message.split('\n')[0]})`,
      `use at most ${MAX_ALIAS_COUNT} alias expansions; write the repeated parts out`,
    );
  }

  const locate = (path: readonly PropertyKey[], wantKey: boolean): SourcePosition => {
    const found = findNode(doc, path);
    const node = wantKey ? (found.key ?? found.node) : (found.node ?? found.key);
    if (node?.range) return toPos(node.range[0]);
    return positionAt(file);
  };
  return {
    file,
    value,
    positionOf: (path) => locate(path, false),
    keyPositionOf: (path) => locate(path, true),
  };
}

/** Walks as deep as the path exists; returns the deepest node found and its key node. */
function findNode(doc: Document, path: readonly PropertyKey[]): { node?: Node; key?: Node } {
  let current: unknown = doc.contents;
  let keyNode: Node | undefined;
  let lastFound: { node?: Node; key?: Node } = isNode(current) ? { node: current } : {};
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => {
        const k: unknown = item.key;
        const raw = isNode(k) && 'value' in k ? (k as { value: unknown }).value : k;
        return String(raw) === String(segment);
      });
      if (!pair) return lastFound;
      keyNode = isNode(pair.key) ? pair.key : undefined;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
      keyNode = undefined;
    } else {
      return lastFound;
    }
    const node = isNode(current) ? current : undefined;
    lastFound = { ...(node ? { node } : {}), ...(keyNode ? { key: keyNode } : {}) };
    if (!node) return lastFound;
  }
  return lastFound;
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping';
  if (/call stack/i.test(message)) return 'the document nests too deeply to be a routing config';
  return `invalid YAML: ${message}`;
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove or rename one of the two keys';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'correct the YAML syntax at this position (a YAML linter shows the detail)';
  }
}

/** Stops `[[[[…` and `{{{{…` before the parser recurses into them. Quoted text and comments are skipped. */
function rejectDeepFlowNesting(file: string, text: string): void {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      if (quote === "'") quote = null;
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_FLOW_DEPTH) {
        throw new ConfigError(
          positionAt(file, line, i - lineStart + 1),
          `the document nests more than ${MAX_FLOW_DEPTH} levels deep`,
          'a routing config is shallow: check that this is the right file',
        );
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
}
