import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../helpers/spawn.js';
import { spawn } from 'node:child_process';

// The CLI on a Node.js that is too old says which one it needs and how to get it, at once,
// instead of crashing inside a library. The machines this project runs on carry the system's
// Node 20 beside the project's own Node 24; that older Node runs the launcher here.

const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
  if (!existsSync(path)) return false;
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return Number(/^v(\d+)/.exec(version)?.[1]) < 24;
});

function runWith(node: string, args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the launcher did not exit within 10 s'));
    }, 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the CLI launcher', () => {
  it.skipIf(OLD_NODE === undefined)(
    'on Node older than 24 names the Node it needs and npm exec, with exit 2 and no stack',
    async () => {
      const result = await runWith(OLD_NODE!, ['dist/cli.js', 'check', '--config', 'x.yaml']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^fallback-gate needs Node\.js 24 or later; this is Node\.js 2\d\./,
      );
      expect(result.stderr).toContain('npm exec fallback-gate -- check --config FILE');
      expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    },
  );

  it('on Node 24 loads the bundle', async () => {
    const result = await runProcess(['dist/cli.js', '--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
