import { UPSTREAM_MODES } from '../probe/index.js';
import { DRIVERS } from '../observations/index.js';
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigError,
  exitFor,
  GATE_VERSION,
  GateError,
  lineProgress,
  UsageError,
} from '../common/index.js';
import { loadPlan } from '../plan/index.js';
import { parseGatewaySpec, takeBackWithheldEnv, type UpstreamMode } from '../probe/index.js';
import { createRedactor, secretsFromEnv, workflowRunFromEnv } from '../record/index.js';
import {
  annotateFindings,
  appendJobSummary,
  checkedOutCommit,
  DEFAULT_API_TIMEOUT_MS,
  DEFAULT_RETRY,
  type GitHubApi,
  type GitHubApiOptions,
  readBaseConfig,
  setStepOutputs,
  uniqueArtifactName,
} from '../publish/index.js';
import { parseFailPolicy } from '../judge/index.js';
import { runGate } from '../run.js';
import {
  DISPATCH_OVERRIDABLE,
  type EventFacts,
  MAX_EVENT_BYTES,
  readEventFacts,
} from './event-facts.js';

// The GitHub Action entry point: reads inputs and the run context, runs the pipeline (or, in
// publish-only mode, publishes a ledger another run produced), and turns the result into the
// step's outcome. Only this file knows about action inputs.

interface Inputs {
  get(name: string): string;
  flag(name: string, fallback: boolean): boolean;
  number(name: string, fallback: number, min: number, max: number): number;
}

function inputsFor(event: EventFacts): Inputs {
  const get = (name: string): string => {
    const overridable = (DISPATCH_OVERRIDABLE as readonly string[]).includes(name);
    const dispatched = overridable ? event.dispatchInputs[name] : undefined;
    return (
      dispatched !== undefined && dispatched !== '' ? dispatched : core.getInput(name)
    ).trim();
  };
  return {
    get,
    flag(name, fallback) {
      const value = get(name).toLowerCase();
      if (value === '') return fallback;
      if (['true', 'yes', 'on', '1'].includes(value)) return true;
      if (['false', 'no', 'off', '0'].includes(value)) return false;
      throw new UsageError(`input "${name}" must be true or false (got "${value}")`);
    },
    number(name, fallback, min, max) {
      const value = get(name);
      if (value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        throw new UsageError(
          `input "${name}" must be a whole number from ${min} to ${max} (got "${value}")`,
        );
      }
      return parsed;
    },
  };
}

function oneOf<T extends string>(
  inputs: Inputs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = inputs.get(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function list(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function repository(env: NodeJS.ProcessEnv): { owner: string; repo: string } | null {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : null;
}

/** Masks every credential this step can read, so the runner scrubs it from the log. */
const masked = new Set<string>();
function maskCredentials(values: readonly string[]): void {
  for (const value of values) {
    if (!value || masked.has(value)) continue;
    masked.add(value);
    core.setSecret(value);
  }
}

/**
 * The workflow_run event payload. A missing, oversized, special or unparsable event file is a
 * usage error (exit 2) that says which, never a stack trace or a failed gate.
 */
async function readEventPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path)
    throw new UsageError('GITHUB_EVENT_PATH is not set: publish-only needs the event file');
  const { readBoundedFile } = await import('../common/index.js');
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

/** A runner file that cannot be written is a warning in the log, never a verdict. */
async function sinkOrWarn(written: Promise<string | null>): Promise<void> {
  const warning = await written;
  if (warning) core.warning(`fallback-gate: ${warning}`);
}

/** Reads the API settings up front, so a bad value is a usage error before the gate runs. */
function apiSettings(inputs: Inputs, token: string, env: NodeJS.ProcessEnv): GitHubApiOptions {
  return {
    baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    token,
    timeoutMs: inputs.number('api-timeout-ms', DEFAULT_API_TIMEOUT_MS, 100, 120_000),
    retry: {
      ...DEFAULT_RETRY,
      maxAttempts: inputs.number('api-max-attempts', DEFAULT_RETRY.maxAttempts, 1, 10),
      baseDelayMs: inputs.number('api-backoff-ms', DEFAULT_RETRY.baseDelayMs, 0, 60_000),
    },
    userAgent: `fallback-gate/${GATE_VERSION}`,
  };
}

/** The REST client (and undici) load only when a run talks to the API. */
async function apiFor(settings: GitHubApiOptions): Promise<GitHubApi> {
  const { createGitHubApi } = await import('../publish/index.js');
  return createGitHubApi(settings);
}

export async function run(): Promise<void> {
  takeBackWithheldEnv();
  const env = process.env;
  try {
    const event = await readEventFacts(env);
    const inputs = inputsFor(event);
    const token = inputs.get('github-token');
    maskCredentials([token, env.ACTIONS_RUNTIME_TOKEN ?? '', ...secretsFromEnv(env)]);
    const mode = oneOf(inputs, 'mode', ['gate', 'publish-only'] as const, 'gate');
    if (mode === 'publish-only') await publishOnlyMode(inputs, token, event, env);
    else await gateMode(inputs, token, event, env);
  } catch (error) {
    const redact = createRedactor(secretsFromEnv(env));
    if (error instanceof ConfigError) {
      core.error(`${error.message} (fix: ${error.fix})`, {
        file: error.at.file,
        startLine: error.at.line,
        startColumn: error.at.column,
        title: 'fallback-gate config error',
      });
      core.setFailed(redact.text(error.format()));
    } else if (error instanceof GateError) {
      core.setFailed(`fallback-gate: ${redact.text(error.format())}`);
    } else {
      core.setFailed(`fallback-gate: internal error: ${redact.text((error as Error).message)}`);
    }
    process.exitCode = exitFor(error);
  }
}

async function gateMode(
  inputs: Inputs,
  token: string,
  event: EventFacts,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const configPath = inputs.get('config');
  if (!configPath)
    throw new UsageError('input "config" is required: the path of the routing config to check');
  const upstream: UpstreamMode = oneOf(inputs, 'upstream', UPSTREAM_MODES, 'auto');
  const driver = oneOf(inputs, 'driver', DRIVERS, 'reference');
  const command = inputs.get('command');
  if (driver === 'command' && !command) {
    throw new UsageError(
      'input "driver" is command but "command" is empty: give the command that sends the requests',
    );
  }
  const gatewayInput = inputs.get('gateway');
  const gateway = gatewayInput ? parseGatewaySpec(gatewayInput) : undefined;
  if (driver === 'gateway' && !gateway) {
    throw new UsageError(
      'input "driver" is gateway but "gateway" is empty: give portkey, litellm, or a command template with {config} and {port}',
    );
  }
  if (gateway && 'error' in gateway) throw new UsageError(`input "gateway": ${gateway.error}`);
  // On pull_request_target the job holds secrets; running a fork's command there would hand them
  // over, and a gateway resolved from the fork's checkout is the fork's code too.
  if (
    event.name === 'pull_request_target' &&
    event.pullRequest?.isFork &&
    (driver === 'command' || driver === 'gateway')
  ) {
    throw new UsageError(
      `driver "${driver}" is refused on pull_request_target for a fork pull request: it would run the fork's code with this repository's secrets. Run the gate on pull_request and publish with mode publish-only on workflow_run (see README).`,
    );
  }
  if (driver === 'command' || driver === 'gateway') {
    // The command or gateway must not find a key in /proc/<gate pid>/environ (see scrub-environ.ts).
    const { withholdCredentialsFromCommands } = await import('../probe/index.js');
    const scrub = await withholdCredentialsFromCommands(configPath);
    if (scrub.kind === 'unsupported') {
      core.warning(
        "fallback-gate: this Node.js has no process.execve, so the command or gateway can read the credentials in the gate's /proc environ",
      );
    }
  }
  const concurrency = inputs.get('concurrency')
    ? inputs.number('concurrency', 0, 1, 64)
    : undefined;
  const outDir = inputs.get('out-dir') || '.fallback-gate';
  const sinkDeadlineMs = inputs.number('sink-timeout-ms', 120_000, 100, 600_000);
  const api = apiSettings(inputs, token, env);
  const retentionDays = inputs.get('retention-days')
    ? inputs.number('retention-days', 0, 1, 400)
    : null;
  const wantsCommentInput = inputs.flag('comment', true);

  // Mask the credentials the config names, before anything can print them.
  const plan = await loadPlan(configPath);
  maskCredentials(
    plan.routes.flatMap((r) =>
      r.apiKeyEnv ? [env[r.apiKeyEnv] ?? '', (env[r.apiKeyEnv] ?? '').trim()] : [],
    ),
  );
  const redactor = createRedactor([
    token,
    ...secretsFromEnv(
      env,
      plan.routes.flatMap((r) => (r.apiKeyEnv ? [r.apiKeyEnv] : [])),
    ),
  ]);

  // pull_request_target checks out the base branch by default: then the workspace holds the base
  // config, not the pull request's, and "unchanged" would be a false comfort.
  let workspaceIsHead = true;
  if (event.name === 'pull_request_target' && event.compare) {
    workspaceIsHead = (await checkedOutCommit(process.cwd())) === event.compare.headSha;
    if (!workspaceIsHead) {
      core.warning(
        `fallback-gate: on pull_request_target the checkout is not the pull request head (${event.compare.headSha.slice(0, 12)}), so the config checked is the one in the workspace, not the pull request's. Check out only the head's config file (never run its code), or use the fork-safe pair: the gate on pull_request and mode publish-only on workflow_run (see README).`,
        { title: 'fallback-gate workspace is not the pull request head' },
      );
    }
  }

  // The base version of the config: for the change summary, credential trust and the fast path.
  const baseInput = inputs.get('base-config') || 'auto';
  let baseConfigPath: string | undefined;
  // A change whose base config cannot be read sends no key except to trusted hosts.
  let baseUnreadable: string | null = null;
  if (baseInput === 'none' && event.compare) baseUnreadable = 'the base-config input is "none"';
  if (baseInput !== 'auto' && baseInput !== 'none') {
    baseConfigPath = baseInput;
  } else if (baseInput === 'auto' && event.compare) {
    const base = await readBaseConfig(configPath, event.compare.baseSha, {
      cwd: process.cwd(),
      tempDir: env.RUNNER_TEMP || tmpdir(),
    });
    if (base.kind === 'unavailable') {
      baseUnreadable = 'the base commit is not in this shallow checkout';
      core.warning(
        `fallback-gate: ${base.message} Until then no credential is sent except to trusted-hosts; routes are checked against the embedded mock.`,
        { title: 'fallback-gate base config not read' },
      );
    } else if (base.kind === 'absent') {
      baseUnreadable = 'the config file is new in this change';
      core.info(
        `fallback-gate: ${base.reason}; the whole config is new in this change, so no credential is sent except to trusted-hosts`,
      );
    } else {
      baseConfigPath = base.path;
      if (base.sameAsHead && workspaceIsHead && inputs.flag('skip-unchanged', true)) {
        const message = `${configPath} is unchanged between ${event.compare.baseSha.slice(0, 12)} and ${event.compare.headSha.slice(0, 12)}: no routing change to gate, so the gate passes without probing.`;
        core.notice(`fallback-gate: ${message}`);
        await sinkOrWarn(
          setStepOutputs(
            {
              decision: 'unchanged',
              passed: 'true',
              'ledger-path': '',
              'ledger-id': '',
              'artifact-id': '',
              'comment-url': '',
            },
            env,
          ),
        );
        await sinkOrWarn(appendJobSummary(`fallback-gate: ${message}\n`, env));
        return;
      }
    }
  }

  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repo = repository(env);
  const runUrl =
    repo && env.GITHUB_RUN_ID
      ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;
  const failOnText = inputs.get('fail-on');
  const failOnParsed = failOnText ? parseFailPolicy(failOnText) : null;
  if (failOnParsed && !failOnParsed.ok) {
    throw new UsageError(`input "fail-on": ${failOnParsed.message}`);
  }
  // One log group per stage, so the job log folds like the pipeline.
  let groupOpen = false;
  const closeGroup = () => {
    if (groupOpen) core.endGroup();
    groupOpen = false;
  };
  const progress = lineProgress({
    write: (line) => core.info(line),
    onStage: (stage) => {
      closeGroup();
      core.startGroup(`fallback-gate: ${stage}`);
      groupOpen = true;
    },
    onDone: closeGroup,
  });
  const result = await runGate({
    configPath,
    outDir,
    upstream,
    env,
    progress,
    ...(baseConfigPath !== undefined ? { baseConfigPath } : {}),
    trustedHosts: list(inputs.get('trusted-hosts')),
    baseUnreadable,
    driver,
    ...(command ? { command } : {}),
    ...(driver === 'gateway' && gateway && !('error' in gateway) ? { gateway } : {}),
    ...(concurrency !== undefined ? { errorPath: { concurrency } } : {}),
    ...(failOnParsed?.ok ? { failOn: failOnParsed.policy } : {}),
    context: {
      gateVersion: GATE_VERSION,
      nodeVersion: process.version,
      runnerOs: env.RUNNER_OS ?? process.platform,
      driver,
      operatorInitials: inputs.get('operator') || null,
      followUpOwner: inputs.get('follow-up-owner') || null,
      evidenceLinks: runUrl ? [runUrl] : [],
      now: new Date(),
      run: workflowRunFromEnv(env),
    },
  });
  core.info(
    `fallback-gate: decision ${result.entry.fallback_decision}, ledger ${result.files.jsonPath}`,
  );
  annotateFindings(result.analysis.findings, core);

  // Network sinks: each bounded, each allowed to fail without changing the verdict.
  const { publishGateSinks } = await import('../publish/index.js');
  const artifactName = inputs.get('artifact-name');
  const wantsArtifact =
    artifactName !== '' && Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
  const wantsComment =
    wantsCommentInput && event.pullRequest !== null && repo !== null && token !== '';
  core.startGroup('fallback-gate: publish to GitHub (artifact, comment)');
  const sinks = await publishGateSinks({
    entry: result.entry,
    markdown: result.markdown,
    jsonPath: result.files.jsonPath,
    markdownPath: result.files.markdownPath,
    artifact: wantsArtifact
      ? {
          name: uniqueArtifactName(artifactName, {
            configPath,
            job: env.GITHUB_JOB ?? '',
            matrixKey: inputs.get('matrix-key'),
          }),
          retentionDays,
        }
      : null,
    comment:
      wantsComment && event.pullRequest && repo
        ? {
            api: await apiFor(api),
            owner: repo.owner,
            repo: repo.repo,
            issueNumber: event.pullRequest.number,
            isFork: event.pullRequest.isFork,
          }
        : null,
    runUrl,
    sinkDeadlineMs,
    redactor,
  });
  core.endGroup();
  for (const warning of sinks.warnings) core.warning(`fallback-gate: ${warning}`);
  for (const warning of result.warnings) core.warning(`fallback-gate: ${warning}`);
  await sinkOrWarn(
    setStepOutputs(
      {
        'artifact-id': sinks.artifact ? String(sinks.artifact.id) : '',
        'comment-url': sinks.comment?.url ?? '',
      },
      env,
    ),
  );
  if (sinks.artifact) {
    const where = sinks.artifact.url
      ? `[${sinks.artifact.name}](${sinks.artifact.url})`
      : sinks.artifact.name;
    await sinkOrWarn(
      appendJobSummary(`\nLedger artifact: ${where} (id ${sinks.artifact.id}).\n`, env),
    );
  }

  if (!result.entry.passed) {
    core.setFailed(`fallback-gate failed: ${result.entry.failures.join('; ')}`);
  }
  process.exitCode = result.exitCode;
}

async function publishOnlyMode(
  inputs: Inputs,
  token: string,
  event: EventFacts,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (event.name !== 'workflow_run') {
    throw new UsageError(
      `mode publish-only runs on the workflow_run event (this run was triggered by "${event.name || 'unknown'}"): see the fork-safe pair in the README`,
    );
  }
  if (!token)
    throw new UsageError(
      'mode publish-only needs github-token (actions: read, pull-requests: write)',
    );
  const { workflowRunFacts } = await import('../publish/index.js');
  const payload = await readEventPayload(env);
  const facts = workflowRunFacts(payload);
  if (!facts)
    throw new UsageError(
      'the workflow_run event payload lacks the run id, head commit or repository',
    );
  const { publishOnly } = await import('../publish/index.js');
  const knownSecrets = [token, ...secretsFromEnv(env)];
  const result = await publishOnly({
    run: facts,
    api: await apiFor(apiSettings(inputs, token, env)),
    token,
    artifactName: inputs.get('artifact-name') || 'fallback-gate-ledger',
    configPath: inputs.get('config') || null,
    workDir: join(env.RUNNER_TEMP || tmpdir(), `fallback-gate-publish-${facts.runId}`),
    comment: inputs.flag('comment', true),
    sinkDeadlineMs: inputs.number('sink-timeout-ms', 120_000, 100, 600_000),
    knownSecrets,
    redactor: createRedactor(knownSecrets),
  });
  for (const warning of result.warnings) core.warning(`fallback-gate: ${warning}`);
  const first = result.published[0];
  await sinkOrWarn(
    setStepOutputs(
      {
        decision: first?.entry.fallback_decision ?? '',
        passed: first ? String(result.published.every((p) => p.entry.passed)) : '',
        'ledger-path': first?.path ?? '',
        'ledger-id': first?.entry.ledger_id ?? '',
        'artifact-id': first ? String(first.artifact.id) : '',
        'comment-url': first?.commentUrl ?? '',
      },
      env,
    ),
  );
  for (const ledger of result.published) {
    await sinkOrWarn(appendJobSummary(ledger.markdown, env));
  }
  for (const ledger of result.published) {
    core.info(
      `fallback-gate: published ledger ${ledger.entry.ledger_id} from artifact ${ledger.artifact.name}${ledger.commentUrl ? ` at ${ledger.commentUrl}` : ''}`,
    );
  }
  if (result.refused.length > 0) {
    for (const refusal of result.refused) {
      core.error(
        `fallback-gate: refused artifact ${refusal.artifact}: ${refusal.reasons.join('; ')}`,
      );
    }
    core.setFailed(
      `fallback-gate: ${result.refused.length} ledger artifact(s) failed verification and were not published`,
    );
    process.exitCode = 1;
  }
}

await run();
// A sink that overran its deadline may still hold a socket open; the verdict is final, so end here.
process.exit(process.exitCode ?? 0);
