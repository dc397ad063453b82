import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../src/publish/github-api.js';
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
  it("takes the base name and the gate's unique suffix, nothing else", () => {
    expect(matchesArtifactName('fallback-gate-ledger', 'fallback-gate-ledger')).toBe(true);
    expect(matchesArtifactName('fallback-gate-ledger-0a1b2c3d4e', 'fallback-gate-ledger')).toBe(
      true,
    );
    expect(matchesArtifactName('fallback-gate-ledger-evil', 'fallback-gate-ledger')).toBe(false);
    expect(matchesArtifactName('other', 'fallback-gate-ledger')).toBe(false);
  });
});
