// One redaction pass for every output. Known secret values (from the environment and the config)
// are replaced wherever they appear; secret-shaped strings (credential headers, bearer tokens,
// provider key formats, URL credentials and key-bearing query parameters) are caught by pattern.
// The pass is idempotent, so `ledger verify` can check a file by redacting it again and
// comparing.

import type { RoutingPlan } from '../routing/index.js';

export const REDACTED = '[REDACTED]';

// Variables whose names say they hold a secret, whatever the config declares.
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|COOKIE|SESSION)/i;
// Shorter values are too likely to be ordinary words or numbers to replace everywhere.
export const MIN_SECRET_LENGTH = 8;

// Header and field names whose value is a credential, whatever it looks like.
const SENSITIVE_NAME =
  /^(?:(?:proxy-)?authorization|x-api-key|api-key|api_key|apikey|x-goog-api-key|openai-api-key|cookie|set-cookie|password|passwd|secret|client_secret|access_token|refresh_token|token)$/i;
const SENSITIVE_HEADER =
  '(?:proxy-)?authorization|x-api-key|api-key|x-goog-api-key|openai-api-key|cookie|set-cookie';
const QUERY_KEY =
  'api[_-]?key|apikey|key|token|access_token|refresh_token|secret|client_secret|password|passwd|sig|signature';

// Each pattern keeps its first group (a harmless prefix) and redacts the rest of the match.
const SECRET_PATTERNS: RegExp[] = [
  // A credential header written as `Name: value` or as a JSON member `"name": "value"`.
  new RegExp(`((?:^|[\\s"'{,;])(?:${SENSITIVE_HEADER})"?\\s*[:=]\\s*"?)[^"\\r\\n,}|<]+`, 'gim'),
  /\b((?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /()\bsk-[A-Za-z0-9_-]{8,}/g,
  /()\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
  /()\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /()\bAKIA[0-9A-Z]{16}\b/g,
  /()\bAIza[0-9A-Za-z_-]{35}/g,
  /()\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
  new RegExp(`\\b((?:${QUERY_KEY})=)[^&\\s"'#<>|()[\\]]+`, 'gi'),
  // userinfo in a URL: scheme://user:password@host
  /(\/\/)[^/\s:@"'<>|]+:[^/\s@"'<>|]+(?=@)/g,
];

/** Whether a header or field of this name holds a credential whatever its value looks like. */
export function isCredentialField(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

export interface Redactor {
  /** Replaces every secret in a string. */
  text(value: string): string;
  /** Returns a deep copy with every string redacted (keys included), and credential fields blanked. */
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
    if (!declaredNames.includes(name) && !SECRET_NAME.test(name)) continue;
    // The value as written and as sent: a key is trimmed before it goes on the wire, and a
    // provider echoing it back echoes the trimmed form.
    values.add(value);
    if (value.trim().length >= MIN_SECRET_LENGTH) values.add(value.trim());
  }
  return [...values];
}

/**
 * Collects secret values a config carries in its URLs: the password (and user) of userinfo, and
 * the values of key-bearing query parameters. They are redacted even where they appear without
 * their URL around them (an error message quoting the key, for example).
 */
export function secretsFromUrls(urls: readonly string[]): string[] {
  const values = new Set<string>();
  const keyParam = new RegExp(`^(?:${QUERY_KEY})$`, 'i');
  for (const text of urls) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      continue;
    }
    for (const part of [url.username, url.password]) {
      const decoded = safeDecode(part);
      if (decoded.length >= MIN_SECRET_LENGTH) values.add(decoded);
      if (part.length >= MIN_SECRET_LENGTH) values.add(part);
    }
    for (const [name, value] of url.searchParams) {
      if (keyParam.test(name) && value.length >= MIN_SECRET_LENGTH) values.add(value);
    }
  }
  return [...values];
}

/**
 * @param secrets known secret values, replaced wherever they appear
 * @param vocabulary words the output format itself uses (enum values such as `reference`): a
 *   "secret" found inside one is an ordinary word some variable happens to hold, and replacing it
 *   would corrupt the output rather than protect anything
 */
export function createRedactor(
  secrets: readonly string[],
  vocabulary: readonly string[] = [],
): Redactor {
  // Longest first, so a secret that contains another is replaced whole. A value that is part of
  // the marker itself could never be removed, so it is left to the patterns.
  const known = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))]
    .filter((s) => !REDACTED.includes(s) && !vocabulary.some((word) => word.includes(s)))
    .sort((a, b) => b.length - a.length);
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
    return Object.fromEntries(
      Object.entries(input).map(([k, v]) => [
        fn(k),
        typeof v === 'string' && SENSITIVE_NAME.test(k) && v.length > 0 ? REDACTED : deepMap(v, fn),
      ]),
    );
  }
  return input;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Every secret a run knows, in one set, so that its ledger, its messages and its masks hide the
 * same values: credential-named variables and the variables the routes name, the secrets in the
 * routes' URLs, and what the caller adds (the action's token).
 */
export function runSecrets(
  env: NodeJS.ProcessEnv,
  plan: RoutingPlan | null,
  extra: readonly string[] = [],
): string[] {
  const routes = plan?.routes ?? [];
  return [
    ...new Set([
      ...extra,
      ...secretsFromEnv(
        env,
        routes.flatMap((r) => (r.apiKeyEnv ? [r.apiKeyEnv] : [])),
      ),
      ...secretsFromUrls(routes.map((r) => r.baseUrl)),
    ]),
  ];
}
