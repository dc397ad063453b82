import { ConfigError, type ExitStatus, exitFor, GateError } from '../common/index.js';
import { createRedactor, secretsFromEnv } from '../record/index.js';
import type { ActionDeps, ActionSink } from './deps.js';
import { readEventFacts } from './event-facts.js';
import { gateMode } from './gate-mode.js';
import { inputsFor, oneOf } from './inputs.js';
import { createMasker } from './masking.js';
import { publishOnlyMode } from './publish-only-mode.js';

// The GitHub Action: reads the inputs and the run's context, runs the pipeline (or, in
// publish-only mode, publishes a ledger another run produced), and turns the result into the
// step's outcome. Everything it touches comes in `deps` (runner.ts on a runner), so a test can
// call it in-process; only src/action/ knows about action inputs.

export type { ActionDeps, ActionSink } from './deps.js';

/** Runs the step; the exit status is 0 passed, 1 failed gate, 2 usage or config error, 3 internal. */
export async function run(deps: ActionDeps): Promise<ExitStatus> {
  const { env } = deps;
  try {
    const event = await readEventFacts(env);
    const inputs = inputsFor(event, deps.input);
    const token = inputs.get('github-token');
    const mask = createMasker(deps.sink);
    mask([token, env.ACTIONS_RUNTIME_TOKEN ?? '', ...secretsFromEnv(env)]);
    const mode = oneOf(inputs, 'mode', ['gate', 'publish-only'] as const, 'gate');
    if (mode === 'publish-only') return await publishOnlyMode(deps, inputs, token, event);
    return await gateMode(deps, inputs, token, event, mask);
  } catch (error) {
    reportError(error, deps.sink, env);
    return exitFor(error);
  }
}

/** A config error points at its line; every message is redacted; no stack trace, ever. */
function reportError(error: unknown, sink: ActionSink, env: NodeJS.ProcessEnv): void {
  const redact = createRedactor(secretsFromEnv(env));
  if (error instanceof ConfigError) {
    sink.error(`${error.message} (fix: ${error.fix})`, {
      file: error.at.file,
      startLine: error.at.line,
      startColumn: error.at.column,
      title: 'fallback-gate config error',
    });
    sink.setFailed(redact.text(error.format()));
  } else if (error instanceof GateError) {
    sink.setFailed(`fallback-gate: ${redact.text(error.format())}`);
  } else {
    sink.setFailed(`fallback-gate: internal error: ${redact.text((error as Error).message)}`);
  }
}
