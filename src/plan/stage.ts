import type { CredentialTrust } from './credential-gate.js';
import { analysePlan } from './analyse.js';
import { loadPlan, type LoadOptions } from './load.js';
import type { ConfigFormat, PlanAnalysis, RoutingPlan } from '../routing/index.js';

export interface PlanStageOptions {
  configPath: string;
  /** The same config on the base branch, for scope drift and credential trust. */
  baseConfigPath?: string;
  format?: ConfigFormat;
  clientRetries?: number;
  budget?: LoadOptions['budget'];
  trustedHosts?: readonly string[];
  /**
   * Set when the config comes from an unmerged change whose base version could not be read:
   * why. Then no key is sent except to trusted hosts (see credential-gate.ts).
   */
  baseUnreadable?: string | null;
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The head config, already read by the caller with these same options (the action reads it
   * first to mask its keys): used as it is, not read a second time.
   */
  head?: RoutingPlan;
}

export interface PlanStageResult {
  plan: RoutingPlan;
  base: RoutingPlan | null;
  analysis: PlanAnalysis;
  /** Who may receive which key: handed to every sender in the probe stage. */
  trust: CredentialTrust;
}

/** How the plan stage reads a config; a caller that reads the head itself uses the same. */
export function planLoadOptions(options: PlanStageOptions): LoadOptions {
  return {
    ...(options.format ? { format: options.format } : {}),
    ...(options.clientRetries !== undefined ? { clientRetries: options.clientRetries } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
  };
}

/** The whole plan stage: read the head (and base) config, then analyse it. Throws ConfigError. */
export async function runPlanStage(options: PlanStageOptions): Promise<PlanStageResult> {
  const load = planLoadOptions(options);
  const plan = options.head ?? (await loadPlan(options.configPath, load));
  const base = options.baseConfigPath ? await loadPlan(options.baseConfigPath, load) : null;
  const analysis = analysePlan(plan, {
    ...(base ? { base } : {}),
    trustedHosts: options.trustedHosts ?? [],
    baseUnreadable: options.baseUnreadable ?? null,
  });
  const trust: CredentialTrust = {
    base,
    trustedHosts: options.trustedHosts ?? [],
    baseUnreadable: base ? null : (options.baseUnreadable ?? null),
  };
  return { plan, base, analysis, trust };
}
