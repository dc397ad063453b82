import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { BoundedReadError, readBoundedFile } from './bounded-read.js';
import { ConfigError, positionAt } from './config-error.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads a config file as UTF-8 text, refusing what cannot be a config before parsing it. */
export async function readConfigText(file: string): Promise<{ text: string; bytes: Buffer }> {
  const at = positionAt(file);
  await refuseSymlinkOutside(file);
  let bytes: Buffer;
  try {
    bytes = await readBoundedFile(file, MAX_CONFIG_BYTES);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    switch (error.problem) {
      case 'not_found':
        throw new ConfigError(
          at,
          'config file not found',
          'check the path (it is relative to the working directory)',
        );
      case 'directory':
        throw new ConfigError(
          at,
          'this is a directory, not a config file',
          'name the YAML or JSON file inside it',
        );
      case 'not_regular':
        throw new ConfigError(
          at,
          `the config ${error.message}`,
          'name a YAML or JSON file in the repository',
        );
      case 'too_large':
        throw new ConfigError(
          at,
          `the config file ${error.message} (1 MiB)`,
          'a routing config is small: check that this is the right file',
        );
      default:
        throw new ConfigError(
          at,
          `config file ${error.message}`,
          'check the path and its permissions',
        );
    }
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    throw new ConfigError(at, 'config file is empty', 'add at least one route (see examples/)');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ConfigError(
      positionOfOffset(file, bytes, nul),
      'binary data (a NUL byte) in the config file',
      'a config is UTF-8 text: check that this is the right file',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ConfigError(
      positionOfOffset(file, bytes, bad),
      'the file is not valid UTF-8',
      'save the file as UTF-8',
    );
  }
  return { text, bytes };
}

function positionOfOffset(file: string, bytes: Buffer, offset: number) {
  const before = bytes.subarray(0, offset);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return positionAt(file, line, offset - lineStart + 1);
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Narrow down by decoding growing prefixes; configs are at most 1 MiB so a linear scan is fine.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const width = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (width === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + width));
    } catch {
      return i;
    }
    i += width;
  }
  return 0;
}

/**
 * A config that is a symlink must resolve inside the working directory: a committed link to a
 * file elsewhere on the runner (a credentials file, /proc/self/environ) is refused before it is
 * read, so no error message can quote a line of it.
 */
async function refuseSymlinkOutside(file: string): Promise<void> {
  let link: boolean;
  try {
    link = (await lstat(file)).isSymbolicLink();
  } catch {
    return; // the read reports a missing file
  }
  if (!link) return;
  let target: string;
  try {
    target = await realpath(file);
  } catch {
    throw new ConfigError(
      positionAt(file),
      'the config is a symlink whose target does not exist',
      'point --config at the file itself',
    );
  }
  const inside = relative(await realpath(process.cwd()), target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new ConfigError(
      positionAt(file),
      'the config is a symlink to a file outside the working directory; it is not read',
      'point --config at a file in the repository, not a link out of it',
    );
  }
}
