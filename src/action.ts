import { ConfigError } from './plan/config-error.js';
import type { UpstreamMode } from './probe/upstream.js';
import { runGate } from './run.js';
import { GATE_VERSION } from './version.js';

// The GitHub Action entry point: reads inputs and the run context, runs the pipeline, and turns
// the gate's result into the step's outcome. Errors become one clear failed-step message.
// @actions/core loads an HTTP client (for OIDC tokens) when imported, about half of the cold
// start: inputs are plain environment variables, so they are read directly and core is loaded
// only when there is something to report.

/** An action input, read as @actions/core reads it: INPUT_<NAME>, trimmed. */
function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const loadCore = () => import('@actions/core');

export async function run(): Promise<void> {
  try {
    const upstream = (getInput('upstream') || 'auto') as UpstreamMode;
    if (!['auto', 'mock', 'live'].includes(upstream)) {
      (await loadCore()).setFailed(
        `input "upstream" must be auto, mock or live (got "${upstream}")`,
      );
      process.exitCode = 2;
      return;
    }
    const configPath = getInput('config');
    if (!configPath) {
      (await loadCore()).setFailed('input "config" is required: the path of the routing config');
      process.exitCode = 2;
      return;
    }
    const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl =
      process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID
        ? `${serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
        : null;
    const result = await runGate({
      configPath,
      outDir: getInput('out-dir') || '.fallback-gate',
      upstream,
      env: process.env,
      context: {
        gateVersion: GATE_VERSION,
        nodeVersion: process.version,
        runnerOs: process.env.RUNNER_OS ?? process.platform,
        driver: 'reference',
        operatorInitials: getInput('operator') || null,
        followUpOwner: getInput('follow-up-owner') || null,
        evidenceLinks: runUrl ? [runUrl] : [],
        now: new Date(),
      },
    });
    const core = await loadCore();
    core.info(
      `fallback-gate: decision ${result.entry.fallback_decision}, ledger ${result.files.jsonPath}`,
    );
    if (!result.entry.passed) {
      core.setFailed(`fallback-gate failed: ${result.entry.failures.join('; ')}`);
    }
  } catch (error) {
    const core = await loadCore();
    if (error instanceof ConfigError) {
      core.error(`${error.message} (fix: ${error.fix})`, {
        file: error.at.file,
        startLine: error.at.line,
        startColumn: error.at.column,
        title: 'fallback-gate config error',
      });
      core.setFailed(error.format());
      process.exitCode = 2;
      return;
    }
    core.setFailed(`fallback-gate: internal error: ${(error as Error).message}`);
  }
}

await run();
