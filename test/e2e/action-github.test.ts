import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sealLedger } from '../../src/record/build-ledger.js';
import type { LedgerEntry } from '../../src/record/ledger-schema.js';
import { verifyLedgerText } from '../../src/record/verify.js';
import {
  startFakeArtifactService,
  runtimeToken,
  type FakeArtifactService,
} from '../fakes/artifact-service.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';
import { allText } from '../fakes/recorded.js';
import { readZip, writeZip } from '../fakes/zip.js';
import { renderGfm, tagNames, visibleText } from '../helpers/gfm.js';
import { runActionInProcess } from '../helpers/action-in-process.js';
import { cleanEnv, ROOT, runProcess, type Spawned } from '../helpers/spawn.js';
import { useTmpDir } from '../helpers/tmp.js';

// The action against loopback fakes of the GitHub REST API and the artifact service: run() called
// in-process with a runner's dependencies, and, where the process boundary matters (what reaches
// the log, publish-only end to end), dist/index.js spawned as the runner runs it. API deadlines
// and backoffs are set to milliseconds through the inputs.

const tmp = useTmpDir();
const ACTION = join(ROOT, 'dist/index.js');
const GITHUB_TOKEN = 'ghs_FakeWorkflowToken0123456789abcdefABCDEF';
const PLANTED = 'sk-planted-provider-key-0123456789abcdef';
const CONFIG = 'config/routing.yaml';

let github: FakeGitHub;
let artifacts: FakeArtifactService;

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
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** A checkout with two commits: the base config, then a change to one route's timeout. */
function repoWithChange(): { dir: string; baseSha: string; headSha: string } {
  const dir = tmp();
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.email', 'gate@example.invalid');
  git(dir, 'config', 'user.name', 'gate');
  mkdirSync(join(dir, 'config'));
  copyFileSync(join(ROOT, 'examples/basic.yaml'), join(dir, CONFIG));
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  const text = readFileSync(join(dir, CONFIG), 'utf8').replace(
    'timeout_ms: 2000',
    'timeout_ms: 1500',
  );
  writeFileSync(join(dir, CONFIG), text);
  git(dir, 'commit', '-qam', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

function pullRequestEvent(baseSha: string, headSha: string, fork = false) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/routing' } },
      head: {
        sha: headSha,
        ref: 'patch-1',
        repo: { full_name: fork ? 'forker/routing' : 'acme/routing' },
      },
    },
    repository: { name: 'routing', owner: { login: 'acme' }, full_name: 'acme/routing' },
  };
}

interface Run extends Spawned {
  outputs: Record<string, string>;
  summary: string;
  outDir: string;
  ms: number;
  /** When the process ended, on this process's monotonic clock (as the fakes' request times). */
  endedAt: number;
}

async function runAction(options: {
  cwd: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  withArtifacts?: boolean;
  /** Spawn dist/index.js as the runner does, instead of calling run() in-process. */
  spawn?: boolean;
}): Promise<Run> {
  const scratch = tmp();
  const eventPath = join(scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const outputFile = join(scratch, 'output.txt');
  const summaryFile = join(scratch, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const outDir = join(scratch, 'ledger');
  const inputs: Record<string, string> = {
    config: CONFIG,
    'out-dir': outDir,
    upstream: 'mock',
    'github-token': GITHUB_TOKEN,
    'api-timeout-ms': '400',
    'api-max-attempts': '2',
    'api-backoff-ms': '10',
    'sink-timeout-ms': '5000',
    'artifact-name': 'fallback-gate-ledger',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/routing',
    GITHUB_RUN_ID: '4242',
    GITHUB_JOB: 'gate',
    GITHUB_WORKSPACE: options.cwd,
    RUNNER_TEMP: scratch,
    OPENAI_API_KEY: PLANTED,
    ...(options.withArtifacts === false
      ? {}
      : { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${artifacts.url}/` }),
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const started = performance.now();
  const result = options.spawn
    ? await runProcess([ACTION], { cwd: options.cwd, env: cleanEnv(env), timeoutMs: 20_000 })
    : await runActionInProcess({ cwd: options.cwd, env: cleanEnv(env) });
  return {
    ...result,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    outDir,
    ms: performance.now() - started,
    endedAt: performance.now(),
  };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== match[2]) value.push(lines[i] ?? '');
    out[match[1]!] = value.join('\n');
  }
  return out;
}

const commentsOn = (issue: number) => github.comments.get(issue) ?? [];

describe('the action on a pull request', () => {
  it('creates the sticky comment on the first run and updates that one comment on the second', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    const payload = pullRequestEvent(baseSha, headSha);
    const first = await runAction({ cwd: dir, event: 'pull_request', payload });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    const firstId = first.outputs['ledger-id'];
    expect(commentsOn(7)[0]!.body).toContain(firstId);
    expect(first.outputs['comment-url']).toBe(commentsOn(7)[0]!.html_url);

    const second = await runAction({ cwd: dir, event: 'pull_request', payload });
    expect(second.code).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    expect(second.outputs['ledger-id']).not.toBe(firstId);
    expect(commentsOn(7)[0]!.body).toContain(second.outputs['ledger-id']);
    expect(
      commentsOn(7)[0]!.body.startsWith(
        '<!-- fallback-gate:sticky config=config%2Frouting.yaml -->',
      ),
    ).toBe(true);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('uploads an artifact whose ledger bytes equal the ledger on disk, and sets every output', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    const run = await runAction({
      cwd: dir,
      event: 'pull_request',
      payload: pullRequestEvent(baseSha, headSha),
      inputs: { 'retention-days': '5' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const onDisk = readFileSync(join(run.outDir, 'ledger.json'));
    expect(artifacts.artifacts.size).toBe(1);
    const [name, uploaded] = [...artifacts.artifacts.entries()][0]!;
    expect(name).toBe('fallback-gate-ledger-gate-config-routing.yaml');
    expect(uploaded.expiresAt).not.toBeNull();
    const entries = readZip(uploaded.bytes);
    expect(entries.get('ledger.json')!.equals(onDisk)).toBe(true);
    expect(entries.get('ledger.md')!.equals(readFileSync(join(run.outDir, 'ledger.md')))).toBe(
      true,
    );
    expect(run.outputs).toMatchObject({
      decision: 'keep_primary',
      passed: 'true',
      'ledger-path': join(run.outDir, 'ledger.json'),
      'artifact-id': String(uploaded.id),
    });
    expect(run.outputs['ledger-id']).toMatch(/^[0-9A-Z]{26}$/);
    const sidecar = JSON.parse(readFileSync(join(run.outDir, 'ledger.artifact.json'), 'utf8')) as {
      ledger_sha256: string;
      artifact: { id: number; url: string };
    };
    expect(sidecar.artifact.id).toBe(uploaded.id);
    expect(sidecar.artifact.url).toBe(
      `https://github.com/acme/routing/actions/runs/4242/artifacts/${uploaded.id}`,
    );
    expect(sidecar.ledger_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(commentsOn(7)[0]!.body).toContain(sidecar.artifact.url);
    expect(run.summary).toContain(`fallback-gate passed: \`keep_primary\``);
  });

  it('gives matrix legs with different matrix keys different artifact names', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    const payload = pullRequestEvent(baseSha, headSha);
    for (const key of ['{"upstream":"a"}', '{"upstream":"b"}']) {
      const run = await runAction({
        cwd: dir,
        event: 'pull_request',
        payload,
        inputs: { 'matrix-key': key, comment: 'false' },
      });
      expect(run.code).toBe(0);
    }
    expect([...artifacts.artifacts.keys()].sort()).toEqual([
      'fallback-gate-ledger-gate-upstream-a-config-routing.yaml',
      'fallback-gate-ledger-gate-upstream-b-config-routing.yaml',
    ]);
  });

  it('sends the planted provider key in no request to either fake', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    // Planted in the environment and, by mistake, in an input whose text reaches the ledger.
    const run = await runAction({
      cwd: dir,
      event: 'pull_request',
      payload: pullRequestEvent(baseSha, headSha),
      inputs: { 'follow-up-owner': `oncall ${PLANTED}` },
      spawn: true,
    });
    expect(readFileSync(join(run.outDir, 'ledger.json'), 'utf8')).toContain(
      '"follow_up_owner": "oncall [REDACTED]"',
    );
    expect(run.code).toBe(0);
    expect(github.requests.length).toBeGreaterThan(0);
    expect(artifacts.requests.length).toBeGreaterThan(0);
    expect(allText(github.requests)).not.toContain(PLANTED);
    expect(allText(artifacts.requests)).not.toContain(PLANTED);
    // The workflow token goes to the REST API's authorization header only.
    expect(allText(artifacts.requests)).not.toContain(GITHUB_TOKEN);
    expect(github.requests.map((r) => r.body.toString('utf8')).join('\n')).not.toContain(
      GITHUB_TOKEN,
    );
    // The key reaches the log once, in the command that tells the runner to mask it.
    const lines = (run.stdout + run.stderr).split('\n').filter((l) => l.includes(PLANTED));
    expect(lines).toEqual([`::add-mask::${PLANTED}`]);
  });

  it('passes at once, without probing or calling GitHub, when the config is unchanged', async () => {
    const { dir, headSha } = repoWithChange();
    const run = await runAction({
      cwd: dir,
      event: 'pull_request',
      payload: pullRequestEvent(headSha, headSha),
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'unchanged', passed: 'true', 'ledger-path': '' });
    expect(run.stdout).toMatch(/::notice::fallback-gate: config\/routing\.yaml is unchanged/);
    expect(run.summary).toContain('no routing change to gate');
    expect(github.requests).toHaveLength(0);
    expect(artifacts.requests).toHaveLength(0);
  });

  it('explains a shallow checkout and still runs the gate', async () => {
    const { dir, headSha } = repoWithChange();
    const missing = 'f'.repeat(40);
    const run = await runAction({
      cwd: dir,
      event: 'pull_request',
      payload: pullRequestEvent(missing, headSha),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning title=fallback-gate base config not read::.*not in this checkout.*fetch-depth: 0/,
    );
    expect(run.outputs.decision).toBe('keep_primary');
  });

  it('warns instead of failing when a fork pull request has a read-only token', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    github.failure = 'status403';
    const run = await runAction({
      cwd: dir,
      event: 'pull_request',
      payload: pullRequestEvent(baseSha, headSha, true),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::fallback-gate: the pull request comment was not posted: this pull request comes from a fork/,
    );
    expect(artifacts.artifacts.size).toBe(1);
    expect(run.summary).toContain('fallback-gate');
    expect(run.outputs['comment-url']).toBe('');
  });
});

describe('the action on pull_request_target', () => {
  it("refuses to run a fork's command with the base repository's secrets", async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    const marker = join(dir, 'ran');
    const run = await runAction({
      cwd: dir,
      event: 'pull_request_target',
      payload: pullRequestEvent(baseSha, headSha, true),
      inputs: { driver: 'command', command: `touch ${marker}` },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /::error::fallback-gate: driver "command" is refused on pull_request_target/,
    );
    expect(existsSync(marker)).toBe(false);
    expect(github.requests).toHaveLength(0);
  });

  it('says the base-branch checkout is not the pull request, and does not call it unchanged', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    git(dir, 'checkout', '-q', baseSha);
    const run = await runAction({
      cwd: dir,
      event: 'pull_request_target',
      payload: pullRequestEvent(baseSha, headSha),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning title=fallback-gate workspace is not the pull request head::/,
    );
    expect(run.outputs.decision).toBe('keep_primary');
    expect(commentsOn(7)).toHaveLength(1);
  });
});

describe('the job result stays the gate result when GitHub fails', () => {
  const failures = ['status500', 'status403', 'hang'] as const;
  for (const failure of failures) {
    it(`keeps exit 0 and an intact ledger when the REST API answers ${failure}`, async () => {
      const { dir, baseSha, headSha } = repoWithChange();
      github.failure = failure;
      const run = await runAction({
        cwd: dir,
        event: 'pull_request',
        payload: pullRequestEvent(baseSha, headSha),
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.passed).toBe('true');
      expect(verifyLedgerText(readFileSync(join(run.outDir, 'ledger.json'), 'utf8')).ok).toBe(true);
      expect(run.stdout).toMatch(
        /::warning::fallback-gate: the pull request comment was not posted/,
      );
      // Bounded: 2 attempts of 400 ms at most, plus backoff, then the other sinks. Timed from
      // the first REST request, so a slow cold start on a busy machine is not counted.
      expect(run.endedAt - github.requests[0]!.at).toBeLessThan(8_000);
      // 500 and timeouts are retried once (2 attempts); 403 is not retried. The first call asks
      // who the token is (GET /user); a 403 there means an installation token, and the comment
      // listing that follows gets its own 403.
      expect(github.requests.map((r) => `${r.method} ${r.url.replace(/\?.*$/, '')}`)).toEqual(
        failure === 'status403'
          ? ['GET /user', 'GET /repos/acme/routing/issues/7/comments']
          : ['GET /user', 'GET /user'],
      );
    });
  }

  it('abandons an artifact upload that overruns its deadline, with a warning and exit 0', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    artifacts.hang = true;
    const run = await runAction({
      cwd: dir,
      event: 'pull_request',
      payload: pullRequestEvent(baseSha, headSha),
      inputs: { 'sink-timeout-ms': '800' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::fallback-gate: the ledger artifact was not uploaded: did not finish within 800 ms/,
    );
    expect(run.outputs['artifact-id']).toBe('');
    expect(commentsOn(7)).toHaveLength(1);
    // The upload is abandoned at its 800 ms deadline: timed from its first request.
    const upload = artifacts.requests[0]!.at;
    expect(run.endedAt - upload).toBeLessThan(5_000);
  });

  it('keeps exit 1 for a failing gate when GitHub answers 500 and the artifact service refuses', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    copyFileSync(join(ROOT, 'examples/retry-storm.yaml'), join(dir, CONFIG));
    github.failure = 'status500';
    artifacts.rejectAll = true;
    const run = await runAction({
      cwd: dir,
      event: 'pull_request',
      payload: pullRequestEvent(baseSha, headSha),
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ decision: 'escalate', passed: 'false', 'artifact-id': '' });
    expect(run.stdout).toMatch(/::warning::fallback-gate: the ledger artifact was not uploaded/);
    expect(verifyLedgerText(readFileSync(join(run.outDir, 'ledger.json'), 'utf8')).ok).toBe(true);
  });
});

describe('the action on other events', () => {
  it('on schedule writes the ledger, summary and artifact but no comment', async () => {
    const { dir } = repoWithChange();
    const run = await runAction({
      cwd: dir,
      event: 'schedule',
      payload: { schedule: '0 6 * * *' },
    });
    expect(run.code).toBe(0);
    expect(github.requests).toHaveLength(0);
    expect(artifacts.artifacts.size).toBe(1);
    expect(run.summary).toContain('Ledger artifact:');
  });

  it('on push compares with the commit before the push, and comments nowhere', async () => {
    const { dir, baseSha, headSha } = repoWithChange();
    const changed = await runAction({
      cwd: dir,
      event: 'push',
      payload: { before: baseSha, after: headSha },
    });
    expect(changed.code).toBe(0);
    expect(changed.outputs.decision).toBe('keep_primary');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'docs only');
    const next = git(dir, 'rev-parse', 'HEAD');
    const unchanged = await runAction({
      cwd: dir,
      event: 'push',
      payload: { before: headSha, after: next },
    });
    expect(unchanged.code).toBe(0);
    expect(unchanged.outputs.decision).toBe('unchanged');
    expect(github.requests).toHaveLength(0);
  });

  it('on workflow_dispatch lets the dispatch inputs override the step inputs', async () => {
    const { dir } = repoWithChange();
    const run = await runAction({
      cwd: dir,
      event: 'workflow_dispatch',
      payload: { inputs: { operator: 'ZZ', 'follow-up-owner': 'release-captain' } },
      withArtifacts: false,
    });
    expect(run.code).toBe(0);
    const ledger = JSON.parse(readFileSync(join(run.outDir, 'ledger.json'), 'utf8')) as {
      operator_initials: string;
      follow_up_owner: string;
    };
    expect(ledger.operator_initials).toBe('ZZ');
    expect(ledger.follow_up_owner).toBe('release-captain');
    expect(run.outputs['artifact-id']).toBe('');
  });
});

describe('bad inputs', () => {
  it('stop the step with exit 2 and the allowed values, before anything runs', async () => {
    const { dir } = repoWithChange();
    for (const [name, value, expected] of [
      ['api-max-attempts', 'lots', 'input "api-max-attempts" must be a whole number from 1 to 10'],
      ['mode', 'publish', 'input "mode" must be one of gate, publish-only'],
      ['comment', 'maybe', 'input "comment" must be true or false'],
    ] as const) {
      const run = await runAction({
        cwd: dir,
        event: 'schedule',
        payload: {},
        inputs: { [name]: value },
      });
      expect(run.code, name).toBe(2);
      expect(run.stdout).toContain(`::error::fallback-gate: ${expected} (got "${value}")`);
      expect(existsSync(join(run.outDir, 'ledger.json'))).toBe(false);
    }
  });
});

describe('publish-only mode on workflow_run', () => {
  const HEAD = 'a'.repeat(40);

  function workflowRunEvent() {
    return {
      action: 'completed',
      workflow_run: {
        id: 991,
        head_sha: HEAD,
        head_branch: 'patch-1',
        html_url: 'https://github.com/acme/routing/actions/runs/991',
        conclusion: 'success',
        pull_requests: [],
        head_repository: { owner: { login: 'forker' }, full_name: 'forker/routing' },
      },
      repository: { name: 'routing', owner: { login: 'acme' }, full_name: 'acme/routing' },
    };
  }

  /** A real ledger from a gate run, zipped as the gate's artifact would be. */
  async function ledgerFromGate(): Promise<Buffer> {
    const { dir } = repoWithChange();
    const gate = await runAction({
      cwd: dir,
      event: 'schedule',
      payload: {},
      withArtifacts: false,
    });
    expect(gate.code).toBe(0);
    return readFileSync(join(gate.outDir, 'ledger.json'));
  }

  function offerArtifact(ledgerJson: Buffer | string) {
    const zip = writeZip({ 'ledger.json': ledgerJson });
    const blobUrl = artifacts.serveBlob('gate-run-ledger', zip);
    github.runArtifacts.set(991, [
      { id: 31, name: 'fallback-gate-ledger-0123456789', blobUrl, size: zip.length },
      { id: 32, name: 'some-other-artifact', blobUrl, size: zip.length },
    ]);
    github.pulls.push({ number: 12, head: { sha: HEAD, label: 'forker:patch-1' } });
  }

  it('posts the verified ledger on the pull request named by the run, and updates it on a rerun', async () => {
    const ledger = await ledgerFromGate();
    offerArtifact(ledger);
    const cwd = tmp();
    const inputs = { mode: 'publish-only', config: '' };
    const run = await runAction({
      cwd,
      event: 'workflow_run',
      payload: workflowRunEvent(),
      inputs,
      spawn: true,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const id = (JSON.parse(ledger.toString('utf8')) as { ledger_id: string }).ledger_id;
    expect(commentsOn(12)).toHaveLength(1);
    expect(commentsOn(12)[0]!.body).toContain(id);
    expect(commentsOn(12)[0]!.body).toContain('ledger verified before posting');
    expect(run.outputs).toMatchObject({
      'ledger-id': id,
      'artifact-id': '31',
      'comment-url': commentsOn(12)[0]!.html_url,
    });

    const again = await runAction({
      cwd,
      event: 'workflow_run',
      payload: workflowRunEvent(),
      inputs,
      spawn: true,
    });
    expect(again.code).toBe(0);
    expect(commentsOn(12)).toHaveLength(1);
  });

  it('renders a forged ledger with hostile names as text in the comment it posts', async () => {
    const ledger = JSON.parse((await ledgerFromGate()).toString('utf8')) as LedgerEntry;
    const hostile = '\r\r<img src=x>\r\r## ✅ APPROVED [ok](https://evil.invalid) @octocat `|`';
    const { integrity: _, ...draft } = {
      ...ledger,
      follow_up_owner: hostile,
      chains: ledger.chains.map((c) => ({ ...c, decision_rule: hostile, reason: hostile })),
      merged_from: [
        {
          ledger_id: hostile,
          passed: true,
          fallback_decision: 'keep_primary' as const,
          runner_os: hostile,
        },
      ],
    };
    offerArtifact(JSON.stringify(sealLedger(draft), null, 2));
    const run = await runAction({
      cwd: tmp(),
      event: 'workflow_run',
      payload: workflowRunEvent(),
      inputs: { mode: 'publish-only', config: '' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // The publisher's own footer links the run (from the trusted event); the ledger part links nothing.
    const [ledgerPart, footer] = commentsOn(12)[0]!.body.split('\n<sub>Published by fallback-gate');
    expect(footer).toBeDefined();
    const html = renderGfm(ledgerPart!);
    expect(tagNames(html).filter((t) => ['img', 'a', 'h1', 'h2', 'h3'].includes(t))).toEqual([]);
    expect(visibleText(html)).toContain(
      '<img src=x> ## ✅ APPROVED [ok](https://evil.invalid) @octocat `|`',
    );
  });

  it('refuses a ledger that fails verification and posts nothing', async () => {
    const ledger = JSON.parse((await ledgerFromGate()).toString('utf8')) as Record<string, unknown>;
    ledger.operator_initials = 'ghp_0123456789abcdefghijABCDEFGHIJ012345';
    offerArtifact(JSON.stringify(ledger, null, 2));
    const run = await runAction({
      cwd: tmp(),
      event: 'workflow_run',
      payload: workflowRunEvent(),
      inputs: { mode: 'publish-only', config: '' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::fallback-gate: refused artifact fallback-gate-ledger-0123456789: .*secret/,
    );
    expect(commentsOn(12)).toHaveLength(0);
    expect(github.requests.some((r) => r.method === 'POST' || r.method === 'PATCH')).toBe(false);
  });

  it('is refused on any event other than workflow_run', async () => {
    const run = await runAction({
      cwd: tmp(),
      event: 'pull_request',
      payload: {},
      inputs: { mode: 'publish-only' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/publish-only runs on the workflow_run event/);
  });
});
