import type { IncomingMessage } from 'node:http';

/** A request body larger than this is refused: smoke and fault requests are a few hundred bytes. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Reads a whole request body, destroying the request once it passes the cap. */
export function readRequestBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        req.destroy();
        reject(new Error('request too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
