import { EXIT } from '../../common/index.js';
import { consoleLines } from '../../record/index.js';
import type { ConfigFormat } from '../../routing/index.js';
import type { CliIo, CommandOutcome } from '../io.js';
import { budgetFrom } from './budget.js';

// `fallback-gate plan`: only the plan stage, so nothing here sends a request.

export interface PlanFlags {
  config: string;
  baseConfig?: string;
  format?: ConfigFormat;
  trustedHost: string[];
  clientRetries?: number;
  maxAttempts?: number;
  maxElapsedMs?: number;
  json?: boolean;
}

export async function runPlan(flags: PlanFlags, io: CliIo): Promise<CommandOutcome> {
  const { renderPlanJson, renderPlanText, runPlanStage } = await import('../../plan/index.js');
  const { plan, analysis } = await runPlanStage({
    configPath: flags.config,
    ...(flags.baseConfig ? { baseConfigPath: flags.baseConfig } : {}),
    ...(flags.format ? { format: flags.format } : {}),
    ...(flags.clientRetries !== undefined ? { clientRetries: flags.clientRetries } : {}),
    trustedHosts: flags.trustedHost,
    ...budgetFrom(flags),
    env: io.env,
  });
  io.stdout.write(
    flags.json ? renderPlanJson(plan, analysis) : consoleLines(renderPlanText(plan, analysis)),
  );
  const failed = analysis.findings.some((f) => f.severity === 'error');
  return { exitStatus: failed ? EXIT.failed : EXIT.passed };
}
