import { takeBackWithheldEnv } from '../probe/index.js';
import { run } from './main.js';
import { runnerDeps } from './runner.js';

// The GitHub Action's entry (action.yml runs its bundle, dist/index.js). Everything else is in
// run(), which a test can call in-process with its own dependencies.

// In an image re-executed without credentials in its environ, take them back first.
takeBackWithheldEnv();
process.exitCode = await run(runnerDeps(process.env));
// A sink that overran its deadline may still hold a socket open; the verdict is final, so end here.
process.exit(process.exitCode);
