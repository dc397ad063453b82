import type { ArtifactClient, GitHubApi, GitHubApiOptions } from '../publish/index.js';

// What the action needs from the world it runs in. On a runner (runner.ts) these are
// process.env, the step's inputs, @actions/core, the GitHub REST API and the artifact service;
// a test hands in its own, so run() can be called in-process.

/** Where an annotation points: GitHub shows it on that line of the file in the pull request. */
export interface AnnotationPlace {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** The step's log, annotations, outputs and job summary. */
export interface ActionSink {
  info(message: string): void;
  notice(message: string, place?: AnnotationPlace): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
  /** An error annotation that marks the step failed; the exit status is what run() returns. */
  setFailed(message: string): void;
  /** Asks the runner to scrub this value from the log from now on. */
  setSecret(value: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Sets step outputs; a warning when they could not be written, null otherwise. */
  setOutputs(outputs: Record<string, string>): Promise<string | null>;
  /** Appends to the job summary; a warning when it could not be written, null otherwise. */
  appendSummary(markdown: string): Promise<string | null>;
}

/** How the environ scrub before a command or gateway run ended (probe/drivers/scrub-environ.ts). */
export type CredentialWithholding =
  { kind: 'clean' } | { kind: 'restored' } | { kind: 'unsupported' };

export interface ActionDeps {
  /** The run's environment: GITHUB_*, RUNNER_*, ACTIONS_* and the routes' credentials. */
  env: NodeJS.ProcessEnv;
  /** The value of an action input as the step sets it ('' when unset). */
  input: (name: string) => string;
  sink: ActionSink;
  /** The REST client, made only when a run talks to the API. */
  githubApi: (settings: GitHubApiOptions) => Promise<GitHubApi>;
  /** The artifact service's client, made only when a run uploads or lists artifacts. */
  artifactClient: () => Promise<ArtifactClient>;
  /**
   * Before a command or gateway runs: keeps the credentials out of the environ that command
   * could read. On a runner this re-executes the process (it does not return when it does).
   */
  withholdCredentials: (configPath: string) => Promise<CredentialWithholding>;
}
