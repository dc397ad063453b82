#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from './plan/config-error.js';
import { ScenarioSelectionError, STANDARD_SCENARIO_NAMES } from './probe/scenarios.js';
import type { ConfigFormat } from './plan/types.js';
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
  driver: 'reference' | 'command';
  command?: string;
  scenario: string[];
  samples: number;
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
    .addOption(
      new Option('--driver <driver>', 'who retries on the error path: the gate, or your command')
        .choices(['reference', 'command'])
        .default('reference'),
    )
    .option('--command <cmd>', 'with --driver command: the client or gateway command to run')
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
    .option('--operator <initials>', 'operator initials recorded in the ledger')
    .option('--owner <owner>', 'follow-up owner recorded in the ledger')
    .addHelpText(
      'after',
      '\nExit codes: 0 the gate passed, 1 the gate failed, 2 usage or config error.\n' +
        'Example: fallback-gate check --config examples/basic.yaml --out out/',
    )
    .action(async (flags: CheckFlags, command: Command) => {
      if (flags.driver === 'command' && !flags.command) {
        command.error('error: --driver command needs --command "<cmd>"', { exitCode: EXIT_USAGE });
      }
      const result = await runGate({
        configPath: flags.config,
        outDir: flags.out,
        ...(flags.format ? { format: flags.format } : {}),
        upstream: flags.upstream,
        errorPath: {
          driver: flags.driver,
          scenarios: flags.scenario,
          samples: flags.samples,
          ...(flags.command ? { command: flags.command } : {}),
        },
        env: process.env,
        context: {
          gateVersion: GATE_VERSION,
          nodeVersion: process.version,
          runnerOs: `${process.platform}-${process.arch}`,
          driver: flags.driver,
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
    if (error instanceof ScenarioSelectionError) {
      process.stderr.write(`fallback-gate: ${error.message}\n`);
      return EXIT_USAGE;
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
