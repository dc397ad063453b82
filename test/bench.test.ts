import { mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { median, timeSpawn } from '../bench/measure.js';
import { startRecordingProxy, type RecordingProxy } from '../bench/recording-proxy.js';
import { startMockProvider, type MockProvider } from '../src/mock/server.js';

describe('benchmark tools', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it('takes the median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('times the moment a process opens the marker FIFO, before it exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-bench-test-'));
    closers.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
    const fifo = join(dir, 'marker');
    execFileSync('mkfifo', [fifo]);
    const script = `setTimeout(() => { require('fs').readFileSync(${JSON.stringify(fifo)}); setTimeout(() => {}, 150); }, 100);`;
    const timing = await timeSpawn(process.execPath, ['-e', script], process.env, {
      markerFifo: fifo,
    });
    expect(timing.code).toBe(0);
    expect(timing.markerMs).not.toBeNull();
    expect(timing.markerMs!).toBeGreaterThanOrEqual(100);
    expect(timing.exitMs - timing.markerMs!).toBeGreaterThanOrEqual(140);
  });

  it('reports no marker when the process exits without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-bench-test-'));
    closers.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
    const fifo = join(dir, 'marker');
    execFileSync('mkfifo', [fifo]);
    const timing = await timeSpawn(process.execPath, ['-e', '0'], process.env, {
      markerFifo: fifo,
    });
    expect(timing.markerMs).toBeNull();
  });

  it('the recording proxy logs each concurrent attempt once, with the request id its caller saw', async () => {
    const mock: MockProvider = await startMockProvider();
    closers.push(() => mock.close());
    const proxy: RecordingProxy = await startRecordingProxy(mock.url);
    closers.push(() => proxy.close());
    const agent = new Agent({ connections: 50 });
    closers.push(() => agent.close());
    const seen = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const response = await request(`${proxy.url}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-bench-attempt': `a${i}` },
          body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
          dispatcher: agent,
        });
        await response.body.text();
        return { id: `a${i}`, requestId: response.headers['x-request-id'] };
      }),
    );
    expect(proxy.log).toHaveLength(50);
    expect(mock.requestCount).toBe(50);
    for (const s of seen) {
      const lines = proxy.log.filter((l) => l.attemptId === s.id);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.upstreamRequestId).toBe(s.requestId);
      expect(lines[0]!.status).toBe(200);
    }
  });
});
