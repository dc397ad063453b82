import { ConfigError, type YamlSource } from '../common/index.js';

// A credential written into a routing config ends up in the repository's history and in every
// fork. The gate refuses such a file outright, names where the value is, and never repeats it.

/** Keys whose value is a secret when it is not a reference to the environment. */
const SECRET_KEY =
  /(^|[_-])(api[_-]?key|secret|token|password|passwd|authorization|access[_-]?key|master[_-]?key)$/i;

/** Shapes of well-known credentials, wherever they appear. */
const SECRET_SHAPES = [
  /^sk-[A-Za-z0-9_-]{16,}$/, // OpenAI, Anthropic (sk-ant-…), DeepSeek, LiteLLM virtual keys
  /^AIza[0-9A-Za-z_-]{30,}$/, // Google API keys
  /^gh[pousr]_[A-Za-z0-9]{30,}$/, // GitHub tokens
  /^xox[abprs]-[A-Za-z0-9-]{10,}$/, // Slack tokens
  /^gsk_[A-Za-z0-9]{20,}$/, // Groq
  /^Bearer\s+\S{8,}$/i,
  /^[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i, // a URL carrying user:password
];

/** References to a variable rather than a value: `os.environ/NAME`, `${NAME}`, `$NAME`, `env:NAME`. */
export const ENV_REFERENCE = /^(?:os\.environ\/|env:|\$\{?)([A-Za-z_][A-Za-z0-9_]*)\}?$/;

export function envReferenceName(value: string): string | null {
  const match = ENV_REFERENCE.exec(value.trim());
  if (!match?.[1]) return null;
  if (value.trim().startsWith('${') && !value.trim().endsWith('}')) return null;
  return match[1];
}

/**
 * Throws a ConfigError at the first literal credential in the document. The message says
 * where and what kind of field it is, never any part of the value.
 */
export function rejectLiteralCredentials(source: YamlSource, howToReference: string): void {
  const found = findLiteralCredential(source.value, []);
  if (!found) return;
  const key = found.path.length > 0 ? String(found.path[found.path.length - 1]) : 'value';
  throw new ConfigError(
    source.positionOf(found.path),
    `a literal credential is written in the config (field "${key}"); the value is not shown`,
    `delete it, rotate that key (it is now in the history), and reference an environment variable instead: ${howToReference}`,
  );
}

function findLiteralCredential(
  value: unknown,
  path: (string | number)[],
): { path: (string | number)[] } | null {
  if (typeof value === 'string') {
    const key = path.length > 0 ? String(path[path.length - 1]) : '';
    if (looksSecret(key, value)) return { path };
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findLiteralCredential(value[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const hit = findLiteralCredential(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

function looksSecret(key: string, value: string): boolean {
  const text = value.trim();
  if (text === '' || envReferenceName(text) !== null) return false;
  if (SECRET_SHAPES.some((shape) => shape.test(text))) return true;
  // Names of variables (api_key_env: OPENAI_API_KEY) are references, not secrets.
  if (/_env(_var)?$/i.test(key)) return false;
  return SECRET_KEY.test(key);
}
