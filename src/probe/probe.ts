import type { CredentialTrust } from '../plan/index.js';
import type { Progress } from '../common/index.js';
import type { RoutingPlan } from '../routing/index.js';
import { type MockProvider, startMockProvider } from '../mock/index.js';
import { DEFAULT_SAMPLES, runErrorPath, type ErrorPathOptions } from './error-path-run.js';
import { probeHappyPath } from './happy-path.js';
import type { Observations, ScenarioObservation } from '../observations/index.js';
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
  /**
   * Whether a scenario's verdicts sit inside its timing noise, so it is run again. The judge owns
   * that rule; the caller passes it in, so the network stage never imports the judge.
   */
  insideNoise?: (observation: ScenarioObservation) => boolean;
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
/** What the network stage saw; the storm simulation (storm/) is added by the caller. */
export type NetworkObservations = Omit<Observations, 'storm'>;

export async function probe(
  plan: RoutingPlan,
  options: ProbeOptions,
): Promise<NetworkObservations> {
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
            ...(options.insideNoise ? { insideNoise: options.insideNoise } : {}),
          })
        : null,
    ]);
    return { happyPath, errorPath: errorRun?.observations ?? [] };
  } finally {
    await mock?.close();
  }
}
