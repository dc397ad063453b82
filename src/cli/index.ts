#!/usr/bin/env node
import { takeBackWithheldEnv, withholdCredentialsFromCommands } from '../probe/index.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

// The command-line entry: the real process in, its exit code out. Everything else is main().

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
