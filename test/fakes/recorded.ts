import type { IncomingMessage } from 'node:http';

/** One request as a fake received it: everything a leak could hide in. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** When the request arrived, on the test process's monotonic clock. */
  at: number;
}

export function readBody(req: IncomingMessage, limit = 16 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('request body over the fake limit'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Every byte of every recorded request, as text, for leak searches. */
export function allText(requests: readonly RecordedRequest[]): string {
  return requests
    .map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body.toString('latin1')}`)
    .join('\n');
}
