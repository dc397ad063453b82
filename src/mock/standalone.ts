import {
  ConfigError,
  isLoopbackUrl,
  MAX_CONFIG_BYTES,
  positionAt,
  readBoundedFile,
} from '../common/index.js';
import {
  type FaultPlan,
  FaultPlanError,
  formatFaultPlan,
  HEALTHY,
  parseFaultPlan,
} from '../contract/index.js';
import { startMockProvider, type MockRequestLog } from './server.js';

// `fallback-gate mock`: the embedded provider as a long-running process, for trying a client or a
// gateway against a fault plan by hand. It logs one line per request and never the prompt.

export interface StandaloneOptions {
  port: number;
  host: string;
  planFile?: string;
  faults?: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the process should stop (SIGINT/SIGTERM in the CLI). */
  stopSignal: Promise<string>;
}

/** Reads the fault plan from a file or from flag text; a mistake becomes a positioned ConfigError. */
export async function loadFaultPlan(planFile?: string, faults?: string): Promise<FaultPlan> {
  if (planFile !== undefined && faults !== undefined) {
    throw new ConfigError(
      positionAt('--faults'),
      'give either --plan FILE or --faults TEXT, not both',
      'drop one of the two flags',
    );
  }
  if (planFile !== undefined) {
    let text: string;
    try {
      text = (await readBoundedFile(planFile, MAX_CONFIG_BYTES)).toString('utf8');
    } catch (error) {
      throw new ConfigError(
        positionAt(planFile),
        `the fault plan file ${(error as Error).message}`,
        'check the path given to --plan',
      );
    }
    return parsePlanOrThrow(text, planFile);
  }
  if (faults !== undefined) return parsePlanOrThrow(faults, '--faults');
  return HEALTHY;
}

function parsePlanOrThrow(text: string, source: string): FaultPlan {
  try {
    return parseFaultPlan(text);
  } catch (error) {
    if (error instanceof FaultPlanError) {
      throw new ConfigError(positionAt(source, error.line, error.column), error.message, error.fix);
    }
    throw error;
  }
}

export function formatRequestLog(entry: MockRequestLog): string {
  return [
    `attempt=${entry.attempt ?? '-'}`,
    entry.method,
    entry.path,
    `stream=${entry.stream === true}`,
    // A rejected request took no step of the plan: say so instead of naming one.
    entry.rejected
      ? `rejected=${entry.rejected.split(' ')[0] ?? ''} (no fault plan step used)`
      : `step=${entry.stepText ?? entry.step}`,
    `request_id=${entry.requestId}`,
  ].join(' ');
}

/** Serves until the stop signal; returns the number of requests served. */
export async function runStandaloneMock(options: StandaloneOptions): Promise<number> {
  const plan = await loadFaultPlan(options.planFile, options.faults);
  const mock = await startMockProvider({
    port: options.port,
    host: options.host,
    plan,
    onRequest: (entry) => options.out(formatRequestLog(entry)),
  });
  if (!isLoopbackUrl(mock.url)) {
    options.err(
      `warning: serving on ${options.host}, which other machines may reach; use --host 127.0.0.1 to keep it local`,
    );
  }
  options.out(`mock provider listening on ${mock.url} (fault plan: ${formatFaultPlan(plan)})`);
  const signal = await options.stopSignal;
  await mock.close();
  options.out(`mock provider stopped by ${signal} after ${mock.requestCount} requests`);
  return mock.requestCount;
}
