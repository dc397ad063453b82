import type { Route } from '../plan/types.js';
import type { Upstream } from './types.js';

export type UpstreamMode = 'auto' | 'mock' | 'live';

export interface UpstreamChoice {
  upstream: Upstream;
  baseUrl: string;
  apiKey: string | null;
  mismatch: string | null;
}

/**
 * Decides where a route is checked. A loopback base URL is always called as it is (it is a local
 * server the user started); a remote one only with its credential present, else the embedded mock
 * stands in and the ledger says so.
 */
export function chooseUpstream(
  route: Route,
  mode: UpstreamMode,
  env: NodeJS.ProcessEnv,
  mockUrl: () => string,
): UpstreamChoice {
  const apiKey = route.apiKeyEnv ? (env[route.apiKeyEnv] ?? null) || null : null;
  const loopback = isLoopbackUrl(route.baseUrl);
  if (mode === 'mock') {
    return {
      upstream: 'mock',
      baseUrl: mockUrl(),
      apiKey: null,
      mismatch: 'upstream forced to the embedded mock',
    };
  }
  if (loopback || (route.apiKeyEnv && apiKey)) {
    return { upstream: 'live', baseUrl: route.baseUrl, apiKey, mismatch: null };
  }
  const why = route.apiKeyEnv
    ? `credential variable ${route.apiKeyEnv} is not set`
    : 'the route names no credential variable (api_key_env)';
  if (mode === 'live') {
    return { upstream: 'live', baseUrl: route.baseUrl, apiKey, mismatch: null };
  }
  return {
    upstream: 'mock',
    baseUrl: mockUrl(),
    apiKey: null,
    mismatch: `${why}; checked against the embedded mock`,
  };
}

export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}
