import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { GateError } from './errors.js';

// Every file the gate reads from input (config, base config, ledger, event payload, fault plan)
// goes through here: it is opened without blocking (a FIFO cannot hang the gate), must be a
// regular file once symlinks are followed (no /dev/zero, no device, no socket), and is read
// with a hard byte cap decided before the first read, so its reported size cannot lie.

export type BoundedReadProblem =
  'not_found' | 'directory' | 'not_regular' | 'too_large' | 'permission' | 'unreadable';

export class BoundedReadError extends GateError {
  readonly code = 'bounded_read';
  readonly problem: BoundedReadProblem;
  readonly limit: number;
  constructor(problem: BoundedReadProblem, message: string, limit: number) {
    super(message);
    this.name = 'BoundedReadError';
    this.problem = problem;
    this.limit = limit;
  }
}

/** Reads at most `limit` bytes of a regular file; throws BoundedReadError otherwise. */
export async function readBoundedFile(path: string, limit: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw fromErrno(error, limit);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new BoundedReadError('directory', 'is a directory', limit);
    if (!info.isFile()) {
      throw new BoundedReadError(
        'not_regular',
        'is not a regular file (a device, FIFO or socket, possibly behind a symlink)',
        limit,
      );
    }
    if (info.size > limit) {
      throw new BoundedReadError(
        'too_large',
        `is ${info.size} bytes; the limit is ${limit}`,
        limit,
      );
    }
    // Read one byte past what is expected, to notice a file that grows while it is read (and
    // files such as those under /proc that report size 0 but have content).
    const expected = info.size === 0 ? limit : info.size;
    const buffer = Buffer.alloc(expected + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > expected) {
      throw new BoundedReadError(
        'too_large',
        filled > limit ? `is over the limit of ${limit} bytes` : 'changed while it was read',
        limit,
      );
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof BoundedReadError) throw error;
    throw fromErrno(error, limit);
  } finally {
    await handle.close();
  }
}

function fromErrno(error: unknown, limit: number): BoundedReadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new BoundedReadError('not_found', 'no such file', limit);
  }
  if (code === 'EISDIR') return new BoundedReadError('directory', 'is a directory', limit);
  if (code === 'EACCES' || code === 'EPERM') {
    return new BoundedReadError('permission', 'permission denied', limit);
  }
  return new BoundedReadError('unreadable', `cannot be read (${code ?? 'unknown error'})`, limit);
}
