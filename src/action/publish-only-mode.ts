import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, type ExitStatus, UsageError } from '../common/index.js';
import type { PublishOnlyResult } from '../publish/index.js';
import { createRedactor, secretsFromEnv } from '../record/index.js';
import type { ActionDeps, ActionSink } from './deps.js';
import { type EventFacts, readEventPayload } from './event-facts.js';
import { apiSettings, type Inputs, sinkDeadline } from './inputs.js';
import { sinkOrWarn } from './step-result.js';

// Publish-only mode, the trusted half of the fork-safe pair: on workflow_run, publish the
// verified ledgers another run produced (publish/publish-only.ts), and fail the step when one
// is refused.

export async function publishOnlyMode(
  deps: ActionDeps,
  inputs: Inputs,
  token: string,
  event: EventFacts,
): Promise<ExitStatus> {
  const { env } = deps;
  if (event.name !== 'workflow_run') {
    throw new UsageError(
      `mode publish-only runs on the workflow_run event (this run was triggered by "${event.name || 'unknown'}"): see the fork-safe pair in the README`,
    );
  }
  if (!token)
    throw new UsageError(
      'mode publish-only needs github-token (actions: read, pull-requests: write)',
    );
  const { workflowRunFacts, publishOnly } = await import('../publish/index.js');
  const payload = await readEventPayload(env);
  const facts = workflowRunFacts(payload);
  if (!facts)
    throw new UsageError(
      'the workflow_run event payload lacks the run id, head commit or repository',
    );
  const knownSecrets = [token, ...secretsFromEnv(env)];
  const result = await publishOnly({
    run: facts,
    api: await deps.githubApi(apiSettings(inputs, token, env)),
    artifactClient: deps.artifactClient,
    token,
    artifactName: inputs.get('artifact-name') || 'fallback-gate-ledger',
    configPath: inputs.get('config') || null,
    workDir: join(env.RUNNER_TEMP || tmpdir(), `fallback-gate-publish-${facts.runId}`),
    comment: inputs.flag('comment', true),
    sinkDeadlineMs: sinkDeadline(inputs),
    knownSecrets,
    redactor: createRedactor(knownSecrets),
  });
  return reportPublished(result, deps.sink);
}

async function reportPublished(result: PublishOnlyResult, sink: ActionSink): Promise<ExitStatus> {
  for (const warning of result.warnings) sink.warning(`fallback-gate: ${warning}`);
  const first = result.published[0];
  await sinkOrWarn(
    sink,
    sink.setOutputs({
      decision: first?.entry.fallback_decision ?? '',
      passed: first ? String(result.published.every((p) => p.entry.passed)) : '',
      'ledger-path': first?.path ?? '',
      'ledger-id': first?.entry.ledger_id ?? '',
      'artifact-id': first ? String(first.artifact.id) : '',
      'comment-url': first?.commentUrl ?? '',
    }),
  );
  for (const ledger of result.published) {
    await sinkOrWarn(sink, sink.appendSummary(ledger.markdown));
  }
  for (const ledger of result.published) {
    sink.info(
      `fallback-gate: published ledger ${ledger.entry.ledger_id} from artifact ${ledger.artifact.name}${ledger.commentUrl ? ` at ${ledger.commentUrl}` : ''}`,
    );
  }
  if (result.refused.length === 0) return EXIT.passed;
  for (const refusal of result.refused) {
    sink.error(
      `fallback-gate: refused artifact ${refusal.artifact}: ${refusal.reasons.join('; ')}`,
    );
  }
  sink.setFailed(
    `fallback-gate: ${result.refused.length} ledger artifact(s) failed verification and were not published`,
  );
  return EXIT.failed;
}
