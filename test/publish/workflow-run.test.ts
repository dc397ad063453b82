import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../src/publish/github-api.js';
import { MAX_ARTIFACT_NAME, uniqueArtifactName } from '../../src/publish/artifact.js';
import { matchesArtifactName } from '../../src/publish/publish-only.js';
import { findPullRequest, workflowRunFacts } from '../../src/publish/workflow-run.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';

const HEAD = 'c'.repeat(40);
let github: FakeGitHub | null = null;
afterEach(async () => {
  await github?.close();
  github = null;
});

function payload(pullRequests: { number: number; head: { sha: string } }[]) {
  return {
    workflow_run: {
      id: 77,
      head_sha: HEAD,
      head_branch: 'fix',
      pull_requests: pullRequests,
      head_repository: { owner: { login: 'forker' } },
    },
    repository: { name: 'routing', owner: { login: 'acme' } },
  };
}

async function api() {
  github = await startFakeGitHub();
  return createGitHubApi({
    baseUrl: github.url,
    token: 't',
    timeoutMs: 1_000,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
}

describe('the pull request of a workflow run', () => {
  it('is the attached pull request whose head is the run head', async () => {
    const facts = workflowRunFacts(
      payload([
        { number: 4, head: { sha: 'd'.repeat(40) } },
        { number: 5, head: { sha: HEAD } },
      ]),
    )!;
    expect(await findPullRequest(await api(), facts)).toBe(5);
    expect(github!.requests).toHaveLength(0);
  });

  it("is found by the fork's branch and exact head commit when GitHub attached none", async () => {
    const client = await api();
    github!.pulls.push(
      { number: 8, head: { sha: 'e'.repeat(40), label: 'forker:fix' } },
      { number: 9, head: { sha: HEAD, label: 'forker:fix' } },
    );
    expect(await findPullRequest(client, workflowRunFacts(payload([]))!)).toBe(9);
  });

  it('is none when no open pull request has the head commit', async () => {
    const client = await api();
    github!.pulls.push({ number: 8, head: { sha: 'e'.repeat(40), label: 'forker:fix' } });
    expect(await findPullRequest(client, workflowRunFacts(payload([]))!)).toBeNull();
  });

  it('needs the run id, head commit and repository from the event', () => {
    expect(workflowRunFacts({ workflow_run: { id: 1 } })).toBeNull();
  });
});

describe('artifact names publish-only accepts', () => {
  it("takes the base name and the gate's readable suffix, nothing else", () => {
    expect(matchesArtifactName('fallback-gate-ledger', 'fallback-gate-ledger')).toBe(true);
    expect(
      matchesArtifactName('fallback-gate-ledger-gate-config-routing.yaml', 'fallback-gate-ledger'),
    ).toBe(true);
    expect(matchesArtifactName('fallback-gate-ledger-a b', 'fallback-gate-ledger')).toBe(false);
    expect(matchesArtifactName('fallback-gate-ledgerx', 'fallback-gate-ledger')).toBe(false);
    expect(matchesArtifactName('other', 'fallback-gate-ledger')).toBe(false);
  });
});

describe('artifact names the gate uploads', () => {
  it('read as the job, the matrix key and the config path, with no opaque digest', () => {
    expect(
      uniqueArtifactName('fallback-gate-ledger', {
        configPath: './config/routing.yaml',
        job: 'gate',
        matrixKey: '{"os":"ubuntu-latest"}',
      }),
    ).toBe('fallback-gate-ledger-gate-os-ubuntu-latest-config-routing.yaml');
    expect(uniqueArtifactName('ledger', { configPath: 'a.yaml', job: '', matrixKey: '' })).toBe(
      'ledger-a.yaml',
    );
    const long = uniqueArtifactName('l', { configPath: 'x'.repeat(500), job: 'j', matrixKey: '' });
    expect(long.length).toBeLessThanOrEqual(MAX_ARTIFACT_NAME);
  });
});
