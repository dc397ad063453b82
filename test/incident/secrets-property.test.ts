import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPacket } from '../../src/cli/commands/packet.js';
import { runTrend } from '../../src/cli/commands/trend.js';
import { runRecord } from '../../src/cli/commands/record.js';
import { verifyLedgerFile } from '../../src/cli/commands/ledger-files.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// Property: whatever secrets a log holds (authorization headers, keys in URLs and headers,
// prompts, outputs, customer data), none of them reaches any output of record, packet or
// trend: ledger.json, ledger.md, the history line, the console, packet.json, packet.md and the
// Mermaid summary. Every output also passes `ledger verify`.

const tmp = useTmpDir();
const token = fc.stringMatching(/^[A-Za-z0-9]{18,30}$/).map((t) => `Zq${t}`);
const planted = fc.record({
  bearer: token,
  apiKey: token,
  queryKey: token,
  password: token,
  prompt: token,
  output: token,
  customer: token,
  cookie: token,
});
type Planted = typeof planted extends fc.Arbitrary<infer T> ? T : never;

function har(s: Planted): string {
  const url = `https://svc:${s.password}@api.openai.com/v1/chat/completions?api-key=${s.queryKey}`;
  const entry = (at: string, status: number, retry: number) => ({
    startedDateTime: at,
    time: 40,
    request: {
      method: 'POST',
      url,
      headers: [
        { name: 'Authorization', value: `Bearer ${s.bearer}` },
        { name: 'x-api-key', value: s.apiKey },
        { name: 'cookie', value: `session=${s.cookie}` },
        { name: 'x-customer', value: `${s.customer}@example.com` },
        { name: 'x-stainless-retry-count', value: String(retry) },
      ],
      postData: {
        mimeType: 'application/json',
        text: JSON.stringify({ messages: [{ role: 'user', content: `Tell me ${s.prompt}` }] }),
      },
    },
    response: {
      status,
      headers: [
        { name: 'retry-after', value: '1' },
        { name: 'x-request-id', value: `sk-${s.apiKey}` },
        { name: 'set-cookie', value: `id=${s.cookie}` },
      ],
      content: {
        text: JSON.stringify({ choices: [{ message: { content: `Answer ${s.output}` } }] }),
      },
    },
  });
  return JSON.stringify({
    log: {
      entries: [
        entry('2026-11-30T10:00:00.000Z', 429, 0),
        entry('2026-11-30T10:00:01.500Z', 200, 1),
      ],
    },
  });
}

function litellm(s: Planted): string {
  const row = (start: string, status: string, code: string | null) => ({
    request_id: 'chatcmpl-abc123',
    call_type: 'acompletion',
    api_key: s.apiKey,
    startTime: start,
    endTime: start,
    model: 'gpt-4o',
    api_base: `https://svc:${s.password}@api.openai.com/v1?key=${s.queryKey}`,
    status,
    end_user: `${s.customer}@example.com`,
    session_id: 'sess-1',
    metadata: {
      user_api_key: `Bearer ${s.bearer}`,
      error_information: code
        ? { error_code: code, error_message: `failed for ${s.prompt}` }
        : null,
    },
    messages: [{ role: 'user', content: `Tell me ${s.prompt}` }],
    response: { choices: [{ message: { content: `Answer ${s.output}` } }] },
  });
  return [
    row('2026-11-30T10:00:00.000', 'failure', '503'),
    row('2026-11-30T10:00:02.000', 'success', null),
  ]
    .map((r) => JSON.stringify(r))
    .join('\n');
}

function portkey(s: Planted): string {
  return JSON.stringify({
    id: 'pk-1',
    created_at: '2026-11-30T10:00:00.000Z',
    request_url: `https://api.openai.com/v1/chat/completions?key=${s.queryKey}`,
    request_method: 'POST',
    response_status_code: 429,
    response_time: 300,
    retry_success_count: 2,
    'request.body': { messages: [{ role: 'user', content: `Tell me ${s.prompt}` }] },
    'response.body': { error: `Answer ${s.output}` },
    metadata: { customer: `${s.customer}@example.com`, authorization: `Bearer ${s.bearer}` },
  });
}

function openaiDebug(s: Planted): string {
  return [
    `[log_00a1b2] sending request {`,
    `  method: 'post',`,
    `  url: 'https://api.openai.com/v1/chat/completions?api_key=${s.queryKey}',`,
    `  options: {`,
    `    body: { messages: [ { role: 'user', content: 'Tell me ${s.prompt}' } ] }`,
    `  },`,
    `  headers: {`,
    `    authorization: 'Bearer ${s.bearer}',`,
    `    'x-api-key': '${s.apiKey}',`,
    `    'x-stainless-retry-count': '0'`,
    `  }`,
    `}`,
    `[log_00a1b2] post https://api.openai.com/v1/chat/completions failed with status 500 in 12ms - retrying, 1 attempts remaining`,
    `[log_00a1b2] response error (retrying, 1 attempts remaining) {`,
    `  url: 'https://api.openai.com/v1/chat/completions',`,
    `  status: 500,`,
    `  headers: { 'set-cookie': 'id=${s.cookie}' },`,
    `  message: 'Answer ${s.output}',`,
    `  durationMs: 12`,
    `}`,
  ].join('\n');
}

function everyFile(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? everyFile(path) : [path];
  });
}

describe('planted secrets in logs never reach an output', () => {
  it('holds for all four formats through record, packet, history and trend', async () => {
    await fc.assert(
      fc.asyncProperty(planted, async (s) => {
        const dir = tmp();
        const logs = [
          writeFile(dir, 'a.har', har(s)),
          writeFile(dir, 'b.jsonl', litellm(s)),
          writeFile(dir, 'c.jsonl', portkey(s)),
          writeFile(dir, 'd.log', openaiDebug(s)),
        ];
        const env = { OPENAI_API_KEY: s.apiKey };
        const out = join(dir, 'out');
        const history = join(out, 'history.jsonl');
        const consoleText: string[] = [];
        for (const [i, log] of logs.entries()) {
          const r = await runRecord({
            facts: {
              evidenceLinks: [],
              uncertainty: [],
              operator: 'AB',
              owner: 'team',
              decision: 'escalate',
            },
            logs: [log],
            select: [],
            out: join(out, `entry${i}`),
            history,
            env,
            now: new Date('2026-11-30T11:00:00Z'),
            gateVersion: 'test',
            style: { colour: false },
            runtime: { nodeVersion: process.version, runnerOs: 'linux-x64' },
          });
          consoleText.push(r.stdout);
        }
        const ledgers = logs.map((_, i) => join(out, `entry${i}`, 'ledger.json'));
        const packet = await runPacket(
          ledgers,
          join(out, 'packet'),
          env,
          new Date('2026-11-30T11:05:00Z'),
        );
        expect(packet.code, packet.stderr).toBe(0);
        const trend = await runTrend(history, join(out, 'summary.md'), env);
        expect(trend.code, trend.stderr).toBe(0);
        consoleText.push(packet.stdout, trend.stdout);
        const outputs = [...everyFile(out).map((f) => readFileSync(f, 'utf8')), ...consoleText];
        expect(outputs.length).toBe(4 * 2 + 1 + 2 + 1 + 6);
        for (const text of outputs) {
          for (const secret of Object.values(s)) expect(text).not.toContain(secret);
        }
        for (const file of [...ledgers, join(out, 'packet', 'packet.json'), history]) {
          const verified = await verifyLedgerFile(file, env);
          expect(verified.code, verified.stderr).toBe(0);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
