#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseFailPolicy } from './judge/decision-fail-policy.js';
import { DEFAULT_FAIL_POLICY, type FailPolicy } from './judge/types.js';
import { ConfigError } from './plan/config-error.js';
import type { ConfigFormat } from './plan/types.js';
import type { UpstreamMode } from './probe/upstream.js';
import { createRedactor, secretsFromEnv } from './record/redact.js';
import { consoleStyleFor, renderConsole } from './record/render-console.js';
import { workflowRunFromEnv } from './record/run-context.js';
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
  evidenceLink: string[];
  failOn: FailPolicy;
  history?: string;
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
        env: process.env,
        failOn: flags.failOn,
        ...(flags.history ? { historyPath: flags.history } : {}),
        context: {
          gateVersion: GATE_VERSION,
          nodeVersion: process.version,
          runnerOs: `${process.platform}-${process.arch}`,
          driver: 'reference',
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
      setExitCode(result.exitCode);
    });

  const ledger = program
    .command('ledger')
    .description('verify, show or merge fallback decision ledger files');
  const finish = (result: { code: number; stdout: string; stderr: string }) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    setExitCode(result.code);
  };
  ledger
    .command('verify')
    .description(
      'check a ledger.json (or a .jsonl history): schema, integrity, consistency and redaction',
    )
    .argument('<file>')
    .addHelpText('after', '\nExit codes: 0 valid, 1 invalid (the reason is printed), 2 unreadable.')
    .action(async (file: string) => {
      const { verifyLedgerFile } = await import('./record/ledger-commands.js');
      finish(await verifyLedgerFile(file, process.env));
    });
  ledger
    .command('show')
    .description('print a ledger in the console rendering')
    .argument('<file>')
    .action(async (file: string) => {
      const { showLedgerFile } = await import('./record/ledger-commands.js');
      finish(await showLedgerFile(file, process.env, consoleStyleFor(process.stdout, process.env)));
    });
  ledger
    .command('merge')
    .description('merge the ledgers of matrix jobs into one entry (most severe decision wins)')
    .argument('<files...>')
    .requiredOption('--out <file>', 'where the merged ledger.json is written')
    .action(async (files: string[], flags: { out: string }) => {
      const { mergeLedgerFiles } = await import('./record/ledger-commands.js');
      finish(await mergeLedgerFiles(files, flags.out, process.env, new Date()));
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
    // Messages can quote input (a URL, a value): they go through the same redaction as the ledger.
    const redactor = createRedactor(secretsFromEnv(process.env));
    const redact = (text: string) => redactor.text(text);
    if (error instanceof ConfigError) {
      process.stderr.write(`${redact(error.format())}\n`);
      return EXIT_USAGE;
    }
    // A bug in the gate, not the user's input: say so plainly, keep the detail for a report.
    process.stderr.write(`fallback-gate: internal error: ${redact((error as Error).message)}\n`);
    if (process.env.FALLBACK_GATE_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT_USAGE;
  }
}

process.exitCode = await main(process.argv.slice(2));
