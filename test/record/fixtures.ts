import { createRedactor, type Redactor } from '../../src/record/redact.js';
import { judge } from '../../src/judge/judge.js';
import type { FailPolicy, Judgement } from '../../src/judge/types.js';
import { planFromText } from '../../src/plan/load.js';
import type { PlanAnalysis, RoutingPlan } from '../../src/routing/types.js';
import type {
  AttemptRecord,
  CallerOutcome,
  HappyPathObservation,
  Observations,
  ScenarioObservation,
} from '../../src/observations/types.js';
import { buildLedger } from '../../src/record/build-ledger.js';
import type { LedgerEntry } from '../../src/record/ledger-schema.js';
import type { StormResult } from '../../src/observations/types.js';
import type { RunContext } from '../../src/record/run-context.js';

// Plain data for judge and record tests: a two-route plan, observations built by hand, a fixed
// clock and fixed ids, so every rendering is reproducible.

export const FIXED_NOW = new Date('2026-03-04T05:06:07.000Z');
export const FIXED_ID = '01JQ0000000000000000000000';

export function twoRoutePlan(extra = ''): RoutingPlan {
  return planFromText(
    'routing.yaml',
    `routes:
  - { name: primary, endpoint_family: chat_completions, base_url: "https://a.example/v1", model: m, api_key_env: A_KEY }
  - { name: backup, endpoint_family: chat_completions, base_url: "https://b.example/v1", model: m, api_key_env: B_KEY }
retry: { max_attempts: 2, initial_backoff_ms: 10, max_backoff_ms: 40, jitter: full }
budget: { max_attempts_per_request: 4 }
${extra}`,
  );
}

export function happy(
  route: string,
  statusClass: HappyPathObservation['statusClass'],
  overrides: Partial<HappyPathObservation> = {},
): HappyPathObservation {
  const status = { '2xx_usable': 200, '2xx_unusable': 200, retryable: 503, terminal: 401 }[
    statusClass
  ];
  return {
    route,
    family: 'chat_completions',
    upstream: 'mock',
    environmentMismatch: 'credential variable A_KEY is not set; checked against the embedded mock',
    requestId: `req_${route}_1`,
    requestIdSource: 'provider',
    startedAt: '2026-03-04T05:06:07.100Z',
    durationMs: 12,
    httpStatus: status,
    statusClass,
    reason: statusClass === '2xx_usable' ? 'usable chat.completion' : `HTTP ${status}`,
    output: statusClass === '2xx_usable' ? { sha256: 'a'.repeat(64), length: 2 } : null,
    ...overrides,
  };
}

export function attempt(
  seq: number,
  route: string,
  atMs: number,
  status: number | null,
  overrides: Partial<AttemptRecord> = {},
): AttemptRecord {
  return {
    sample: 0,
    seq,
    route,
    atMs,
    durationMs: 3,
    method: 'POST',
    path: '/v1/chat/completions',
    fault: status === 200 ? 'ok' : status === null ? 'reset' : 'status',
    status,
    retryAfterMs: status === 429 ? 50 : null,
    retryHeaders: seq > 1 ? { 'x-stainless-retry-count': String(seq - 1) } : {},
    requestId: `req_attempt_${seq}`,
    ...overrides,
  };
}

export function scenario(
  name: string,
  attempts: AttemptRecord[],
  outcome: CallerOutcome,
  overrides: Partial<ScenarioObservation> = {},
): ScenarioObservation {
  return {
    scenario: name,
    chain: 'default',
    driver: 'reference',
    expectation: 'the caller ends usable after bounded retries',
    samples: [{ sample: 0, attempts, outcome, elapsedMs: 80 }],
    wallMs: 90,
    longestMandatedWaitMs: 50,
    evidenceGaps: [],
    ...overrides,
  };
}

/** A throttled primary that recovers on its second attempt. */
export function throttleThenRecover(): ScenarioObservation {
  return {
    ...scenario(
      'throttle-then-recover',
      [attempt(1, 'primary', 0, 429), attempt(2, 'primary', 60, 200)],
      { kind: 'usable', route: 'primary' },
    ),
    // The 429 announces its wait, so the declared policy has no backoff of its own to show here.
    declaredBackoffWaits: 0,
  };
}

export function observations(
  happyPath: HappyPathObservation[],
  errorPath: ScenarioObservation[] = [],
): Observations {
  return { happyPath, errorPath, storm: [] };
}

export const NO_ANALYSIS: PlanAnalysis = { findings: [], change: null };

export function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    gateVersion: '0.1.0',
    nodeVersion: 'v24.0.0',
    runnerOs: 'linux-x64',
    driver: 'reference',
    operatorInitials: 'FG',
    followUpOwner: 'platform-oncall',
    evidenceLinks: ['https://github.com/acme/app/actions/runs/1'],
    now: FIXED_NOW,
    run: {
      repository: 'acme/app',
      commit: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/pull/7/merge',
      event: 'pull_request',
      runUrl: 'https://github.com/acme/app/actions/runs/1',
    },
    ...overrides,
  };
}

export interface Built {
  plan: RoutingPlan;
  judgement: Judgement;
  entry: LedgerEntry;
}

/** Runs judge and record on hand-made observations, as the pipeline does. */
export function buildEntry(
  obs: Observations,
  options: {
    plan?: RoutingPlan;
    analysis?: PlanAnalysis;
    ctx?: RunContext;
    redactor?: Redactor;
    failOn?: FailPolicy;
  } = {},
): Built {
  const plan = options.plan ?? twoRoutePlan();
  const ctx = options.ctx ?? context();
  const analysis = options.analysis ?? NO_ANALYSIS;
  const judgement = judge({
    plan,
    analysis,
    observations: obs,
    evidence: {
      operatorInitials: ctx.operatorInitials,
      followUpOwner: ctx.followUpOwner,
      evidenceLinks: ctx.evidenceLinks,
      required: ctx.requiredEvidence ??
        plan.owners.required ?? ['operator_initials', 'follow_up_owner'],
    },
    ...(options.failOn ? { failOn: options.failOn } : {}),
  });
  const entry = buildLedger({
    plan,
    analysis,
    observations: obs,
    judgement,
    context: ctx,
    redactor: options.redactor ?? createRedactor([]),
    makeId: () => FIXED_ID,
  });
  return { plan, judgement, entry };
}

export const storm: StormResult = {
  chain: 'default',
  seed: 7,
  callers: 1000,
  outage: { shape: 'hard_down', durationMs: 10_000 },
  amplification: 2.5,
  peakAttemptsPerSecond: 240,
  baselinePeakAttemptsPerSecond: 100,
  drainMs: 1800,
  shares: { usable: 0.9, controlledFailure: 0.1, overBudget: 0 },
  series: Array.from({ length: 12 }, (_, t) => ({
    tSeconds: t,
    policy: t < 10 ? 240 : 20,
    baseline: 100,
  })),
};

/** A failing run with every section present: timelines, storm, findings, change, a missing owner. */
export function richEntry(): LedgerEntry {
  const exhausted = scenario(
    'unavailable-exhausts',
    [
      attempt(1, 'primary', 0, 503),
      attempt(2, 'primary', 25, 503),
      attempt(3, 'backup', 70, null, { fault: 'reset', durationMs: null }),
    ],
    { kind: 'controlled_failure', reason: 'HTTP 503 then reset' },
  );
  return buildEntry(
    {
      happyPath: [happy('primary', '2xx_usable'), happy('backup', '2xx_usable')],
      errorPath: [throttleThenRecover(), exhausted],
      storm: [storm],
    },
    {
      ctx: context({ followUpOwner: null }),
      analysis: {
        findings: [
          {
            id: 'no_jitter',
            severity: 'warning',
            message: 'layer sdk retries without jitter',
            fix: 'set jitter: full',
            at: { file: 'routing.yaml', line: 9, column: 3 },
          },
        ],
        change: {
          baseDigest: 'sha256:' + 'b'.repeat(64),
          headDigest: 'sha256:' + 'c'.repeat(64),
          routesAdded: ['backup'],
          routesRemoved: [],
          hostsAdded: ['b.example'],
          hostsRemoved: [],
          modelsChanged: [],
          retryPoliciesChanged: [],
          budgetChanged: false,
          touches: ['routing', 'hosts'],
          mixedScope: false,
        },
      },
    },
  ).entry;
}
