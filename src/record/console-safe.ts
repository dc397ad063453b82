// Text from a config or a ledger file printed to a terminal or a job log. Control characters
// (ESC, CR, LF, DEL, C1, line and paragraph separators, bidi overrides) are shown as \uXXXX
// escapes, so a name cannot move the cursor, recolour the log, start a new line, or hide what
// follows; and a value that begins with "::" cannot be read by the runner as a workflow command
// (::error::, ::add-mask::), which it looks for at the start of a line after leading spaces.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function consoleText(value: string): string {
  const escaped = value.replace(
    CONTROL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.replace(/^(\s*):/, '$1\u200b:');
}

/** A deep copy with every string (keys too) made safe for a console line. */
export function consoleSafe<T>(value: T): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return consoleText(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [consoleText(k), walk(v)]));
    }
    return node;
  };
  return walk(value) as T;
}

/** Multi-line text the gate composed around input values: each line made safe on its own. */
export function consoleLines(text: string): string {
  return text
    .split('\n')
    .map((line) => consoleText(line))
    .join('\n');
}
