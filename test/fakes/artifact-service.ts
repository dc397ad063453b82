import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, type RecordedRequest } from './recorded.js';

// A loopback fake of the Actions artifact service: the twirp CreateArtifact and FinalizeArtifact
// calls, and an Azure-blob-shaped upload endpoint (Put Block, Put Block List) behind the signed
// URL. Uploaded blobs can be downloaded again, as a workflow_run job would.

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';

export interface FakeArtifactService {
  url: string;
  requests: RecordedRequest[];
  /** Finalized artifacts by name: id, bytes, requested expiry. */
  artifacts: Map<string, { id: number; bytes: Buffer; expiresAt: string | null }>;
  /** Serves `bytes` at a blob URL (for downloads); returns that URL. */
  serveBlob(name: string, bytes: Buffer, contentType?: string): string;
  /** Answer every twirp call with 403 (fails at once; the client does not retry it). */
  rejectAll: boolean;
  /** Accept twirp calls and never answer them. */
  hang: boolean;
  close(): Promise<void>;
}

export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  let nextId = 5000;
  const blocks = new Map<string, Map<string, Buffer>>();
  const blobs = new Map<string, { bytes: Buffer; contentType: string }>();
  const pending = new Map<string, string | null>();
  const fake: FakeArtifactService = {
    url: '',
    requests: [],
    artifacts: new Map(),
    rejectAll: false,
    hang: false,
    serveBlob: () => '',
    close: () => Promise.resolve(),
  };
  const json = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const at = performance.now();
      const body = await readBody(req);
      fake.requests.push({
        at,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
      });
      const url = new URL(req.url ?? '/', 'http://fake');
      if (url.pathname.startsWith(TWIRP)) {
        if (fake.hang) return;
        if (fake.rejectAll) return json(res, 403, { code: 'permission_denied', msg: 'denied' });
        const request = JSON.parse(body.toString('utf8')) as {
          name: string;
          expires_at?: string;
          expiresAt?: string;
        };
        if (url.pathname.endsWith('/CreateArtifact')) {
          pending.set(request.name, request.expires_at ?? request.expiresAt ?? null);
          return json(res, 200, {
            ok: true,
            signed_upload_url: `${fake.url}/blob/${encodeURIComponent(request.name)}?sig=fake-signature`,
          });
        }
        if (url.pathname.endsWith('/FinalizeArtifact')) {
          const blob = blobs.get(request.name);
          if (!blob) return json(res, 400, { code: 'invalid_argument', msg: 'nothing uploaded' });
          const id = nextId++;
          fake.artifacts.set(request.name, {
            id,
            bytes: blob.bytes,
            expiresAt: pending.get(request.name) ?? null,
          });
          return json(res, 200, { ok: true, artifact_id: String(id) });
        }
        return json(res, 404, { code: 'bad_route', msg: 'no such method' });
      }
      const blobMatch = /^\/blob\/([^/]+)$/.exec(url.pathname);
      if (blobMatch) {
        const name = decodeURIComponent(blobMatch[1] ?? '');
        if (req.method === 'GET') {
          const blob = blobs.get(name);
          if (!blob) return json(res, 404, {});
          res.writeHead(200, {
            'content-type': blob.contentType,
            'content-length': blob.bytes.length,
          });
          return res.end(blob.bytes);
        }
        const comp = url.searchParams.get('comp');
        if (req.method === 'PUT' && comp === 'block') {
          const staged = blocks.get(name) ?? new Map<string, Buffer>();
          staged.set(url.searchParams.get('blockid') ?? '', body);
          blocks.set(name, staged);
          res.writeHead(201);
          return res.end();
        }
        if (req.method === 'PUT' && comp === 'blocklist') {
          const staged = blocks.get(name) ?? new Map<string, Buffer>();
          const ids = [
            ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
          ].map((m) => m[1] ?? '');
          blobs.set(name, {
            bytes: Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))),
            contentType: String(
              req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream',
            ),
          });
          res.writeHead(201);
          return res.end();
        }
        if (req.method === 'PUT') {
          blobs.set(name, {
            bytes: body,
            contentType: String(
              req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream',
            ),
          });
          res.writeHead(201);
          return res.end();
        }
      }
      return json(res, 404, {});
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.serveBlob = (name, bytes, contentType = 'application/zip') => {
    blobs.set(name, { bytes, contentType });
    return `${fake.url}/blob/${encodeURIComponent(name)}?sig=download-signature`;
  };
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/** An ACTIONS_RUNTIME_TOKEN-shaped JWT: the client reads only the scp claim, never the signature. */
export function runtimeToken(
  runBackendId = 'run-backend-1',
  jobBackendId = 'job-backend-1',
): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
    scp: `Actions.GenericRead Actions.Results:${runBackendId}:${jobBackendId}`,
  })}.c2lnbmF0dXJl`;
}
