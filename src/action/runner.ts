import * as core from '@actions/core';
import { appendJobSummary, runnerArtifactClient, setStepOutputs } from '../publish/index.js';
import type { ActionDeps, ActionSink } from './deps.js';

// The action's dependencies on a GitHub runner: @actions/core for the log and annotations, the
// runner's files for outputs and summary, and the real API, artifact and environ-scrub code,
// each loaded only when a run needs it.

export function runnerSink(env: NodeJS.ProcessEnv): ActionSink {
  return {
    info: (message) => core.info(message),
    notice: (message, place) => core.notice(message, place),
    warning: (message, place) => core.warning(message, place),
    error: (message, place) => core.error(message, place),
    setFailed: (message) => core.setFailed(message),
    setSecret: (value) => core.setSecret(value),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setOutputs: (outputs) => setStepOutputs(outputs, env),
    appendSummary: (markdown) => appendJobSummary(markdown, env),
  };
}

export function runnerDeps(env: NodeJS.ProcessEnv): ActionDeps {
  return {
    env,
    input: (name) => core.getInput(name),
    sink: runnerSink(env),
    githubApi: async (settings) => {
      const { createGitHubApi } = await import('../publish/index.js');
      return createGitHubApi(settings);
    },
    artifactClient: runnerArtifactClient,
    withholdCredentials: async (configPath) => {
      // The command or gateway must not find a key in /proc/<gate pid>/environ.
      const { withholdCredentialsFromCommands } = await import('../probe/index.js');
      return withholdCredentialsFromCommands(configPath);
    },
  };
}
