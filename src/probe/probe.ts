import type { RoutingPlan } from '../plan/types.js';
import { startMockProvider, type MockProvider } from '../mock/server.js';
import { probeHappyPath } from './happy-path.js';
import type { StormScenario } from './storm/scenario.js';
import { runStorms } from './storm/run-storms.js';
import type { Observations } from './types.js';
import { chooseUpstream, type UpstreamChoice, type UpstreamMode } from './upstream.js';

export interface ProbeOptions {
  upstream: UpstreamMode;
  env: NodeJS.ProcessEnv;
  /** The retry-storm scenario; default when absent, null to skip the simulation. */
  storm?: StormScenario | null | undefined;
}

/**
 * The probe stage: the only one that talks to the network. The embedded mock is started only
 * when some route needs it, and always stopped.
 */
export async function probe(plan: RoutingPlan, options: ProbeOptions): Promise<Observations> {
  let mock: MockProvider | undefined;
  const mockUrl = () => mock?.url ?? '';
  try {
    const routesNeedingMock = plan.routes.filter(
      (route) => chooseUpstream(route, options.upstream, options.env, mockUrl).upstream === 'mock',
    );
    if (routesNeedingMock.length > 0) mock = await startMockProvider();
    const choices = new Map<string, UpstreamChoice>(
      plan.routes.map((route) => [
        route.name,
        chooseUpstream(route, options.upstream, options.env, mockUrl),
      ]),
    );
    const happyPath = await Promise.all(
      plan.routes.map((route) => probeHappyPath(route, choices.get(route.name)!)),
    );
    return { happyPath, errorPath: [], storm: runStorms(plan, options.storm) };
  } finally {
    await mock?.close();
  }
}
