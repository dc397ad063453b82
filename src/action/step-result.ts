import type { ExitStatus } from '../common/index.js';
import type { Redactor } from '../record/index.js';
import type { GitHubApiOptions } from '../publish/index.js';
import type { GateResult } from '../run.js';
import { uniqueArtifactName } from '../publish/index.js';
import type { ActionDeps, ActionSink } from './deps.js';
import type { EventFacts } from './event-facts.js';
import type { Inputs } from './inputs.js';

// How a gate run ends the step: the network sinks (artifact, sticky comment), each bounded and
// allowed to fail without changing the verdict; then the outputs, the summary and the status.

/** A runner file that cannot be written is a warning in the log, never a verdict. */
export async function sinkOrWarn(sink: ActionSink, written: Promise<string | null>): Promise<void> {
  const warning = await written;
  if (warning) sink.warning(`fallback-gate: ${warning}`);
}

/** The fast path: the config did not change, so the step passes and says why. */
export async function passUnchanged(message: string, sink: ActionSink): Promise<void> {
  sink.notice(`fallback-gate: ${message}`);
  await sinkOrWarn(
    sink,
    sink.setOutputs({
      decision: 'unchanged',
      passed: 'true',
      'ledger-path': '',
      'ledger-id': '',
      'artifact-id': '',
      'comment-url': '',
    }),
  );
  await sinkOrWarn(sink, sink.appendSummary(`fallback-gate: ${message}\n`));
}

export interface GatePublication {
  deps: ActionDeps;
  inputs: Inputs;
  token: string;
  event: EventFacts;
  configPath: string;
  retentionDays: number | null;
  wantsComment: boolean;
  api: GitHubApiOptions;
  sinkDeadlineMs: number;
  runUrl: string | null;
  repo: { owner: string; repo: string } | null;
  redactor: Redactor;
}

export async function finishGateStep(p: GatePublication, result: GateResult): Promise<ExitStatus> {
  const { sink, env } = p.deps;
  const { publishGateSinks } = await import('../publish/index.js');
  const artifactName = p.inputs.get('artifact-name');
  const wantsArtifact =
    artifactName !== '' && Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
  const pullRequest = p.wantsComment && p.token !== '' ? p.event.pullRequest : null;
  sink.startGroup('fallback-gate: publish to GitHub (artifact, comment)');
  const sinks = await publishGateSinks({
    entry: result.entry,
    markdown: result.markdown,
    jsonPath: result.files.jsonPath,
    markdownPath: result.files.markdownPath,
    artifact: wantsArtifact
      ? {
          name: uniqueArtifactName(artifactName, {
            configPath: p.configPath,
            job: env.GITHUB_JOB ?? '',
            matrixKey: p.inputs.get('matrix-key'),
          }),
          retentionDays: p.retentionDays,
          client: p.deps.artifactClient,
        }
      : null,
    comment:
      pullRequest && p.repo
        ? {
            api: await p.deps.githubApi(p.api),
            owner: p.repo.owner,
            repo: p.repo.repo,
            issueNumber: pullRequest.number,
            isFork: pullRequest.isFork,
          }
        : null,
    runUrl: p.runUrl,
    sinkDeadlineMs: p.sinkDeadlineMs,
    redactor: p.redactor,
  });
  sink.endGroup();
  for (const warning of sinks.warnings) sink.warning(`fallback-gate: ${warning}`);
  for (const warning of result.warnings) sink.warning(`fallback-gate: ${warning}`);
  await sinkOrWarn(
    sink,
    sink.setOutputs({
      'artifact-id': sinks.artifact ? String(sinks.artifact.id) : '',
      'comment-url': sinks.comment?.url ?? '',
    }),
  );
  if (sinks.artifact) {
    const where = sinks.artifact.url
      ? `[${sinks.artifact.name}](${sinks.artifact.url})`
      : sinks.artifact.name;
    await sinkOrWarn(
      sink,
      sink.appendSummary(`\nLedger artifact: ${where} (id ${sinks.artifact.id}).\n`),
    );
  }
  if (!result.entry.passed) {
    sink.setFailed(`fallback-gate failed: ${result.entry.failures.join('; ')}`);
  }
  return result.exitCode;
}
