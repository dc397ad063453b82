import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubApi, GitHubApiError } from '../../src/publish/github-api.js';

const TOKEN = 'ghs_SecretTokenValue0123456789abcdef';
let server: Server | null = null;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = null;
  closing.closeAllConnections();
  await new Promise((resolve) => closing.close(resolve));
});

/** A server answering each request with the next status in `script` (then the last, forever). */
async function scripted(script: (number | 'hang')[], headers: Record<string, string> = {}) {
  let calls = 0;
  const times: number[] = [];
  server = createServer((req, res) => {
    times.push(performance.now());
    const step = script[Math.min(calls++, script.length - 1)]!;
    if (step === 'hang') return;
    res.writeHead(step, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(step < 300 ? { ok: true } : { message: `status ${step}` }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const api = createGitHubApi({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token: TOKEN,
    timeoutMs: 200,
    retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 50 },
  });
  return { api, calls: () => calls, times };
}

describe('the GitHub REST client', () => {
  it('retries a 500 and returns the answer that follows', async () => {
    const { api, calls } = await scripted([500, 502, 200]);
    const response = await api.request<{ ok: boolean }>('GET', '/x');
    expect(response.data).toEqual({ ok: true });
    expect(calls()).toBe(3);
  });

  it('gives up after the bounded number of attempts, with the status and no token', async () => {
    const { api, calls } = await scripted([503]);
    const error = await api.request('GET', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(503);
    expect((error as Error).message).toBe('GET /x: HTTP 503: status 503 (after 3 attempts)');
    expect((error as Error).message).not.toContain(TOKEN);
    expect(calls()).toBe(3);
  });

  it('does not retry a plain 403 or 404', async () => {
    const { api, calls } = await scripted([403]);
    await expect(api.request('POST', '/x', {})).rejects.toThrow('HTTP 403: status 403');
    expect(calls()).toBe(1);
  });

  it('retries a secondary rate limit (403 with Retry-After), waiting at most the cap', async () => {
    const { api, calls, times } = await scripted([403, 200], { 'retry-after': '30' });
    await api.request('GET', '/x');
    expect(calls()).toBe(2);
    const waited = times[1]! - times[0]!;
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(1_000);
  });

  it('ends a request that never answers at its deadline, on every attempt', async () => {
    const { api, calls } = await scripted(['hang']);
    const started = performance.now();
    await expect(api.request('GET', '/x')).rejects.toThrow('GET /x: timed out (after 3 attempts)');
    expect(calls()).toBe(3);
    expect(performance.now() - started).toBeLessThan(3 * 200 + 2 * 50 + 500);
  });
});
