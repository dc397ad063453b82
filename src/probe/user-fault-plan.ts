import * as faultPlans from '../mock/fault-plan.js';
import type { FaultPlan } from '../mock/fault-plan.js';
import type { ScenarioSpec } from '../plan/types.js';

// The one place where a user scenario's fault plan text becomes a FaultPlan. The text language
// belongs to the mock (src/mock/fault-plan.ts); this only calls its parser.

type Parser = (text: string) => FaultPlan;

export function faultPlanFromText(text: string, spec: ScenarioSpec): FaultPlan {
  // Looked up by name so this builds whether or not the parser is present.
  const parse = Reflect.get(faultPlans, 'parseFaultPlan') as Parser | undefined;
  if (!parse) {
    throw new Error(
      `${spec.at.file}:${spec.at.line}:${spec.at.column}: scenario "${spec.name}" needs the fault plan language, which this build does not include`,
    );
  }
  return parse(text);
}
