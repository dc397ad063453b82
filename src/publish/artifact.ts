import { dirname } from 'node:path';
import type { GitHubApi } from './github-api.js';
import { extractCapped, ZipLimitError } from './zip-read.js';

// The ledger as a build artifact, through @actions/artifact (loaded only when an upload happens,
// so local runs and config errors never pay for it).

/** What the gate uses of @actions/artifact's client. */
export interface ArtifactClient {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number | undefined; digest?: string | undefined }>;
  listArtifacts(options: {
    latest?: boolean;
    findBy?: {
      token: string;
      workflowRunId: number;
      repositoryOwner: string;
      repositoryName: string;
    };
  }): Promise<{ artifacts: { id: number; name: string; size: number }[] }>;
}

/**
 * The runner's artifact client. It reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from
 * process.env when it is called, and @actions/github (which it loads) reads GITHUB_API_URL once.
 */
export async function runnerArtifactClient(): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** Longest artifact name this writes; the readable parts are cut to fit. */
export const MAX_ARTIFACT_NAME = 200;

/**
 * Artifact names must be unique within a run, so matrix legs cannot collide: the base name, then
 * the job, the matrix key and the config path, each reduced to the characters an artifact name
 * allows. Readable in the run's artifact list (fallback-gate-ledger-gate-linux-config-routing.yaml)
 * rather than an opaque digest. The job and the matrix key, with the config path, are what set
 * two legs of one run apart.
 */
export function uniqueArtifactName(
  base: string,
  parts: { configPath: string; job: string; matrixKey: string },
): string {
  const slug = (text: string) =>
    text
      .replace(/^\.\//, '')
      .replace(/[^A-Za-z0-9._]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '');
  const safeBase = slug(base) || 'ledger';
  const suffix = [parts.job, parts.matrixKey, parts.configPath].map(slug).filter(Boolean);
  return [safeBase, ...suffix]
    .join('-')
    .slice(0, MAX_ARTIFACT_NAME)
    .replace(/[-.]+$/, '');
}

export interface UploadedArtifact {
  name: string;
  id: number;
  /** The artifact's page, when the run's URL is known. */
  url: string | null;
  /** sha256 of the uploaded archive, as the artifact service reports it. */
  digest: string | null;
}

export interface UploadRequest {
  name: string;
  /** Files to upload; all in the same folder (the ledger's output folder). */
  files: string[];
  retentionDays: number | null;
  /** https://github.com/OWNER/REPO/actions/runs/ID, to build the artifact's page URL. */
  runUrl: string | null;
}

export async function uploadLedgerArtifact(
  request: UploadRequest,
  client: ArtifactClient,
): Promise<UploadedArtifact> {
  const root = dirname(request.files[0] ?? '.');
  const response = await client.uploadArtifact(request.name, request.files, root, {
    ...(request.retentionDays !== null ? { retentionDays: request.retentionDays } : {}),
  });
  if (response.id === undefined) throw new Error('the artifact service returned no artifact id');
  return {
    name: request.name,
    id: response.id,
    url: request.runUrl ? `${request.runUrl}/artifacts/${response.id}` : null,
    digest: response.digest ?? null,
  };
}

export interface RunArtifact {
  id: number;
  name: string;
  size: number;
}

export interface OtherRun {
  runId: number;
  owner: string;
  repo: string;
  token: string;
}

/** Lists another run's artifacts (the public REST API; the token needs actions: read). */
export async function listRunArtifacts(
  run: OtherRun,
  client: ArtifactClient,
): Promise<RunArtifact[]> {
  const { artifacts } = await client.listArtifacts({ latest: true, findBy: findBy(run) });
  return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size }));
}

function findBy(run: OtherRun) {
  return {
    token: run.token,
    workflowRunId: run.runId,
    repositoryOwner: run.owner,
    repositoryName: run.repo,
  };
}

/** The file name the ledger has inside its artifact. */
export const LEDGER_FILE = 'ledger.json';

/** An artifact archive holding a ledger is a few kilobytes; this is far above it. */
export const MAX_ARCHIVE_BYTES = 4 * 1024 * 1024;

/**
 * Downloads another run's artifact archive (REST API redirect to a signed URL) with its size
 * capped while it streams, and returns `ledger.json` from it, the uncompressed sizes checked
 * before anything is inflated (zip-read.ts). Nothing is written to disk.
 */
export async function downloadLedgerFromArtifact(
  api: GitHubApi,
  run: OtherRun,
  artifactId: number,
  limits: { maxUncompressedBytes: number; timeoutMs: number },
): Promise<Buffer> {
  const path = `/repos/${encodeURIComponent(run.owner)}/${encodeURIComponent(run.repo)}/actions/artifacts/${artifactId}/zip`;
  const redirect = await api.request<unknown>('GET', path, undefined, { acceptRedirect: true });
  const location = redirect.headers.location;
  const url = Array.isArray(location) ? location[0] : location;
  if (!url) throw new Error(`the artifact download answered ${redirect.status} without a location`);
  const { request } = await import('undici');
  const response = await request(url, {
    method: 'GET',
    headersTimeout: limits.timeoutMs,
    bodyTimeout: limits.timeoutMs,
    signal: AbortSignal.timeout(limits.timeoutMs),
  });
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new Error(`the artifact download answered HTTP ${response.statusCode}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += (chunk as Buffer).length;
    if (size > MAX_ARCHIVE_BYTES) {
      response.body.destroy();
      throw new ZipLimitError(`the artifact archive is over ${MAX_ARCHIVE_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return extractCapped(Buffer.concat(chunks), LEDGER_FILE, limits.maxUncompressedBytes);
}
