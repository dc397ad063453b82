import type { Route, RoutingPlan } from '../routing/index.js';

// The credential rule, in one place: a key is sent only to an origin (scheme, host and port)
// that the base version of the config already sent that same key to, or that the trusted hosts
// name. Both the plan stage's findings and every sender (happy path, live upstream, any driver
// that attaches a key) ask this function, so what is reported and what is sent cannot differ.

export interface CredentialTrust {
  /** The config as it is on the base branch; null when there is none to compare with. */
  base: RoutingPlan | null;
  /** `--trusted-host` / the `trusted-hosts` input: `host`, `host:port` or `scheme://host:port`. */
  trustedHosts: readonly string[];
  /**
   * Set when the config comes from an unmerged change and its base version could not be read
   * (a shallow checkout, a new file): why, in one line. Then only trusted hosts receive keys.
   */
  baseUnreadable: string | null;
}

/** No base, no trusted hosts, not a change: the operator's own config (a local run). */
export const OWN_CONFIG: CredentialTrust = { base: null, trustedHosts: [], baseUnreadable: null };

export type CredentialVerdict =
  | { send: true; origin: string; because: 'base' | 'trusted' | 'own_config' }
  | { send: false; origin: string; reason: string; fix: string };

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** `https://api.example.com:443`: scheme, lower-cased host and explicit port; null if not a URL. */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const port = parsed.port || DEFAULT_PORTS[parsed.protocol];
  if (!port) return null;
  return `${parsed.protocol}//${parsed.hostname.toLowerCase()}:${port}`;
}

/**
 * The origin a trusted-hosts entry names. A bare `host` or `host:port` means https (a key never
 * travels over plain http unless the entry says `http://` itself).
 */
export function trustedOriginOf(entry: string): string | null {
  const text = entry.trim();
  if (text === '') return null;
  return originOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
}

/** Whether `route`'s credential may be sent to the route's base URL. */
export function credentialVerdict(route: Route, trust: CredentialTrust): CredentialVerdict {
  const origin = originOf(route.baseUrl) ?? route.baseUrl;
  const key = route.apiKeyEnv ?? 'its credential';
  const trusted = new Set(trust.trustedHosts.flatMap((h) => trustedOriginOf(h) ?? []));
  if (trusted.has(origin)) return { send: true, origin, because: 'trusted' };
  if (trust.base) {
    const used = trust.base.routes.some(
      (r) => r.apiKeyEnv === route.apiKeyEnv && originOf(r.baseUrl) === origin,
    );
    if (used) return { send: true, origin, because: 'base' };
    return {
      send: false,
      origin,
      reason: `${key} is not sent to ${origin}: the base config never sent that key there and the trusted hosts do not name it`,
      fix: `if ${origin} is meant to receive ${key}, add it to trusted-hosts (--trusted-host) in a reviewed change`,
    };
  }
  if (trust.baseUnreadable !== null) {
    return {
      send: false,
      origin,
      reason: `${key} is not sent to ${origin}: this config comes from an unmerged change and its base version could not be read (${trust.baseUnreadable})`,
      fix: `give actions/checkout "fetch-depth: 0" so the base config can be read, or name ${origin} in trusted-hosts`,
    };
  }
  if (trust.trustedHosts.length > 0) {
    return {
      send: false,
      origin,
      reason: `${key} is not sent to ${origin}: the trusted hosts do not name it`,
      fix: `add ${origin} to trusted-hosts (--trusted-host) if it is meant to receive ${key}`,
    };
  }
  return { send: true, origin, because: 'own_config' };
}
