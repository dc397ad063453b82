import type { CredentialTrust } from '../plan/credential-gate.js';
import type { Progress } from '../progress.js';
import { errorPathVerdicts } from '../judge/error-path.js';
import { anyInsideNoise } from '../judge/timing-noise.js';
import type { RoutingPlan } from '../plan/types.js';
import { startMockProvider, type MockProvider } from '../mock/server.js';
import { DEFAULT_SAMPLES, runErrorPath, type ErrorPathOptions } from './error-path.js';
import { probeHappyPath } from './happy-path.js';
import type { StormScenario } from './storm/scenario.js';
import { runStorms } from './storm/run-storms.js';
import type { Observations } from './types.js';
import { chooseUpstream, type UpstreamChoice, type UpstreamMode } from './upstream.js';

/** How the error path runs; the upstream behind its fault proxies is always the embedded mock. */
export type ErrorPathSettings = Pick<ErrorPathOptions, 'driver' | 'scenarios' | 'samples'> &
  Partial<
    Pick<
      ErrorPathOptions,
      | 'command'
      | 'gateway'
      | 'gatewayStartTimeoutMs'
      | 'cwd'
      | 'deadlineMs'
      | 'knobs'
      | 'timeBoxMs'
      | 'concurrency'
    >
  >;

export const DEFAULT_ERROR_PATH: ErrorPathSettings = {
  driver: 'reference',
  scenarios: [],
  samples: DEFAULT_SAMPLES,
};

export interface ProbeOptions {
  upstream: UpstreamMode;
  env: NodeJS.ProcessEnv;
  /** The retry-storm scenario; default when absent, null to skip the simulation. */
  storm?: StormScenario | null | undefined;
  /** Merged over DEFAULT_ERROR_PATH; false skips the error path. */
  errorPath?: Partial<ErrorPathSettings> | false;
  /** Who may receive which key (the credential rule, plan/credential-gate.ts). */
  trust: CredentialTrust;
  /** Progress lines for a long run; silent when absent. */
  progress?: Progress;
}

/**
 * The probe stage: the only one that talks to the network. The embedded mock is started only
 * when some route or the error path needs it, and always stopped. The happy path and the
 * reference driver's error path run at the same time; with the command driver the happy path
 * runs first, so the sample processes cannot starve it.
 */
export async function probe(plan: RoutingPlan, options: ProbeOptions): Promise<Observations> {
  let mock: MockProvider | undefined;
  const mockUrl = () => mock?.url ?? '';
  const errorPath =
    options.errorPath === false ? null : { ...DEFAULT_ERROR_PATH, ...options.errorPath };
  try {
    const routesNeedingMock = plan.routes.filter(
      (route) =>
        chooseUpstream(route, options.upstream, options.env, mockUrl, options.trust).upstream ===
        'mock',
    );
    if (routesNeedingMock.length > 0 || errorPath) mock = await startMockProvider();
    const choices = new Map<string, UpstreamChoice>(
      plan.routes.map((route) => [
        route.name,
        chooseUpstream(route, options.upstream, options.env, mockUrl, options.trust),
      ]),
    );
    const happy = () =>
      Promise.all(plan.routes.map((route) => probeHappyPath(route, choices.get(route.name)!)));
    // The command driver's processes compete for the cores: the happy path goes first, alone.
    const happyFirst = errorPath?.driver === 'command' ? await happy() : null;
    const [happyPath, errorRun] = await Promise.all([
      happyFirst ?? happy(),
      errorPath
        ? runErrorPath(plan, {
            ...errorPath,
            upstreamBaseUrl: mockUrl(),
            env: options.env,
            ...(options.progress ? { progress: options.progress } : {}),
            // The judge's own rule decides which scenarios sit inside their timing noise.
            insideNoise: (observation) => anyInsideNoise(errorPathVerdicts(plan, [observation])),
          })
        : null,
    ]);
    if (options.storm !== null) {
      options.progress?.stage('probe', `retry-storm simulation of ${plan.chains.length} chain(s)`);
    }
    return {
      happyPath,
      errorPath: errorRun?.observations ?? [],
      storm: runStorms(plan, options.storm),
    };
  } finally {
    await mock?.close();
  }
}
