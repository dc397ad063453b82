import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { ConfigError, parseYamlSource, positionAt } from '../../common/index.js';
import type { ConfigFormat, RoutingPlan } from '../../routing/index.js';
import type { GatewayKind, GatewaySpec } from './gateway-spec.js';
import { withoutCredentials } from './command.js';

// Before any scenario runs: the gateway fits the config and is installed, its version is read
// once, the config is read back (and must not have changed since it was planned), and the
// gateway's environment is made safe. A mismatch is the user's to fix: a ConfigError (exit 2).

/** How long a gateway may take to answer its first request, by kind. */
export const DEFAULT_START_TIMEOUT_MS: Record<GatewayKind, number> = {
  portkey: 20_000,
  // A Python proxy imports a lot before it listens; on a busy two-core runner that takes a while.
  litellm: 90_000,
  command: 60_000,
};
/**
 * Gateways alive at the same time, by kind, so a two-core runner is not swamped by start-ups: a
 * Portkey process is a light Node server (one per standard scenario at once), a Python proxy is
 * not. A scenario waiting for a slot counts that wait in its wall time, never in a caller's.
 */
export const GATEWAY_CONCURRENCY: Record<GatewayKind, number> = {
  portkey: 8,
  litellm: 2,
  command: 3,
};
const VERSION_TIMEOUT_MS = 30_000;
export interface PreparedGateway {
  spec: GatewaySpec;
  format: ConfigFormat;
  /** The user's config as parsed from the file the plan was read from. */
  config: unknown;
  version: string | null;
  /** Portkey: the gateway's start script, resolved from the working directory's install. */
  portkeyScript?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  startTimeoutMs: number;
  slots: Semaphore;
}

/**
 * Checks once per run that the gateway fits the config and is installed, and reads its version.
 * A mismatch is the user's to fix: a ConfigError (exit 2) with what to do.
 */
export async function prepareGateway(
  plan: RoutingPlan,
  spec: GatewaySpec,
  options: { cwd: string; env: NodeJS.ProcessEnv; startTimeoutMs?: number },
): Promise<PreparedGateway> {
  const at = positionAt(plan.file);
  if (spec.kind === 'portkey' && plan.format !== 'portkey') {
    throw new ConfigError(
      at,
      `--gateway portkey runs Portkey gateway configs; this file is read as ${plan.format}`,
      plan.format === 'litellm' ? 'use --gateway litellm' : 'use --driver reference or command',
    );
  }
  if (spec.kind === 'litellm' && plan.format !== 'litellm') {
    throw new ConfigError(
      at,
      `--gateway litellm runs LiteLLM proxy configs; this file is read as ${plan.format}`,
      plan.format === 'portkey' ? 'use --gateway portkey' : 'use --driver reference or command',
    );
  }
  const bytes = await readFile(plan.file);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (digest !== plan.digest) {
    throw new ConfigError(at, 'the config changed while the gate ran', 'run the gate again');
  }
  const config = parseYamlSource(plan.file, bytes.toString('utf8')).value;
  const env = gatewayEnvironment(options.env);
  const prepared: PreparedGateway = {
    spec,
    format: plan.format,
    config,
    version: null,
    cwd: options.cwd,
    env,
    startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS[spec.kind],
    slots: new Semaphore(GATEWAY_CONCURRENCY[spec.kind]),
  };
  if (spec.kind === 'portkey') {
    const found = resolvePortkey(options.cwd);
    if (!found) {
      throw new ConfigError(
        at,
        'the Portkey gateway (@portkey-ai/gateway) is not installed where the gate runs',
        'install the version you deploy next to the config, e.g. `npm install --no-save @portkey-ai/gateway@1.15.2`, then run the gate from that directory',
      );
    }
    prepared.portkeyScript = found.script;
    prepared.version = found.version;
  } else if (spec.kind === 'litellm') {
    prepared.version = await litellmVersion(env, options.cwd);
    if (prepared.version === null) {
      throw new ConfigError(
        at,
        'the litellm command was not found on PATH (or did not report a version)',
        "add a workflow step `pip install 'litellm[proxy]'` (pin the version you deploy) before the gate",
      );
    }
  }
  return prepared;
}

/**
 * The gateway's environment: credentials as placeholders (as for the command driver), and no
 * outbound proxy, so its calls to the loopback fault proxies cannot be sent anywhere else.
 */
export function gatewayEnvironment(baseEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = withoutCredentials(baseEnv);
  for (const name of Object.keys(env)) {
    if (/^(https?|all)_proxy$/i.test(name)) delete env[name];
  }
  env.NO_PROXY = env.no_proxy = '127.0.0.1,localhost';
  return env;
}

function resolvePortkey(cwd: string): { script: string; version: string | null } | null {
  try {
    const require = createRequire(join(cwd, 'package.json'));
    const manifestPath = require.resolve('@portkey-ai/gateway/package.json');
    const manifest = require(manifestPath) as { version?: unknown; bin?: unknown };
    const bin =
      typeof manifest.bin === 'string'
        ? manifest.bin
        : typeof (manifest.bin as Record<string, unknown> | undefined)?.gateway === 'string'
          ? ((manifest.bin as Record<string, string>).gateway as string)
          : 'build/start-server.js';
    return {
      script: join(dirname(manifestPath), bin),
      version: typeof manifest.version === 'string' ? manifest.version : null,
    };
  } catch {
    return null;
  }
}

function litellmVersion(env: NodeJS.ProcessEnv, cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'litellm',
      ['--version'],
      { env, cwd, timeout: VERSION_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 },
      (error, stdout, stderr) => {
        const text = `${stdout}\n${stderr}`;
        const version = /(\d+\.\d+\.\d+[\w.-]*)/.exec(text)?.[1] ?? null;
        resolve(error && version === null ? null : version);
      },
    );
  });
}

/** A counting semaphore: at most `size` holders at once. */
export class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}
