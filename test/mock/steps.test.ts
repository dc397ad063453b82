import { readFileSync } from 'node:fs';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFaultPlan, parseFaultPlan } from '../../src/contract/fault-plan.js';
import { startMockProvider, type MockProvider } from '../../src/mock/server.js';
import { formatRequestLog } from '../../src/mock/standalone.js';

const mocks: MockProvider[] = [];
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});

const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] });

describe('the mock fault plan', () => {
  it('takes no step for a request it rejects before the plan (404 path, 400 body)', async () => {
    const mock = await startMockProvider({ plan: parseFaultPlan('503, ok') });
    mocks.push(mock);
    const models = await request(`${mock.url}/models`, { method: 'GET' });
    await models.body.dump();
    expect(models.statusCode).toBe(404);
    const bad = await request(`${mock.url}/chat/completions`, { method: 'POST', body: '{' });
    await bad.body.dump();
    expect(bad.statusCode).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      const r = await request(`${mock.url}/chat/completions`, { method: 'POST', body });
      await r.body.dump();
      statuses.push(r.statusCode);
    }
    // The 503 step answers the first request the plan sees, not the rejected GET.
    expect(statuses).toEqual([503, 200]);
    expect(mock.requestCount).toBe(4);
    expect(mock.requests.map((r) => r.attempt)).toEqual([null, null, 1, 2]);
    expect(formatRequestLog(mock.requests[0]!)).toMatch(
      /^attempt=- GET \/v1\/models stream=false rejected=404 \(no fault plan step used\) request_id=req_mock_/,
    );
    expect(formatRequestLog(mock.requests[2]!)).toMatch(
      /^attempt=1 POST \/v1\/chat\/completions stream=false step=503 request_id=/,
    );
  });

  it('prints its plan in the banner exactly as the README shows it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = /fallback-gate mock --port 8080 --faults "([^"]+)"/.exec(readme);
    const banner = /mock provider listening on \S+ \(fault plan: (.+)\)\n/.exec(readme);
    expect(command, 'the README shows a mock command').not.toBeNull();
    expect(banner, 'the README shows the mock banner').not.toBeNull();
    expect(formatFaultPlan(parseFaultPlan(command![1]!))).toBe(banner![1]);
  });
});
