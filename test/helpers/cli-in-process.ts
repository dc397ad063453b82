import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { cleanEnv } from './spawn.js';

// The command line called in-process: main(argv, io) from the sources, with buffers for stdout
// and stderr. The same shape as a spawned run, so a test reads the same code, stdout and stderr.
// Paths are relative to the working directory of the test runner (the project root).

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The re-exec that withholds credentials from a command or gateway driver replaces the
 * process: inside the test runner it would replace the runner. Tests of --driver command and
 * --driver gateway runs spawn dist/cli.js instead.
 */
function refuseReexec(): Promise<never> {
  return Promise.reject(
    new Error(
      'the credential-withholding re-exec needs a process of its own: spawn dist/cli.js for --driver command or gateway runs',
    ),
  );
}

export async function runCli(
  argv: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    stop?: Promise<string>;
    /** Replaces a capability of the process, e.g. to make one fail. */
    withholdCredentials?: CliIo['withholdCredentials'];
  } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? cleanEnv(),
    runtime: { nodeVersion: process.version, runnerOs: `${process.platform}-${process.arch}` },
    stopSignal: () => options.stop ?? new Promise<string>(() => {}),
    withholdCredentials: options.withholdCredentials ?? refuseReexec,
  };
  const timeoutMs = options.timeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const overran = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`main overran ${timeoutMs} ms: ${argv.join(' ')}\n${stderr}`)),
      timeoutMs,
    );
  });
  try {
    const code = await Promise.race([main(argv, io), overran]);
    return { code, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}
