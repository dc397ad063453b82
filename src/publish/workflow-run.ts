import { z } from 'zod';
import type { GitHubApi } from './github-api.js';

// The publish-only job runs on workflow_run, in the base repository, with the base repository's
// workflow file. It trusts only what GitHub wrote into the event: the run id, the head commit
// and the pull requests; never anything the gate run's artifact says about itself.

const workflowRunPayload = z.looseObject({
  workflow_run: z.looseObject({
    id: z.int().positive(),
    head_sha: z.string().regex(/^[0-9a-f]{40}$/),
    head_branch: z.string().nullish(),
    html_url: z.string().nullish(),
    conclusion: z.string().nullish(),
    pull_requests: z
      .array(
        z.looseObject({ number: z.int().positive(), head: z.looseObject({ sha: z.string() }) }),
      )
      .nullish(),
    head_repository: z.looseObject({ owner: z.looseObject({ login: z.string() }) }).nullish(),
  }),
  repository: z.looseObject({ name: z.string(), owner: z.looseObject({ login: z.string() }) }),
});

export interface WorkflowRunFacts {
  runId: number;
  runUrl: string | null;
  headSha: string;
  headBranch: string | null;
  headOwner: string | null;
  owner: string;
  repo: string;
  /** Pull requests GitHub attached to the run (empty for runs from forks). */
  pullRequests: { number: number; headSha: string }[];
  /** How the triggering run ended (success, failure, cancelled …); null when not stated. */
  conclusion: string | null;
}

export function workflowRunFacts(payload: unknown): WorkflowRunFacts | null {
  const parsed = workflowRunPayload.safeParse(payload);
  if (!parsed.success) return null;
  const run = parsed.data.workflow_run;
  return {
    runId: run.id,
    runUrl: run.html_url ?? null,
    conclusion: run.conclusion ?? null,
    headSha: run.head_sha,
    headBranch: run.head_branch ?? null,
    headOwner: run.head_repository?.owner.login ?? null,
    owner: parsed.data.repository.owner.login,
    repo: parsed.data.repository.name,
    pullRequests: (run.pull_requests ?? []).map((pr) => ({
      number: pr.number,
      headSha: pr.head.sha,
    })),
  };
}

interface PullSummary {
  number: number;
  head: { sha: string };
}

/**
 * The pull request whose head is the run's head commit. GitHub leaves `pull_requests` empty for
 * runs from forks, so those are found by listing open pull requests for the fork's branch and
 * matching the exact head commit.
 */
export async function findPullRequest(
  api: GitHubApi,
  run: WorkflowRunFacts,
): Promise<number | null> {
  const attached = run.pullRequests.find((pr) => pr.headSha === run.headSha);
  if (attached) return attached.number;
  if (!run.headOwner || !run.headBranch) return null;
  const head = encodeURIComponent(`${run.headOwner}:${run.headBranch}`);
  const { data } = await api.request<PullSummary[]>(
    'GET',
    `/repos/${encodeURIComponent(run.owner)}/${encodeURIComponent(run.repo)}/pulls?state=open&head=${head}&per_page=100`,
  );
  return data.find((pr) => pr.head.sha === run.headSha)?.number ?? null;
}
