import { routeOrder } from '../retry/index.js';
import type { Chain } from '../routing/index.js';
import type { HappyPathObservation, ScenarioObservation } from '../observations/index.js';
import type { VerdictSubject } from './subject.js';
import type { Verdict, VerdictStatus } from './types.js';
import type { VerdictId } from './verdict-rules.js';

// The facts the decision table reads for one chain, gathered from the observations and verdicts.
// Kept apart from the table so each row reads as a plain condition over named facts.

export interface RouteFact {
  route: string;
  /** null when the route's happy path was not observed. */
  observed: HappyPathObservation | null;
}

export interface ChainFacts {
  chain: string;
  /** The primary first, then the fallbacks in the order a full outage tries them. */
  routes: RouteFact[];
  /** Verdicts about this chain, its scenarios and its routes. */
  verdicts: Verdict[];
  /** Whether any injected-fault scenario ran against this chain. */
  errorPathRan: boolean;
  /**
   * Whether a scenario showed the primary recovering under retries: a caller request that needed
   * more than one attempt on the primary and ended usable there. null when the error path did not
   * run. The error path injects faults in front of the embedded mock, so this is evidence only
   * for a primary that was itself checked against the mock: for a live primary it is false.
   */
  primaryRecoversUnderRetry: boolean | null;
}

export function gatherChainFacts(
  chain: Chain,
  happyPath: readonly HappyPathObservation[],
  errorPath: readonly ScenarioObservation[],
  verdicts: readonly Verdict[],
): ChainFacts {
  const order = routeOrder(chain.target);
  const byRoute = new Map(happyPath.map((o) => [o.route, o]));
  const scenarios = errorPath.filter((s) => s.chain === chain.name);
  const primary = order[0];
  return {
    chain: chain.name,
    routes: order.map((route) => ({ route, observed: byRoute.get(route) ?? null })),
    verdicts: verdicts.filter((v) => isAbout(v.subject, chain.name, order)),
    errorPathRan: scenarios.length > 0,
    primaryRecoversUnderRetry:
      scenarios.length === 0 || primary === undefined
        ? null
        : byRoute.get(primary)?.upstream === 'live'
          ? false
          : scenarios.some((s) =>
              s.samples.some((sample) => {
                const onPrimary = sample.attempts.filter((a) => a.route === primary).length;
                const endedOn =
                  sample.outcome.kind === 'usable'
                    ? (sample.outcome.route ?? sample.attempts.at(-1)?.route ?? null)
                    : null;
                return onPrimary > 1 && endedOn === primary;
              }),
            ),
  };
}

/** A verdict about the chain, one of its scenarios, or one of its routes. */
function isAbout(subject: VerdictSubject, chain: string, routes: readonly string[]): boolean {
  return subject.kind === 'route' ? routes.includes(subject.route) : subject.chain === chain;
}

/** A verdict's overall status for the chain: any failure fails, else any unknown is unknown. */
export function verdictStatus(facts: ChainFacts, id: VerdictId): VerdictStatus | 'absent' {
  const matching = facts.verdicts.filter((v) => v.id === id);
  if (matching.length === 0) return 'absent';
  if (matching.some((v) => v.status === 'fail')) return 'fail';
  if (matching.some((v) => v.status === 'unknown')) return 'unknown';
  return 'pass';
}
