import { UsageError } from '../common/index.js';
import { DRIVERS, type Driver } from '../observations/index.js';
import {
  type GatewaySpec,
  parseGatewaySpec,
  UPSTREAM_MODES,
  type UpstreamMode,
} from '../probe/index.js';
import type { GitHubApiOptions } from '../publish/index.js';
import type { EventFacts } from './event-facts.js';
import { apiSettings, type Inputs, oneOf, sinkDeadline } from './inputs.js';

// The inputs of gate mode, checked in the order the step has always checked them: what to run
// (config, upstream, driver, command, gateway) first, then how to publish.

export interface GateChoice {
  configPath: string;
  upstream: UpstreamMode;
  driver: Driver;
  command: string;
  gateway: GatewaySpec | undefined;
}

export function readGateChoice(inputs: Inputs, event: EventFacts): GateChoice {
  const configPath = inputs.get('config');
  if (!configPath)
    throw new UsageError('input "config" is required: the path of the routing config to check');
  const upstream: UpstreamMode = oneOf(inputs, 'upstream', UPSTREAM_MODES, 'auto');
  const driver = oneOf(inputs, 'driver', DRIVERS, 'reference');
  const command = inputs.get('command');
  if (driver === 'command' && !command) {
    throw new UsageError(
      'input "driver" is command but "command" is empty: give the command that sends the requests',
    );
  }
  const gatewayInput = inputs.get('gateway');
  const gateway = gatewayInput ? parseGatewaySpec(gatewayInput) : undefined;
  if (driver === 'gateway' && !gateway) {
    throw new UsageError(
      'input "driver" is gateway but "gateway" is empty: give portkey, litellm, or a command template with {config} and {port}',
    );
  }
  if (gateway && 'error' in gateway) throw new UsageError(`input "gateway": ${gateway.error}`);
  // On pull_request_target the job holds secrets; running a fork's command there would hand them
  // over, and a gateway resolved from the fork's checkout is the fork's code too.
  if (
    event.name === 'pull_request_target' &&
    event.pullRequest?.isFork &&
    (driver === 'command' || driver === 'gateway')
  ) {
    throw new UsageError(
      `driver "${driver}" is refused on pull_request_target for a fork pull request: it would run the fork's code with this repository's secrets. Run the gate on pull_request and publish with mode publish-only on workflow_run (see README).`,
    );
  }
  return { configPath, upstream, driver, command, gateway };
}

/** Whether the driver runs code the gate does not own (a command or a gateway). */
export function runsOthersCode(choice: GateChoice): boolean {
  return choice.driver === 'command' || choice.driver === 'gateway';
}

export interface GateSettings {
  concurrency: number | undefined;
  outDir: string;
  sinkDeadlineMs: number;
  api: GitHubApiOptions;
  retentionDays: number | null;
  wantsComment: boolean;
}

export function readGateSettings(
  inputs: Inputs,
  token: string,
  env: NodeJS.ProcessEnv,
): GateSettings {
  const concurrency = inputs.get('concurrency')
    ? inputs.number('concurrency', 0, 1, 64)
    : undefined;
  const outDir = inputs.get('out-dir') || '.fallback-gate';
  const sinkDeadlineMs = sinkDeadline(inputs);
  const api = apiSettings(inputs, token, env);
  const retentionDays = inputs.get('retention-days')
    ? inputs.number('retention-days', 0, 1, 400)
    : null;
  const wantsComment = inputs.flag('comment', true);
  return { concurrency, outDir, sinkDeadlineMs, api, retentionDays, wantsComment };
}
