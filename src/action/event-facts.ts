import { z } from 'zod';
import { readBoundedFile, UsageError } from '../common/index.js';

// What the triggering event means for the gate: which commits to compare, whether there is a pull
// request to comment on, and whether its head comes from a fork; and where the run is.

/** GitHub caps webhook payloads at 25 MB; an event file larger than this is not one. */
export const MAX_EVENT_BYTES = 32 * 1024 * 1024;

const sha = z.string().regex(/^[0-9a-f]{40}$/);
const repoRef = z.looseObject({ full_name: z.string() }).nullish();

const pullRequestPayload = z.looseObject({
  pull_request: z.looseObject({
    number: z.int().positive(),
    base: z.looseObject({ sha, repo: repoRef }),
    head: z.looseObject({ sha, repo: repoRef }),
  }),
});

const pushPayload = z.looseObject({ before: z.string(), after: z.string() });

const dispatchPayload = z.looseObject({
  inputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullish(),
});

export interface EventFacts {
  name: string;
  /** Commits whose config versions are compared; null when the event names no base. */
  compare: { baseSha: string; headSha: string } | null;
  pullRequest: { number: number; isFork: boolean } | null;
  /** workflow_dispatch inputs, as strings. */
  dispatchInputs: Record<string, string>;
}

const ZERO_SHA = /^0{40}$/;

export async function readEventFacts(env: NodeJS.ProcessEnv): Promise<EventFacts> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(
        (await readBoundedFile(env.GITHUB_EVENT_PATH, MAX_EVENT_BYTES)).toString('utf8'),
      );
    } catch {
      payload = {};
    }
  }
  return eventFacts(name, payload);
}

export function eventFacts(name: string, payload: unknown): EventFacts {
  const facts: EventFacts = { name, compare: null, pullRequest: null, dispatchInputs: {} };
  if (name === 'pull_request' || name === 'pull_request_target') {
    const parsed = pullRequestPayload.safeParse(payload);
    if (parsed.success) {
      const pr = parsed.data.pull_request;
      facts.compare = { baseSha: pr.base.sha, headSha: pr.head.sha };
      const baseRepo = pr.base.repo?.full_name;
      const headRepo = pr.head.repo?.full_name;
      // A deleted fork has no head repo; treat it as a fork.
      facts.pullRequest = { number: pr.number, isFork: !headRepo || headRepo !== baseRepo };
    }
  } else if (name === 'push') {
    const parsed = pushPayload.safeParse(payload);
    // A new branch has no "before"; the whole config is new to it.
    if (
      parsed.success &&
      sha.safeParse(parsed.data.before).success &&
      !ZERO_SHA.test(parsed.data.before) &&
      sha.safeParse(parsed.data.after).success
    ) {
      facts.compare = { baseSha: parsed.data.before, headSha: parsed.data.after };
    }
  } else if (name === 'workflow_dispatch') {
    const parsed = dispatchPayload.safeParse(payload);
    for (const [key, value] of Object.entries(parsed.success ? (parsed.data.inputs ?? {}) : {})) {
      facts.dispatchInputs[key] = String(value);
    }
  }
  return facts;
}

/**
 * The workflow_run event payload. A missing, oversized, special or unparsable event file is a
 * usage error (exit 2) that says which, never a stack trace or a failed gate.
 */
export async function readEventPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path)
    throw new UsageError('GITHUB_EVENT_PATH is not set: publish-only needs the event file');
  let text: string;
  try {
    text = (await readBoundedFile(path, MAX_EVENT_BYTES)).toString('utf8');
  } catch (error) {
    throw new UsageError(
      `the event file (GITHUB_EVENT_PATH) ${(error as Error).message}: publish-only needs the runner's workflow_run payload`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(
      "the event file (GITHUB_EVENT_PATH) is not valid JSON: publish-only needs the runner's workflow_run payload",
    );
  }
}

export function repository(env: NodeJS.ProcessEnv): { owner: string; repo: string } | null {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : null;
}

/** The run's page on GitHub, when the environment says which run this is. */
export function runUrlOf(env: NodeJS.ProcessEnv): string | null {
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repo = repository(env);
  return repo && env.GITHUB_RUN_ID
    ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : null;
}
