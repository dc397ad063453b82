import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chatCompletionBody } from '../../src/mock/bodies.js';
import {
  runtimeToken,
  startFakeArtifactService,
  type FakeArtifactService,
} from '../fakes/artifact-service.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';
import { writeZip } from '../fakes/zip.js';
import { runActionInProcess, type InProcessRun } from '../helpers/action-in-process.js';
import { cleanEnv, ROOT } from '../helpers/spawn.js';
import { useTmpDir } from '../helpers/tmp.js';

// The action (run() in-process, with a runner's dependencies) attacked where the gate meets the
// outside: a pull request moving a keyed route, a broken event file, runner files that cannot
// be written, and a passing ledger from a run that failed.

const tmp = useTmpDir();
const TOKEN = 'ghs_FakeWorkflowToken0123456789abcdefABCDEF';
const KEY = 'key-Action-Pk3Vn8Rt2Wq6Zx';

let github: FakeGitHub;
let artifacts: FakeArtifactService;
const servers: Server[] = [];
// One fake GitHub for the file: @actions/artifact fixes its API URL when it first loads.
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});
beforeEach(async () => {
  github.reset();
  artifacts = await startFakeArtifactService();
});
afterEach(async () => {
  await artifacts.close();
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

async function runAction(
  cwd: string,
  event: string,
  payload: string,
  inputs: Record<string, string>,
  extra: NodeJS.ProcessEnv = {},
): Promise<InProcessRun & { outDir: string }> {
  const scratch = tmp();
  const eventPath = join(scratch, 'event.json');
  writeFileSync(eventPath, payload);
  const outDir = join(scratch, 'ledger');
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/routing',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: scratch,
    ROUTE_API_KEY: KEY,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ACTIONS_RESULTS_URL: `${artifacts.url}/`,
    ...extra,
  };
  const all = {
    'out-dir': outDir,
    'github-token': TOKEN,
    'api-timeout-ms': '400',
    'api-max-attempts': '1',
    'sink-timeout-ms': '5000',
    comment: 'false',
    ...inputs,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runActionInProcess({ cwd, env: cleanEnv(env) });
  return { ...result, outDir };
}

async function listener(host: string): Promise<{ url: string; auth: string[] }> {
  const auth: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      auth.push(req.headers.authorization ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(chatCompletionBody('m', 'ok')));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}/v1`, auth };
}

const config = (url: string) => `routes:
  - { name: primary, endpoint_family: chat_completions, base_url: "${url}", model: m, api_key_env: ROUTE_API_KEY, timeout_ms: 2000 }
budget: { max_attempts_per_request: 4 }
owners: { operator_initials: FG, follow_up_owner: oncall }
`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

describe('the action, attacked', () => {
  it('gate mode on a pull request whose base is not in the shallow checkout sends no key to the new host', async () => {
    const moved = await listener('127.0.0.2');
    const dir = tmp();
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'gate@example.invalid');
    git(dir, 'config', 'user.name', 'gate');
    writeFileSync(join(dir, 'routing.yaml'), config(moved.url));
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'head');
    const head = git(dir, 'rev-parse', 'HEAD');
    const missingBase = 'a'.repeat(40);
    const payload = JSON.stringify({
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: missingBase, repo: { full_name: 'acme/routing' } },
        head: { sha: head, repo: { full_name: 'acme/routing' } },
      },
    });
    const run = await runAction(dir, 'pull_request', payload, {
      config: 'routing.yaml',
      upstream: 'auto',
    });
    expect(moved.auth).toEqual([]);
    expect(run.stdout).toMatch(/fetch-depth: 0/);
    const ledger = readFileSync(join(run.outDir, 'ledger.json'), 'utf8');
    expect(ledger).toMatch(/ROUTE_API_KEY is not sent to http:\/\/127\.0\.0\.2:\d+/);
    expect(ledger).not.toContain(KEY);
  });

  it('gate mode with an unwritable GITHUB_OUTPUT and GITHUB_STEP_SUMMARY still passes, with warnings', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a-directory'));
    const run = await runAction(
      ROOT,
      'schedule',
      '{}',
      { config: 'examples/basic.yaml', upstream: 'mock' },
      { GITHUB_OUTPUT: '/dev/full', GITHUB_STEP_SUMMARY: join(dir, 'a-directory') },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::fallback-gate: the step outputs \(GITHUB_OUTPUT\) could not be written/,
    );
    expect(run.stdout).toMatch(
      /::warning::fallback-gate: the job summary \(GITHUB_STEP_SUMMARY\) could not be written/,
    );
  });

  for (const [what, payload] of [
    ['not JSON', '{ not json'],
    ['empty', ''],
  ] as const) {
    it(`publish-only exits 2 with a clear message on an event file that is ${what}`, async () => {
      const run = await runAction(tmp(), 'workflow_run', payload, { mode: 'publish-only' });
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/the event file \(GITHUB_EVENT_PATH\)/);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('publish-only refuses a passing ledger from a run that concluded failure', async () => {
    const gate = await runAction(ROOT, 'schedule', '{}', {
      config: 'examples/basic.yaml',
      upstream: 'mock',
    });
    expect(gate.code, gate.stdout).toBe(0);
    const ledger = readFileSync(join(gate.outDir, 'ledger.json'));
    const zip = writeZip({ 'ledger.json': ledger });
    const blobUrl = artifacts.serveBlob('gate-run-ledger', zip);
    github.runArtifacts.set(991, [
      { id: 31, name: 'fallback-gate-ledger', blobUrl, size: zip.length },
    ]);
    github.pulls.push({ number: 12, head: { sha: 'b'.repeat(40), label: 'forker:patch-1' } });
    const event = (conclusion: string) =>
      JSON.stringify({
        workflow_run: {
          id: 991,
          head_sha: 'b'.repeat(40),
          head_branch: 'patch-1',
          conclusion,
          pull_requests: [],
          head_repository: { owner: { login: 'forker' } },
        },
        repository: { name: 'routing', owner: { login: 'acme' } },
      });
    const inputs = { mode: 'publish-only', config: '', comment: 'true' };
    const failed = await runAction(tmp(), 'workflow_run', event('failure'), inputs);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/the ledger says the gate passed, but run 991 concluded failure/);
    expect(github.comments.get(12) ?? []).toHaveLength(0);
    const succeeded = await runAction(tmp(), 'workflow_run', event('success'), inputs);
    expect(succeeded.code, succeeded.stdout).toBe(0);
    expect(github.comments.get(12) ?? []).toHaveLength(1);
  });
});
