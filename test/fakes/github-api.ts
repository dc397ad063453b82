import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, type RecordedRequest } from './recorded.js';

// A loopback fake of the GitHub REST API: the issue comments, pull request listing and run
// artifact endpoints the action uses, with switchable failures (500, 403, no answer at all).

export type GitHubFailure = 'none' | 'status500' | 'status403' | 'hang';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface FakeRunArtifact {
  id: number;
  name: string;
  /** Where the zip download redirects to. */
  blobUrl: string;
  size: number;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, FakeComment[]>;
  pulls: { number: number; head: { sha: string; label: string } }[];
  runArtifacts: Map<number, FakeRunArtifact[]>;
  failure: GitHubFailure;
  /**
   * Who the token is: a user's token answers GET /user; null is an app installation token
   * (GITHUB_TOKEN), which GitHub refuses there with 403 and which writes as the Actions bot.
   */
  viewer: { login: string; type: string } | null;
  /** Forgets every request, comment, pull request and artifact, and any failure set. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeGitHub(owner = 'acme', repo = 'routing'): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    requests: [],
    comments: new Map(),
    pulls: [],
    runArtifacts: new Map(),
    failure: 'none',
    viewer: null,
    reset: () => undefined,
    close: () => Promise.resolve(),
  };
  const prefix = `/repos/${owner}/${repo}`;
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
      if (fake.failure === 'hang') return; // never answer; the client's deadline must end it
      if (fake.failure === 'status500') return json(res, 500, { message: 'Server Error' });
      if (fake.failure === 'status403') {
        return json(res, 403, { message: 'Resource not accessible by integration' });
      }
      const url = new URL(req.url ?? '/', 'http://fake');
      const path = url.pathname;
      let m: RegExpExecArray | null;
      if (path === '/user' && req.method === 'GET') {
        return fake.viewer
          ? json(res, 200, fake.viewer)
          : json(res, 403, { message: 'Resource not accessible by integration' });
      }
      if ((m = new RegExp(`^${prefix}/issues/(\\d+)/comments$`).exec(path))) {
        const issue = Number(m[1]);
        const list = fake.comments.get(issue) ?? [];
        if (req.method === 'GET') {
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          const page = Number(url.searchParams.get('page') ?? 1);
          return json(res, 200, list.slice((page - 1) * perPage, page * perPage));
        }
        if (req.method === 'POST') {
          const id = nextId++;
          const comment: FakeComment = {
            id,
            body: (JSON.parse(body.toString('utf8')) as { body: string }).body,
            html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
            user: fake.viewer ?? { login: 'github-actions[bot]', type: 'Bot' },
          };
          fake.comments.set(issue, [...list, comment]);
          return json(res, 201, comment);
        }
      }
      if (
        (m = new RegExp(`^${prefix}/issues/comments/(\\d+)$`).exec(path)) &&
        req.method === 'PATCH'
      ) {
        const id = Number(m[1]);
        for (const list of fake.comments.values()) {
          const comment = list.find((c) => c.id === id);
          if (comment) {
            comment.body = (JSON.parse(body.toString('utf8')) as { body: string }).body;
            return json(res, 200, comment);
          }
        }
        return json(res, 404, { message: 'Not Found' });
      }
      if (path === `${prefix}/pulls` && req.method === 'GET') {
        const head = url.searchParams.get('head');
        return json(
          res,
          200,
          fake.pulls.filter((p) => !head || p.head.label === head),
        );
      }
      if ((m = new RegExp(`^${prefix}/actions/runs/(\\d+)/artifacts$`).exec(path))) {
        const artifacts = fake.runArtifacts.get(Number(m[1])) ?? [];
        return json(res, 200, {
          total_count: artifacts.length,
          artifacts: artifacts.map((a) => ({
            id: a.id,
            name: a.name,
            size_in_bytes: a.size,
            created_at: '2026-01-01T00:00:00Z',
            expired: false,
          })),
        });
      }
      if ((m = new RegExp(`^${prefix}/actions/artifacts/(\\d+)/zip$`).exec(path))) {
        const id = Number(m[1]);
        const artifact = [...fake.runArtifacts.values()].flat().find((a) => a.id === id);
        if (!artifact) return json(res, 404, { message: 'Not Found' });
        res.writeHead(302, { location: artifact.blobUrl });
        return res.end();
      }
      return json(res, 404, { message: `fake GitHub has no ${req.method} ${path}` });
    })().catch(() => {
      res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.reset = () => {
    fake.requests = [];
    fake.comments = new Map();
    fake.pulls = [];
    fake.runArtifacts = new Map();
    fake.failure = 'none';
    fake.viewer = null;
  };
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
