import {
  appendHistoryLine,
  type ConsoleStyle,
  type LedgerEntry,
  ledgerRedactor,
  renderConsole,
  renderOutputs,
  secretsFromEnv,
  secretsFromUrls,
  workflowRunFromEnv,
} from '../record/index.js';
import { writeLedgerFiles } from '../publish/index.js';
import { defaultBudget } from '../plan/index.js';
import { ConfigError, positionAt } from '../common/index.js';
import type { Budget, RoutingPlan } from '../routing/index.js';
import { mergeFacts, readNote, type RecordFacts } from './facts.js';
import { readLogFile } from './log-read.js';
import type { LogFormat, ParsedLog } from './log-types.js';
import { buildRecordedEntry } from './record-entry.js';

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
    const { runPlanStage } = await import('../plan/index.js');
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
  const redactor = ledgerRedactor([
    ...secretsFromEnv(
      options.env,
      plan?.routes.flatMap((r) => (r.apiKeyEnv ? [r.apiKeyEnv] : [])) ?? [],
    ),
    ...secretsFromUrls(plan?.routes.map((r) => r.baseUrl) ?? []),
  ]);
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
      nodeVersion: process.version,
      runnerOs: `${process.platform}-${process.arch}`,
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
