import { Command } from 'commander';
import { GATE_VERSION } from '../common/index.js';
import type { MockFlags } from './commands/mock.js';
import type { PlanFlags } from './commands/plan.js';
import type { CliIo, CommandOutcome } from './io.js';
import {
  baseConfigOption,
  clientRetriesOption,
  formatOption,
  maxAttemptsOption,
  maxElapsedOption,
  parsePort,
  requireConfig,
  trustedHostOption,
} from './options.js';
import { registerCheck } from './program-check.js';
import { registerIncidentCommands } from './program-incident.js';

// The commander wiring: commands, options, help. Each action loads its command module when it
// runs and hands the command's outcome to `done`.

type Done = (outcome: CommandOutcome) => void;

export function buildProgram(io: CliIo, done: Done): Command {
  const program = new Command()
    .name('fallback-gate')
    .description('Prove that a change to LLM fallback routing is safe before it merges.')
    .version(GATE_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  registerCheck(program, io, done);
  registerMock(program, io, done);
  registerPlan(program, io, done);
  const ledger = registerLedger(program, io, done);
  registerIncidentCommands(program, ledger, io, done);
  return program;
}

function registerMock(program: Command, io: CliIo, done: Done): void {
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
      const { runMock } = await import('./commands/mock.js');
      done(await runMock(flags, io));
    });
}

function registerPlan(program: Command, io: CliIo, done: Done): void {
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
      '\nExit codes: 0 no error finding, 1 an error finding, 2 usage or config error, 3 internal error.\n' +
        'Example: fallback-gate plan --config litellm.yaml --client-retries 2',
    )
    .action(async (flags: PlanFlags, command: Command) => {
      requireConfig(flags, command);
      const { runPlan } = await import('./commands/plan.js');
      done(await runPlan(flags, io));
    });
}

function registerLedger(program: Command, io: CliIo, done: Done): Command {
  const ledger = program
    .command('ledger')
    .description('verify, show, merge or chart fallback decision ledger files');
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
      const { runLedgerVerify } = await import('./commands/ledger.js');
      done(await runLedgerVerify(files, io));
    });
  ledger
    .command('show')
    .description(
      'print ledgers in the console rendering (every entry of a .jsonl history, oldest first)',
    )
    .argument('<files...>')
    .action(async (files: string[]) => {
      const { runLedgerShow } = await import('./commands/ledger.js');
      done(await runLedgerShow(files, io));
    });
  ledger
    .command('merge')
    .description('merge the ledgers of matrix jobs into one entry (most severe decision wins)')
    .argument('<files...>')
    .requiredOption('--out <file>', 'where the merged ledger.json is written')
    .action(async (files: string[], flags: { out: string }) => {
      const { runLedgerMerge } = await import('./commands/ledger.js');
      done(await runLedgerMerge(files, flags.out, io));
    });
  return ledger;
}
