import { formatWithOptions } from 'node:util';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { readLogFile, parseLogText } from '../../src/incident/log-read.js';
import { rebuildRequests } from '../../src/incident/timeline.js';
import { judgeTimeline } from '../../src/incident/timeline-judge.js';
import { defaultBudget } from '../../src/plan/adapter-common.js';
import { ConfigError } from '../../src/common/config-error.js';
import { parseFaultPlan } from '../../src/contract/fault-plan.js';
import { startMockProvider } from '../../src/mock/server.js';

// Log formats: each shipped sample is detected as its format; a debug log written by the real
// openai client is read back into its attempts and judged; bad logs name file:line:col.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('log format detection', () => {
  it.each([
    ['examples/logs/incident.har', 'har', 3],
    ['examples/logs/litellm-spend-logs.json', 'litellm', 3],
    ['examples/logs/portkey-export.jsonl', 'portkey', 2],
    ['examples/logs/openai-debug.log', 'openai_debug', 3],
  ])('reads %s as %s with %i attempts', async (file, format, attempts) => {
    const log = await readLogFile(file);
    expect(log.format).toBe(format);
    expect(log.attempts).toHaveLength(attempts);
    expect(log.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a debug log written by the real openai client', () => {
  it('rebuilds the three attempts of one request; without a config a retry after retry-after is unknown, not a pass', async () => {
    const mock = await startMockProvider({
      plan: parseFaultPlan('429(retry-after-ms=80), 503, ok'),
    });
    closers.push(() => mock.close());
    const lines: string[] = [];
    // A logger that stamps each line with the time, as a log shipper or `ts` would.
    const write = (...args: unknown[]) => {
      const stamp = new Date().toISOString();
      for (const line of formatWithOptions({ colors: false }, ...args).split('\n')) {
        lines.push(`${stamp} ${line}`);
      }
    };
    const client = new OpenAI({
      apiKey: 'sk-test-key-never-logged-123',
      baseURL: mock.url,
      maxRetries: 2,
      timeout: 5000,
      logLevel: 'debug',
      logger: { debug: write, info: write, warn: write, error: write },
    });
    await client.chat.completions.create({
      model: 'gpt-test',
      messages: [{ role: 'user', content: 'Say ok' }],
    });
    const log = parseLogText('client.log', lines.join('\n'));
    expect(log.format).toBe('openai_debug');
    const requests = rebuildRequests([{ ...log, file: 'client.log', sha256: '0'.repeat(64) }]);
    expect(requests).toHaveLength(1);
    const attempts = requests[0]!.attempts;
    expect(attempts.map((a) => a.status)).toEqual([429, 503, 200]);
    expect(attempts.map((a) => a.retryHeaders['x-stainless-retry-count'])).toEqual(['0', '1', '2']);
    expect(attempts[0]!.retryAfterMs).toBe(80);
    expect(requests[0]!.timed).toBe(true);
    const judged = judgeTimeline({ plan: null, chain: null, budget: defaultBudget('x'), requests });
    const byId = new Map(judged.verdicts.map((v) => [v.id, v]));
    const retryAfter = byId.get('retry_after_honoured');
    expect(retryAfter?.status).toBe('unknown');
    expect(retryAfter?.reason).toMatch(/cannot be told from the caller's own backoff/);
    expect(retryAfter?.figures.followed_by_retry).toBe(1);
    expect(byId.get('attempts_within_budget')?.figures.max_attempts_observed).toBe(3);
    expect(byId.get('stop_rule')?.status).toBe('pass');
    expect(lines.join('\n')).not.toContain('sk-test-key-never-logged-123');
  });
});

describe('bad logs', () => {
  it('names the line and column of a HAR entry without a usable URL', () => {
    const text =
      '{\n  "log": {\n    "entries": [\n      {\n        "startedDateTime": "2026-11-30T10:00:00Z",\n        "request": { "method": "POST", "url": "not a url" },\n        "response": { "status": 200 }\n      }\n    ]\n  }\n}\n';
    const error = errorOf(() => parseLogText('x.har', text));
    expect(error.format()).toMatch(
      /^x\.har:6:47: HAR entry 0: "request\.url" is not an http\(s\) URL/,
    );
  });

  it('names the record of a LiteLLM export whose startTime is not a time', () => {
    const text =
      '[\n  {"request_id": "a", "startTime": "2026-11-30T10:00:00", "api_base": "https://h/v1"},\n  {"request_id": "b", "startTime": "yesterday", "api_base": "https://h/v1"}\n]\n';
    const error = errorOf(() => parseLogText('spend.json', text));
    expect(error.format()).toMatch(/^spend\.json:3:\d+: record 2: "startTime" is not a time/);
  });

  it('names the line where an OpenAI debug block is cut off', () => {
    const text =
      "[log_0a0b0c] sending request {\n  method: 'post',\n  url: 'https://api.openai.com/v1/chat/completions',\n";
    const error = errorOf(() => parseLogText('cut.log', text));
    expect(error.format()).toMatch(
      /^cut\.log:1:1: the block opened here \("sending request"\) has no closing/,
    );
  });

  it('says which formats it reads when it recognises none', () => {
    const error = errorOf(() => parseLogText('notes.txt', 'the API was down around noon\n'));
    expect(error.format()).toMatch(/notes\.txt:1:1: not a log format fallback-gate reads/);
    expect(error.fix).toMatch(/HAR.*LiteLLM.*Portkey/);
  });

  it('refuses JSON records of no known format, pointing at the first record', () => {
    const error = errorOf(() => parseLogText('x.jsonl', '{"a": 1}\n{"b": 2}\n'));
    expect(error.format()).toMatch(/^x\.jsonl:1:1: log records without the fields/);
  });
});

describe('retry-after judged from a log with no config', () => {
  const attempt = (startedMs: number, status: number, retryAfterMs: number | null) => ({
    at: { file: 'x.har', line: 1, column: 1 },
    group: 'req',
    startedMs,
    durationMs: 10,
    method: 'POST',
    host: 'api.example.test',
    path: '/v1/chat/completions',
    status,
    retryAfterMs,
    requestId: null,
    retryHeaders: {},
    model: null,
  });

  it('fails a retry that came 500 ms into a 2000 ms retry-after', () => {
    const requests = [
      { file: 'x.har', timed: true, attempts: [attempt(0, 429, 2000), attempt(510, 200, null)] },
    ];
    const judged = judgeTimeline({ plan: null, chain: null, budget: defaultBudget('x'), requests });
    const verdict = judged.verdicts.find((v) => v.id === 'retry_after_honoured');
    expect(verdict?.status).toBe('fail');
    expect(verdict?.reason).toMatch(/500 ms after it announced retry-after 2000 ms/);
  });
});
