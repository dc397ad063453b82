import * as core from '@actions/core';
import { ConfigError } from './plan/config-error.js';
import type { UpstreamMode } from './probe/upstream.js';
import { workflowRunFromEnv } from './record/run-context.js';
import { runGate } from './run.js';
import { GATE_VERSION } from './version.js';

// The GitHub Action entry point: reads inputs and the run context, runs the pipeline, and turns
// the gate's result into the step's outcome. Errors become one clear failed-step message.

export async function run(): Promise<void> {
  try {
    const upstream = (core.getInput('upstream') || 'auto') as UpstreamMode;
    if (!['auto', 'mock', 'live'].includes(upstream)) {
      core.setFailed(`input "upstream" must be auto, mock or live (got "${upstream}")`);
      process.exitCode = 2;
      return;
    }
    const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl =
      process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID
        ? `${serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
        : null;
    const result = await runGate({
      configPath: core.getInput('config', { required: true }),
      outDir: core.getInput('out-dir') || '.fallback-gate',
      upstream,
      env: process.env,
      context: {
        gateVersion: GATE_VERSION,
        nodeVersion: process.version,
        runnerOs: process.env.RUNNER_OS ?? process.platform,
        driver: 'reference',
        operatorInitials: core.getInput('operator') || null,
        followUpOwner: core.getInput('follow-up-owner') || null,
        evidenceLinks: runUrl ? [runUrl] : [],
        now: new Date(),
        run: workflowRunFromEnv(process.env),
      },
    });
    core.info(
      `fallback-gate: decision ${result.entry.fallback_decision}, ledger ${result.files.jsonPath}`,
    );
    if (!result.entry.passed) {
      core.setFailed(`fallback-gate failed: ${result.entry.failures.join('; ')}`);
    }
  } catch (error) {
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
