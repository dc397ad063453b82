import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type LedgerEntry,
  type Redactor,
  renderMarkdown,
  verifyLedgerText,
} from '../record/index.js';
import {
  downloadLedgerFromArtifact,
  LEDGER_FILE,
  listRunArtifacts,
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
  const { run } = options;
  const result: PublishOnlyResult = { pullRequest: null, published: [], refused: [], warnings: [] };
  const otherRun = { runId: run.runId, owner: run.owner, repo: run.repo, token: options.token };

  const listed = await runSink(options.sinkDeadlineMs, () => listRunArtifacts(otherRun));
  if (!listed.ok) {
    result.warnings.push(
      `could not list the artifacts of run ${run.runId}: ${options.redactor.text(listed.reason)}`,
    );
    return result;
  }
  const candidates = listed.value.filter((a) => matchesArtifactName(a.name, options.artifactName));
  if (candidates.length === 0) {
    result.warnings.push(
      `run ${run.runId} has no artifact named "${options.artifactName}" or "${options.artifactName}-…": ` +
        'nothing to publish (check that the gate job uploaded its ledger and that artifact-name matches in both workflows)',
    );
    return result;
  }

  for (const artifact of candidates) {
    const refuse = (reasons: string[]) => result.refused.push({ artifact: artifact.name, reasons });
    if (artifact.size > MAX_LEDGER_BYTES) {
      refuse([
        `the artifact is ${artifact.size} bytes, larger than a ledger can be (${MAX_LEDGER_BYTES})`,
      ]);
      continue;
    }
    const downloaded = await runSink(options.sinkDeadlineMs, () =>
      downloadLedgerFromArtifact(options.api, otherRun, artifact.id, {
        maxUncompressedBytes: MAX_LEDGER_BYTES,
        timeoutMs: options.sinkDeadlineMs,
      }),
    );
    if (!downloaded.ok) {
      refuse([`download failed: ${options.redactor.text(downloaded.reason)}`]);
      continue;
    }
    const text = downloaded.value.toString('utf8');
    const verified = verifyLedgerText(text, options.knownSecrets);
    if (!verified.ok) {
      refuse(verified.reasons);
      continue;
    }
    if (
      options.configPath !== null &&
      normalize(verified.entry.config.file) !== normalize(options.configPath)
    ) {
      refuse([
        `the ledger is for ${verified.entry.config.file}, not for ${options.configPath} (the config input)`,
      ]);
      continue;
    }
    // The digest detects corruption, not forgery: a passing ledger is believed only from a run
    // that GitHub itself says succeeded.
    if (verified.entry.passed && run.conclusion !== 'success') {
      refuse([
        `the ledger says the gate passed, but run ${run.runId} concluded ${run.conclusion ?? 'without a conclusion'}: a passing ledger is published only from a successful run (another job may have failed, or the ledger was altered)`,
      ]);
      continue;
    }
    const folder = join(options.workDir, String(artifact.id));
    await mkdir(folder, { recursive: true });
    const path = join(folder, LEDGER_FILE);
    await writeAtomically(path, text);
    const markdown = options.redactor.text(renderMarkdown(verified.entry));
    result.published.push({ artifact, entry: verified.entry, path, markdown, commentUrl: null });
  }

  if (!options.comment || result.published.length === 0) return result;
  const found = await runSink(options.sinkDeadlineMs, () => findPullRequest(options.api, run));
  if (!found.ok) {
    result.warnings.push(
      `could not find the pull request of run ${run.runId}: ${options.redactor.text(found.reason)}`,
    );
    return result;
  }
  result.pullRequest = found.value;
  if (found.value === null) {
    result.warnings.push(
      `no open pull request has head commit ${run.headSha.slice(0, 12)}; nothing to comment on`,
    );
    return result;
  }
  for (const ledger of result.published) {
    const footer = `\n<sub>Published by fallback-gate from run ${run.runUrl ?? run.runId} (head ${run.headSha.slice(0, 12)}); ledger verified before posting.</sub>\n`;
    const marker = stickyMarker(ledger.entry.config.file);
    const posted = await runSink(options.sinkDeadlineMs, () =>
      upsertStickyComment(
        options.api,
        { owner: run.owner, repo: run.repo, issueNumber: found.value! },
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
  return result;
}

function normalize(path: string): string {
  return path.replace(/^\.\//, '').replaceAll('\\', '/');
}
