import {
  EXIT,
  type ExitStatus,
  GATE_VERSION,
  lineProgress,
  type Progress,
  UsageError,
} from '../common/index.js';
import { parseFailPolicy } from '../judge/index.js';
import { loadPlan, planLoadOptions } from '../plan/index.js';
import type { RoutingPlan } from '../routing/index.js';
import { annotateFindings } from '../publish/index.js';
import { createRedactor, runSecrets, type Redactor, workflowRunFromEnv } from '../record/index.js';
import { type GateResult, runGate } from '../run.js';
import { baseVersion, type BaseVersion, workspaceIsHead } from './base-version.js';
import type { ActionDeps, ActionSink } from './deps.js';
import { type EventFacts, repository, runUrlOf } from './event-facts.js';
import {
  type GateChoice,
  type GateSettings,
  readGateChoice,
  readGateSettings,
  runsOthersCode,
} from './gate-inputs.js';
import { type Inputs, list } from './inputs.js';
import type { Masker } from './masking.js';
import { finishGateStep, passUnchanged } from './step-result.js';

// Gate mode: check the routing config the inputs name, write the ledger, publish it, and turn
// the verdict into the step's outcome.

export async function gateMode(
  deps: ActionDeps,
  inputs: Inputs,
  token: string,
  event: EventFacts,
  mask: Masker,
): Promise<ExitStatus> {
  const { env, sink } = deps;
  const choice = readGateChoice(inputs, event);
  if (runsOthersCode(choice)) {
    const scrub = await deps.withholdCredentials(choice.configPath);
    if (scrub.kind === 'unsupported') {
      sink.warning(
        "fallback-gate: this Node.js has no process.execve, so the command or gateway can read the credentials in the gate's /proc environ",
      );
    }
  }
  const settings = readGateSettings(inputs, token, env);

  // Read once, as the plan stage would, and mask every secret of the run before anything can
  // print it: the keys the config names and the secrets in its URLs, not only the usual names.
  const head = await loadPlan(
    choice.configPath,
    planLoadOptions({ configPath: choice.configPath, env }),
  );
  const secrets = runSecrets(env, head, [token]);
  mask(secrets);
  const redactor = createRedactor(secrets);

  const isHead = await workspaceIsHead(event, sink);
  const base = await baseVersion(choice.configPath, inputs, event, {
    env,
    sink,
    workspaceIsHead: isHead,
  });
  if (base.unchanged !== null) {
    await passUnchanged(base.unchanged, sink);
    return EXIT.passed;
  }
  return runAndPublish(deps, inputs, { token, event, choice, settings, base, redactor, head });
}

interface GateRun {
  token: string;
  event: EventFacts;
  choice: GateChoice;
  settings: GateSettings;
  base: BaseVersion;
  redactor: Redactor;
  head: RoutingPlan;
}

async function runAndPublish(deps: ActionDeps, inputs: Inputs, run: GateRun): Promise<ExitStatus> {
  const { env, sink } = deps;
  const runUrl = runUrlOf(env);
  const failOnText = inputs.get('fail-on');
  const failOnParsed = failOnText ? parseFailPolicy(failOnText) : null;
  if (failOnParsed && !failOnParsed.ok) {
    throw new UsageError(`input "fail-on": ${failOnParsed.message}`);
  }
  const { choice, base } = run;
  const { gateway } = choice;
  const result: GateResult = await runGate({
    configPath: choice.configPath,
    head: run.head,
    outDir: run.settings.outDir,
    upstream: choice.upstream,
    env,
    progress: groupedProgress(sink),
    ...(base.baseConfigPath !== undefined ? { baseConfigPath: base.baseConfigPath } : {}),
    trustedHosts: list(inputs.get('trusted-hosts')),
    baseUnreadable: base.baseUnreadable,
    driver: choice.driver,
    ...(choice.command ? { command: choice.command } : {}),
    ...(choice.driver === 'gateway' && gateway && !('error' in gateway) ? { gateway } : {}),
    ...(run.settings.concurrency !== undefined
      ? { errorPath: { concurrency: run.settings.concurrency } }
      : {}),
    ...(failOnParsed?.ok ? { failOn: failOnParsed.policy } : {}),
    context: {
      gateVersion: GATE_VERSION,
      nodeVersion: process.version,
      runnerOs: env.RUNNER_OS ?? process.platform,
      driver: choice.driver,
      operatorInitials: inputs.get('operator') || null,
      followUpOwner: inputs.get('follow-up-owner') || null,
      evidenceLinks: runUrl ? [runUrl] : [],
      now: new Date(),
      run: workflowRunFromEnv(env),
    },
  });
  sink.info(
    `fallback-gate: decision ${result.entry.fallback_decision}, ledger ${result.files.jsonPath}`,
  );
  annotateFindings(result.analysis.findings, sink);
  return finishGateStep(
    {
      deps,
      inputs,
      token: run.token,
      event: run.event,
      configPath: choice.configPath,
      retentionDays: run.settings.retentionDays,
      wantsComment: run.settings.wantsComment,
      api: run.settings.api,
      sinkDeadlineMs: run.settings.sinkDeadlineMs,
      runUrl,
      repo: repository(env),
      redactor: run.redactor,
    },
    result,
  );
}

/** One log group per stage, so the job log folds like the pipeline. */
function groupedProgress(sink: ActionSink): Progress {
  let groupOpen = false;
  const closeGroup = () => {
    if (groupOpen) sink.endGroup();
    groupOpen = false;
  };
  return lineProgress({
    write: (line) => sink.info(line),
    onStage: (stage) => {
      closeGroup();
      sink.startGroup(`fallback-gate: ${stage}`);
      groupOpen = true;
    },
    onDone: closeGroup,
  });
}
