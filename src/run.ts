import { judge } from './judge/judge.js';
import { loadPlan } from './plan/load.js';
import type { ConfigFormat } from './plan/types.js';
import { probeHappyPath } from './probe/happy-path.js';
import type { HappyPathObservation } from './probe/types.js';
import { chooseUpstream, type UpstreamMode } from './probe/upstream.js';
import { startMockProvider, type MockProvider } from './mock/server.js';
import { buildLedger } from './record/build-ledger.js';
import type { LedgerEntry } from './record/ledger-schema.js';
import { createRedactor, secretsFromEnv } from './record/redact.js';
import { renderMarkdown } from './record/render-markdown.js';
import type { RunContext } from './record/run-context.js';
import { writeLedgerFiles, type LedgerFiles } from './publish/files.js';
import { appendJobSummary, setStepOutputs } from './publish/workflow-files.js';

// The pipeline, plan → probe → judge → record → publish, shared by the CLI and the action.
// It knows nothing of argv or action inputs: the entry points translate those into options.

export interface GateOptions {
  configPath: string;
  outDir: string;
  format?: ConfigFormat;
  upstream: UpstreamMode;
  context: RunContext;
  env: NodeJS.ProcessEnv;
}

export interface GateResult {
  entry: LedgerEntry;
  markdown: string;
  files: LedgerFiles;
  /** 0 when the gate passed, 1 when it failed. */
  exitCode: 0 | 1;
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const plan = await loadPlan(options.configPath, options.format ? { format: options.format } : {});
  const redactor = createRedactor(
    secretsFromEnv(
      options.env,
      plan.routes.flatMap((r) => (r.apiKeyEnv ? [r.apiKeyEnv] : [])),
    ),
  );

  let mock: MockProvider | undefined;
  let happyPath: HappyPathObservation[];
  try {
    const needsMock = plan.routes.map((route) =>
      chooseUpstream(route, options.upstream, options.env, () => 'mock'),
    );
    if (needsMock.some((c) => c.upstream === 'mock')) mock = await startMockProvider();
    const mockUrl = mock?.url ?? '';
    happyPath = await Promise.all(
      plan.routes.map((route) =>
        probeHappyPath(
          route,
          chooseUpstream(route, options.upstream, options.env, () => mockUrl),
        ),
      ),
    );
  } finally {
    await mock?.close();
  }

  const judgement = judge({ plan, happyPath });
  const context: RunContext = {
    ...options.context,
    operatorInitials: options.context.operatorInitials ?? plan.owners.operatorInitials,
    followUpOwner: options.context.followUpOwner ?? plan.owners.followUpOwner,
  };
  const entry = buildLedger({ plan, happyPath, judgement, context, redactor });
  const markdown = redactor.text(renderMarkdown(entry));
  const json = redactor.text(`${JSON.stringify(entry, null, 2)}\n`);
  const files = await writeLedgerFiles(options.outDir, json, markdown);

  await appendJobSummary(markdown, options.env);
  await setStepOutputs(
    {
      decision: entry.fallback_decision,
      passed: String(entry.passed),
      'ledger-path': files.jsonPath,
      'ledger-id': entry.ledger_id,
    },
    options.env,
  );
  return { entry, markdown, files, exitCode: entry.passed ? 0 : 1 };
}
