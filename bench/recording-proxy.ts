import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A minimal recording proxy on loopback: forwards each request to an upstream and logs, per
// attempt, the caller's attempt id, the status, and the upstream's request id. The benchmark
// uses it to prove that concurrent attempts are neither lost nor attributed to the wrong caller.

export interface ProxyLogLine {
  attemptId: string;
  method: string;
  path: string;
  status: number | null;
  upstreamRequestId: string | null;
}

export interface RecordingProxy {
  url: string;
  log: ProxyLogLine[];
  close(): Promise<void>;
}

export async function startRecordingProxy(upstreamBaseUrl: string): Promise<RecordingProxy> {
  const upstream = new URL(upstreamBaseUrl);
  const log: ProxyLogLine[] = [];
  const server: Server = createServer((req, res) => {
    const attemptId = String(req.headers['x-bench-attempt'] ?? '');
    const path = `${upstream.pathname.replace(/\/$/, '')}${(req.url ?? '/').replace(/^\/v1/, '')}`;
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        log.push({
          attemptId,
          method: req.method ?? '',
          path,
          status: answer.statusCode ?? null,
          upstreamRequestId: (answer.headers['x-request-id'] as string | undefined) ?? null,
        });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      log.push({
        attemptId,
        method: req.method ?? '',
        path,
        status: null,
        upstreamRequestId: null,
      });
      res.destroy();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
