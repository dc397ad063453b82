import type { Driver } from './observations/index.js';
import { type Progress, SILENT } from './common/index.js';
import {
  DEFAULT_REQUIRED_EVIDENCE,
  type FailPolicy,
  judge,
  type Judgement,
  scenarioInsideNoise,
} from './judge/index.js';
import { type CredentialTrust, runPlanStage } from './plan/index.js';
import type { ConfigFormat, PlanAnalysis, RoutingPlan } from './routing/index.js';
import { runStorms, type StormScenario } from './storm/index.js';
import type { Observations } from './observations/index.js';
import type { ErrorPathSettings, GatewaySpec, UpstreamMode } from './probe/index.js';
import {
  appendHistoryLine,
  buildLedger,
  type LedgerEntry,
  ledgerRedactor,
  type Redactor,
  renderOutputs,
  type RunContext,
  runSecrets,
} from './record/index.js';
import type { LedgerFiles } from './publish/index.js';

// The pipeline, plan → probe → judge → record → publish, shared by the CLI and the action.
// It knows nothing of argv or action inputs: the entry points translate those into options.
// The probe and publish stages (undici, @actions/*) load only when reached, which keeps a
// config error fast.

export interface GateOptions {
  configPath: string;
  outDir: string;
  format?: ConfigFormat;
  /** The config as it is on the base branch, for scope drift and credential trust. */
  baseConfigPath?: string;
  /** The head config, when the caller has read it already with planLoadOptions(): not read again. */
  head?: RoutingPlan;
  /** Hosts a credential may be sent to besides those in the base config. */
  trustedHosts?: string[];
  /**
   * The config comes from an unmerged change and its base version could not be read: why.
   * Keys then go only to trusted hosts.
   */
  baseUnreadable?: string | null;
  /** Who makes the retries: the gate's reference executor, or the user's own command. */
  driver?: Driver;
  /** The command the `command` driver runs. */
  command?: string;
  /** The gateway the `gateway` driver starts with the config: portkey, litellm or a template. */
  gateway?: GatewaySpec;
  /** Retries of the client SDK in front of the routing, stacked on every chain. */
  clientRetries?: number;
  /** Budget limits that replace the config's. */
  budget?: { maxAttemptsPerRequest?: number; maxElapsedMs?: number };
  upstream: UpstreamMode;
  /** The retry-storm scenario; default when absent, null to skip the simulation. */
  storm?: StormScenario | null;
  /** How the error path runs (driver and command above also apply); false skips it. */
  errorPath?: Partial<ErrorPathSettings> | false;
  context: RunContext;
  env: NodeJS.ProcessEnv;
  /** Which problems fail the job; default budget, evidence, escalate and findings. */
  failOn?: FailPolicy;
  /** A JSON Lines file the entry is appended to. */
  historyPath?: string;
  /** Progress lines for each stage and scenario; silent when absent. */
  progress?: Progress;
}

export interface GateResult {
  entry: LedgerEntry;
  /** The plan stage's static result, for annotations on the config's lines. */
  analysis: PlanAnalysis;
  markdown: string;
  files: LedgerFiles;
  /** Sinks that could not be written (job summary, step outputs): for the log, never the verdict. */
  warnings: string[];
  /** 0 when the gate passed, 1 when it failed. */
  exitCode: 0 | 1;
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const progress = options.progress ?? SILENT;
  try {
    return await stages(options, progress);
  } finally {
    progress.done();
  }
}

async function stages(options: GateOptions, progress: Progress): Promise<GateResult> {
  const { plan, analysis, trust } = await planStage(options, progress);
  const redactor = redactorFor(plan, options.env);
  // The ledger must be writable before minutes of probing are spent on it.
  const { checkOutDir } = await import('./publish/index.js');
  await checkOutDir(options.outDir);
  const observations = await probeStage(plan, trust, options, progress);
  const { judgement, context } = judgeStage(plan, analysis, observations, options, progress);

  // record: every output goes through the same redactor
  progress.stage('record', 'building the ledger entry');
  const entry = buildLedger({ plan, analysis, observations, judgement, context, redactor });
  const outputs = renderOutputs(entry, redactor);
  const { files, warnings } = await publishStage(entry, outputs, options, progress);
  return {
    entry,
    analysis,
    markdown: outputs.markdown,
    files,
    warnings,
    exitCode: entry.passed ? 0 : 1,
  };
}

async function planStage(options: GateOptions, progress: Progress) {
  const { plan, analysis, trust } = await runPlanStage(options);
  // Said after reading, so a config error is the first thing a user sees.
  progress.stage(
    'plan',
    `${options.configPath}: ${plan.routes.length} route(s), ${plan.chains.length} chain(s), ${analysis.findings.length} finding(s)`,
  );
  return { plan, analysis, trust };
}

/** The run's redactor: the one secret set of a run (runSecrets), with the ledger's vocabulary. */
function redactorFor(plan: RoutingPlan, env: NodeJS.ProcessEnv): Redactor {
  return ledgerRedactor(runSecrets(env, plan));
}

async function probeStage(
  plan: RoutingPlan,
  trust: CredentialTrust,
  options: GateOptions,
  progress: Progress,
): Promise<Observations> {
  progress.stage(
    'probe',
    `${plan.routes.length} route(s), ${plan.chains.length} chain(s)${options.errorPath === false ? '' : ', fault scenarios through the fault proxy'}`,
  );
  const { probe } = await import('./probe/index.js');
  const network = await probe(plan, {
    progress,
    upstream: options.upstream,
    env: options.env,
    trust,
    // The judge's own rule decides which scenarios sit inside their timing noise.
    insideNoise: scenarioInsideNoise(plan),
    errorPath:
      options.errorPath === false
        ? false
        : {
            ...(options.driver ? { driver: options.driver } : {}),
            ...(options.command ? { command: options.command } : {}),
            ...(options.gateway ? { gateway: options.gateway } : {}),
            ...options.errorPath,
          },
  });
  if (options.storm !== null) {
    progress.stage('probe', `retry-storm simulation of ${plan.chains.length} chain(s)`);
  }
  return { ...network, storm: runStorms(plan, options.storm) };
}

function judgeStage(
  plan: RoutingPlan,
  analysis: PlanAnalysis,
  observations: Observations,
  options: GateOptions,
  progress: Progress,
): { judgement: Judgement; context: RunContext } {
  progress.stage('judge', 'checking the observations against the policy and the budget');
  const context: RunContext = {
    ...options.context,
    operatorInitials: options.context.operatorInitials ?? plan.owners.operatorInitials,
    followUpOwner: options.context.followUpOwner ?? plan.owners.followUpOwner,
  };
  const judgement = judge({
    plan,
    analysis,
    observations,
    evidence: {
      operatorInitials: context.operatorInitials,
      followUpOwner: context.followUpOwner,
      evidenceLinks: context.evidenceLinks,
      required: context.requiredEvidence ?? plan.owners.required ?? DEFAULT_REQUIRED_EVIDENCE,
    },
    ...(options.failOn ? { failOn: options.failOn } : {}),
  });
  return { judgement, context };
}

/** Disk first, then the runner's files (job summary, step outputs). */
async function publishStage(
  entry: LedgerEntry,
  outputs: { json: string; markdown: string; historyLine: string },
  options: GateOptions,
  progress: Progress,
): Promise<{ files: LedgerFiles; warnings: string[] }> {
  progress.stage('publish', `writing the ledger to ${options.outDir}`);
  const { appendJobSummary, setStepOutputs, writeLedgerFiles } = await import('./publish/index.js');
  const files = await writeLedgerFiles(options.outDir, outputs.json, outputs.markdown);
  if (options.historyPath) {
    await appendHistoryLine(options.historyPath, outputs.historyLine);
  }
  const warnings: string[] = [];
  const summaryWarning = await appendJobSummary(outputs.markdown, options.env);
  if (summaryWarning) warnings.push(summaryWarning);
  const outputWarning = await setStepOutputs(
    {
      decision: entry.fallback_decision,
      passed: String(entry.passed),
      'ledger-path': files.jsonPath,
      'ledger-id': entry.ledger_id,
    },
    options.env,
  );
  if (outputWarning) warnings.push(outputWarning);
  return { files, warnings };
}
