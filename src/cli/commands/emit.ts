import { consoleLines } from '../../record/index.js';
import type { CliIo, CommandOutcome, CommandResult } from '../io.js';

/** Prints a file command's result through io; its code becomes the exit status. */
export function emit(io: CliIo, result: CommandResult): CommandOutcome {
  // `show` renders through consoleSafe already (stdout may carry its colours); reasons quoting
  // names and paths are made safe here.
  io.stdout.write(result.stdout);
  io.stderr.write(consoleLines(result.stderr));
  return { exitStatus: result.code };
}
