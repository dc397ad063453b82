import { type FaultPlan, FaultPlanError, parseFaultPlan } from '../contract/index.js';
import { ConfigError } from '../common/index.js';
import type { ScenarioSpec, SourcePosition } from '../routing/index.js';

// The one place where a user scenario's fault plan text becomes a FaultPlan. The language belongs
// to the mock (src/contract/fault-plan.ts); a mistake in it is a config error at the scenario.

export function faultPlanFromText(
  text: string,
  spec: Pick<ScenarioSpec, 'name' | 'at'>,
  route: string,
  /** Where the fault plan text is written; the scenario's position when not known. */
  at: SourcePosition = spec.at,
): FaultPlan {
  try {
    return parseFaultPlan(text);
  } catch (error) {
    if (error instanceof FaultPlanError) {
      throw new ConfigError(
        at,
        `scenario "${spec.name}", route "${route}": fault plan ${error.line}:${error.column}: ${error.message} (expected ${error.expected})`,
        error.fix,
      );
    }
    throw error;
  }
}
