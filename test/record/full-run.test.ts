import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatCompletionBody } from '../../src/mock/bodies.js';
import { renderConsole } from '../../src/record/render-console.js';
import { verifyHistoryText, verifyLedgerText } from '../../src/record/verify.js';
import { runGate } from '../../src/run.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';
import { context } from './fixtures.js';

// A whole pipeline run against a loopback provider that misbehaves the way real ones do: it
// echoes the credential it received back in its request-id header and its answer carries
// generated text. Every output of the run must verify and hold none of it.

const tmp = useTmpDir();
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

const GENERATED = 'GENERATED-TEXT-do-not-copy-4411';

async function echoingProvider(): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const auth = req.headers.authorization ?? '';
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-request-id': auth.replace(/^Bearer\s+/i, ''),
      });
      res.end(JSON.stringify(chatCompletionBody('m', GENERATED)));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

describe('a full run', () => {
  it('writes outputs that all verify and hold no credential, prompt or generated text', async () => {
    const base = await echoingProvider();
    const dir = tmp();
    const config = writeFile(
      dir,
      'routing.yaml',
      `routes:
  - { name: primary, endpoint_family: chat_completions, base_url: "${base}", model: m, api_key_env: ECHO_PROVIDER_CRED, timeout_ms: 1000 }
  - { name: backup, endpoint_family: chat_completions, base_url: "${base}", model: m, api_key_env: ECHO_PROVIDER_CRED, timeout_ms: 1000 }
budget: { max_attempts_per_request: 4 }
owners: { operator_initials: FG, follow_up_owner: platform-oncall }
`,
    );
    const secret = 'cred-7QpLx2vN9wRt4Zk8';
    const other = 'deploy-Hj3Kd9Lm2Np5Qr';
    const env = { ECHO_PROVIDER_CRED: secret, RELEASE_TOKEN: other };
    const history = join(dir, 'history', 'ledger.jsonl');
    const results = [];
    for (let i = 0; i < 2; i += 1) {
      results.push(
        await runGate({
          configPath: config,
          outDir: join(dir, 'out'),
          upstream: 'auto',
          env,
          context: context({ run: null, evidenceLinks: [] }),
          historyPath: history,
        }),
      );
    }
    const last = results[1]!;
    expect(last.exitCode).toBe(0);
    expect(last.entry.routes[0]).toMatchObject({ upstream: 'live', request_id: '[REDACTED]' });

    const json = readFileSync(last.files.jsonPath, 'utf8');
    const markdown = readFileSync(last.files.markdownPath, 'utf8');
    const jsonl = readFileSync(history, 'utf8');
    const consoleText = renderConsole(last.entry, { colour: true });
    for (const text of [json, markdown, jsonl, consoleText]) {
      for (const forbidden of [secret, other, GENERATED, 'Reply with the single word']) {
        expect(text).not.toContain(forbidden);
      }
    }
    expect(verifyLedgerText(json, [secret, other])).toMatchObject({ ok: true });
    expect(verifyHistoryText(jsonl, [secret, other])).toMatchObject({ ok: true, entries: 2 });
    expect(jsonl.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
