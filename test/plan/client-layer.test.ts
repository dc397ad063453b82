import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { clientSdkLayer } from '../../src/plan/adapter-common.js';
import { positionAt } from '../../src/common/config-error.js';

// --client-retries N declares the official OpenAI SDK in front of the routing. Its attempt count
// is checked against the real `openai` client on loopback: N retries make N + 1 calls.

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
  );
});

async function countCalls(maxRetries: number | undefined): Promise<number> {
  let calls = 0;
  const server = createServer((req, res) => {
    calls++;
    req.resume();
    // retry-after-ms keeps the SDK's own backoff out of the test's time.
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after-ms': '1' });
    res.end(JSON.stringify({ error: { message: 'unavailable', type: 'server_error' } }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new OpenAI({
    apiKey: 'test-only',
    baseURL: `http://127.0.0.1:${port}/v1`,
    timeout: 5000,
    ...(maxRetries !== undefined ? { maxRetries } : {}),
  });
  await expect(
    client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'ping' }] }),
  ).rejects.toThrow();
  return calls;
}

describe('client SDK layer', () => {
  it('matches the openai client: 2 retries by default, 3 calls', async () => {
    expect(await countCalls(undefined)).toBe(clientSdkLayer(2, positionAt('x')).retry.maxAttempts);
  });

  it('matches the openai client with maxRetries 4: 5 calls', async () => {
    expect(await countCalls(4)).toBe(clientSdkLayer(4, positionAt('x')).retry.maxAttempts);
  });
});
