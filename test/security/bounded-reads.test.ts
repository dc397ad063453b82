import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedFile } from '../../src/common/bounded-read.js';
import { ConfigError } from '../../src/common/config-error.js';
import { readConfigText } from '../../src/common/read-file.js';
import { readEventFacts } from '../../src/action/event-facts.js';
import { writeAtomically } from '../../src/common/write-atomically.js';
import { showLedgerFile, verifyLedgerFile } from '../../src/cli/commands/ledger-files.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// Every input file is refused unless it is a regular file, and read with a cap decided before
// the first byte: /dev/zero never grows memory, a FIFO never blocks, a symlink cannot smuggle
// either in. Each case must finish well inside the test's own timeout.

const tmp = useTmpDir();

function specials(dir: string): Record<string, string> {
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const link = join(dir, 'zero-link.yaml');
  symlinkSync('/dev/zero', link);
  return { '/dev/zero': '/dev/zero', 'a FIFO': fifo, 'a symlink to /dev/zero': link };
}

describe('bounded reads', () => {
  it('refuse /dev/zero, a FIFO and a symlink to /dev/zero as a config, fast', async () => {
    for (const [what, path] of Object.entries(specials(tmp()))) {
      const started = performance.now();
      const error = await readConfigText(path).catch((e: unknown) => e);
      expect(error, what).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message, what).toMatch(
        /not a regular file|symlink to a file outside the working directory/,
      );
      await expect(readBoundedFile(path, 1024), what).rejects.toMatchObject({
        problem: 'not_regular',
      });
      expect(performance.now() - started, what).toBeLessThan(2_000);
    }
  });

  it('stop reading a file that is larger than its reported size allows (cap before the read)', async () => {
    const dir = tmp();
    const big = writeFile(dir, 'big.yaml', Buffer.alloc(2 * 1024 * 1024, 0x61));
    await expect(readBoundedFile(big, 1024)).rejects.toMatchObject({ problem: 'too_large' });
    const ok = writeFile(dir, 'ok.yaml', 'a: 1\n');
    expect((await readBoundedFile(ok, 1024)).toString()).toBe('a: 1\n');
  });

  it('ledger verify and show refuse /dev/zero and a FIFO with exit 2', async () => {
    for (const [what, path] of Object.entries(specials(tmp()))) {
      for (const command of [
        () => verifyLedgerFile(path, {}),
        () => showLedgerFile(path, {}, { colour: false }),
      ]) {
        const result = await command();
        expect(result.code, what).toBe(2);
        expect(result.stderr, what).toMatch(/not a regular file/);
      }
    }
  });

  it('an event file that is a FIFO does not block: the payload is treated as empty', async () => {
    const { 'a FIFO': fifo } = specials(tmp());
    const facts = await readEventFacts({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: fifo,
    });
    expect(facts.compare).toBeNull();
  });

  it('a config symlinked to a file outside the working directory is not read, so no error can quote it', async () => {
    const dir = tmp();
    const secret = writeFile(dir, 'credentials', 'PLANTED_SECRET_NAME_93: x\n');
    const link = join(dir, 'routing.yaml');
    symlinkSync(secret, link);
    const error = await readConfigText(link).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(
      /symlink to a file outside the working directory/,
    );
    expect(JSON.stringify(error)).not.toContain('PLANTED_SECRET_NAME_93');
  });

  it('a config symlinked inside the working directory is read', async () => {
    const dir = join(process.cwd(), 'node_modules', '.cache', `fg-link-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const link = join(dir, 'basic.yaml');
    if (!existsSync(link)) symlinkSync(join(process.cwd(), 'examples/basic.yaml'), link);
    try {
      const { text } = await readConfigText(relative(process.cwd(), link));
      expect(text).toContain('routes:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writing the ledger', () => {
  it('does not follow a symlink planted at the old predictable temporary name', async () => {
    const dir = tmp();
    const victim = writeFile(dir, 'victim.txt', 'untouched');
    const target = join(dir, 'ledger.json');
    symlinkSync(victim, `${target}.${process.pid}.tmp`);
    await writeAtomically(target, '{"ok":true}');
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}');
  });
});

describe('the output directory', () => {
  it('is checked before any probing: an unwritable one is a usage error and no request is sent', async () => {
    const { runGate } = await import('../../src/run.js');
    const { startMockProvider } = await import('../../src/mock/server.js');
    const { context } = await import('../record/fixtures.js');
    const provider = await startMockProvider();
    try {
      const dir = tmp();
      const blocker = writeFile(dir, 'a-file', 'not a directory');
      const config = writeFile(
        dir,
        'routing.yaml',
        `routes:\n  - { name: primary, endpoint_family: chat_completions, base_url: "${provider.url}", model: m, timeout_ms: 2000 }\n`,
      );
      const error = await runGate({
        configPath: config,
        outDir: join(blocker, 'out'),
        upstream: 'auto',
        env: {},
        context: context({ run: null, evidenceLinks: [] }),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(/output directory cannot be written/);
      expect(provider.requestCount).toBe(0);
    } finally {
      await provider.close();
    }
  });
});
