// One redaction pass for every output. Known secret values are replaced wherever they appear;
// secret-shaped strings (bearer tokens, provider keys, URL credentials) are caught by pattern.

export const REDACTED = '[REDACTED]';

// Variables whose names say they hold a secret, whatever the config declares.
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)/i;
// Shorter values are too likely to be ordinary words or numbers to replace everywhere.
const MIN_SECRET_LENGTH = 8;

// Each pattern keeps its first group (a harmless prefix) and redacts the rest.
const SECRET_PATTERNS: RegExp[] = [
  /\b((?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /()\bsk-[A-Za-z0-9_-]{8,}/g,
  /()\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
  /()\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
  /\b((?:api[_-]?key|key|token|access_token|secret)=)[^&\s"'#]+/gi,
  /(\/\/)[^/\s:@"']+:[^/\s@"']+(?=@)/g,
];

export interface Redactor {
  /** Replaces every secret in a string. */
  text(value: string): string;
  /** Returns a deep copy with every string redacted (keys included). */
  value<T>(value: T): T;
}

/** Collects secret values from the environment: named credential variables and secret-looking ones. */
export function secretsFromEnv(
  env: NodeJS.ProcessEnv,
  declaredNames: readonly string[] = [],
): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value || value.length < MIN_SECRET_LENGTH) continue;
    if (declaredNames.includes(name) || SECRET_NAME.test(name)) values.add(value);
  }
  return [...values];
}

export function createRedactor(secrets: readonly string[]): Redactor {
  // Longest first, so a secret that contains another is replaced whole.
  const known = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
  const text = (input: string): string => {
    let out = input;
    for (const secret of known) out = out.split(secret).join(REDACTED);
    for (const pattern of SECRET_PATTERNS) {
      out = out.replace(pattern, (_match: string, prefix: string) => `${prefix}${REDACTED}`);
    }
    return out;
  };
  const value = <T>(input: T): T => deepMap(input, text) as T;
  return { text, value };
}

function deepMap(input: unknown, fn: (s: string) => string): unknown {
  if (typeof input === 'string') return fn(input);
  if (Array.isArray(input)) return input.map((item) => deepMap(item, fn));
  if (input !== null && typeof input === 'object') {
    return Object.fromEntries(Object.entries(input).map(([k, v]) => [fn(k), deepMap(v, fn)]));
  }
  return input;
}
