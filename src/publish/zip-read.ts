import { inflateRawSync } from 'node:zlib';
import { GateError } from '../common/index.js';

// Reads one file out of a downloaded artifact archive without trusting the archive: the sizes
// every entry declares are checked against a cap before anything is inflated, and inflating is
// itself capped, so an archive that lies about its sizes still cannot expand past the limit.

export class ZipLimitError extends GateError {
  readonly code = 'zip_limit';
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The bytes of `wanted` in `archive`. Throws ZipLimitError when the archive is malformed, when
 * any entry (or all of them together) declares more than `maxUncompressed` bytes, or when
 * `wanted` is missing or inflates past the cap.
 */
export function extractCapped(archive: Buffer, wanted: string, maxUncompressed: number): Buffer {
  const entries = centralDirectory(archive);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > maxUncompressed || total > maxUncompressed) {
      throw new ZipLimitError(
        `the archive declares ${total} uncompressed bytes (entry "${entry.name.slice(0, 80)}"), over the limit of ${maxUncompressed}; nothing was extracted`,
      );
    }
  }
  const entry = entries.find((e) => e.name === wanted);
  if (!entry) throw new ZipLimitError(`the archive holds no ${wanted}`);
  if (
    archive.length < entry.localOffset + 30 ||
    archive.readUInt32LE(entry.localOffset) !== LOCAL_HEADER
  ) {
    throw new ZipLimitError('the archive is malformed (bad local header)');
  }
  const start =
    entry.localOffset +
    30 +
    archive.readUInt16LE(entry.localOffset + 26) +
    archive.readUInt16LE(entry.localOffset + 28);
  const data = archive.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) {
    throw new ZipLimitError('the archive is malformed (truncated entry)');
  }
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(data);
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: maxUncompressed });
    } catch {
      throw new ZipLimitError(
        `${wanted} does not inflate within the limit of ${maxUncompressed} bytes`,
      );
    }
  } else
    throw new ZipLimitError(`${wanted} uses an unsupported compression method (${entry.method})`);
  if (out.length !== entry.uncompressedSize) {
    throw new ZipLimitError(`${wanted} is not the size the archive declares`);
  }
  return out;
}

function centralDirectory(archive: Buffer): CentralEntry[] {
  // The end record is in the last 22 + 65535 (comment) bytes.
  let end = archive.length - 22;
  const stop = Math.max(0, archive.length - 22 - 0xffff);
  while (end >= stop && archive.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < stop || end < 0) throw new ZipLimitError('not a zip archive');
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== CENTRAL_HEADER) {
      throw new ZipLimitError('the archive is malformed (bad central directory)');
    }
    const compressedSize = archive.readUInt32LE(offset + 20);
    const uncompressedSize = archive.readUInt32LE(offset + 24);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      throw new ZipLimitError('the archive uses zip64 sizes, far beyond what a ledger needs');
    }
    const nameLength = archive.readUInt16LE(offset + 28);
    entries.push({
      name: archive.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: archive.readUInt16LE(offset + 10),
      compressedSize,
      uncompressedSize,
      localOffset: archive.readUInt32LE(offset + 42),
    });
    offset +=
      46 + nameLength + archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);
  }
  return entries;
}
