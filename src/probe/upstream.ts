import { z } from 'zod';
import { type CredentialTrust, credentialVerdict, OWN_CONFIG } from '../plan/index.js';
import type { Route } from '../routing/index.js';
import { isLoopbackUrl } from '../common/index.js';
import type { Upstream } from '../observations/index.js';

export const UPSTREAM_MODES = ['auto', 'mock', 'live'] as const;
export const UpstreamModeSchema = z.enum(UPSTREAM_MODES);
export type UpstreamMode = z.infer<typeof UpstreamModeSchema>;

export interface UpstreamChoice {
  upstream: Upstream;
  baseUrl: string;
  /** The credential, read from the route's variable; sent only in the Authorization header. */
  apiKey: string | null;
  /** Why this is not live evidence for the configured endpoint; null when it is. */
  mismatch: string | null;
}

/**
 * Decides where a route is checked.
 * - `mock`: always the embedded mock, recorded as a mismatch.
 * - `auto`: a loopback base URL is called as it is (a local server the user started, credential
 *   optional); a remote one only when its credential is present and would travel encrypted,
 *   else the embedded mock stands in and the ledger says why.
 * - `live`: the configured endpoint even without a credential (it will answer 401 if it needs one),
 *   but never a credential over plain http to a remote host.
 * In every mode, a route whose credential the trust rule withholds (credential-gate.ts) is checked
 * against the embedded mock instead, and the mismatch says why and how to fix it.
 */
export function chooseUpstream(
  route: Route,
  mode: UpstreamMode,
  env: NodeJS.ProcessEnv,
  mockUrl: () => string,
  trust: CredentialTrust = OWN_CONFIG,
): UpstreamChoice {
  const key = credentialOf(route, env);
  const loopback = isLoopbackUrl(route.baseUrl);
  const plainHttpRemote = !loopback && !route.baseUrl.toLowerCase().startsWith('https://');
  const mock = (why: string): UpstreamChoice => ({
    upstream: 'mock',
    baseUrl: mockUrl(),
    apiKey: null,
    mismatch: `${why}; checked against the embedded mock`,
  });
  if (mode === 'mock') return mock('upstream forced to the embedded mock (--upstream mock)');
  if (key) {
    // The credential rule: a key goes only where the base config already sent it or where the
    // trusted hosts say. The route's own host is not called at all, with or without the key.
    const verdict = credentialVerdict(route, trust);
    if (!verdict.send) return mock(`${verdict.reason}; to fix: ${verdict.fix}`);
  }
  if (key && plainHttpRemote) {
    // A bearer credential must never cross the network in clear text.
    return mock(`the credential in ${route.apiKeyEnv ?? ''} is not sent over plain http`);
  }
  if (loopback) return { upstream: 'live', baseUrl: route.baseUrl, apiKey: key, mismatch: null };
  if (mode === 'live') {
    return { upstream: 'live', baseUrl: route.baseUrl, apiKey: key, mismatch: null };
  }
  if (key) return { upstream: 'live', baseUrl: route.baseUrl, apiKey: key, mismatch: null };
  return mock(
    route.apiKeyEnv
      ? `credential variable ${route.apiKeyEnv} is not set`
      : 'the route names no credential variable (api_key_env)',
  );
}

/** The credential, or null when the variable is unnamed, unset, empty or only whitespace. */
function credentialOf(route: Route, env: NodeJS.ProcessEnv): string | null {
  if (!route.apiKeyEnv) return null;
  const value = env[route.apiKeyEnv];
  return value && value.trim().length > 0 ? value.trim() : null;
}
