import { ConfigError, parseYamlSource, positionAt } from '../../common/index.js';
import type { SourcePosition } from '../../routing/index.js';

/**
 * The position of a path inside a JSON document, found only when an error needs it (parsing a
 * large log with positions would be slow). Falls back to the file's start.
 */
export function jsonPosition(
  file: string,
  text: string,
  path: readonly (string | number)[],
): SourcePosition {
  return jsonLocator(file, text)(path);
}

/** Above this size positions are not looked up (the file's start is named instead). */
const MAX_LOCATE_BYTES = 4 * 1024 * 1024;

/**
 * Where each attempt came from is worth a parse only for small documents (the parse costs about
 * 2 s per MiB); larger ones name the file's start, and only errors pay for a position.
 */
export const MAX_ATTEMPT_LOCATE_BYTES = 256 * 1024;

/** A position finder that parses the document once, on first use. */
export function jsonLocator(
  file: string,
  text: string,
  maxBytes = MAX_LOCATE_BYTES,
): (path: readonly (string | number)[]) => SourcePosition {
  let source: ReturnType<typeof parseYamlSource> | null | undefined;
  return (path) => {
    if (source === undefined) {
      try {
        source = text.length <= maxBytes ? parseYamlSource(file, text) : null;
      } catch {
        source = null;
      }
    }
    return source ? source.positionOf(path) : positionAt(file);
  };
}

export function recordError(at: SourcePosition, what: string, fix: string): ConfigError {
  return new ConfigError(at, what, fix);
}
