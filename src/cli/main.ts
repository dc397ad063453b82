#!/usr/bin/env node
import { UPSTREAM_MODES } from './probe/index.js';
import { CONFIG_FORMATS } from './routing/index.js';
import { DRIVERS, type Driver } from './observations/index.js';
import { OUTAGE_SHAPES, type OutageShape } from './observations/index.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { registerIncidentCommands } from './incident/index.js';
import { runStandaloneMock } from './mock/index.js';
import { DEFAULT_FAIL_POLICY, type FailPolicy, parseFailPolicy } from './judge/index.js';
import { ConfigError, exitFor, GATE_VERSION, GateError, lineProgress } from './common/index.js';
import {
  parseGatewaySpec,
  STANDARD_SCENARIO_NAMES,
  takeBackWithheldEnv,
  type UpstreamMode,
} from './probe/index.js';
import type { ConfigFormat } from './routing/index.js';
import { OUTAGE_SCOPES, type OutageScope, stormScenario } from './storm/index.js';
import {
  consoleLines,
  consoleStyleFor,
  createRedactor,
  renderConsole,
  secretsFromEnv,
  workflowRunFromEnv,
} from './record/index.js';
import { runGate } from './run.js';

// The command-line entry point: argv in, exit code out. 0 passed, 1 gate failed, 2 usage/config.

export const EXIT_PASSED = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_USAGE = 2;

interface CheckFlags {
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

interface PlanFlags {
  config: string;
  baseConfig?: string;
  format?: ConfigFormat;
  trustedHost: string[];
  clientRetries?: number;
  maxAttempts?: number;
  maxElapsedMs?: number;
  json?: boolean;
}

const formatOption = (): Option =>
  new Option('--format <format>', 'force the config format (default: detected)').choices(
    CONFIG_FORMATS,
  );
const baseConfigOption = (): Option =>
  new Option(
    '--base-config <file>',
    'the same config on the base branch (scope drift, credential trust)',
  );
const trustedHostOption = (): Option =>
  new Option(
    '--trusted-host <host>',
    'a host credentials may go to besides the base config (repeatable)',
  )
    .argParser((value: string, previous: string[] = []) => [...previous, value])
    .default([]);
const clientRetriesOption = (): Option =>
  new Option(
    '--client-retries <n>',
    'retries of the client SDK in front of the routing, stacked on every chain (the OpenAI SDKs default to 2)',
  ).argParser(parseRetries);

const maxAttemptsOption = (): Option =>
  new Option(
    '--max-attempts <n>',
    "budget: upstream attempts one request may cause (replaces the config's; default 4)",
  ).argParser(parseWhole(1, 10_000));
const maxElapsedOption = (): Option =>
  new Option(
    '--max-elapsed-ms <ms>',
    "budget: worst-case time one request may take (replaces the config's; default 60000)",
  ).argParser(parseWhole(1, 86_400_000));

function parseWhole(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

function budgetFrom(flags: {
  maxAttempts?: number;
  maxElapsedMs?: number;
}): { budget: { maxAttemptsPerRequest?: number; maxElapsedMs?: number } } | Record<string, never> {
  if (flags.maxAttempts === undefined && flags.maxElapsedMs === undefined) return {};
  return {
    budget: {
      ...(flags.maxAttempts !== undefined ? { maxAttemptsPerRequest: flags.maxAttempts } : {}),
      ...(flags.maxElapsedMs !== undefined ? { maxElapsedMs: flags.maxElapsedMs } : {}),
    },
  };
}

function parseRetries(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 100) {
    throw new InvalidArgumentError('expected a whole number of retries from 0 to 100');
  }
  return n;
}

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('fallback-gate')
    .description('Prove that a change to LLM fallback routing is safe before it merges.')
    .version(GATE_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('check')
    .description('smoke-test every route, judge the routing, and write a fallback decision ledger')
    .option(
      '-c, --config <file>',
      'routing config (native, LiteLLM or Portkey; YAML/JSON); required',
    )
    .option('-o, --out <dir>', 'where ledger.json and ledger.md are written', '.fallback-gate')
    .addOption(formatOption())
    .addOption(baseConfigOption())
    .addOption(trustedHostOption())
    .addOption(clientRetriesOption())
    .addOption(maxAttemptsOption())
    .addOption(maxElapsedOption())
    .addOption(
      new Option('--upstream <mode>', 'auto: live when the key is set, else the embedded mock')
        .choices(UPSTREAM_MODES)
        .default('auto'),
    )
    .addOption(
      new Option(
        '--driver <driver>',
        'who retries on the error path: the gate, your command, or your gateway with your config',
      )
        .choices(DRIVERS)
        .default('reference'),
    )
    .option('--command <cmd>', 'with --driver command: the client or gateway command to run')
    .option(
      '--gateway <gateway>',
      'with --driver gateway: portkey, litellm, or a command template with {config} and {port}',
    )
    .option(
      '--scenario <name>',
      `error-path scenario to run, repeatable (default all): ${STANDARD_SCENARIO_NAMES.join(', ')}`,
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      '--samples <n>',
      'concurrent samples per scenario (at least 3 to judge jitter)',
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 50) {
          throw new InvalidArgumentError('expected a whole number from 1 to 50');
        }
        return n;
      },
      5,
    )
    .option(
      '--concurrency <n>',
      'with --driver command: sample processes run at once (default: twice the available cores)',
      parseWhole(1, 64),
    )
    .option('--operator <initials>', 'operator initials recorded in the ledger')
    .option('--owner <owner>', 'follow-up owner recorded in the ledger')
    .option(
      '--no-storm',
      'skip the retry-storm simulation (no amplification verdict; the ledger lists it as uncertain)',
    )
    .option(
      '--storm-callers <n>',
      'simulated caller requests (default 1000, over 10 s)',
      parseWhole(1, 1_000_000),
    )
    .option(
      '--storm-outage-ms <ms>',
      'simulated outage duration (default 30000, at most a day)',
      parseWhole(1, 86_400_000),
    )
    .addOption(
      new Option('--storm-shape <shape>', 'simulated outage shape (default hard_down)').choices(
        OUTAGE_SHAPES,
      ),
    )
    .addOption(
      new Option('--storm-scope <scope>', 'routes the outage takes down (default primary)').choices(
        OUTAGE_SCOPES,
      ),
    )
    .option('--storm-seed <n>', 'seed of the simulation (default 1)', parseWhole(0, 2 ** 32 - 1))
    .option(
      '--evidence-link <url>',
      'a link recorded in the ledger as evidence (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      '--fail-on <categories>',
      'what fails the job: comma-separated budget, evidence, escalate, findings; or all, or none',
      (value: string) => {
        const parsed = parseFailPolicy(value);
        if (!parsed.ok) throw new InvalidArgumentError(parsed.message);
        return parsed.policy;
      },
      DEFAULT_FAIL_POLICY,
    )
    .option('--history <file>', 'append the entry to this JSON Lines history file')
    .option('-q, --quiet', 'no progress lines on stderr (the result still goes to stdout)')
    .addHelpText(
      'after',
      '\nExit codes: 0 the gate passed, 1 the gate failed, 2 usage or config error.\n' +
        'Example: fallback-gate check --config examples/basic.yaml --out out/',
    )
    .action(async (flags: CheckFlags, command: Command) => {
      requireConfig(flags, command);
      if (flags.driver === 'command' && !flags.command) {
        command.error('error: --driver command needs --command "<cmd>"', { exitCode: EXIT_USAGE });
      }
      const gateway = flags.gateway === undefined ? undefined : parseGatewaySpec(flags.gateway);
      if ((flags.driver === 'gateway') !== (gateway !== undefined)) {
        command.error(
          flags.driver === 'gateway'
            ? 'error: --driver gateway needs --gateway portkey|litellm|"<command with {config} and {port}>"'
            : 'error: --gateway is used with --driver gateway',
          { exitCode: EXIT_USAGE },
        );
      }
      if (gateway && 'error' in gateway) {
        command.error(`error: ${gateway.error}`, { exitCode: EXIT_USAGE });
      }
      if (flags.driver === 'command' || flags.driver === 'gateway') {
        // The command must not find a key in /proc/<gate pid>/environ (see scrub-environ.ts).
        const { withholdCredentialsFromCommands } = await import('./probe/index.js');
        const scrub = await withholdCredentialsFromCommands(flags.config);
        if (scrub.kind === 'unsupported') {
          process.stderr.write(
            "warning: this Node.js has no process.execve, so the command or gateway can read the credentials in the gate's /proc environ\n",
          );
        }
      }
      const result = await runGate({
        configPath: flags.config,
        outDir: flags.out,
        ...(flags.format ? { format: flags.format } : {}),
        ...(flags.baseConfig ? { baseConfigPath: flags.baseConfig } : {}),
        trustedHosts: flags.trustedHost,
        ...(flags.clientRetries !== undefined ? { clientRetries: flags.clientRetries } : {}),
        ...budgetFrom(flags),
        upstream: flags.upstream,
        storm: flags.storm
          ? stormScenario({
              ...(flags.stormCallers !== undefined ? { callers: flags.stormCallers } : {}),
              ...(flags.stormSeed !== undefined ? { seed: flags.stormSeed } : {}),
              outage: {
                ...(flags.stormOutageMs !== undefined ? { durationMs: flags.stormOutageMs } : {}),
                ...(flags.stormShape ? { shape: flags.stormShape } : {}),
                ...(flags.stormScope ? { scope: flags.stormScope } : {}),
              },
            })
          : null,
        driver: flags.driver,
        ...(flags.command ? { command: flags.command } : {}),
        ...(gateway && !('error' in gateway) ? { gateway } : {}),
        errorPath: {
          scenarios: flags.scenario,
          samples: flags.samples,
          ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
        },
        env: process.env,
        failOn: flags.failOn,
        ...(flags.history ? { historyPath: flags.history } : {}),
        ...(flags.quiet
          ? {}
          : { progress: lineProgress({ write: (line) => process.stderr.write(`${line}\n`) }) }),
        context: {
          gateVersion: GATE_VERSION,
          nodeVersion: process.version,
          runnerOs: `${process.platform}-${process.arch}`,
          driver: flags.driver,
          operatorInitials: flags.operator ?? null,
          followUpOwner: flags.owner ?? null,
          evidenceLinks: flags.evidenceLink,
          now: new Date(),
          run: workflowRunFromEnv(process.env),
        },
      });
      process.stdout.write(
        renderConsole(result.entry, consoleStyleFor(process.stdout, process.env)),
      );
      process.stdout.write(`ledger: ${result.files.jsonPath}\n`);
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      setExitCode(result.exitCode);
    });
  program
    .command('mock')
    .description(
      'run the embedded OpenAI-compatible mock provider (both families, streaming) with a fault plan',
    )
    .option('-p, --port <port>', 'port to listen on; 0 picks a free one', parsePort, 0)
    .option('--host <host>', 'address to serve on (loopback unless told otherwise)', '127.0.0.1')
    .option('--plan <file>', 'fault plan file (see "The mock provider and fault plans")')
    .option('--faults <text>', 'fault plan text, e.g. "429(retry-after=1) x2, ok"')
    .addHelpText(
      'after',
      '\nLogs one line per request (attempt, method, path, step, request id; never the prompt).\n' +
        'Stops cleanly on SIGINT or SIGTERM.\n' +
        'Example: fallback-gate mock --port 8080 --faults "503 x2, ok"',
    )
    .action(async (flags: MockFlags) => {
      const stopSignal = new Promise<string>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      try {
        await runStandaloneMock({
          port: flags.port,
          host: flags.host,
          ...(flags.plan !== undefined ? { planFile: flags.plan } : {}),
          ...(flags.faults !== undefined ? { faults: flags.faults } : {}),
          out: (line) => process.stdout.write(`${line}\n`),
          err: (line) => process.stderr.write(`${line}\n`),
          stopSignal,
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
          process.stderr.write(
            `fallback-gate: cannot listen on ${flags.host}:${flags.port} (${code}); choose another --port or --host\n`,
          );
          setExitCode(EXIT_USAGE);
          return;
        }
        throw error;
      }
    });

  program
    .command('plan')
    .description("read a routing config and print each chain's worst case and the static findings")
    .option(
      '-c, --config <file>',
      'routing config (native, LiteLLM or Portkey; YAML/JSON); required',
    )
    .addOption(baseConfigOption())
    .addOption(formatOption())
    .addOption(trustedHostOption())
    .addOption(clientRetriesOption())
    .addOption(maxAttemptsOption())
    .addOption(maxElapsedOption())
    .option('--json', 'print the plan as JSON')
    .addHelpText(
      'after',
      '\nExit codes: 0 no error finding, 1 an error finding, 2 usage or config error.\n' +
        'Example: fallback-gate plan --config litellm.yaml --client-retries 2',
    )
    .action(async (flags: PlanFlags, command: Command) => {
      requireConfig(flags, command);
      // Only the plan stage: nothing here sends a request.
      const { runPlanStage } = await import('./plan/index.js');
      const { renderPlanJson, renderPlanText } = await import('./plan/index.js');
      const { plan, analysis } = await runPlanStage({
        configPath: flags.config,
        ...(flags.baseConfig ? { baseConfigPath: flags.baseConfig } : {}),
        ...(flags.format ? { format: flags.format } : {}),
        ...(flags.clientRetries !== undefined ? { clientRetries: flags.clientRetries } : {}),
        trustedHosts: flags.trustedHost,
        ...budgetFrom(flags),
        env: process.env,
      });
      process.stdout.write(
        flags.json ? renderPlanJson(plan, analysis) : consoleLines(renderPlanText(plan, analysis)),
      );
      setExitCode(
        analysis.findings.some((f) => f.severity === 'error') ? EXIT_GATE_FAILED : EXIT_PASSED,
      );
    });

  const ledger = program
    .command('ledger')
    .description('verify, show, merge or chart fallback decision ledger files');
  const finish = (result: { code: number; stdout: string; stderr: string }) => {
    // `show` renders through consoleSafe already (stdout may carry its colours); reasons quoting
    // names and paths are made safe here.
    process.stdout.write(result.stdout);
    process.stderr.write(consoleLines(result.stderr));
    setExitCode(result.code);
  };
  ledger
    .command('verify')
    .description(
      'check a ledger.json, a .jsonl history or a support packet: schema, integrity, consistency and redaction',
    )
    .argument('<files...>')
    .addHelpText(
      'after',
      '\nEach file is checked; exit codes: 0 all valid, 1 one is invalid (the reason is printed), 2 one is unreadable.',
    )
    .action(async (files: string[]) => {
      const { forEachFile, verifyLedgerFile } = await import('./record/index.js');
      finish(await forEachFile(files, (file) => verifyLedgerFile(file, process.env)));
    });
  ledger
    .command('show')
    .description(
      'print ledgers in the console rendering (every entry of a .jsonl history, oldest first)',
    )
    .argument('<files...>')
    .action(async (files: string[]) => {
      const { forEachFile, showLedgerFile } = await import('./record/index.js');
      const style = consoleStyleFor(process.stdout, process.env);
      finish(await forEachFile(files, (file) => showLedgerFile(file, process.env, style)));
    });
  ledger
    .command('merge')
    .description('merge the ledgers of matrix jobs into one entry (most severe decision wins)')
    .argument('<files...>')
    .requiredOption('--out <file>', 'where the merged ledger.json is written')
    .action(async (files: string[], flags: { out: string }) => {
      const { mergeLedgerFiles } = await import('./record/index.js');
      finish(await mergeLedgerFiles(files, flags.out, process.env, new Date()));
    });
  registerIncidentCommands(program, ledger, finish);
  return program;
}

/**
 * --config is checked here rather than declared required: commander checks required options
 * before unknown ones, so a typo (--confg) would be reported as a missing --config instead of
 * "unknown option '--confg' (Did you mean --config?)".
 */
function requireConfig(flags: { config?: string }, command: Command): void {
  if (!flags.config) {
    command.error("error: required option '-c, --config <file>' not specified", {
      exitCode: EXIT_USAGE,
    });
  }
}

interface MockFlags {
  port: number;
  host: string;
  plan?: string;
  faults?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  }
  return port;
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = EXIT_PASSED;
  takeBackWithheldEnv();
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_PASSED : EXIT_USAGE;
    }
    // Messages can quote input (a URL, a value): they go through the same redaction as the ledger.
    const redactor = createRedactor(secretsFromEnv(process.env));
    const redact = (text: string) => redactor.text(text);
    if (error instanceof ConfigError) {
      process.stderr.write(`${consoleLines(redact(error.format()))}\n`);
    } else if (error instanceof GateError) {
      process.stderr.write(`fallback-gate: ${redact(error.format())}\n`);
    } else {
      // A bug in the gate, not the user's input: say so plainly, keep the detail for a report.
      process.stderr.write(`fallback-gate: internal error: ${redact((error as Error).message)}\n`);
      if (process.env.FALLBACK_GATE_DEBUG)
        process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    }
    return exitFor(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
