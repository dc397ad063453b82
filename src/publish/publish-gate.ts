import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LedgerEntry, Redactor } from '../record/index.js';
import { type ArtifactClient, uploadLedgerArtifact, type UploadedArtifact } from './artifact.js';
import { commentBody, stickyMarker, upsertStickyComment, type StickyResult } from './comment.js';
import type { GitHubApi } from './github-api.js';
import { runSink } from './sink.js';
import { writeAtomically } from '../common/index.js';

// The network sinks of a gate run, after the ledger is on disk and in the job summary: the
// artifact, then the sticky comment. Each is bounded and may fail; a failure becomes a warning.

export interface GateSinkOptions {
  entry: LedgerEntry;
  markdown: string;
  jsonPath: string;
  markdownPath: string;
  artifact: {
    name: string;
    retentionDays: number | null;
    /** Called inside the upload's deadline, so loading the client counts against it. */
    client: () => Promise<ArtifactClient>;
  } | null;
  comment: {
    api: GitHubApi;
    owner: string;
    repo: string;
    issueNumber: number;
    isFork: boolean;
  } | null;
  runUrl: string | null;
  sinkDeadlineMs: number;
  redactor: Redactor;
}

export interface GateSinkResult {
  artifact: UploadedArtifact | null;
  sidecarPath: string | null;
  comment: StickyResult | null;
  warnings: string[];
}

/** Written beside the ledger after the upload: the ledger cannot contain its own artifact's id. */
export const SIDECAR_FILE = 'ledger.artifact.json';

export async function publishGateSinks(options: GateSinkOptions): Promise<GateSinkResult> {
  const result: GateSinkResult = { artifact: null, sidecarPath: null, comment: null, warnings: [] };
  const say = (text: string) => result.warnings.push(options.redactor.text(text));

  if (options.artifact) {
    const spec = options.artifact;
    const uploaded = await runSink(options.sinkDeadlineMs, async () =>
      uploadLedgerArtifact(
        {
          name: spec.name,
          files: [options.jsonPath, options.markdownPath],
          retentionDays: spec.retentionDays,
          runUrl: options.runUrl,
        },
        await spec.client(),
      ),
    );
    if (uploaded.ok) {
      result.artifact = uploaded.value;
      const ledgerBytes = await readFile(options.jsonPath);
      const sidecar = {
        ledger_id: options.entry.ledger_id,
        ledger_file: 'ledger.json',
        ledger_sha256: createHash('sha256').update(ledgerBytes).digest('hex'),
        artifact: {
          name: uploaded.value.name,
          id: uploaded.value.id,
          url: uploaded.value.url,
          digest: uploaded.value.digest,
        },
      };
      result.sidecarPath = join(dirname(options.jsonPath), SIDECAR_FILE);
      await writeAtomically(result.sidecarPath, `${JSON.stringify(sidecar, null, 2)}\n`);
    } else {
      say(
        `the ledger artifact was not uploaded: ${uploaded.reason}. The ledger is on disk at ${options.jsonPath} and in the job summary.`,
      );
    }
  }

  if (options.comment) {
    const target = options.comment;
    const marker = stickyMarker(options.entry.config.file);
    const links = [
      options.runUrl ? `[run](${options.runUrl})` : null,
      result.artifact?.url ? `[ledger artifact](${result.artifact.url})` : null,
    ].filter((x): x is string => x !== null);
    const footer = links.length > 0 ? `\n<sub>${links.join(' · ')}</sub>\n` : '';
    const posted = await runSink(options.sinkDeadlineMs, () =>
      upsertStickyComment(
        target.api,
        { owner: target.owner, repo: target.repo, issueNumber: target.issueNumber },
        marker,
        options.redactor.text(commentBody(marker, options.markdown, footer)),
      ),
    );
    if (posted.ok) {
      result.comment = posted.value;
    } else if (target.isFork && isPermissionDenied(posted.reason)) {
      say(
        `the pull request comment was not posted: this pull request comes from a fork, and its ` +
          `token is read-only (${posted.reason}). The ledger is in the artifact and the job summary. ` +
          `To comment on fork pull requests, add the publish-only workflow on workflow_run (see README).`,
      );
    } else {
      say(`the pull request comment was not posted: ${posted.reason}`);
    }
  }
  return result;
}

function isPermissionDenied(reason: string): boolean {
  return /HTTP 40[13]\b/.test(reason) || /not accessible by integration/i.test(reason);
}
