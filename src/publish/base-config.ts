import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { MAX_CONFIG_BYTES, readBoundedFile } from '../common/index.js';

// The config as it was on the base commit, read with git from the checkout the workflow made.

export type BaseConfig =
  | { kind: 'found'; path: string; sameAsHead: boolean }
  | { kind: 'absent'; reason: string }
  | { kind: 'unavailable'; message: string };

const GIT_TIMEOUT_MS = 15_000;

function git(args: string[], cwd: string): Promise<{ ok: boolean; stdout: Buffer }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, timeout: GIT_TIMEOUT_MS, encoding: 'buffer', maxBuffer: MAX_CONFIG_BYTES + 1 },
      (error, stdout) => resolve({ ok: !error, stdout }),
    );
  });
}

/**
 * Writes the base version of `configPath` to a temporary file. A commit missing from the checkout
 * (the default shallow clone) is explained with the two ways to fix it.
 */
export async function readBaseConfig(
  configPath: string,
  baseSha: string,
  options: { cwd: string; tempDir?: string },
): Promise<BaseConfig> {
  const commit = await git(['cat-file', '-e', `${baseSha}^{commit}`], options.cwd);
  if (!commit.ok) {
    return {
      kind: 'unavailable',
      message:
        `the base commit ${baseSha.slice(0, 12)} is not in this checkout (a shallow clone), so the ` +
        `config cannot be compared with its base version. Fix: give actions/checkout ` +
        `"fetch-depth: 0", or run "git fetch --depth=1 origin ${baseSha}" before this step, ` +
        `or pass the base version with the base-config input.`,
    };
  }
  const absolute = resolve(options.cwd, configPath);
  // "./" makes git read the path relative to the working directory, not the repository root.
  const shown = await git(['show', `${baseSha}:./${relative(options.cwd, absolute)}`], options.cwd);
  if (!shown.ok) {
    return { kind: 'absent', reason: `${configPath} does not exist on the base commit` };
  }
  const folder = await mkdtemp(join(options.tempDir ?? tmpdir(), 'fallback-gate-base-'));
  const path = join(folder, basename(configPath));
  await writeFile(path, shown.stdout);
  const head = await readBoundedFile(absolute, MAX_CONFIG_BYTES).catch(() => null);
  return { kind: 'found', path, sameAsHead: head !== null && head.equals(shown.stdout) };
}

/** The commit checked out in `cwd`, or null outside a git checkout. */
export async function checkedOutCommit(cwd: string): Promise<string | null> {
  const head = await git(['rev-parse', 'HEAD'], cwd);
  return head.ok ? head.stdout.toString('utf8').trim() : null;
}
