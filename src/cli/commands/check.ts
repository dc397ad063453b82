import { GATE_VERSION, lineProgress } from '../../common/index.js';
import type { FailPolicy } from '../../judge/index.js';
import type { Driver, OutageShape } from '../../observations/index.js';
import type { GatewaySpec, UpstreamMode } from '../../probe/index.js';
import { consoleStyleFor, renderConsole, workflowRunFromEnv } from '../../record/index.js';
import type { ConfigFormat } from '../../routing/index.js';
import { type OutageScope, stormScenario, type StormScenario } from '../../storm/index.js';
import { runGate, type GateOptions, type GateResult } from '../../run.js';
import type { CliIo, CommandOutcome } from '../io.js';
import { budgetFrom } from './budget.js';

// `fallback-gate check`: the whole pipeline on one config, the console rendering on stdout,
// progress on stderr.

export interface CheckFlags {
  quiet?: boolean;
  config: string;
  out: string;
  format?: ConfigFormat;
  baseConfig?: string;
  trustedHost: string[];
  clientRetries?: number;
  maxAttempts?: number;
  maxElapsedMs?: number;
  upstream: UpstreamMode;
  operator?: string;
  owner?: string;
  storm: boolean;
  stormCallers?: number;
  stormOutageMs?: number;
  stormShape?: OutageShape;
  stormScope?: OutageScope;
  stormSeed?: number;
  driver: Driver;
  command?: string;
  gateway?: string;
  scenario: string[];
  samples: number;
  concurrency?: number;
  evidenceLink: string[];
  failOn: FailPolicy;
  history?: string;
}

export interface CheckOutcome extends CommandOutcome {
  gate: GateResult;
}

/** Runs the gate; `gateway` is --gateway already parsed (the wiring refuses a bad one). */
export async function runCheck(
  flags: CheckFlags,
  gateway: GatewaySpec | undefined,
  io: CliIo,
): Promise<CheckOutcome> {
  if (flags.driver === 'command' || flags.driver === 'gateway') {
    // The command must not find a key in /proc/<gate pid>/environ (see scrub-environ.ts).
    const scrub = await io.withholdCredentials(flags.config);
    if (scrub.kind === 'unsupported') {
      io.stderr.write(
        "warning: this Node.js has no process.execve, so the command or gateway can read the credentials in the gate's /proc environ\n",
      );
    }
  }
  const gate = await runGate(gateOptions(flags, gateway, io));
  io.stdout.write(renderConsole(gate.entry, consoleStyleFor(io.stdout, io.env)));
  io.stdout.write(`ledger: ${gate.files.jsonPath}\n`);
  for (const warning of gate.warnings) io.stderr.write(`warning: ${warning}\n`);
  return { exitStatus: gate.exitCode, gate };
}

function gateOptions(flags: CheckFlags, gateway: GatewaySpec | undefined, io: CliIo): GateOptions {
  return {
    configPath: flags.config,
    outDir: flags.out,
    ...(flags.format ? { format: flags.format } : {}),
    ...(flags.baseConfig ? { baseConfigPath: flags.baseConfig } : {}),
    trustedHosts: flags.trustedHost,
    ...(flags.clientRetries !== undefined ? { clientRetries: flags.clientRetries } : {}),
    ...budgetFrom(flags),
    upstream: flags.upstream,
    storm: flags.storm ? stormFrom(flags) : null,
    driver: flags.driver,
    ...(flags.command ? { command: flags.command } : {}),
    ...(gateway ? { gateway } : {}),
    errorPath: {
      scenarios: flags.scenario,
      samples: flags.samples,
      ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
    },
    env: io.env,
    failOn: flags.failOn,
    ...(flags.history ? { historyPath: flags.history } : {}),
    ...(flags.quiet
      ? {}
      : { progress: lineProgress({ write: (line) => io.stderr.write(`${line}\n`) }) }),
    context: {
      gateVersion: GATE_VERSION,
      nodeVersion: io.runtime.nodeVersion,
      runnerOs: io.runtime.runnerOs,
      driver: flags.driver,
      operatorInitials: flags.operator ?? null,
      followUpOwner: flags.owner ?? null,
      evidenceLinks: flags.evidenceLink,
      now: new Date(),
      run: workflowRunFromEnv(io.env),
    },
  };
}

function stormFrom(flags: CheckFlags): StormScenario {
  return stormScenario({
    ...(flags.stormCallers !== undefined ? { callers: flags.stormCallers } : {}),
    ...(flags.stormSeed !== undefined ? { seed: flags.stormSeed } : {}),
    outage: {
      ...(flags.stormOutageMs !== undefined ? { durationMs: flags.stormOutageMs } : {}),
      ...(flags.stormShape ? { shape: flags.stormShape } : {}),
      ...(flags.stormScope ? { scope: flags.stormScope } : {}),
    },
  });
}
