import { EOL } from 'node:os';
import { run, type ActionDeps, type ActionSink } from '../../src/action/main.js';
import type { AnnotationPlace } from '../../src/action/deps.js';
import {
  appendJobSummary,
  createGitHubApi,
  runnerArtifactClient,
  setStepOutputs,
} from '../../src/publish/index.js';

// The action's run() called in this process, with the dependencies a runner would give it except
// the log: what @actions/core would print is recorded, in the same workflow-command format, and
// returned as `stdout`. Outputs and the job summary go to the runner files that `env` names, the
// REST client and the artifact client talk real HTTP to whatever `env` points at (the loopback
// fakes), and the run happens in `cwd`. The credential-withholding re-exec replaces the process,
// so it is never done here: a run that would do it fails (see the spawned smoke tests for it).

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** @actions/core's escaping of a command's message and of its properties. */
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A workflow command line as @actions/core writes it: ::name key=value,…::message */
function command(name: string, message: string, place: AnnotationPlace = {}): string {
  const properties: [string, string | number | undefined][] = [
    ['title', place.title],
    ['file', place.file],
    ['line', place.startLine],
    ['col', place.startColumn],
  ];
  const given = properties.filter(([, value]) => value !== undefined && value !== '');
  const props = given.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function recordingSink(env: NodeJS.ProcessEnv, lines: string[]): ActionSink {
  return {
    info: (message) => lines.push(message),
    notice: (message, place) => lines.push(command('notice', message, place)),
    warning: (message, place) => lines.push(command('warning', message, place)),
    error: (message, place) => lines.push(command('error', message, place)),
    setFailed: (message) => lines.push(command('error', message)),
    setSecret: (value) => lines.push(command('add-mask', value)),
    startGroup: (name) => lines.push(command('group', name)),
    endGroup: () => lines.push(command('endgroup', '')),
    setOutputs: (outputs) => setStepOutputs(outputs, env),
    appendSummary: (markdown) => appendJobSummary(markdown, env),
  };
}

/** What @actions/artifact reads from process.env when it is called (and, once, at load). */
const ARTIFACT_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'GITHUB_WORKSPACE',
] as const;

/** @actions/github fixes its API URL when it loads: every run in one test file must use the same. */
let artifactApiUrl: string | undefined;

function artifactClientFor(env: NodeJS.ProcessEnv, saved: Map<string, string | undefined>) {
  return async () => {
    if (artifactApiUrl !== undefined && env.GITHUB_API_URL !== artifactApiUrl) {
      throw new Error(
        `@actions/artifact was loaded with GITHUB_API_URL ${artifactApiUrl}; start the fake GitHub once per test file`,
      );
    }
    artifactApiUrl = env.GITHUB_API_URL;
    for (const name of ARTIFACT_ENV) {
      if (!saved.has(name)) saved.set(name, process.env[name]);
      if (env[name] === undefined) delete process.env[name];
      else process.env[name] = env[name];
    }
    return runnerArtifactClient();
  };
}

/**
 * Runs the action in-process as a runner would run it with this environment (INPUT_* variables
 * are the step's inputs, as @actions/core reads them) in the working directory `cwd`.
 */
export async function runActionInProcess(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  deps?: Partial<ActionDeps>;
}): Promise<InProcessRun> {
  const { env } = options;
  const lines: string[] = [];
  const saved = new Map<string, string | undefined>();
  const deps: ActionDeps = {
    env,
    input: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    sink: recordingSink(env, lines),
    githubApi: (settings) => Promise.resolve(createGitHubApi(settings)),
    artifactClient: artifactClientFor(env, saved),
    withholdCredentials: () =>
      Promise.reject(
        new Error('the credential-withholding re-exec would replace the test process'),
      ),
    ...options.deps,
  };
  const home = process.cwd();
  process.chdir(options.cwd);
  try {
    const code = await run(deps);
    return { code, stdout: lines.map((line) => line + EOL).join(''), stderr: '' };
  } finally {
    process.chdir(home);
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
