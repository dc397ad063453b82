import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type LedgerEntry,
  type Redactor,
  renderMarkdown,
  verifyLedgerText,
} from '../record/index.js';
import {
  type ArtifactClient,
  downloadLedgerFromArtifact,
  LEDGER_FILE,
  listRunArtifacts,
  type OtherRun,
  type RunArtifact,
} from './artifact.js';
import { commentBody, stickyMarker, upsertStickyComment } from './comment.js';
import { writeAtomically } from '../common/index.js';
import type { GitHubApi } from './github-api.js';
import { runSink } from './sink.js';
import { findPullRequest, type WorkflowRunFacts } from './workflow-run.js';

// Publish-only mode: the trusted half of the fork-safe pair. It downloads the ledger artifacts of
// the gate run named by the workflow_run event, verifies each (schema and redaction), renders the
// comment itself from the verified entry, and posts it on that run's pull request. Nothing from
// the artifact is executed, and the artifact's own Markdown is never used: the rendering escapes
// every value from the entry exactly as it does for the gate's own run.

/** A ledger is a few kilobytes; anything far larger is not one. */
export const MAX_LEDGER_BYTES = 2 * 1024 * 1024;

export interface PublishOnlyOptions {
  run: WorkflowRunFacts;
  api: GitHubApi;
  /** Called inside the listing's deadline, so loading the client counts against it. */
  artifactClient: () => Promise<ArtifactClient>;
  token: string;
  /** Artifacts named this, or this followed by "-…" (the gate's job, matrix key and config path). */
  artifactName: string;
  /** When set, only a ledger for this config path is accepted. */
  configPath: string | null;
  workDir: string;
  comment: boolean;
  sinkDeadlineMs: number;
  knownSecrets: string[];
  redactor: Redactor;
}

export interface PublishedLedger {
  artifact: RunArtifact;
  entry: LedgerEntry;
  path: string;
  markdown: string;
  commentUrl: string | null;
}

export interface PublishOnlyResult {
  pullRequest: number | null;
  published: PublishedLedger[];
  refused: { artifact: string; reasons: string[] }[];
  warnings: string[];
}

export function matchesArtifactName(name: string, base: string): boolean {
  return (
    name === base ||
    (name.startsWith(`${base}-`) && /^[A-Za-z0-9._-]+$/.test(name.slice(base.length + 1)))
  );
}

export async function publishOnly(options: PublishOnlyOptions): Promise<PublishOnlyResult> {
  const result: PublishOnlyResult = { pullRequest: null, published: [], refused: [], warnings: [] };
  const candidates = await candidateArtifacts(options, result.warnings);
  for (const artifact of candidates) {
    const outcome = await verifiedLedger(options, artifact);
    if ('reasons' in outcome)
      result.refused.push({ artifact: artifact.name, reasons: outcome.reasons });
    else result.published.push(outcome);
  }
  if (!options.comment || result.published.length === 0) return result;
  await commentOnPullRequest(options, result);
  return result;
}

function otherRunOf(options: PublishOnlyOptions): OtherRun {
  const { run } = options;
  return { runId: run.runId, owner: run.owner, repo: run.repo, token: options.token };
}

/** The run's artifacts that carry the ledger's name; none (with a warning) when there are none. */
async function candidateArtifacts(
  options: PublishOnlyOptions,
  warnings: string[],
): Promise<RunArtifact[]> {
  const { run } = options;
  const listed = await runSink(options.sinkDeadlineMs, async () =>
    listRunArtifacts(otherRunOf(options), await options.artifactClient()),
  );
  if (!listed.ok) {
    warnings.push(
      `could not list the artifacts of run ${run.runId}: ${options.redactor.text(listed.reason)}`,
    );
    return [];
  }
  const candidates = listed.value.filter((a) => matchesArtifactName(a.name, options.artifactName));
  if (candidates.length === 0) {
    warnings.push(
      `run ${run.runId} has no artifact named "${options.artifactName}" or "${options.artifactName}-…": ` +
        'nothing to publish (check that the gate job uploaded its ledger and that artifact-name matches in both workflows)',
    );
  }
  return candidates;
}

/**
 * Downloads one artifact's ledger and believes it only when it verifies, is for the config asked
 * about, and (when it says the gate passed) comes from a run that succeeded; then writes it to
 * the work folder and renders it.
 */
async function verifiedLedger(
  options: PublishOnlyOptions,
  artifact: RunArtifact,
): Promise<PublishedLedger | { reasons: string[] }> {
  const { run } = options;
  if (artifact.size > MAX_LEDGER_BYTES) {
    return {
      reasons: [
        `the artifact is ${artifact.size} bytes, larger than a ledger can be (${MAX_LEDGER_BYTES})`,
      ],
    };
  }
  const downloaded = await runSink(options.sinkDeadlineMs, () =>
    downloadLedgerFromArtifact(options.api, otherRunOf(options), artifact.id, {
      maxUncompressedBytes: MAX_LEDGER_BYTES,
      timeoutMs: options.sinkDeadlineMs,
    }),
  );
  if (!downloaded.ok) {
    return { reasons: [`download failed: ${options.redactor.text(downloaded.reason)}`] };
  }
  const text = downloaded.value.toString('utf8');
  const verified = verifyLedgerText(text, options.knownSecrets);
  if (!verified.ok) return { reasons: verified.reasons };
  if (
    options.configPath !== null &&
    normalize(verified.entry.config.file) !== normalize(options.configPath)
  ) {
    return {
      reasons: [
        `the ledger is for ${verified.entry.config.file}, not for ${options.configPath} (the config input)`,
      ],
    };
  }
  // The digest detects corruption, not forgery: a passing ledger is believed only from a run
  // that GitHub itself says succeeded.
  if (verified.entry.passed && run.conclusion !== 'success') {
    return {
      reasons: [
        `the ledger says the gate passed, but run ${run.runId} concluded ${run.conclusion ?? 'without a conclusion'}: a passing ledger is published only from a successful run (another job may have failed, or the ledger was altered)`,
      ],
    };
  }
  const folder = join(options.workDir, String(artifact.id));
  await mkdir(folder, { recursive: true });
  const path = join(folder, LEDGER_FILE);
  await writeAtomically(path, text);
  const markdown = options.redactor.text(renderMarkdown(verified.entry));
  return { artifact, entry: verified.entry, path, markdown, commentUrl: null };
}

/** Posts (or updates) one sticky comment per published ledger on the run's pull request. */
async function commentOnPullRequest(
  options: PublishOnlyOptions,
  result: PublishOnlyResult,
): Promise<void> {
  const { run } = options;
  const found = await runSink(options.sinkDeadlineMs, () => findPullRequest(options.api, run));
  if (!found.ok) {
    result.warnings.push(
      `could not find the pull request of run ${run.runId}: ${options.redactor.text(found.reason)}`,
    );
    return;
  }
  result.pullRequest = found.value;
  if (found.value === null) {
    result.warnings.push(
      `no open pull request has head commit ${run.headSha.slice(0, 12)}; nothing to comment on`,
    );
    return;
  }
  const issueNumber = found.value;
  for (const ledger of result.published) {
    const footer = `\n<sub>Published by fallback-gate from run ${run.runUrl ?? run.runId} (head ${run.headSha.slice(0, 12)}); ledger verified before posting.</sub>\n`;
    const marker = stickyMarker(ledger.entry.config.file);
    const posted = await runSink(options.sinkDeadlineMs, () =>
      upsertStickyComment(
        options.api,
        { owner: run.owner, repo: run.repo, issueNumber },
        marker,
        commentBody(marker, ledger.markdown, footer),
      ),
    );
    if (posted.ok) ledger.commentUrl = posted.value.url;
    else
      result.warnings.push(
        `the pull request comment was not posted: ${options.redactor.text(posted.reason)}`,
      );
  }
}

function normalize(path: string): string {
  return path.replace(/^\.\//, '').replaceAll('\\', '/');
}
