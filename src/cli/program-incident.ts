import { Option, type Command } from 'commander';
import { ENDPOINT_FAMILIES, STATUS_CLASSES } from '../contract/index.js';
import { FALLBACK_DECISIONS } from '../judge/index.js';
import { LOG_FORMATS } from '../observations/index.js';
import type { RecordFlags } from './commands/record.js';
import type { CliIo, CommandOutcome } from './io.js';
import { collect, parseWhole as whole } from './options.js';

// The incident commands: `record`, `packet` and `ledger trend`. Only commander is loaded here;
// everything else is imported when a command runs.

type Done = (outcome: CommandOutcome) => void;

export function registerIncidentCommands(
  program: Command,
  ledger: Command,
  io: CliIo,
  done: Done,
): void {
  registerRecord(program, io, done);
  registerPacket(program, io, done);
  registerTrend(ledger, io, done);
}

function registerRecord(program: Command, io: CliIo, done: Done): void {
  program
    .command('record')
    .description(
      'record a decision made after an incident, with the attempt timeline rebuilt from logs',
    )
    .option(
      '--from-log <file>',
      'a log of the incident (repeatable): HAR, LiteLLM, Portkey, OpenAI SDK debug',
      collect,
      [],
    )
    .addOption(
      new Option('--log-format <format>', 'force the log format (default: detected)').choices(
        LOG_FORMATS,
      ),
    )
    .option('--note <file>', 'a YAML note with the facts (flags win over it)')
    .option('--config <file>', 'the routing config in force, to judge the logs against its policy')
    .option('--chain <name>', 'with --config: the chain the requests went through')
    .addOption(
      new Option('--endpoint-family <family>', 'endpoint family of the requests').choices(
        ENDPOINT_FAMILIES,
      ),
    )
    .option('--route <name>', 'the route the decision is about')
    .option(
      '--request-id <id>',
      'the request in question (repeatable); also selects it from the logs',
      collect,
      [],
    )
    .addOption(
      new Option('--status-class <class>', 'status class the caller saw').choices(STATUS_CLASSES),
    )
    .option('--retry-attempts <n>', 'retries of the request in question', whole(0, 10_000))
    .addOption(
      new Option('--decision <decision>', 'what the team decided').choices(FALLBACK_DECISIONS),
    )
    .option('--evidence-link <url>', 'a link to evidence (repeatable)', collect, [])
    .option('--operator <initials>', 'initials of the person recording')
    .option('--owner <owner>', 'follow-up owner')
    .option('--what-changed <text>', 'what was changed (route switched, retries lowered, …)')
    .option('--uncertain <text>', 'something still not known (repeatable)', collect, [])
    .option('--prompt-class <class>', 'a class of prompt, never the prompt itself')
    .option(
      '--max-attempts <n>',
      'budget the logged requests are held to (default: config, else 4)',
      whole(1, 10_000),
    )
    .option(
      '--max-elapsed-ms <ms>',
      'time budget per request (default: config, else 60000)',
      whole(1, 86_400_000),
    )
    .option('-o, --out <dir>', 'where ledger.json and ledger.md are written', '.fallback-gate')
    .option('--history <file>', 'append the entry to this JSON Lines history file')
    .addHelpText(
      'after',
      '\nRequired facts: endpoint family, request id, status class, retry count, decision,\n' +
        'operator and owner. Logs supply the first four; a missing or contradicted fact pauses\n' +
        'the decision and names it. Exit codes: 0 recorded, 1 recorded but paused, 2 bad input, 3 internal error.\n' +
        'Example: fallback-gate record --from-log examples/logs/openai-debug.log --decision retry_primary --status-class 2xx_usable --operator AB --owner team-llm --out incident/',
    )
    .action(async (flags: RecordFlags) => {
      const { runRecordCommand } = await import('./commands/record.js');
      done(await runRecordCommand(flags, io));
    });
}

function registerPacket(program: Command, io: CliIo, done: Done): void {
  program
    .command('packet')
    .description('write an escalation support packet (Markdown and JSON) from ledger entries')
    .requiredOption('--ledger <file...>', 'verified ledger.json files (one or more)')
    .option(
      '-o, --out <dir>',
      'where packet.json and packet.md are written',
      '.fallback-gate/packet',
    )
    .addHelpText(
      'after',
      '\nEvery ledger is verified first. The packet holds request ids, times, status classes,\n' +
        'retries and their timing, routes, decision, uncertainty and owner; never a credential,\n' +
        'prompt, output or customer data. Exit codes: 0 written, 1 a ledger failed verification, 2 unreadable, 3 internal error.\n' +
        'Example: fallback-gate packet --ledger incident/ledger.json --out incident/packet',
    )
    .action(async (flags: { ledger: string[]; out: string }) => {
      const { runPacketCommand } = await import('./commands/packet.js');
      done(await runPacketCommand(flags, io));
    });
}

function registerTrend(ledger: Command, io: CliIo, done: Done): void {
  ledger
    .command('trend')
    .description('decisions, attempts and amplification over a history file (table and Mermaid)')
    .argument('<history>', 'a JSON Lines history file (check/record --history)')
    .option(
      '--mermaid <file>',
      'also write the Markdown with a Mermaid chart here (e.g. $GITHUB_STEP_SUMMARY)',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 shown, 1 an entry failed verification, 2 unreadable, 3 internal error.\n' +
        'Example: fallback-gate ledger trend history.jsonl --mermaid "$GITHUB_STEP_SUMMARY"',
    )
    .action(async (history: string, flags: { mermaid?: string }) => {
      const { runTrendCommand } = await import('./commands/trend.js');
      done(await runTrendCommand(history, flags, io));
    });
}
