import type { Chain, RoutingPlan } from '../../routing/index.js';
import type { HappyPathObservation, StormResult } from '../../observations/index.js';
import type { ScenarioContext } from '../scenario-context.js';
import type { VerdictSubject } from '../subject.js';
import type { FailCategory, Verdict, VerdictStatus } from '../types.js';
import type { VerdictId } from '../verdict-rules.js';

// The shape of a rule: one claim the gate checks, with a stable id, the kind of claim it is, and
// the check that judges one input. The rules live beside this file, one file per group of
// claims; verdict-rules.ts lists them all, and the verdict ids are that list's ids.

/**
 * What kind of claim a verdict makes. A failed budget claim is a `budget` problem of its own; a
 * failed retry-path claim escalates the chain's decision (row `unsafe_retry_path`); a failed
 * contract claim (a route's happy path) feeds the decision table's route facts.
 */
export type VerdictCategory = 'budget' | 'retry_path' | 'contract';
export const VERDICT_CATEGORIES: readonly VerdictCategory[] = ['budget', 'retry_path', 'contract'];

/** The fail-on category under which a failure of each kind of claim can fail the job. */
export const FAILS_UNDER: Record<VerdictCategory, FailCategory> = {
  budget: 'budget',
  retry_path: 'escalate',
  contract: 'escalate',
};

/**
 * What a check finds: a verdict without its id and subject. The id is always the rule's and the
 * subject its input's (see verdictOf), so no rule can speak for another.
 */
export type Claim = Pick<Verdict, 'status' | 'figures' | 'reason'>;

export function claim(status: VerdictStatus, figures: Verdict['figures'], reason: string): Claim {
  return { status, figures, reason };
}

/** A rule's claim as the verdict it makes about one subject. */
export function verdictOf(id: VerdictId, subject: VerdictSubject, found: Claim): Verdict {
  return { id, subject, status: found.status, figures: found.figures, reason: found.reason };
}

interface RuleBase {
  readonly id: string;
  readonly category: VerdictCategory;
}

/** A claim about one route's happy path. */
export interface RouteRule extends RuleBase {
  readonly on: 'route';
  check(observation: HappyPathObservation): Claim;
}

/** A claim about a chain as the config declares it. */
export interface ChainRule extends RuleBase {
  readonly on: 'chain';
  check(input: { plan: RoutingPlan; chain: Chain }): Claim;
}

/**
 * A claim about one observed scenario (injected faults, or requests rebuilt from logs); null
 * when it does not apply there.
 */
export interface ScenarioRule extends RuleBase {
  readonly on: 'scenario';
  check(ctx: ScenarioContext): Claim | null;
}

/** A claim about one chain's simulated retry storm. */
export interface StormRule extends RuleBase {
  readonly on: 'storm';
  check(input: { plan: RoutingPlan; storm: StormResult }): Claim;
}

export type VerdictRule = RouteRule | ChainRule | ScenarioRule | StormRule;
