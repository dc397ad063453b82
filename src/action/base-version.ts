import { tmpdir } from 'node:os';
import { checkedOutCommit, readBaseConfig } from '../publish/index.js';
import type { ActionSink } from './deps.js';
import type { EventFacts } from './event-facts.js';
import type { Inputs } from './inputs.js';

// The base version of the config: for the change summary, credential trust and the fast path
// that passes a config the change did not touch.

export interface BaseVersion {
  baseConfigPath?: string;
  /** Why the base is unknown; a change whose base cannot be read sends no key except to trusted hosts. */
  baseUnreadable: string | null;
  /** Set when the config is byte-identical to its base: the gate passes without probing. */
  unchanged: string | null;
}

/**
 * pull_request_target checks out the base branch by default: then the workspace holds the base
 * config, not the pull request's, and "unchanged" would be a false comfort.
 */
export async function workspaceIsHead(event: EventFacts, sink: ActionSink): Promise<boolean> {
  if (event.name !== 'pull_request_target' || !event.compare) return true;
  const isHead = (await checkedOutCommit(process.cwd())) === event.compare.headSha;
  if (!isHead) {
    sink.warning(
      `fallback-gate: on pull_request_target the checkout is not the pull request head (${event.compare.headSha.slice(0, 12)}), so the config checked is the one in the workspace, not the pull request's. Check out only the head's config file (never run its code), or use the fork-safe pair: the gate on pull_request and mode publish-only on workflow_run (see README).`,
      { title: 'fallback-gate workspace is not the pull request head' },
    );
  }
  return isHead;
}

export async function baseVersion(
  configPath: string,
  inputs: Inputs,
  event: EventFacts,
  context: { env: NodeJS.ProcessEnv; sink: ActionSink; workspaceIsHead: boolean },
): Promise<BaseVersion> {
  const baseInput = inputs.get('base-config') || 'auto';
  const none: BaseVersion = { baseUnreadable: null, unchanged: null };
  if (baseInput === 'none' && event.compare)
    none.baseUnreadable = 'the base-config input is "none"';
  if (baseInput !== 'auto' && baseInput !== 'none') return { ...none, baseConfigPath: baseInput };
  if (baseInput !== 'auto' || !event.compare) return none;
  const { compare } = event;
  const { sink } = context;
  const base = await readBaseConfig(configPath, compare.baseSha, {
    cwd: process.cwd(),
    tempDir: context.env.RUNNER_TEMP || tmpdir(),
  });
  if (base.kind === 'unavailable') {
    sink.warning(
      `fallback-gate: ${base.message} Until then no credential is sent except to trusted-hosts; routes are checked against the embedded mock.`,
      { title: 'fallback-gate base config not read' },
    );
    return { baseUnreadable: 'the base commit is not in this shallow checkout', unchanged: null };
  }
  if (base.kind === 'absent') {
    sink.info(
      `fallback-gate: ${base.reason}; the whole config is new in this change, so no credential is sent except to trusted-hosts`,
    );
    return { baseUnreadable: 'the config file is new in this change', unchanged: null };
  }
  const unchanged =
    base.sameAsHead && context.workspaceIsHead && inputs.flag('skip-unchanged', true)
      ? `${configPath} is unchanged between ${compare.baseSha.slice(0, 12)} and ${compare.headSha.slice(0, 12)}: no routing change to gate, so the gate passes without probing.`
      : null;
  return { baseConfigPath: base.path, baseUnreadable: null, unchanged };
}
