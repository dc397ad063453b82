import { ConfigError, positionAt } from '../../common/index.js';
import {
  buildRecordedEntry,
  type LogFormat,
  mergeFacts,
  type ParsedLog,
  readLogFile,
  readNote,
  type RecordFacts,
} from '../../incident/index.js';
import { defaultBudget } from '../../plan/index.js';
import { writeLedgerFiles } from '../../publish/index.js';
import {
  appendHistoryLine,
  consoleStyleFor,
  type ConsoleStyle,
  type LedgerEntry,
  ledgerRedactor,
  renderConsole,
  renderOutputs,
  runSecrets,
  workflowRunFromEnv,
} from '../../record/index.js';
import type { Budget, RoutingPlan } from '../../routing/index.js';
import { GATE_VERSION } from '../../common/index.js';
import type { CliIo, CommandOutcome } from '../io.js';
import { emit } from './emit.js';

// `fallback-gate record`: facts from flags and a note, timelines from logs, one recorded entry
// written as ledger.json and ledger.md (and a history line), through the gate's redaction.

export interface RecordOptions {
  facts: Partial<RecordFacts>;
  note?: string;
  logs: readonly string[];
  logFormat?: LogFormat;
  select: readonly string[];
  config?: string;
  chain?: string;
  maxAttempts?: number;
  maxElapsedMs?: number;
  out: string;
  history?: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  gateVersion: string;
  style: ConsoleStyle;
  runtime: CliIo['runtime'];
}

export interface RecordResult {
  code: 0 | 1;
  stdout: string;
  entry: LedgerEntry;
}

export async function runRecord(options: RecordOptions): Promise<RecordResult> {
  const note = options.note ? await readNote(options.note) : {};
  const facts = mergeFacts(note, options.facts);
  const logs: ParsedLog[] = [];
  for (const file of options.logs) logs.push(await readLogFile(file, options.logFormat));
  let plan: RoutingPlan | null = null;
  if (options.config) {
    const { runPlanStage } = await import('../../plan/index.js');
    plan = (await runPlanStage({ configPath: options.config, env: options.env })).plan;
    if (options.chain && !plan.chains.some((c) => c.name === options.chain)) {
      throw new ConfigError(
        positionAt(options.config),
        `no chain named "${options.chain}" in this config`,
        `name one of: ${plan.chains.map((c) => c.name).join(', ')}`,
      );
    }
  } else if (options.chain) {
    throw new ConfigError(
      positionAt('--chain'),
      '--chain needs --config',
      'give the routing config the chain is in',
    );
  }
  const base: Budget = plan?.budget ?? defaultBudget('(no config)');
  const budget: Budget = {
    ...base,
    ...(options.maxAttempts !== undefined ? { maxAttemptsPerRequest: options.maxAttempts } : {}),
    ...(options.maxElapsedMs !== undefined ? { maxElapsedMs: options.maxElapsedMs } : {}),
  };
  if (!plan && options.maxAttempts === undefined && logs.length > 0) {
    facts.uncertainty.push(
      `no routing config or --max-attempts: the logged requests were held to the gate's default budget (${budget.maxAttemptsPerRequest} attempts, ${budget.maxElapsedMs ?? 'no'} ms)`,
    );
  }
  const redactor = ledgerRedactor(runSecrets(options.env, plan));
  const entry = buildRecordedEntry({
    facts,
    noteFile: options.note ?? null,
    logs,
    select: options.select,
    plan,
    chain: options.chain ?? null,
    budget,
    context: {
      gateVersion: options.gateVersion,
      nodeVersion: options.runtime.nodeVersion,
      runnerOs: options.runtime.runnerOs,
      now: options.now,
      run: workflowRunFromEnv(options.env),
    },
    redactor,
  });
  const { json, markdown, historyLine } = renderOutputs(entry, redactor);
  const files = await writeLedgerFiles(options.out, json, markdown);
  if (options.history) await appendHistoryLine(options.history, historyLine);
  const lines = [
    redactor.text(renderConsole(entry, options.style)).trimEnd(),
    ...logs.map(
      (l) =>
        `  log      ${l.file}: ${l.format}, ${l.records} records, ${l.attempts.length} attempts`,
    ),
    `ledger: ${files.jsonPath}`,
  ];
  if (entry.decision_paused) {
    lines.push(
      `paused: ${entry.recorded?.facts_missing.length ? `record ${entry.recorded.facts_missing.join(', ')}` : 'resolve the conflicting facts'} and run record again`,
    );
  }
  return { code: entry.decision_paused ? 1 : 0, stdout: `${lines.join('\n')}\n`, entry };
}

/** The options of `record`, as commander parses them. */
export interface RecordFlags {
  fromLog: string[];
  logFormat?: LogFormat;
  note?: string;
  config?: string;
  chain?: string;
  endpointFamily?: RecordFacts['endpointFamily'];
  route?: string;
  requestId: string[];
  statusClass?: RecordFacts['statusClass'];
  retryAttempts?: number;
  decision?: RecordFacts['decision'];
  evidenceLink: string[];
  operator?: string;
  owner?: string;
  whatChanged?: string;
  uncertain: string[];
  promptClass?: string;
  maxAttempts?: number;
  maxElapsedMs?: number;
  out: string;
  history?: string;
}

export async function runRecordCommand(flags: RecordFlags, io: CliIo): Promise<CommandOutcome> {
  const result = await runRecord({
    facts: factsFromFlags(flags),
    ...(flags.note ? { note: flags.note } : {}),
    logs: flags.fromLog,
    ...(flags.logFormat ? { logFormat: flags.logFormat } : {}),
    select: flags.requestId,
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.chain ? { chain: flags.chain } : {}),
    ...(flags.maxAttempts !== undefined ? { maxAttempts: flags.maxAttempts } : {}),
    ...(flags.maxElapsedMs !== undefined ? { maxElapsedMs: flags.maxElapsedMs } : {}),
    out: flags.out,
    ...(flags.history ? { history: flags.history } : {}),
    env: io.env,
    now: new Date(),
    gateVersion: GATE_VERSION,
    style: consoleStyleFor(io.stdout, io.env),
    runtime: io.runtime,
  });
  return emit(io, { code: result.code, stdout: result.stdout, stderr: '' });
}

function factsFromFlags(flags: RecordFlags): Partial<RecordFacts> {
  return {
    ...(flags.endpointFamily ? { endpointFamily: flags.endpointFamily } : {}),
    ...(flags.route ? { route: flags.route } : {}),
    ...(flags.requestId[0] ? { requestId: flags.requestId[0] } : {}),
    ...(flags.statusClass ? { statusClass: flags.statusClass } : {}),
    ...(flags.retryAttempts !== undefined ? { retryAttempts: flags.retryAttempts } : {}),
    ...(flags.decision ? { decision: flags.decision } : {}),
    evidenceLinks: flags.evidenceLink,
    ...(flags.operator ? { operator: flags.operator } : {}),
    ...(flags.owner ? { owner: flags.owner } : {}),
    ...(flags.whatChanged ? { whatChanged: flags.whatChanged } : {}),
    uncertainty: flags.uncertain,
    ...(flags.promptClass ? { promptClass: flags.promptClass } : {}),
  };
}
