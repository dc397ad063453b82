import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatCompletionBody } from '../../src/mock/bodies.js';
import { verifyLedgerText } from '../../src/record/verify.js';
import { runGate, type GateOptions } from '../../src/run.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';
import { context } from './fixtures.js';

// The credential rule, observed on the wire: a pull request that moves a keyed route to a new
// host must not deliver the key there. Each "new host" is a real listener on another loopback
// address that records every Authorization header that reaches it.

const tmp = useTmpDir();
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

interface Listener {
  url: string;
  origin: string;
  /** Authorization headers received, in order ('' when none was sent). */
  auth: string[];
}

/** A provider on `host` that records what arrived and, like some real ones, echoes the bearer. */
async function listener(host: string): Promise<Listener> {
  const auth: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const header = req.headers.authorization ?? '';
      auth.push(header);
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-request-id': header.replace(/^Bearer\s+/i, ''),
      });
      res.end(JSON.stringify(chatCompletionBody('m', 'ok')));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/v1`, origin, auth };
}

const KEY = 'key-Zp4Lq8Wm2Xr6Tn1V';

function nativeConfig(url: string): string {
  return `routes:
  - { name: primary, endpoint_family: chat_completions, base_url: "${url}", model: m, api_key_env: ROUTE_API_KEY, timeout_ms: 2000 }
budget: { max_attempts_per_request: 4 }
owners: { operator_initials: FG, follow_up_owner: oncall }
`;
}

async function gate(
  head: string,
  options: Partial<GateOptions> & { base?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const dir = tmp();
  const { base, ...rest } = options;
  const result = await runGate({
    configPath: writeFile(dir, 'head.yaml', head),
    ...(base !== undefined ? { baseConfigPath: writeFile(dir, 'base.yaml', base) } : {}),
    outDir: join(dir, 'out'),
    upstream: 'auto',
    errorPath: false,
    storm: null,
    context: context({ run: null, evidenceLinks: [] }),
    ...rest,
    env: options.env ?? { ROUTE_API_KEY: KEY },
  });
  return { ...result, json: readFileSync(result.files.jsonPath, 'utf8') };
}

describe('a key goes only where the base config sent it or the trusted hosts say', () => {
  it('sends the key to the origin the base config already used for it', async () => {
    const old = await listener('127.0.0.1');
    const run = await gate(nativeConfig(old.url), { base: nativeConfig(old.url) });
    expect(old.auth).toEqual([`Bearer ${KEY}`]);
    expect(run.entry.routes[0]).toMatchObject({ upstream: 'live' });
  });

  it('the error path never calls a configured host: its upstream is the embedded mock, keyless', async () => {
    const old = await listener('127.0.0.1');
    const run = await gate(nativeConfig(old.url), {
      base: nativeConfig(old.url),
      errorPath: { scenarios: ['throttle-then-recover'], samples: 3 },
    });
    expect(run.entry.chains[0]?.scenarios.length).toBeGreaterThan(0);
    expect(old.auth).toEqual([`Bearer ${KEY}`]); // the happy path's one request, nothing more
  });

  for (const mode of ['auto', 'live'] as const) {
    it(`withholds it from a new loopback host (--upstream ${mode}) and checks the route against the mock`, async () => {
      const old = await listener('127.0.0.1');
      const moved = await listener('127.0.0.2');
      const run = await gate(nativeConfig(moved.url), {
        base: nativeConfig(old.url),
        upstream: mode,
      });
      expect(moved.auth).toEqual([]);
      expect(old.auth).toEqual([]);
      expect(run.entry.routes[0]).toMatchObject({ upstream: 'mock' });
      expect(run.json).toContain(`ROUTE_API_KEY is not sent to ${moved.origin}`);
      expect(run.analysis.findings.map((f) => f.id)).toContain('credential_untrusted_host');
      expect(run.exitCode).toBe(1);
    });
  }

  it('withholds it from the same port on localhost: a different origin', async () => {
    const old = await listener('127.0.0.1');
    const port = new URL(old.url).port;
    const run = await gate(nativeConfig(`http://localhost:${port}/v1`), {
      base: nativeConfig(`http://127.0.0.1:${Number(port) + 1}/v1`),
    });
    expect(old.auth).toEqual([]);
    expect(run.entry.routes[0]).toMatchObject({ upstream: 'mock' });
  });

  it('withholds it when the trusted hosts name another host, and sends it when they name this one', async () => {
    const old = await listener('127.0.0.1');
    const moved = await listener('127.0.0.2');
    const other = await listener('127.0.0.3');
    await gate(nativeConfig(moved.url), {
      base: nativeConfig(old.url),
      trustedHosts: [other.origin],
      failOn: ['budget'],
    });
    expect(moved.auth).toEqual([]);
    await gate(nativeConfig(moved.url), {
      base: nativeConfig(old.url),
      trustedHosts: [moved.origin],
    });
    expect(moved.auth).toEqual([`Bearer ${KEY}`]);
    expect(other.auth).toEqual([]);
  });

  it('withholds a key the base config sent to that host under another variable', async () => {
    const shared = await listener('127.0.0.2');
    const base = nativeConfig(shared.url).replace('ROUTE_API_KEY', 'PUBLIC_DEMO_CRED');
    await gate(nativeConfig(shared.url), { base });
    expect(shared.auth).toEqual([]);
  });

  it('sends no key for an unmerged change whose base cannot be read, and says how to fix it', async () => {
    const moved = await listener('127.0.0.2');
    const run = await gate(nativeConfig(moved.url), {
      baseUnreadable: 'the base commit is not in this shallow checkout',
    });
    expect(moved.auth).toEqual([]);
    expect(run.entry.routes[0]).toMatchObject({ upstream: 'mock' });
    expect(run.json).toContain('its base version could not be read');
    expect(run.json).toContain('fetch-depth: 0');
    const [finding] = run.analysis.findings.filter((f) => f.id === 'credential_base_unreadable');
    expect(finding?.severity).toBe('warning');
    // A trusted host still gets it.
    await gate(nativeConfig(moved.url), {
      baseUnreadable: 'the config file is new in this change',
      trustedHosts: [moved.origin],
    });
    expect(moved.auth).toEqual([`Bearer ${KEY}`]);
  });

  it('LiteLLM: os.environ/ keys and an api_base read from os.environ/ follow the rule', async () => {
    const old = await listener('127.0.0.1');
    const moved = await listener('127.0.0.2');
    const litellm = (apiBaseVar: string) => `model_list:
  - model_name: primary
    litellm_params: { model: openai/m, api_base: os.environ/${apiBaseVar}, api_key: os.environ/ROUTE_API_KEY, timeout: 2 }
`;
    await gate(litellm('HEAD_BASE'), {
      base: litellm('OLD_BASE'),
      env: { ROUTE_API_KEY: KEY, OLD_BASE: old.url, HEAD_BASE: moved.url },
    });
    expect(moved.auth).toEqual([]);
  });

  it("LiteLLM: the provider's default key variable follows the rule", async () => {
    const old = await listener('127.0.0.1');
    const moved = await listener('127.0.0.2');
    const litellm = (url: string) => `model_list:
  - model_name: primary
    litellm_params: { model: openai/m, api_base: "${url}", timeout: 2 }
`;
    await gate(litellm(moved.url), {
      base: litellm(old.url),
      env: { OPENAI_API_KEY: KEY },
    });
    expect(moved.auth).toEqual([]);
    await gate(litellm(old.url), { base: litellm(old.url), env: { OPENAI_API_KEY: KEY } });
    expect(old.auth).toEqual([`Bearer ${KEY}`]);
  });

  it('Portkey: ${VAR} keys and custom_host follow the rule', async () => {
    const old = await listener('127.0.0.1');
    const moved = await listener('127.0.0.2');
    const portkey = (url: string) =>
      JSON.stringify({
        strategy: { mode: 'fallback' },
        targets: [
          {
            provider: 'openai',
            custom_host: url,
            api_key: '${ROUTE_API_KEY}',
            override_params: { model: 'm' },
          },
        ],
      });
    await gate(portkey(moved.url), { base: portkey(old.url) });
    expect(moved.auth).toEqual([]);
    await gate(portkey(old.url), { base: portkey(old.url) });
    expect(old.auth).toEqual([`Bearer ${KEY}`]);
  });
});

describe('a key with surrounding whitespace', () => {
  it('is redacted as sent: an echoed bearer never reaches the ledger, and verify rejects it', async () => {
    const provider = await listener('127.0.0.1');
    const padded = `  ${KEY}\n`;
    const run = await gate(nativeConfig(provider.url), {
      base: nativeConfig(provider.url),
      env: { ROUTE_API_KEY: padded },
    });
    expect(provider.auth).toEqual([`Bearer ${KEY}`]);
    const markdown = readFileSync(run.files.markdownPath, 'utf8');
    expect(run.json).not.toContain(KEY);
    expect(markdown).not.toContain(KEY);
    const forged = run.json.replace('"[REDACTED]"', JSON.stringify(KEY));
    expect(forged).toContain(KEY);
    const { secretsFromEnv } = await import('../../src/record/redact.js');
    const verdict = verifyLedgerText(forged, secretsFromEnv({ ROUTE_API_KEY: padded }));
    expect(verdict.ok).toBe(false);
    expect(JSON.stringify(verdict)).toMatch(/contains a credential or secret-shaped value/);
  });
});
