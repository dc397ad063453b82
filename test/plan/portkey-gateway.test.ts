import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { summariseChains } from '../../src/plan/analyse.js';
import { planFromText } from '../../src/plan/load.js';
import { NODE, ROOT, cleanEnv } from '../helpers/spawn.js';

// The Portkey adapter's counting, checked against the real gateway (@portkey-ai/gateway) on
// loopback: an upstream that always answers 429 counts the calls the gateway makes for one
// request, and that count must equal the plan's worst case. The gateway waits 1 s before each
// first retry, so the retries here are kept few (the test takes about 2 s).

// The gateway wants a key on every provider target; a variable reference (which the gateway
// forwards as it is, to the loopback upstream only) keeps the gate's literal-key check satisfied.
const KEY = '$' + '{UPSTREAM_KEY}';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function startGateway(): Promise<number> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    NODE,
    [
      `${ROOT}node_modules/@portkey-ai/gateway/build/start-server.js`,
      `--port=${port}`,
      '--headless',
    ],
    { cwd: ROOT, env: cleanEnv(), stdio: 'ignore' },
  );
  cleanups.push(() => {
    child.kill('SIGKILL');
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the Portkey gateway did not start within 10 s');
}

describe('Portkey counting against the real gateway', () => {
  it('the plan predicts exactly the upstream calls for nested fallbacks with inherited retries', async () => {
    let calls = 0;
    const upstream = createServer((req, res) => {
      calls++;
      req.resume();
      res.writeHead(429, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'rate limited', type: 'rate_limit' } }));
    });
    const upstreamPort = await listen(upstream);
    const host = `http://127.0.0.1:${upstreamPort}/v1`;
    const config = {
      strategy: { mode: 'fallback' },
      retry: { attempts: 1, on_status_codes: [429] },
      request_timeout: 5000,
      custom_host: host,
      targets: [
        { provider: 'openai', api_key: KEY, override_params: { model: 'primary-model' } },
        {
          strategy: { mode: 'fallback' },
          retry: { attempts: 0 },
          targets: [
            { provider: 'openai', api_key: KEY, override_params: { model: 'second' } },
            { provider: 'openai', api_key: KEY, override_params: { model: 'third' } },
          ],
        },
        {
          strategy: { mode: 'loadbalance' },
          override_params: { model: 'balanced' },
          targets: [
            { provider: 'openai', api_key: KEY, weight: 1 },
            { provider: 'openai', api_key: KEY, weight: 1 },
          ],
        },
      ],
    };
    const plan = planFromText('portkey.json', JSON.stringify(config, null, 2));
    const [predicted] = summariseChains(plan);
    // 2 (attempts 1) + 1 + 1 (attempts 0) + 2 (the balanced pick inherits attempts 1).
    expect(predicted?.attempts).toBe(6);

    const gatewayPort = await startGateway();
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-portkey-config': JSON.stringify(config),
        authorization: 'Bearer test-only',
      },
      body: JSON.stringify({ model: 'ignored', messages: [{ role: 'user', content: 'ping' }] }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = await res.text();
    expect(res.status, body).toBe(429);
    expect(calls).toBe(predicted?.attempts);
  });
});
