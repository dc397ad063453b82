import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startMockProvider } from '../../../src/mock/server.js';
import { startFaultProxy } from '../../../src/probe/fault-proxy.js';

// The fault proxy's shared base URL, for a gateway that reads one config file: its requests
// belong to whichever sample is assigned when they arrive, each sample's fault plan counts from
// its own first attempt, and a request while none is assigned is counted, never guessed.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const post = (url: string) =>
  request(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
  }).then(async (r) => {
    await r.body.dump();
    return r.statusCode;
  });

describe('fault proxy: shared base URL', () => {
  it('attributes to the assigned sample, restarts the plan per sample, and counts the rest', async () => {
    const mock = await startMockProvider();
    closers.push(() => mock.close());
    const proxy = await startFaultProxy({
      route: 'primary',
      family: 'chat_completions',
      upstreamBaseUrl: mock.url,
      plan: { steps: [{ kind: 'status', status: 503 }], then: { kind: 'ok' } },
    });
    closers.push(() => proxy.close());
    expect(proxy.sharedBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fg-[0-9a-f]{12}\/shared\/v1$/);

    expect(await post(proxy.sharedBaseUrl)).toBe(404);
    proxy.assignShared(0);
    expect([await post(proxy.sharedBaseUrl), await post(proxy.sharedBaseUrl)]).toEqual([503, 200]);
    proxy.assignShared(1);
    expect([await post(proxy.sharedBaseUrl), await post(proxy.sharedBaseUrl)]).toEqual([503, 200]);
    proxy.assignShared(null);
    expect(await post(proxy.sharedBaseUrl)).toBe(404);

    expect(proxy.attempts().map((a) => [a.sample, a.routeSeq, a.status])).toEqual([
      [0, 1, 503],
      [0, 2, 200],
      [1, 1, 503],
      [1, 2, 200],
    ]);
    expect(proxy.unattributed).toBe(2);
  });
});
