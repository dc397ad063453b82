import { EXIT } from '../../common/index.js';
import { runStandaloneMock } from '../../mock/index.js';
import type { CliIo, CommandOutcome } from '../io.js';

// `fallback-gate mock`: the embedded mock provider, until the user stops it.

export interface MockFlags {
  port: number;
  host: string;
  plan?: string;
  faults?: string;
}

export async function runMock(flags: MockFlags, io: CliIo): Promise<CommandOutcome> {
  const stopSignal = io.stopSignal();
  try {
    await runStandaloneMock({
      port: flags.port,
      host: flags.host,
      ...(flags.plan !== undefined ? { planFile: flags.plan } : {}),
      ...(flags.faults !== undefined ? { faults: flags.faults } : {}),
      out: (line) => io.stdout.write(`${line}\n`),
      err: (line) => io.stderr.write(`${line}\n`),
      stopSignal,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      io.stderr.write(
        `fallback-gate: cannot listen on ${flags.host}:${flags.port} (${code}); choose another --port or --host\n`,
      );
      return { exitStatus: EXIT.usage };
    }
    throw error;
  }
  return { exitStatus: EXIT.passed };
}
