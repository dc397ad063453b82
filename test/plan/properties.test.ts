import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError, positionAt } from '../../src/common/config-error.js';
import { planFromText } from '../../src/plan/load.js';
import type { Chain, ConfigFormat, RetryPolicy, Target } from '../../src/routing/types.js';
import { attemptSequence, worstCaseChainAttempts } from '../../src/retry/worst-case.js';

// Properties: no input makes the plan stage fail with anything but a ConfigError, and the
// worst-case attempt count equals an exhaustive run of the retry loops.

const FORMATS: (ConfigFormat | undefined)[] = [undefined, 'native', 'litellm', 'portkey'];

function onlyConfigErrors(text: string, format: ConfigFormat | undefined): void {
  try {
    planFromText('fuzz.yaml', text, format ? { format, env: {} } : { env: {} });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.at.line).toBeGreaterThanOrEqual(1);
    expect(error.at.column).toBeGreaterThanOrEqual(1);
  }
}

// Keys every format knows, so random documents often get deep into validation.
const VOCABULARY = [
  'routes',
  'name',
  'endpoint_family',
  'base_url',
  'model',
  'api_key_env',
  'timeout_ms',
  'retry',
  'max_attempts',
  'jitter',
  'retry_on',
  'layers',
  'chains',
  'primary',
  'fallbacks',
  'budget',
  'scenarios',
  'faults',
  'model_list',
  'model_name',
  'litellm_params',
  'api_base',
  'api_key',
  'router_settings',
  'litellm_settings',
  'num_retries',
  'retry_policy',
  'timeout',
  'strategy',
  'mode',
  'targets',
  'provider',
  'attempts',
  'on_status_codes',
  'custom_host',
  'override_params',
  'request_timeout',
  'fallback',
  'loadbalance',
  'chat_completions',
  'https://h.test/v1',
];
const word = fc.constantFrom(...VOCABULARY);
const scalar = fc.oneof(
  word,
  fc.string(),
  fc.integer({ min: -5, max: 700 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { doc } = fc.letrec((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('doc'), { maxLength: 4 }),
    fc.dictionary(word, tie('doc'), { maxKeys: 5 }),
  ),
}));

describe('parsing never fails with anything but a ConfigError', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...FORMATS), onlyConfigErrors),
      { numRuns: 400 },
    );
  });

  it('on random YAML-ish documents built from config keys', () => {
    fc.assert(
      fc.property(doc, fc.boolean(), fc.constantFrom(...FORMATS), (value, asJson, format) => {
        const text = asJson ? (JSON.stringify(value) ?? 'null') : stringify(value);
        onlyConfigErrors(text, format);
      }),
      { numRuns: 600 },
    );
  });

  it('on random bytes decoded as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(...FORMATS), (bytes, format) =>
        onlyConfigErrors(Buffer.from(bytes).toString('utf8'), format),
      ),
      { numRuns: 300 },
    );
  });
});

const AT = positionAt('prop.yaml');

function policy(maxAttempts: number): RetryPolicy {
  return {
    maxAttempts,
    initialBackoffMs: 1,
    maxBackoffMs: 4,
    multiplier: 2,
    jitter: 'full',
    retryOnStatuses: [503],
    retryOnNetworkErrors: true,
    honourRetryAfter: true,
    maxElapsedMs: null,
    at: AT,
  };
}

const retry = fc.option(fc.integer({ min: 1, max: 3 }).map(policy), { nil: null });
const { target } = fc.letrec((tie) => ({
  target: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.record({
      kind: fc.constant('route' as const),
      route: fc.constantFrom('a', 'b', 'c', 'd'),
      retry,
      at: fc.constant(AT),
    }),
    fc.record({
      kind: fc.constantFrom('fallback' as const, 'loadbalance' as const),
      targets: fc.array(tie('target'), { minLength: 1, maxLength: 3 }),
      retry,
      at: fc.constant(AT),
    }),
  ),
})) as { target: fc.Arbitrary<Target> };

const chain = fc.record({
  name: fc.constant('c'),
  layers: fc.array(
    fc.integer({ min: 1, max: 3 }).map((n) => ({ name: `l${n}`, retry: policy(n), at: AT })),
    { maxLength: 2 },
  ),
  target,
  at: fc.constant(AT),
}) as fc.Arbitrary<Chain>;

/**
 * Runs the chain's retry loops against an upstream that always fails, counting calls. Each
 * load-balancer pick reads the next choice from a tape; every possible tape is tried (like an
 * odometer), and the largest count wins.
 */
function bruteForceWorstCase(c: Chain): number {
  let worst = 0;
  const tape: number[] = [];
  const widths: number[] = [];
  for (let runs = 0; runs < 200_000; runs++) {
    let calls = 0;
    let cursor = 0;
    const pick = (width: number): number => {
      if (cursor === tape.length) {
        tape.push(0);
        widths.push(width);
      }
      return tape[cursor++] ?? 0;
    };
    const execute = (t: Target): void => {
      const tries = t.retry?.maxAttempts ?? 1;
      for (let i = 0; i < tries; i++) {
        if (t.kind === 'route') calls++;
        else if (t.kind === 'fallback') for (const child of t.targets) execute(child);
        else {
          const child = t.targets[pick(t.targets.length)];
          if (child) execute(child);
        }
      }
    };
    const layers = (depth: number): void => {
      const layer = c.layers[depth];
      if (!layer) return execute(c.target);
      for (let i = 0; i < layer.retry.maxAttempts; i++) layers(depth + 1);
    };
    layers(0);
    worst = Math.max(worst, calls);
    // Next tape: advance the last choice that has room, drop the choices after it.
    tape.length = cursor;
    widths.length = cursor;
    let k = tape.length - 1;
    while (k >= 0 && (tape[k] ?? 0) + 1 >= (widths[k] ?? 1)) k--;
    if (k < 0) return worst;
    tape[k] = (tape[k] ?? 0) + 1;
    tape.length = k + 1;
    widths.length = k + 1;
  }
  throw new Error('enumeration did not finish');
}

/** How many distinct pick tapes a chain has (an upper bound), to keep enumeration small. */
function choiceSpace(t: Target): number {
  const inner =
    t.kind === 'route'
      ? 1
      : t.kind === 'fallback'
        ? t.targets.reduce((n, child) => n * choiceSpace(child), 1)
        : t.targets.reduce((n, child) => n + choiceSpace(child), 0);
  return inner ** (t.retry?.maxAttempts ?? 1);
}

describe('worst-case attempts', () => {
  it('equals an exhaustive run of the retry loops', () => {
    fc.assert(
      fc.property(chain, (c) => {
        const layerRuns = c.layers.reduce((n, l) => n * l.retry.maxAttempts, 1);
        fc.pre(choiceSpace(c.target) ** layerRuns <= 20_000);
        const worst = worstCaseChainAttempts(c);
        expect(worst).toBe(bruteForceWorstCase(c));
        expect(attemptSequence(c)).toHaveLength(Math.min(worst, 1000));
      }),
      { numRuns: 300 },
    );
  });
});
