#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from './plan/config-error.js';
import type { ConfigFormat } from './plan/types.js';
import {
  OUTAGE_SCOPES,
  OUTAGE_SHAPES,
  stormScenario,
  type OutageScope,
  type OutageShape,
} from './probe/storm/scenario.js';
import type { UpstreamMode } from './probe/upstream.js';
import { consoleStyleFor, renderConsole } from './record/render-console.js';
import { runGate } from './run.js';
import { GATE_VERSION } from './version.js';

// The command-line entry point: argv in, exit code out. 0 passed, 1 gate failed, 2 usage/config.

export const EXIT_PASSED = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_USAGE = 2;

interface CheckFlags {
  config: string;
  out: string;
  format?: ConfigFormat;
  upstream: UpstreamMode;
  operator?: string;
  owner?: string;
  storm: boolean;
  stormCallers?: number;
  stormOutageMs?: number;
  stormShape?: OutageShape;
  stormScope?: OutageScope;
  stormSeed?: number;
}

function integerBetween(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
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
    .requiredOption('-c, --config <file>', 'routing config (native YAML/JSON)')
    .option('-o, --out <dir>', 'where ledger.json and ledger.md are written', '.fallback-gate')
    .addOption(
      new Option('--format <format>', 'force the config format').choices([
        'native',
        'litellm',
        'portkey',
      ]),
    )
    .addOption(
      new Option('--upstream <mode>', 'auto: live when the key is set, else the embedded mock')
        .choices(['auto', 'mock', 'live'])
        .default('auto'),
    )
    .option('--operator <initials>', 'operator initials recorded in the ledger')
    .option('--owner <owner>', 'follow-up owner recorded in the ledger')
    .option('--no-storm', 'skip the retry-storm simulation (its verdict is then unknown)')
    .option(
      '--storm-callers <n>',
      'simulated caller requests (default 1000, over 10 s)',
      integerBetween(1, 1_000_000),
    )
    .option(
      '--storm-outage-ms <ms>',
      'simulated outage duration (default 30000, at most a day)',
      integerBetween(1, 86_400_000),
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
    .option(
      '--storm-seed <n>',
      'seed of the simulation (default 1)',
      integerBetween(0, 2 ** 32 - 1),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 the gate passed, 1 the gate failed, 2 usage or config error.\n' +
        'Example: fallback-gate check --config examples/basic.yaml --out out/',
    )
    .action(async (flags: CheckFlags) => {
      const result = await runGate({
        configPath: flags.config,
        outDir: flags.out,
        ...(flags.format ? { format: flags.format } : {}),
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
        env: process.env,
        context: {
          gateVersion: GATE_VERSION,
          nodeVersion: process.version,
          runnerOs: `${process.platform}-${process.arch}`,
          driver: 'reference',
          operatorInitials: flags.operator ?? null,
          followUpOwner: flags.owner ?? null,
          evidenceLinks: [],
          now: new Date(),
        },
      });
      process.stdout.write(
        renderConsole(result.entry, consoleStyleFor(process.stdout, process.env)),
      );
      process.stdout.write(`ledger: ${result.files.jsonPath}\n`);
      setExitCode(result.exitCode);
    });
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = EXIT_PASSED;
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
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.format()}\n`);
      return EXIT_USAGE;
    }
    // A bug in the gate, not the user's input: say so plainly, keep the detail for a report.
    process.stderr.write(`fallback-gate: internal error: ${(error as Error).message}\n`);
    if (process.env.FALLBACK_GATE_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT_USAGE;
  }
}

process.exitCode = await main(process.argv.slice(2));
