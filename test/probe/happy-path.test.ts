import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock/server.js';
import type { Route } from '../../src/routing/types.js';
import { probeHappyPath } from '../../src/probe/happy-path.js';
import { chooseUpstream } from '../../src/probe/upstream.js';

const at = { file: 'cfg.yaml', line: 1, column: 1 };
const route = (family: Route['family'], baseUrl: string): Route => ({
  name: 'r',
  family,
  baseUrl,
  model: 'm',
  apiKeyEnv: null,
  timeoutMs: 2000,
  stream: false,
  at,
});

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function mock(options: Parameters<typeof startMockProvider>[0] = {}): Promise<MockProvider> {
  const m = await startMockProvider(options);
  closers.push(() => m.close());
  return m;
}

async function server(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s: Server = createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/v1`;
}

describe('happy path probe', () => {
  it.each(['chat_completions', 'responses'] as const)(
    'finds a usable %s answer from the mock',
    async (family) => {
      const m = await mock();
      const r = route(family, m.url);
      const obs = await probeHappyPath(
        r,
        chooseUpstream(r, 'auto', {}, () => m.url),
      );
      expect(obs.statusClass).toBe('2xx_usable');
      expect(obs.upstream).toBe('live');
      expect(obs.requestIdSource).toBe('provider');
      expect(obs.output?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(obs.output?.length).toBe(2);
    },
  );

  it('classifies a 429 as retryable and a 401 as terminal', async () => {
    const throttled = await mock({ plan: { steps: [], then: { kind: 'status', status: 429 } } });
    const denied = await mock({ plan: { steps: [], then: { kind: 'status', status: 401 } } });
    const a = route('chat_completions', throttled.url);
    const b = route('chat_completions', denied.url);
    expect(
      await probeHappyPath(
        a,
        chooseUpstream(a, 'auto', {}, () => ''),
      ).then((o) => o.statusClass),
    ).toBe('retryable');
    expect(
      await probeHappyPath(
        b,
        chooseUpstream(b, 'auto', {}, () => ''),
      ).then((o) => o.statusClass),
    ).toBe('terminal');
  });

  it("calls a 200 with the other family's body unusable", async () => {
    const m = await mock();
    const r = route('responses', m.url.replace('/v1', '/v1'));
    // A server that answers every path with a chat completion body.
    const url = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          model: 'm',
          choices: [
            { index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' },
          ],
        }),
      );
    });
    const wrong = { ...r, baseUrl: url };
    const obs = await probeHappyPath(
      wrong,
      chooseUpstream(wrong, 'auto', {}, () => ''),
    );
    expect(obs.statusClass).toBe('2xx_unusable');
    expect(obs.reason).toBe(
      "the other family's shape: a chat_completions body where responses was expected",
    );
  });

  it('names a stalled server as a timeout within the route deadline', async () => {
    const url = await server(() => {
      /* never answers */
    });
    const r = { ...route('chat_completions', url), timeoutMs: 300 };
    const started = performance.now();
    const obs = await probeHappyPath(
      r,
      chooseUpstream(r, 'auto', {}, () => ''),
    );
    expect(obs.statusClass).toBe('retryable');
    expect(obs.reason).toMatch(/timeout|deadline/);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('names a refused connection', async () => {
    const r = route('chat_completions', 'http://127.0.0.1:1/v1');
    const obs = await probeHappyPath(
      r,
      chooseUpstream(r, 'auto', {}, () => ''),
    );
    expect(obs).toMatchObject({
      statusClass: 'retryable',
      reason: 'connection refused',
      requestIdSource: 'generated',
    });
  });
});

describe('upstream choice', () => {
  const remote = {
    ...route('chat_completions', 'https://api.example.test/v1'),
    apiKeyEnv: 'EXAMPLE_KEY',
  };

  it('uses the mock and records a mismatch when the key is missing', () => {
    const choice = chooseUpstream(remote, 'auto', {}, () => 'http://127.0.0.1:9/v1');
    expect(choice).toMatchObject({ upstream: 'mock', apiKey: null });
    expect(choice.mismatch).toMatch(/EXAMPLE_KEY is not set/);
  });

  it('goes live when the key is present', () => {
    const choice = chooseUpstream(remote, 'auto', { EXAMPLE_KEY: 'k-123456789' }, () => '');
    expect(choice).toMatchObject({
      upstream: 'live',
      baseUrl: 'https://api.example.test/v1',
      mismatch: null,
    });
  });
});
