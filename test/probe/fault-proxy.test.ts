import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startMockProvider, type MockProvider } from '../../src/mock/server.js';
import type { FaultPlan } from '../../src/contract/fault-plan.js';
import { startFaultProxy, type FaultProxy } from '../../src/probe/fault-proxy.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function setup(plan: FaultPlan): Promise<{ proxy: FaultProxy; mock: MockProvider }> {
  const mock = await startMockProvider();
  closers.push(() => mock.close());
  const proxy = await startFaultProxy({
    route: 'primary',
    family: 'chat_completions',
    upstreamBaseUrl: mock.url,
    plan,
  });
  closers.push(() => proxy.close());
  return { proxy, mock };
}

const chat = { model: 'm', messages: [{ role: 'user', content: 'x' }] };
const post = (url: string, headers: Record<string, string> = {}) =>
  request(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(chat),
  }).then(async (r) => ({ status: r.statusCode, headers: r.headers, text: await r.body.text() }));

describe('fault proxy', () => {
  it('plays the plan per sample: each sample sees its own first attempt', async () => {
    const { proxy } = await setup({
      steps: [{ kind: 'status', status: 429, retryAfterMs: 250 }],
      then: { kind: 'ok' },
    });
    const a1 = await post(proxy.baseUrlFor(0));
    const b1 = await post(proxy.baseUrlFor(1));
    const a2 = await post(proxy.baseUrlFor(0));
    expect([a1.status, b1.status, a2.status]).toEqual([429, 429, 200]);
    expect(a1.headers['retry-after-ms']).toBe('250');
    const log = proxy.attempts();
    expect(log.map((a) => [a.sample, a.routeSeq, a.status, a.retryAfterMs])).toEqual([
      [0, 1, 429, 250],
      [1, 1, 429, 250],
      [0, 2, 200, null],
    ]);
    expect(log[2]?.statusClass).toBe('2xx_usable');
    expect(log[2]?.path).toBe('/v1/chat/completions');
  });

  it('forwards healthy attempts to the upstream and stamps its own request id', async () => {
    const { proxy, mock } = await setup({ steps: [], then: { kind: 'ok' } });
    const answer = await post(proxy.baseUrlFor(3));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ object: 'chat.completion' });
    expect(mock.requestCount).toBe(1);
    expect(answer.headers['x-request-id']).toBe(proxy.attempts()[0]?.requestId);
    expect(proxy.attempts()[0]?.requestId).toMatch(/^req_fg_/);
  });

  it('records retry bookkeeping headers and nothing else from the request', async () => {
    const { proxy } = await setup({ steps: [], then: { kind: 'status', status: 503 } });
    await post(proxy.baseUrlFor(0), {
      'x-stainless-retry-count': '2',
      'x-portkey-retry-attempt-count': '1',
      authorization: 'Bearer sk-secret-never-recorded',
    });
    expect(proxy.attempts()[0]?.retryHeaders).toEqual({
      'x-stainless-retry-count': '2',
      'x-portkey-retry-attempt-count': '1',
    });
    expect(JSON.stringify(proxy.attempts())).not.toContain('sk-secret');
  });

  it('loses no attempt: 500 concurrent requests over 50 samples are all logged and attributed', async () => {
    const { proxy } = await setup({
      steps: [{ kind: 'status', status: 503 }],
      then: { kind: 'ok' },
    });
    const sent = Array.from({ length: 500 }, (_, i) => i % 50);
    const answers = await Promise.all(sent.map((sample) => post(proxy.baseUrlFor(sample))));
    expect(proxy.attempts()).toHaveLength(500);
    for (let sample = 0; sample < 50; sample++) {
      const mine = proxy.attempts().filter((a) => a.sample === sample);
      expect(mine.map((a) => a.routeSeq).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 10 }, (_, i) => i + 1),
      );
      expect(mine.filter((a) => a.status === 503)).toHaveLength(1);
    }
    expect(answers.filter((a) => a.status === 503)).toHaveLength(50);
    expect(proxy.unattributed).toBe(0);
  });

  it("answers a request without its prefix, or with another proxy's token, with 404 and counts it", async () => {
    const { proxy } = await setup({ steps: [], then: { kind: 'ok' } });
    expect((await post(`${proxy.origin}/v1`)).status).toBe(404);
    // A late request meant for an earlier proxy that had the same port.
    expect((await post(`${proxy.origin}/fg-000000000000/s/0/v1`)).status).toBe(404);
    expect(proxy.unattributed).toBe(2);
    expect(proxy.attempts()).toHaveLength(0);
    expect(proxy.baseUrlFor(0)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fg-[0-9a-f]{12}\/s\/0\/v1$/);
  });

  it('ends a hang when the proxy closes, and records that no answer was finished', async () => {
    const { proxy } = await setup({ steps: [], then: { kind: 'hang' } });
    const pending = post(proxy.baseUrlFor(0)).then(
      () => 'answered',
      () => 'closed',
    );
    await new Promise((r) => setTimeout(r, 100));
    const started = performance.now();
    await proxy.close();
    expect(await pending).toBe('closed');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(proxy.attempts()[0]).toMatchObject({ fault: 'hang', status: null, finishedAt: null });
  });

  it('bounds a hang on its own when nobody closes it', async () => {
    const mock = await startMockProvider();
    closers.push(() => mock.close());
    const proxy = await startFaultProxy({
      route: 'r',
      family: 'chat_completions',
      upstreamBaseUrl: mock.url,
      plan: { steps: [], then: { kind: 'hang' } },
      maxHangMs: 200,
    });
    closers.push(() => proxy.close());
    const started = performance.now();
    const result = await post(proxy.baseUrlFor(0)).then(
      () => 'answered',
      () => 'closed',
    );
    expect(result).toBe('closed');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('resets the connection and classifies an unusable 2xx body', async () => {
    const { proxy } = await setup({
      steps: [{ kind: 'reset' }, { kind: 'wrong_family' }],
      then: { kind: 'ok' },
    });
    await expect(post(proxy.baseUrlFor(0))).rejects.toThrow();
    const wrong = await post(proxy.baseUrlFor(0));
    expect(wrong.status).toBe(200);
    const log = proxy.attempts();
    expect(log.map((a) => [a.fault, a.statusClass])).toEqual([
      ['reset', 'retryable'],
      ['wrong_family', '2xx_unusable'],
    ]);
    expect(log[0]?.finishedAt).not.toBeNull();
  });

  it('answers 502 when the upstream cannot be reached', async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const proxy = await startFaultProxy({
      route: 'r',
      family: 'chat_completions',
      upstreamBaseUrl: `http://127.0.0.1:${port}/v1`,
      plan: { steps: [], then: { kind: 'ok' } },
    });
    closers.push(() => proxy.close());
    const answer = await post(proxy.baseUrlFor(0));
    expect(answer.status).toBe(502);
    expect(proxy.attempts()[0]).toMatchObject({ status: 502, statusClass: 'retryable' });
  });
});
