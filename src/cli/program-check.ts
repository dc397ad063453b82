import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT } from '../common/index.js';
import { DEFAULT_FAIL_POLICY, parseFailPolicy } from '../judge/index.js';
import { DRIVERS, OUTAGE_SHAPES } from '../observations/index.js';
import { parseGatewaySpec, STANDARD_SCENARIO_NAMES, UPSTREAM_MODES } from '../probe/index.js';
import { OUTAGE_SCOPES } from '../storm/index.js';
import type { CheckFlags } from './commands/check.js';
import type { CliIo, CommandOutcome } from './io.js';
import {
  baseConfigOption,
  clientRetriesOption,
  collect,
  formatOption,
  maxAttemptsOption,
  maxElapsedOption,
  parseWhole,
  requireConfig,
  trustedHostOption,
} from './options.js';

// The commander wiring of `check`: its options, and the usage errors found before anything runs.

export function registerCheck(program: Command, io: CliIo, done: (o: CommandOutcome) => void) {
  const check = program
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
    .addOption(maxElapsedOption());
  addProbeOptions(check);
  addStormOptions(check);
  addEvidenceOptions(check)
    .addHelpText(
      'after',
      '\nExit codes: 0 the gate passed, 1 the gate failed, 2 usage or config error, 3 internal error.\n' +
        'Example: fallback-gate check --config examples/basic.yaml --out out/',
    )
    .action(async (flags: CheckFlags, command: Command) => {
      const gateway = checkUsage(flags, command);
      const { runCheck } = await import('./commands/check.js');
      done(await runCheck(flags, gateway, io));
    });
}

/** Usage errors of `check` (exit 2 through commander); returns --gateway parsed. */
function checkUsage(flags: CheckFlags, command: Command) {
  requireConfig(flags, command);
  if (flags.driver === 'command' && !flags.command) {
    command.error('error: --driver command needs --command "<cmd>"', { exitCode: EXIT.usage });
  }
  const gateway = flags.gateway === undefined ? undefined : parseGatewaySpec(flags.gateway);
  if ((flags.driver === 'gateway') !== (gateway !== undefined)) {
    command.error(
      flags.driver === 'gateway'
        ? 'error: --driver gateway needs --gateway portkey|litellm|"<command with {config} and {port}>"'
        : 'error: --gateway is used with --driver gateway',
      { exitCode: EXIT.usage },
    );
  }
  if (gateway && 'error' in gateway) {
    command.error(`error: ${gateway.error}`, { exitCode: EXIT.usage });
  }
  return gateway && !('error' in gateway) ? gateway : undefined;
}

function addProbeOptions(check: Command): Command {
  return (
    check
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
      // Who answers for the run; listed here so --help keeps its order.
      .option('--operator <initials>', 'operator initials recorded in the ledger')
      .option('--owner <owner>', 'follow-up owner recorded in the ledger')
  );
}

function addStormOptions(check: Command): Command {
  return check
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
    .option('--storm-seed <n>', 'seed of the simulation (default 1)', parseWhole(0, 2 ** 32 - 1));
}

function addEvidenceOptions(check: Command): Command {
  return check
    .option(
      '--evidence-link <url>',
      'a link recorded in the ledger as evidence (repeatable)',
      collect,
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
    .option('-q, --quiet', 'no progress lines on stderr (the result still goes to stdout)');
}
