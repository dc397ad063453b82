import { once } from 'node:events';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadLedgerFromArtifact, MAX_ARCHIVE_BYTES } from '../../src/publish/artifact.js';
import { createGitHubApi } from '../../src/publish/github-api.js';
import { extractCapped } from '../../src/publish/zip-read.js';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';
import { writeZip, type RawZipEntry } from '../fakes/zip.js';

// publish-only reads a ledger out of an artifact another run uploaded: that archive is input
// from whoever controls that run. Its declared sizes are checked before anything is inflated.

let github: FakeGitHub | null = null;
let artifacts: FakeArtifactService | null = null;
afterEach(async () => {
  await github?.close();
  await artifacts?.close();
  github = null;
  artifacts = null;
});

const GIB = 1024 * 1024 * 1024;

/** `size` zero bytes deflated as one stream (about a thousandth of the size), built in chunks. */
async function deflatedZeros(size: number): Promise<RawZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { method: 8, data: Buffer.concat(out), size, crc };
}

async function serve(zip: Buffer) {
  github = await startFakeGitHub();
  artifacts = await startFakeArtifactService();
  const blobUrl = artifacts.serveBlob('gate-run-ledger', zip);
  github.runArtifacts.set(991, [
    { id: 31, name: 'fallback-gate-ledger', blobUrl, size: zip.length },
  ]);
  const api = createGitHubApi({
    baseUrl: github.url,
    token: 'ghs_x',
    timeoutMs: 5_000,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
  return () =>
    downloadLedgerFromArtifact(
      api,
      { runId: 991, owner: 'acme', repo: 'routing', token: 'ghs_x' },
      31,
      {
        maxUncompressedBytes: 2 * 1024 * 1024,
        timeoutMs: 5_000,
      },
    );
}

describe('extracting the ledger from an artifact archive', () => {
  it('refuses a 1 MiB archive holding a 1 GiB file before inflating anything', async () => {
    const bomb = await deflatedZeros(GIB);
    const zip = writeZip({ 'ledger.json': '{}', 'padding.bin': bomb });
    expect(zip.length).toBeLessThan(MAX_ARCHIVE_BYTES);
    const download = await serve(zip);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await expect(download()).rejects.toThrow(
      /declares \d+ uncompressed bytes \(entry "padding\.bin"\), over the limit of 2097152; nothing was extracted/,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('caps inflating too, when an entry lies about its size', () => {
    const big = Buffer.alloc(8 * 1024 * 1024);
    const zip = writeZip({
      'ledger.json': { method: 8, data: deflateRawSync(big), size: 10, crc: crc32(big) },
    });
    expect(() => extractCapped(zip, 'ledger.json', 2 * 1024 * 1024)).toThrow(
      /does not inflate within the limit/,
    );
  });

  it('returns the ledger of a well-formed archive', async () => {
    const text = '{"ledger":true}';
    const zip = writeZip({
      'ledger.json': {
        method: 8,
        data: deflateRawSync(Buffer.from(text)),
        size: text.length,
        crc: crc32(Buffer.from(text)),
      },
      'ledger.md': '# ledger',
    });
    const download = await serve(zip);
    expect((await download()).toString('utf8')).toBe(text);
  });
});
