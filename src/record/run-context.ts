import type { Driver } from '../observations/index.js';
import type { EvidenceField } from '../judge/index.js';

/** Where the run happened: the workflow's repository, commit, ref, event and run URL. */
export interface WorkflowRun {
  repository: string | null;
  commit: string | null;
  ref: string | null;
  event: string | null;
  runUrl: string | null;
}

/** Facts about where and how the gate ran, gathered by the entry point. */
export interface RunContext {
  gateVersion: string;
  nodeVersion: string;
  runnerOs: string;
  driver: Driver;
  operatorInitials: string | null;
  followUpOwner: string | null;
  evidenceLinks: string[];
  /** The moment the run started; passed in so renderings are reproducible in tests. */
  now: Date;
  /** The workflow run; absent or null outside GitHub Actions. */
  run?: WorkflowRun | null;
  /** Evidence fields that must be filled; default operator_initials and follow_up_owner. */
  requiredEvidence?: readonly EvidenceField[];
}

export const NO_WORKFLOW_RUN: WorkflowRun = {
  repository: null,
  commit: null,
  ref: null,
  event: null,
  runUrl: null,
};

/**
 * Reads the run from the variables every GitHub Actions runner sets (documented under
 * "Default environment variables"). Outside a runner they are unset and every field is null.
 */
export function workflowRunFromEnv(env: NodeJS.ProcessEnv): WorkflowRun {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || null;
  const runId = env.GITHUB_RUN_ID || null;
  return {
    repository,
    commit: env.GITHUB_SHA || null,
    ref: env.GITHUB_REF || null,
    event: env.GITHUB_EVENT_NAME || null,
    runUrl:
      repository && runId
        ? `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : null,
  };
}
