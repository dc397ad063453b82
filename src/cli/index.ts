#!/usr/bin/env node
import { takeBackWithheldEnv, withholdCredentialsFromCommands } from '../probe/index.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

// The command-line entry: the real process in, its exit code out. Everything else is main().

// A reader that stops early (`fallback-gate … | head`) closes the pipe. The rest of the output is
// not wanted, which is not the gate's error: the command runs to its end (a check still writes its
// ledger) and exits with its own status, without a stack trace about the pipe.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

// In an image re-executed without credentials in its environ, they come back first.
takeBackWithheldEnv();

const realIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  runtime: { nodeVersion: process.version, runnerOs: `${process.platform}-${process.arch}` },
  stopSignal: () =>
    new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    }),
  withholdCredentials: withholdCredentialsFromCommands,
};

process.exitCode = await main(process.argv.slice(2), realIo);
