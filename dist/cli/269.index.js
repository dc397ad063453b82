export const id = 269;
export const ids = [269];
export const modules = {

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readBoundedFile),
/* harmony export */   u: () => (/* binding */ BoundedReadError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3302);



class BoundedReadError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue {
    code = 'bounded_read';
    problem;
    limit;
    constructor(problem, message, limit) {
        super(message);
        this.name = 'BoundedReadError';
        this.problem = problem;
        this.limit = limit;
    }
}
/** Reads at most `limit` bytes of a regular file; throws BoundedReadError otherwise. */
async function readBoundedFile(path, limit) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    }
    catch (error) {
        throw fromErrno(error, limit);
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new BoundedReadError('directory', 'is a directory', limit);
        if (!info.isFile()) {
            throw new BoundedReadError('not_regular', 'is not a regular file (a device, FIFO or socket, possibly behind a symlink)', limit);
        }
        if (info.size > limit) {
            throw new BoundedReadError('too_large', `is ${info.size} bytes; the limit is ${limit}`, limit);
        }
        // Read one byte past what is expected, to notice a file that grows while it is read (and
        // files such as those under /proc that report size 0 but have content).
        const expected = info.size === 0 ? limit : info.size;
        const buffer = Buffer.alloc(expected + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > expected) {
            throw new BoundedReadError('too_large', filled > limit ? `is over the limit of ${limit} bytes` : 'changed while it was read', limit);
        }
        return buffer.subarray(0, filled);
    }
    catch (error) {
        if (error instanceof BoundedReadError)
            throw error;
        throw fromErrno(error, limit);
    }
    finally {
        await handle.close();
    }
}
function fromErrno(error, limit) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
        return new BoundedReadError('not_found', 'no such file', limit);
    }
    if (code === 'EISDIR')
        return new BoundedReadError('directory', 'is a directory', limit);
    if (code === 'EACCES' || code === 'EPERM') {
        return new BoundedReadError('permission', 'permission denied', limit);
    }
    return new BoundedReadError('unreadable', `cannot be read (${code ?? 'unknown error'})`, limit);
}


/***/ }),

/***/ 3313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ NOISE_FLOOR_MS),
/* harmony export */   AW: () => (/* binding */ NEAR_ZERO_SHARE),
/* harmony export */   I8: () => (/* binding */ MIN_JITTER_SAMPLES),
/* harmony export */   Kq: () => (/* binding */ nearZeroWaitsNeeded),
/* harmony export */   nO: () => (/* binding */ jitterSpreadShare)
/* harmony export */ });
/* unused harmony export FALSE_ALARM */
// Jitter and full-jitter backoff can only be judged statistically: the thresholds below keep the
// chance of flagging a caller that really jitters at FALSE_ALARM.
/**
 * Jitter and full-jitter backoff can only be judged statistically. Thresholds are set so that a
 * caller that really follows the declared jitter is flagged with probability at most
 * FALSE_ALARM, and a check only runs when that threshold is above the scheduling noise between
 * concurrent callers on a busy machine (NOISE_FLOOR_MS); otherwise the verdict is "unknown".
 */
const FALSE_ALARM = 1e-4;
const NOISE_FLOOR_MS = 30;
const MIN_JITTER_SAMPLES = 3;
/** A full-jitter wait under this share of its ceiling counts as "near zero". */
const NEAR_ZERO_SHARE = 0.1;
/**
 * How many of n full-jitter waits must be near zero before backoff counts as absent: the
 * smallest k with P(Binomial(n, 0.1) ≥ k) ≤ FALSE_ALARM, or null when n is too small for any k.
 * Counting rather than requiring all n keeps one stalled caller from hiding the pattern.
 */
function nearZeroWaitsNeeded(n) {
    const p = NEAR_ZERO_SHARE;
    let term = Math.pow(1 - p, n); // P(X = 0)
    const terms = [term];
    for (let i = 1; i <= n; i++) {
        term = (term * (n - i + 1) * p) / (i * (1 - p));
        terms.push(term);
    }
    let tail = 0;
    let needed = null;
    for (let k = n; k >= 0; k--) {
        tail += terms[k];
        if (tail > FALSE_ALARM)
            break;
        needed = k;
    }
    return needed;
}
/** Share t of the range within which n uniform draws all fall with probability FALSE_ALARM. */
function jitterSpreadShare(n) {
    // P(range of n uniforms < t) = n·t^(n−1) − (n−1)·t^n, increasing in t: solve by bisection.
    const p = (t) => n * Math.pow(t, n - 1) - (n - 1) * Math.pow(t, n);
    let low = 0;
    let high = 1;
    for (let i = 0; i < 60; i++) {
        const mid = (low + high) / 2;
        if (p(mid) < FALSE_ALARM)
            low = mid;
        else
            high = mid;
    }
    return low;
}


/***/ }),

/***/ 6237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ callerOutcome)
/* harmony export */ });
/* harmony import */ var _scenario_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8531);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1569);


// The caller's outcome: what the calling code got back at the end of each sample.
/**
 * Every sample ends usable or as a controlled failure (as the scenario allows), never hanging or
 * accepting a broken body.
 */
const callerOutcome = {
    id: 'caller_outcome',
    category: 'retry_path',
    on: 'scenario',
    check: (ctx) => checkCallerOutcome(ctx),
};
function checkCallerOutcome(ctx) {
    const allowed = ctx.scenario.allowedOutcomes ?? ['usable', 'controlled_failure'];
    const tally = { usable: 0, controlled_failure: 0, hang: 0, unknown: 0 };
    const problems = [];
    let silent = 0;
    for (const sample of (0,_scenario_context_js__WEBPACK_IMPORTED_MODULE_0__/* .samplesOf */ .lc)(ctx)) {
        const outcome = sample.outcome;
        // An outcome without a single request is no evidence of how the caller handles faults.
        if (sample.attempts.length === 0 && outcome.kind !== 'hang' && outcome.kind !== 'unknown') {
            silent += 1;
            tally.unknown += 1;
            continue;
        }
        tally[outcome.kind] += 1;
        if (outcome.kind === 'hang')
            problems.push(`sample ${sample.sample} hung (stopped after ${outcome.afterMs} ms)`);
        if (outcome.kind === 'usable' && !sample.attempts.some((a) => (0,_scenario_context_js__WEBPACK_IMPORTED_MODULE_0__/* .classOf */ .Kl)(a) === '2xx_usable')) {
            problems.push(`sample ${sample.sample} reported a usable answer, but no usable answer was served: it accepted an unusable body`);
        }
        if ((outcome.kind === 'usable' || outcome.kind === 'controlled_failure') &&
            !allowed.includes(outcome.kind)) {
            problems.push(`sample ${sample.sample} ended ${outcome.kind.replace('_', ' ')}; expected ${allowed.join(' or ').replace('_', ' ')}`);
        }
    }
    const figures = { ...tally, samples: (0,_scenario_context_js__WEBPACK_IMPORTED_MODULE_0__/* .samplesOf */ .lc)(ctx).length };
    if (problems.length > 0)
        return (0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .claim */ .B7)('fail', figures, problems[0]);
    if (tally.unknown > 0) {
        const why = (0,_scenario_context_js__WEBPACK_IMPORTED_MODULE_0__/* .samplesOf */ .lc)(ctx).find((s) => s.outcome.kind === 'unknown')?.outcome ?? null;
        return (0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .claim */ .B7)('unknown', figures, silent > 0
            ? `${silent} sample(s) made no request at all: the command may not have started`
            : `${tally.unknown} sample(s) ended in a way that could not be observed${why?.kind === 'unknown' ? `: ${why.reason}` : ''}`);
    }
    return (0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .claim */ .B7)('pass', figures, `${tally.usable} usable, ${tally.controlled_failure} controlled failure, no hang`);
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ claim),
/* harmony export */   Vj: () => (/* binding */ verdictOf)
/* harmony export */ });
/* unused harmony exports VERDICT_CATEGORIES, FAILS_UNDER */
const VERDICT_CATEGORIES = (/* unused pure expression or super */ null && (['budget', 'retry_path', 'contract']));
/** The fail-on category under which a failure of each kind of claim can fail the job. */
const FAILS_UNDER = {
    budget: 'budget',
    retry_path: 'escalate',
    contract: 'escalate',
};
function claim(status, figures, reason) {
    return { status, figures, reason };
}
/** A rule's claim as the verdict it makes about one subject. */
function verdictOf(id, subject, found) {
    return { id, subject, status: found.status, figures: found.figures, reason: found.reason };
}


/***/ }),

/***/ 8531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zt: () => (/* binding */ ABANDON_TOLERANCE_MS),
  r3: () => (/* binding */ WAIT_TOLERANCE_MS),
  Kl: () => (/* binding */ classOf),
  GV: () => (/* binding */ conforms),
  tQ: () => (/* binding */ counts),
  pJ: () => (/* binding */ endOf),
  $z: () => (/* binding */ groupBy),
  EV: () => (/* binding */ replaySample),
  LI: () => (/* binding */ round),
  wr: () => (/* binding */ routePolicies),
  lc: () => (/* binding */ samplesOf),
  U7: () => (/* binding */ waitSlack)
});

// UNUSED EXPORTS: REPLAY_SLACK_MS, outcomeOf

// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
// EXTERNAL MODULE: ./lib/retry/policy-run.js
var policy_run = __webpack_require__(8218);
;// CONCATENATED MODULE: ./lib/retry/replay.js

function replayPolicy(chain, routes, observed, options = {}) {
    const slack = options.slackMs ?? 0;
    const shifts = slack > 0 ? [0, -slack / 2, slack / 2, -slack, slack] : [0];
    // The request's clock may start when the caller starts (0) or at its first attempt; moments
    // may be off by the timer slack either way. Every reading that fits is kept.
    const starts = [observed[0]?.startMs ?? 0, 0];
    let best = null;
    const fitting = [];
    for (const start of starts) {
        for (const shift of shifts) {
            const replay = replayOnce(chain, routes, observed, start, shift, options.cutOff ?? false);
            if (replay.conforms)
                fitting.push(replay);
            else if (!best || replay.matched > best.matched)
                best = replay;
        }
    }
    const [first] = fitting;
    if (!first)
        return best;
    return {
        ...first,
        waits: first.waits.map((w) => ({
            ...w,
            readings: fitting.flatMap((r) => r.waits
                .filter((o) => o.after === w.after)
                .map(({ policy, retry, reason }) => ({ policy, retry, reason }))),
        })),
    };
}
function replayOnce(chain, routes, observed, start, shift, cutOff) {
    let now = start + shift;
    let index = 0;
    const waits = [];
    const run = new policy_run/* PolicyRun */.wJ((0,policy_run/* compileChain */.xV)(chain, routes), {
        now: () => now,
        // Jitter draws only shape waits, which the replay does not check; take the middle.
        random: () => 0.5,
        pick: (members) => {
            const next = observed[index]?.route;
            const found = members.findIndex((m) => next !== undefined && (0,policy_run/* routesOf */.eV)(m).includes(next));
            return found < 0 ? 0 : found;
        },
        observer: {
            wait: (_ms, retry, reason, policy) => waits.push({ after: index - 1, policy, retry, reason, readings: [] }),
        },
    });
    let step = run.start();
    for (;;) {
        if (step === 'done') {
            return { conforms: index === observed.length, matched: index, waits };
        }
        if (step === 'wait') {
            // The wait is over when the caller's next attempt starts.
            const next = observed[index];
            if (!next)
                return { conforms: cutOff, matched: index, waits };
            now = next.startMs + shift;
            step = run.resume();
            continue;
        }
        const attempt = observed[index];
        if (!attempt)
            return { conforms: cutOff, matched: index, waits };
        if (attempt.route !== step.route)
            return { conforms: false, matched: index, waits };
        now = attempt.endMs + shift;
        index += 1;
        step = run.answer(attempt.outcome);
    }
}

;// CONCATENATED MODULE: ./lib/judge/scenario-context.js


// What every verdict on one observed scenario reads: the scenario, its chain, each sample
// replayed against the declared policy, and the tolerances moments on the wire are compared with.
/** Timer slack allowed when comparing two moments on the wire. */
const WAIT_TOLERANCE_MS = 2;
/**
 * Slack allowed when a caller's wait is compared with what it had to wait: a caller's timers
 * count from its event loop's cached time and fire early by however long that loop was busy,
 * a few milliseconds on a loaded machine. A caller that ignores the rule is far off.
 */
function waitSlack(requiredMs) {
    return Math.max(5, 0.02 * requiredMs);
}
/**
 * The proxy learns that a caller gave up on a hung attempt only when the closed socket is
 * handled, which a busy machine can delay: waits after an abandoned attempt get this slack.
 */
const ABANDON_TOLERANCE_MS = 50;
/** Slack for the max-elapsed stop rule when a sample is replayed against the declared policy. */
const REPLAY_SLACK_MS = 200;
function replaySample(plan, chain, sample) {
    return replayPolicy(chain, plan.routes, sample.attempts.map((a) => ({
        route: a.route,
        startMs: a.atMs,
        endMs: endOf(a),
        outcome: outcomeOf(a),
    })), { cutOff: sample.outcome.kind === 'hang', slackMs: REPLAY_SLACK_MS });
}
/** An attempt as the retry core sees it. */
function outcomeOf(a) {
    const cls = classOf(a);
    if (cls === '2xx_usable')
        return { ok: true };
    if (cls === '2xx_unusable') {
        return { ok: false, status: a.status, retryAfterMs: null, unusable: true };
    }
    return { ok: false, status: a.status, retryAfterMs: a.retryAfterMs };
}
/** Whether the sample did exactly what the declared policy does with the same answers. */
function conforms(ctx, sample) {
    return ctx.replays.get(sample.sample)?.conforms === true;
}
function routePolicies(chain) {
    const layer = chain.layers.at(-1)?.retry ?? null;
    const out = new Map();
    const walk = (target, inherited) => {
        if (target.kind === 'route') {
            if (!out.has(target.route))
                out.set(target.route, { route: target.retry ?? inherited, layer });
            return;
        }
        for (const child of target.targets)
            walk(child, target.retry ?? inherited);
    };
    walk(chain.target, null);
    return out;
}
function classOf(a) {
    if (a.statusClass)
        return a.statusClass;
    if (a.status === null)
        return 'retryable';
    return ((0,status_class/* classifyHttpStatus */.n1)(a.status)?.statusClass ?? (a.fault === 'ok' ? '2xx_usable' : '2xx_unusable'));
}
/** When the caller had the answer (or gave up waiting for it): the start of its wait. */
function endOf(a) {
    return a.atMs + (a.durationMs ?? a.abandonedAfterMs ?? 0);
}
const samplesOf = (ctx) => ctx.scenario.samples;
const counts = (ctx) => samplesOf(ctx).map((s) => s.attempts.length);
function groupBy(items, key) {
    const out = new Map();
    for (const item of items) {
        const k = key(item);
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}


/***/ }),

/***/ 2895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ parseSubject),
/* harmony export */   JY: () => (/* binding */ chainOfSubject),
/* harmony export */   TK: () => (/* binding */ renderSubject)
/* harmony export */ });
// What a verdict or a gate problem is about, as a value. The ledger, the PR comment and every
// other output store it as text, rendered by renderSubject alone; readers of a stored ledger get
// the value back with parseSubject, so nothing matches subjects by prefix or suffix.
/**
 * The subject as the ledger stores it: `chain:<name>`, `chain:<name>/scenario:<name>`,
 * `route:<name>`, `ledger:<field>` or `config:<file>:<line>:<column>`.
 */
function renderSubject(subject) {
    switch (subject.kind) {
        case 'chain':
            return `chain:${subject.chain}`;
        case 'scenario':
            return `chain:${subject.chain}/scenario:${subject.scenario}`;
        case 'route':
            return `route:${subject.route}`;
        case 'ledger':
            return `ledger:${subject.field}`;
        case 'config':
            return `config:${subject.file}:${subject.line}:${subject.column}`;
    }
}
const SCENARIO_MARK = '/scenario:';
/**
 * A stored subject as a value again; null for text renderSubject does not produce. A chain name
 * may hold a slash: the scenario starts at the first `/scenario:`.
 */
function parseSubject(text) {
    const colon = text.indexOf(':');
    if (colon < 0)
        return null;
    const rest = text.slice(colon + 1);
    switch (text.slice(0, colon)) {
        case 'chain': {
            const mark = rest.indexOf(SCENARIO_MARK);
            return mark < 0
                ? { kind: 'chain', chain: rest }
                : {
                    kind: 'scenario',
                    chain: rest.slice(0, mark),
                    scenario: rest.slice(mark + SCENARIO_MARK.length),
                };
        }
        case 'route':
            return { kind: 'route', route: rest };
        case 'ledger':
            return { kind: 'ledger', field: rest };
        case 'config': {
            const at = /^(.*):(\d+):(\d+)$/s.exec(rest);
            return at
                ? { kind: 'config', file: at[1], line: Number(at[2]), column: Number(at[3]) }
                : null;
        }
        default:
            return null;
    }
}
/** The chain a subject is about, directly or through one of its scenarios; null for the rest. */
function chainOfSubject(subject) {
    return subject?.kind === 'chain' || subject?.kind === 'scenario' ? subject.chain : null;
}


/***/ }),

/***/ 7668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jM: () => (/* binding */ BUDGET_VERDICTS),
  LD: () => (/* binding */ isBudgetVerdict),
  Tv: () => (/* binding */ rulesOn),
  os: () => (/* binding */ verdictCategory)
});

// UNUSED EXPORTS: VERDICT_IDS, VERDICT_RULES

// EXTERNAL MODULE: ./lib/judge/rules/rule.js
var rule = __webpack_require__(1569);
;// CONCATENATED MODULE: ./lib/judge/rules/amplification.js

/**
 * The population check: upstream attempts per caller request under an outage, against the
 * budget's max_amplification. When the simulation did not run (--no-storm) there is no verdict
 * at all, so nothing claims a pass; the ledger lists the amplification as remaining uncertainty.
 */
const amplificationWithinBudget = {
    id: 'amplification_within_budget',
    category: 'budget',
    on: 'storm',
    check: ({ plan, storm }) => {
        const limit = plan.budget.maxAmplification;
        const amplification = round(storm.amplification);
        const figures = {
            amplification,
            budget: limit,
            callers: storm.callers,
            outage_shape: storm.outage.shape,
            outage_ms: storm.outage.durationMs,
            seed: storm.seed,
            peak_attempts_per_second: storm.peakAttemptsPerSecond,
            baseline_peak_attempts_per_second: storm.baselinePeakAttemptsPerSecond,
            drain_ms: Math.round(storm.drainMs),
            share_usable: round(storm.shares.usable),
            share_controlled_failure: round(storm.shares.controlledFailure),
            share_over_budget: round(storm.shares.overBudget),
        };
        const peakRatio = storm.baselinePeakAttemptsPerSecond > 0
            ? storm.peakAttemptsPerSecond / storm.baselinePeakAttemptsPerSecond
            : 0;
        const what = `${storm.callers} simulated callers in a ${Math.round(storm.outage.durationMs / 1000)} s ` +
            `${storm.outage.shape.replace('_', '-')} outage caused ${amplification} upstream attempts each, ` +
            `peak ${storm.peakAttemptsPerSecond}/s (${peakRatio.toFixed(1)}× the no-retry baseline)`;
        if (limit === null) {
            return (0,rule/* claim */.B7)('unknown', figures, `${what}; the budget sets no max_amplification`);
        }
        const within = storm.amplification <= limit;
        return (0,rule/* claim */.B7)(within ? 'pass' : 'fail', figures, within
            ? `${what}, within the budget of ${limit}`
            : `amplification ${amplification} is over the budget of ${limit}: ${what}`);
    },
};
function round(value) {
    return Math.round(value * 1000) / 1000;
}

// EXTERNAL MODULE: ./lib/retry/backoff.js
var backoff = __webpack_require__(1174);
// EXTERNAL MODULE: ./lib/judge/jitter-statistics.js
var jitter_statistics = __webpack_require__(3313);
// EXTERNAL MODULE: ./lib/judge/scenario-context.js + 1 modules
var scenario_context = __webpack_require__(8531);
;// CONCATENATED MODULE: ./lib/judge/rules/backoff.js




// Backoff: after a retryable failure the caller waits at least what its declared policy waits
// before trying again. Full jitter has no floor per wait and is judged by counting near-zero waits.
/** Every wait at least its declared minimum; for full jitter, not most waits near zero. */
const backoffPresent = {
    id: 'backoff_present',
    category: 'retry_path',
    on: 'scenario',
    check: (ctx) => {
        if (ctx.waits.length === 0) {
            // Nothing to measure where the declared policy would not back off either.
            if (ctx.scenario.declaredBackoffWaits === 0)
                return null;
            return (0,rule/* claim */.B7)('unknown', { waits_checked: 0 }, 'no retry after a retryable failure was observed, so no backoff could be measured');
        }
        return checkBackoff(ctx, ctx.waits);
    },
};
function checkBackoff(ctx, waits) {
    const below = waits
        .map((w) => ({ w, min: w.minMs }))
        .filter(({ w, min }) => w.waitedMs + (w.abandoned ? scenario_context/* ABANDON_TOLERANCE_MS */.Zt : (0,scenario_context/* waitSlack */.U7)(min)) < min);
    const shortest = Math.min(...waits.map((w) => w.waitedMs));
    const figures = {
        waits_checked: waits.length,
        shortest_wait_ms: (0,scenario_context/* round */.LI)(shortest),
        longest_wait_ms: (0,scenario_context/* round */.LI)(Math.max(...waits.map((w) => w.waitedMs))),
        below_declared_minimum: below.length,
    };
    if (below.length > 0) {
        const { w, min } = below[0];
        return (0,rule/* claim */.B7)('fail', { ...figures, declared_minimum_ms: (0,scenario_context/* round */.LI)(min) }, `waited ${(0,scenario_context/* round */.LI)(w.waitedMs)} ms before retry ${w.retry} on route ${w.route}; the declared minimum is ${(0,scenario_context/* round */.LI)(min)} ms`);
    }
    const full = waits.filter((w) => w.policy.jitter === 'full');
    if (full.length === 0) {
        return (0,rule/* claim */.B7)('pass', figures, `${waits.length} waits, each at least its declared minimum (shortest ${(0,scenario_context/* round */.LI)(shortest)} ms)`);
    }
    // Full jitter has no per-wait floor: a caller without backoff shows up as most waits sitting
    // near zero, which a jittering caller does only with probability FALSE_ALARM.
    const needed = (0,jitter_statistics/* nearZeroWaitsNeeded */.Kq)(full.length);
    const thresholds = full.map((w) => jitter_statistics/* NEAR_ZERO_SHARE */.AW * (0,backoff/* waitBounds */.nX)(w.policy, w.retry).maxMs);
    if (needed === null || Math.min(...thresholds) < jitter_statistics/* NOISE_FLOOR_MS */.$N) {
        return (0,rule/* claim */.B7)(full.length === waits.length ? 'unknown' : 'pass', { ...figures, full_jitter_waits: full.length }, `full jitter has no minimum wait, and ${full.length} waits are too few (or their ceilings too short) to tell backoff from scheduling noise`);
    }
    const nearZero = full.filter((w, i) => w.waitedMs < thresholds[i]).length;
    const counts = {
        ...figures,
        full_jitter_waits: full.length,
        near_zero_waits: nearZero,
        near_zero_needed: needed,
    };
    if (nearZero >= needed) {
        return (0,rule/* claim */.B7)('fail', counts, `no backoff: ${nearZero} of ${full.length} waits stayed under ${jitter_statistics/* NEAR_ZERO_SHARE */.AW * 100}% of their declared ceiling (a jittering caller would leave at most ${needed - 1})`);
    }
    return (0,rule/* claim */.B7)('pass', counts, `${waits.length} waits; ${full.length - nearZero} of ${full.length} full-jitter waits clearly above zero (longest ${figures.longest_wait_ms} ms)`);
}

// EXTERNAL MODULE: ./lib/judge/rules/caller-outcome.js
var caller_outcome = __webpack_require__(6237);
// EXTERNAL MODULE: ./lib/retry/groups.js
var groups = __webpack_require__(7980);
;// CONCATENATED MODULE: ./lib/judge/rules/fallback.js



// Fallback: once the primary (one route or a load-balanced head) is exhausted, a fallback is tried.
/**
 * A request whose every attempt on the primary failed tries a fallback, after giving up on the
 * primary.
 */
const fallbackEngaged = {
    id: 'fallback_engaged',
    category: 'retry_path',
    on: 'scenario',
    check: (ctx) => checkFallbackEngaged(ctx),
};
function checkFallbackEngaged(ctx) {
    if (!ctx.scenario.fallbackExpected)
        return null;
    // The primary is the chain's head: one route, or a load-balanced group that never fails over
    // by itself. A request needs a fallback once every attempt it made on the head failed.
    const head = new Set((0,groups/* headRoutes */.Zu)(ctx.chain));
    const primary = [...head].join(', ');
    let needed = 0;
    let engaged = 0;
    let overlapping = 0;
    let primaryBefore = 0;
    let firstFallbackAt = 0;
    for (const sample of (0,scenario_context/* samplesOf */.lc)(ctx)) {
        // A sample cut off at its deadline is judged by stop_rule and caller_outcome.
        if (sample.outcome.kind === 'hang' || sample.attempts.length === 0)
            continue;
        const onHead = sample.attempts.filter((a) => head.has(a.route));
        if (onHead.some((a) => (0,scenario_context/* classOf */.Kl)(a) === '2xx_usable'))
            continue;
        needed += 1;
        const index = sample.attempts.findIndex((a) => !head.has(a.route));
        if (index < 0)
            continue;
        engaged += 1;
        const fallback = sample.attempts[index];
        const before = sample.attempts.slice(0, index);
        primaryBefore = Math.max(primaryBefore, before.length);
        firstFallbackAt = Math.max(firstFallbackAt, fallback.atMs);
        // Engaged after the primary was given up on: no primary attempt still open at that moment.
        if (before.some((a) => (0,scenario_context/* endOf */.pJ)(a) > fallback.atMs + scenario_context/* WAIT_TOLERANCE_MS */.r3))
            overlapping += 1;
    }
    const total = (0,scenario_context/* samplesOf */.lc)(ctx).length;
    const figures = {
        samples_needing_fallback: needed,
        samples_with_fallback: engaged,
        samples: total,
        primary_attempts_before_fallback: primaryBefore,
        first_fallback_at_ms: (0,scenario_context/* round */.LI)(firstFallbackAt),
    };
    if (engaged < needed) {
        return (0,rule/* claim */.B7)('fail', figures, `${needed - engaged} of ${needed} samples whose every attempt on ${head.size > 1 ? `primary group ${primary}` : `primary ${primary}`} failed gave up without trying a fallback`);
    }
    if (overlapping > 0) {
        return (0,rule/* claim */.B7)('fail', figures, `${overlapping} sample(s) sent the fallback while a primary attempt was still open`);
    }
    if (needed === 0) {
        return (0,rule/* claim */.B7)('unknown', figures, 'no sample exhausted the primary, so falling back was not exercised');
    }
    return (0,rule/* claim */.B7)('pass', figures, `every sample that exhausted the primary fell back, after ${primaryBefore} primary attempt(s) at most`);
}

;// CONCATENATED MODULE: ./lib/judge/rules/happy-path.js

// The endpoint contract: a route's smoke request is answered with a usable response of its
// endpoint family (the probe classifies the answer; the reason says what was wrong).
/** The route answered its smoke request with a usable response. */
const happyPathUsable = {
    id: 'happy_path_usable',
    category: 'contract',
    on: 'route',
    check: (observation) => (0,rule/* claim */.B7)(observation.statusClass === '2xx_usable' ? 'pass' : 'fail', { http_status: observation.httpStatus, status_class: observation.statusClass }, observation.reason),
};

;// CONCATENATED MODULE: ./lib/judge/rules/jitter.js




// Jitter: where the policy declares jitter, concurrent callers do not retry in lockstep.
/** Concurrent samples' waits for the same retry spread as the declared jitter would spread them. */
const jitterPresent = {
    id: 'jitter_present',
    category: 'retry_path',
    on: 'scenario',
    check: (ctx) => (ctx.waits.length === 0 ? null : checkJitter(ctx, ctx.waits)),
};
function checkJitter(ctx, waits) {
    const ids = new Map();
    const idOf = (p) => ids.get(p) ?? (ids.set(p, ids.size), ids.size - 1);
    // The same retry of the same policy, across concurrent samples.
    const groups = [...(0,scenario_context/* groupBy */.$z)(waits, (w) => `${idOf(w.policy)}#${w.retry}`).values()].filter((g) => g[0].policy.jitter !== 'none');
    if (groups.length === 0)
        return null;
    const eligible = groups
        .filter((g) => g.length >= jitter_statistics/* MIN_JITTER_SAMPLES */.I8)
        .map((g) => {
        const { minMs, maxMs } = (0,backoff/* waitBounds */.nX)(g[0].policy, g[0].retry);
        const values = g.map((w) => w.waitedMs);
        return {
            needed: (0,jitter_statistics/* jitterSpreadShare */.nO)(g.length) * (maxMs - minMs),
            spread: Math.max(...values) - Math.min(...values),
        };
    })
        .filter((g) => g.needed >= jitter_statistics/* NOISE_FLOOR_MS */.$N);
    if (eligible.length === 0) {
        return (0,rule/* claim */.B7)('unknown', { samples: (0,scenario_context/* samplesOf */.lc)(ctx).length, required_samples: jitter_statistics/* MIN_JITTER_SAMPLES */.I8 }, 'too few concurrent samples of the same retry, or a declared jitter range too narrow, to tell jitter from scheduling noise');
    }
    const best = eligible.reduce((a, b) => (b.spread / b.needed > a.spread / a.needed ? b : a));
    const figures = {
        retries_compared: eligible.length,
        largest_spread_ms: (0,scenario_context/* round */.LI)(best.spread),
        spread_needed_ms: (0,scenario_context/* round */.LI)(best.needed),
    };
    return best.spread >= best.needed
        ? (0,rule/* claim */.B7)('pass', figures, `concurrent samples' waits for the same retry spread by ${(0,scenario_context/* round */.LI)(best.spread)} ms`)
        : (0,rule/* claim */.B7)('fail', figures, `jitter is declared but concurrent samples retried in lockstep (spread ${(0,scenario_context/* round */.LI)(best.spread)} ms, at least ${(0,scenario_context/* round */.LI)(best.needed)} ms expected)`);
}

;// CONCATENATED MODULE: ./lib/judge/rules/retry-after.js



// Retry-after: a route that announced when to come back is not retried sooner.
/**
 * Honouring retry-after is only told apart from backing off when the announced wait is clearly
 * longer than what the policy waits anyway: at least this many times the backoff ceiling.
 */
const CLEARLY_LONGER = 2;
/** No retry to a route before the retry-after it announced, where a declared policy honours it. */
const retryAfterHonoured = {
    id: 'retry_after_honoured',
    category: 'retry_path',
    on: 'scenario',
    check: (ctx) => checkRetryAfterHonoured(ctx),
};
function checkRetryAfterHonoured(ctx) {
    const { announced, followed, telling, shortestGap, longestCeiling, worst } = tally(ctx);
    if (announced === 0)
        return null;
    // A policy that does not honour retry-after is not judged by it; a sample that followed the
    // declared policy did what was declared.
    if (!declaresRetryAfter(ctx.chain))
        return null;
    const figures = {
        announced,
        followed_by_retry: followed,
        clearly_longer_than_backoff: telling,
        shortest_gap_ms: Number.isFinite(shortestGap) ? (0,scenario_context/* round */.LI)(shortestGap) : null,
    };
    if (worst) {
        return (0,rule/* claim */.B7)('fail', { ...figures, announced_ms: worst.ms }, `retried route ${worst.route} ${(0,scenario_context/* round */.LI)(worst.gap)} ms after it announced retry-after ${worst.ms} ms`);
    }
    if (followed === 0) {
        return (0,rule/* claim */.B7)('pass', figures, 'the caller did not return to a route before its retry-after (it did not return at all)');
    }
    if (telling === 0) {
        return (0,rule/* claim */.B7)('unknown', { ...figures, backoff_ceiling_ms: (0,scenario_context/* round */.LI)(longestCeiling) }, `the announced wait is not clearly longer (${CLEARLY_LONGER}×) than the policy's own backoff of up to ${(0,scenario_context/* round */.LI)(longestCeiling)} ms, so honouring it cannot be told from backing off`);
    }
    return (0,rule/* claim */.B7)('pass', figures, `every retry came after the announced time (shortest gap ${(0,scenario_context/* round */.LI)(shortestGap)} ms)`);
}
function tally(ctx) {
    const t = {
        announced: 0,
        followed: 0,
        telling: 0,
        shortestGap: Infinity,
        longestCeiling: 0,
        worst: null,
    };
    for (const sample of (0,scenario_context/* samplesOf */.lc)(ctx)) {
        const replay = ctx.replays.get(sample.sample);
        sample.attempts.forEach((a, i) => {
            if (a.retryAfterMs === null)
                return;
            // In a sample that followed the declared policy, an announcement counts where a policy
            // that honours retry-after retried right after it; elsewhere the policy did not promise it.
            const wait = replay?.conforms ? replay.waits.find((w) => w.after === i) : undefined;
            if (replay?.conforms && (!wait || wait.readings.some((r) => !r.policy.honourRetryAfter))) {
                return;
            }
            t.announced += 1;
            const j = sample.attempts.findIndex((b, k) => k > i && b.route === a.route);
            const next = sample.attempts[j];
            if (!next || (replay?.conforms && j !== i + 1))
                return;
            t.followed += 1;
            const gap = next.atMs - (0,scenario_context/* endOf */.pJ)(a);
            t.shortestGap = Math.min(t.shortestGap, gap);
            // What the policy would have waited before that retry without the announcement.
            const policy = wait?.policy ?? ctx.policies.get(a.route)?.route ?? null;
            const ceiling = policy
                ? wait
                    ? Math.max(...wait.readings.map((r) => (0,backoff/* waitBounds */.nX)(r.policy, r.retry).maxMs))
                    : Math.max(0, ...backoffCeilingsOf(policy))
                : 0;
            t.longestCeiling = Math.max(t.longestCeiling, ceiling);
            if (a.retryAfterMs >= CLEARLY_LONGER * ceiling)
                t.telling += 1;
            if (gap + (0,scenario_context/* waitSlack */.U7)(a.retryAfterMs) < a.retryAfterMs &&
                (!t.worst || gap - a.retryAfterMs < t.worst.gap - t.worst.ms)) {
                t.worst = { gap, ms: a.retryAfterMs, route: a.route };
            }
        });
    }
    return t;
}
function backoffCeilingsOf(policy) {
    return Array.from({ length: Math.max(1, policy.maxAttempts - 1) }, (_, i) => (0,backoff/* waitBounds */.nX)(policy, i + 1).maxMs);
}
/** Whether any policy of the chain honours retry-after. */
function declaresRetryAfter(chain) {
    const policies = chain.layers.map((l) => l.retry);
    const walk = (t) => {
        if (t.retry)
            policies.push(t.retry);
        if (t.kind !== 'route')
            t.targets.forEach(walk);
    };
    walk(chain.target);
    return policies.some((p) => p.honourRetryAfter);
}

// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
;// CONCATENATED MODULE: ./lib/judge/rules/retry-budget.js



// The retry budget: how many upstream attempts one caller request may cause, as declared (the
// worst case of the chain's stacked retries) and as observed in each scenario.
/** A full outage causes at most the budget's attempts per request, by the declared policies. */
const worstCaseAttemptsWithinBudget = {
    id: 'worst_case_attempts_within_budget',
    category: 'budget',
    on: 'chain',
    check: ({ plan, chain }) => {
        const worst = (0,worst_case/* worstCaseChainAttempts */.FB)(chain);
        const limit = plan.budget.maxAttemptsPerRequest;
        return (0,rule/* claim */.B7)(worst <= limit ? 'pass' : 'fail', { worst_case_attempts: worst, budget: limit }, worst <= limit
            ? `a full outage causes at most ${worst} upstream attempts (budget ${limit})`
            : `a full outage causes ${worst} upstream attempts, over the budget of ${limit}`);
    },
};
/** No observed request made more upstream attempts than the budget allows. */
const attemptsWithinBudget = {
    id: 'attempts_within_budget',
    category: 'budget',
    on: 'scenario',
    check: (ctx) => checkAttemptsWithinBudget(ctx),
};
/**
 * No observed request made more attempts than the chain's declared worst case: no undeclared retry
 * layer.
 */
const attemptsWithinDeclaredPolicy = {
    id: 'attempts_within_declared_policy',
    category: 'retry_path',
    on: 'scenario',
    check: (ctx) => checkAttemptsWithinDeclared(ctx),
};
function checkAttemptsWithinBudget(ctx) {
    const limit = ctx.plan.budget.maxAttemptsPerRequest;
    const most = Math.max(...(0,scenario_context/* counts */.tQ)(ctx));
    const figures = {
        max_attempts_observed: most,
        min_attempts_observed: Math.min(...(0,scenario_context/* counts */.tQ)(ctx)),
        budget: limit,
        samples: (0,scenario_context/* samplesOf */.lc)(ctx).length,
    };
    if (ctx.scenario.evidenceGaps.length > 0) {
        return (0,rule/* claim */.B7)('unknown', figures, `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`);
    }
    return most <= limit
        ? (0,rule/* claim */.B7)('pass', figures, `at most ${most} upstream attempts per request (budget ${limit})`)
        : (0,rule/* claim */.B7)('fail', figures, `${most} upstream attempts for one request, over the budget of ${limit}`);
}
function checkAttemptsWithinDeclared(ctx) {
    const declared = (0,worst_case/* worstCaseChainAttempts */.FB)(ctx.chain);
    const most = Math.max(...(0,scenario_context/* counts */.tQ)(ctx));
    const figures = {
        max_attempts_observed: most,
        declared_worst_case: declared,
        declared_this_scenario: ctx.scenario.declaredAttempts ?? null,
    };
    if (ctx.scenario.evidenceGaps.length > 0) {
        return (0,rule/* claim */.B7)('unknown', figures, `attempt log incomplete: ${ctx.scenario.evidenceGaps[0]}`);
    }
    return most <= declared
        ? (0,rule/* claim */.B7)('pass', figures, `at most ${most} attempts, within the chain's declared worst case of ${declared}`)
        : (0,rule/* claim */.B7)('fail', figures, `${most} attempts, more than the chain's declared worst case of ${declared}: some layer retries that the config does not declare`);
}

;// CONCATENATED MODULE: ./lib/judge/rules/stop-rule.js


// The stop rule: a caller stops once the budget is spent or the elapsed limit has passed.
/**
 * Every request stops within the attempt budget and the max-elapsed limit, and none is left
 * running.
 */
const stopRule = {
    id: 'stop_rule',
    category: 'budget',
    on: 'scenario',
    check: (ctx) => checkStopRule(ctx),
};
function checkStopRule(ctx) {
    const { maxAttemptsPerRequest: limit, maxElapsedMs } = ctx.plan.budget;
    /** Per request: the most any one sample went past the budget. */
    let afterBudget = 0;
    let afterElapsed = 0;
    let lastSpan = 0;
    for (const sample of (0,scenario_context/* samplesOf */.lc)(ctx)) {
        const first = sample.attempts[0];
        if (!first)
            continue;
        afterBudget = Math.max(afterBudget, sample.attempts.length - limit);
        for (const a of sample.attempts) {
            const since = a.atMs - first.atMs;
            lastSpan = Math.max(lastSpan, since);
            if (maxElapsedMs !== null && since > maxElapsedMs)
                afterElapsed += 1;
        }
    }
    const hung = (0,scenario_context/* samplesOf */.lc)(ctx).filter((s) => s.outcome.kind === 'hang').length;
    const silent = (0,scenario_context/* samplesOf */.lc)(ctx).filter((s) => s.attempts.length === 0).length;
    const figures = {
        budget_attempts: limit,
        budget_max_elapsed_ms: maxElapsedMs,
        last_attempt_after_ms: (0,scenario_context/* round */.LI)(lastSpan),
        attempts_after_budget_per_request: afterBudget,
        attempts_after_max_elapsed: afterElapsed,
        samples_still_running_at_deadline: hung,
    };
    if (afterBudget > 0 || afterElapsed > 0) {
        const what = afterBudget > 0
            ? `${afterBudget} attempt(s) in one request after the ${limit}-attempt budget was spent`
            : `${afterElapsed} attempt(s) across the samples started after the ${maxElapsedMs} ms limit`;
        return (0,rule/* claim */.B7)('fail', figures, `the caller did not stop: ${what}`);
    }
    if (hung > 0) {
        return (0,rule/* claim */.B7)('fail', figures, `${hung} sample(s) were still running at the ${ctx.scenario.deadlineMs ?? '?'} ms deadline`);
    }
    if (silent > 0) {
        return (0,rule/* claim */.B7)('unknown', { ...figures, samples_without_request: silent }, `${silent} sample(s) made no request, so stopping was not observed (the caller may not have started)`);
    }
    return (0,rule/* claim */.B7)('pass', figures, `every sample stopped within the budget (last attempt ${(0,scenario_context/* round */.LI)(lastSpan)} ms after the first)`);
}

;// CONCATENATED MODULE: ./lib/judge/rules/terminal-status.js


// Terminal statuses: an answer retries cannot change is not retried.
/** A terminal answer (a 4xx retries cannot fix) is not retried on the same route. */
const terminalNotRetried = {
    id: 'terminal_not_retried',
    category: 'retry_path',
    on: 'scenario',
    check: (ctx) => checkTerminalNotRetried(ctx),
};
function checkTerminalNotRetried(ctx) {
    let terminal = 0;
    let retried = 0;
    let example = null;
    for (const sample of (0,scenario_context/* samplesOf */.lc)(ctx)) {
        // Returning after a terminal answer is what the declared policy does when an outer retry
        // re-runs a group whose last member failed in a retryable way: a sample that followed the
        // declared policy is not counted.
        const declared = (0,scenario_context/* conforms */.GV)(ctx, sample);
        sample.attempts.forEach((a, i) => {
            if ((0,scenario_context/* classOf */.Kl)(a) !== 'terminal')
                return;
            terminal += 1;
            if (declared)
                return;
            const again = sample.attempts.slice(i + 1).filter((b) => b.route === a.route).length;
            if (again > 0) {
                retried += again;
                example ??= `route ${a.route} was tried ${again} more time(s) after HTTP ${a.status}`;
            }
        });
    }
    if (terminal === 0)
        return null;
    const figures = { terminal_answers: terminal, attempts_after_terminal: retried };
    return retried === 0
        ? (0,rule/* claim */.B7)('pass', figures, `${terminal} terminal answers, none retried on the same route`)
        : (0,rule/* claim */.B7)('fail', figures, `a terminal status was retried: ${example ?? ''}`);
}

;// CONCATENATED MODULE: ./lib/judge/verdict-rules.js










// Every claim the gate checks, once. A verdict's id is one of these rules' ids (the VerdictId
// union is derived from this list), and everything that asks what kind of claim a verdict makes
// (the decision table, the fail policy, `ledger verify`) asks the rule. Within each input the
// rules run in this order, which is the order verdicts appear in the ledger.
const VERDICT_RULES = [
    happyPathUsable,
    worstCaseAttemptsWithinBudget,
    attemptsWithinBudget,
    attemptsWithinDeclaredPolicy,
    backoffPresent,
    jitterPresent,
    retryAfterHonoured,
    terminalNotRetried,
    stopRule,
    fallbackEngaged,
    caller_outcome/* callerOutcome */.A,
    amplificationWithinBudget,
];
const VERDICT_IDS = VERDICT_RULES.map((r) => r.id);
/** The rules that judge one kind of input, in list order. */
function rulesOn(on) {
    return VERDICT_RULES.filter((r) => r.on === on);
}
const CATEGORY = new Map(VERDICT_RULES.map((r) => [r.id, r.category]));
/** The kind of claim a verdict id makes; null for an id no rule has. */
function verdictCategory(id) {
    return CATEGORY.get(id) ?? null;
}
/** Budget checks: attempts, elapsed time and amplification against the declared budget, and the stop rule. */
function isBudgetVerdict(id) {
    return verdictCategory(id) === 'budget';
}
/** The budget rules' ids, in list order. */
const BUDGET_VERDICTS = VERDICT_RULES.filter((r) => r.category === 'budget').map((r) => r.id);


/***/ }),

/***/ 9782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ integrityDigest),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   rp: () => (/* binding */ canonicalJsonLine)
/* harmony export */ });
/* unused harmony export canonicalize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

// Canonical JSON: object keys sorted by code point (as RFC 8785 does), two-space indent, one
// trailing newline. The same entry always gives the same bytes, so files diff cleanly and the
// integrity digest can be recomputed by anyone.
function canonicalize(value) {
    if (Array.isArray(value))
        return value.map(canonicalize);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([k, v]) => [k, canonicalize(v)]));
    }
    return value;
}
function canonicalJson(value) {
    return `${JSON.stringify(canonicalize(value), null, 2)}\n`;
}
/** One line, for JSON Lines files. */
function canonicalJsonLine(value) {
    return `${JSON.stringify(canonicalize(value))}\n`;
}
/** The integrity digest of an entry: sha256 of its canonical JSON without the `integrity` field. */
function integrityDigest(entry) {
    const { integrity: _ignored, ...rest } = entry;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(rest)).digest('hex');
}


/***/ }),

/***/ 7095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c1: () => (/* binding */ ledgerRedactor)
/* harmony export */ });
/* unused harmony exports LEDGER_JSON_SCHEMA_PATH, ledgerJsonSchemaText, ledgerVocabulary */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8439);
/* harmony import */ var _ledger_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9288);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9256);



// The shipped JSON Schema (schema/ledger.schema.json), generated from the zod schema so the two
// cannot drift; a test fails when the file is stale.
const LEDGER_JSON_SCHEMA_PATH = 'schema/ledger.schema.json';
function ledgerJsonSchemaText() {
    const generated = z.toJSONSchema(ledgerEntrySchema, { target: 'draft-2020-12' });
    const schema = {
        $schema: generated.$schema,
        $id: `https://github.com/fallback-gate/fallback-gate/${LEDGER_JSON_SCHEMA_PATH}`,
        title: LEDGER_SCHEMA_VERSION,
        ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
    };
    return `${JSON.stringify(schema, null, 2)}\n`;
}
let vocabulary;
/** Every enum and constant value the ledger schema allows: the format's own words. */
function ledgerVocabulary() {
    if (!vocabulary) {
        const words = new Set();
        const walk = (node) => {
            if (Array.isArray(node))
                node.forEach(walk);
            else if (node !== null && typeof node === 'object') {
                for (const [key, value] of Object.entries(node)) {
                    if (key === 'enum' && Array.isArray(value)) {
                        for (const v of value)
                            if (typeof v === 'string')
                                words.add(v);
                    }
                    else if (key === 'const' && typeof value === 'string')
                        words.add(value);
                    else
                        walk(value);
                }
            }
        };
        walk(zod__WEBPACK_IMPORTED_MODULE_0__/* .toJSONSchema */ .bl(_ledger_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ledgerEntrySchema */ .pJ));
        vocabulary = [...words];
    }
    return vocabulary;
}
/** The redactor for ledger outputs: known secrets, minus the ledger's own vocabulary. */
function ledgerRedactor(secrets) {
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)(secrets, ledgerVocabulary());
}


/***/ }),

/***/ 9288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F_: () => (/* binding */ LEDGER_SCHEMA_VERSION),
  uw: () => (/* binding */ NOT_ASSERTED),
  pJ: () => (/* binding */ ledgerEntrySchema)
});

// UNUSED EXPORTS: chainRecordSchema, findingRecordSchema, problemRecordSchema, routeRecordSchema, stormRecordSchema, verdictRecordSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(7002);
// EXTERNAL MODULE: ./lib/observations/types.js
var observations_types = __webpack_require__(630);
// EXTERNAL MODULE: ./lib/routing/types.js
var routing_types = __webpack_require__(2543);
;// CONCATENATED MODULE: ./lib/record/ledger-fields.js

// Field types the ledger's schema files share.
const count = schemas/* int */.Whr().nonnegative();
const nullableText = schemas/* string */.YjP().nullable();

;// CONCATENATED MODULE: ./lib/record/recorded-schema.js




const statusClass = status_class/* StatusClassSchema */.KZ;
/**
 * What a person recorded after an incident (`fallback-gate record`), beside what the logs they
 * gave showed. Present only on recorded entries: the facts in it were stated by the operator or
 * read from logs, never measured by the gate.
 */
const recordedRecordSchema = schemas/* strictObject */.rej({
    recorded_by: schemas/* literal */.euz('operator').describe('A person recorded this entry.'),
    statement: schemas/* string */.YjP().describe('One line saying who recorded it and from what.'),
    route: nullableText,
    what_changed: nullableText,
    facts_missing: schemas/* array */.YOg(schemas/* string */.YjP())
        .describe('Required facts nobody supplied: the decision is paused until they are.'),
    facts_conflicting: schemas/* array */.YOg(schemas/* string */.YjP())
        .describe('Facts the operator stated that the logs contradict.'),
    note: nullableText.describe('The YAML note the facts came from, if any.'),
    sources: schemas/* array */.YOg(schemas/* strictObject */.rej({
        file: schemas/* string */.YjP(),
        format: observations_types/* LogFormatSchema */.v5,
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
        records: count.describe('Log records read.'),
        attempts: count.describe('Attempts (HTTP requests) found in them.'),
    })),
    requests: schemas/* array */.YOg(schemas/* strictObject */.rej({
        request_id: nullableText,
        started_at: iso/* datetime */.w$().nullable(),
        hosts: schemas/* array */.YOg(schemas/* string */.YjP()),
        paths: schemas/* array */.YOg(schemas/* string */.YjP()),
        attempts: schemas/* int */.Whr().positive(),
        retry_attempts: count,
        reported_retries: count
            .nullable()
            .describe('Retries the stack itself reported (retry bookkeeping headers or fields).'),
        final_status: schemas/* int */.Whr().nullable(),
        final_status_class: statusClass.nullable(),
        timed: schemas/* boolean */.zMY().describe('Whether the log carried the times of the attempts.'),
        source: schemas/* string */.YjP().describe('file:line of the first attempt.'),
    }))
        .describe('The caller requests rebuilt from the logs, in time order.'),
    requests_omitted: count,
})
    .describe('A decision recorded by a person after an incident.');

;// CONCATENATED MODULE: ./lib/record/scenario-schema.js



// The ledger's record of one injected-fault scenario: its attempts on the wire, the gateway it
// ran through, and how well the gate could time it.
const attemptRecordSchema = schemas/* strictObject */.rej({
    sample: count,
    seq: schemas/* int */.Whr().positive(),
    route: schemas/* string */.YjP(),
    at_ms: schemas/* number */.aig().nonnegative().describe('Since the sample started, monotonic clock.'),
    duration_ms: schemas/* number */.aig().nonnegative().nullable(),
    abandoned_after_ms: schemas/* number */.aig()
        .nonnegative()
        .nullable()
        .optional()
        .describe('When the caller closed the connection without an answer (it gave up on a hang).'),
    method: schemas/* string */.YjP(),
    path: schemas/* string */.YjP(),
    fault: schemas/* string */.YjP().describe('What the fault plan did with this attempt.'),
    status: schemas/* int */.Whr().nullable().describe('null for a reset, a hang or a dropped connection.'),
    retry_after_ms: schemas/* number */.aig().nonnegative().nullable(),
    retry_headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    request_id: schemas/* string */.YjP().nullable(),
})
    .describe('One attempt seen on the wire.');
const outcomeCounts = schemas/* strictObject */.rej({
    usable: count,
    controlled_failure: count,
    hang: count,
    unknown: count,
});
const gatewayRunSchema = schemas/* strictObject */.rej({
    name: observations_types/* GatewayKindSchema */.IP,
    version: schemas/* string */.YjP().nullable().describe('As the installed gateway reports it.'),
    attribution: schemas/* enum */.k5n(['per_sample', 'sequential'])
        .describe('per_sample: each sample carried its own upstream URLs and samples ran at once; sequential: one after another.'),
    startup_ms: schemas/* number */.aig()
        .nonnegative()
        .nullable()
        .describe('Gateway start-up, not counted against the caller.'),
    config_changes: schemas/* array */.YOg(schemas/* string */.YjP())
        .describe("What the run's copy of the config changed besides upstreams and keys."),
    restarts: count
        .optional()
        .describe('Fresh gateways started between sequential samples after a caller gave up.'),
    plan_attempts: count
        .optional()
        .describe("Attempts the gate's reading of the config predicts per request here, beside what the gateway did."),
})
    .describe('The real gateway this scenario ran through (gateway driver).');
const scenarioTimingSchema = schemas/* strictObject */.rej({
    event_loop_delay_max_ms: schemas/* number */.aig()
        .nonnegative()
        .describe("Longest stall of the gate's event loop beyond its 10 ms sampling interval."),
    event_loop_delay_p99_ms: schemas/* number */.aig().nonnegative(),
    late_start_max_ms: schemas/* number */.aig()
        .nonnegative()
        .nullable()
        .describe('Command driver: the longest a sample process took to start; null otherwise.'),
    disturbance_ms: schemas/* number */.aig()
        .nonnegative()
        .describe('What any timing in the scenario may be off by; margins within it are unknown.'),
    concurrency: count.describe('Samples run at once (the worker pool size for the command driver).'),
    runs: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]).describe('2 when it ran again inside its noise.'),
    first_run_disturbance_ms: schemas/* number */.aig().nonnegative().nullable(),
})
    .describe('How well the gate could time this scenario on this machine.');
const scenarioRecordSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP(),
    driver: observations_types/* DriverSchema */.y0,
    gateway: gatewayRunSchema.optional(),
    expectation: schemas/* string */.YjP(),
    samples: count,
    wall_ms: schemas/* number */.aig().nonnegative(),
    longest_mandated_wait_ms: schemas/* number */.aig().nonnegative(),
    retry_attempts: count.describe('Most retries one caller request made: attempts − 1.'),
    outcomes: outcomeCounts.describe('How the caller requests ended.'),
    evidence_gaps: schemas/* array */.YOg(schemas/* string */.YjP()),
    timeline: schemas/* array */.YOg(attemptRecordSchema).describe('Attempts of the first samples, in order.'),
    timeline_omitted: count.describe('Attempts left out of the timeline to bound its size.'),
    timing: scenarioTimingSchema.optional(),
})
    .describe('One injected-fault scenario run against the chain.');

;// CONCATENATED MODULE: ./lib/record/ledger-schema.js








// The fallback decision ledger, version 1. This schema is the single source of the type and of
// the shipped JSON Schema (schema/ledger.schema.json); `ledger verify` checks files against it.
// Fields may be added in a later minor revision; none is renamed or removed within v1.
const LEDGER_SCHEMA_VERSION = 'fallback-gate.ledger/v1';
/** What a ledger entry never claims, whatever it observed. */
const NOT_ASSERTED = [
    'availability',
    'price',
    'quota',
    'latency',
    'provider_health',
];
const ledger_schema_statusClass = status_class/* StatusClassSchema */.KZ;
const decision = types/* FallbackDecisionSchema */.IM;
const family = families/* EndpointFamilySchema */.ni;
const familyOrMixed = schemas/* enum */.k5n([...families/* ENDPOINT_FAMILIES */.TT, 'mixed']);
const failCategory = types/* FailCategorySchema */.eN;
const figure = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
const verdictRecordSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().describe('Stable verdict id, for example attempts_within_budget.'),
    subject: schemas/* string */.YjP().describe('chain:<name>, chain:<name>/scenario:<name> or route:<name>.'),
    status: types/* VerdictStatusSchema */.tP.describe('unknown is an evidence gap.'),
    figures: schemas/* record */.g1P(schemas/* string */.YjP(), figure).describe('The numbers behind the verdict.'),
    reason: schemas/* string */.YjP(),
})
    .describe('One checked claim.');
const routeRecordSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP(),
    endpoint_family: family,
    upstream: observations_types/* UpstreamSchema */.NV.describe('mock: the embedded provider stood in.'),
    request_id: schemas/* string */.YjP(),
    request_id_source: schemas/* enum */.k5n(['provider', 'generated']),
    prompt_class: schemas/* string */.YjP().describe('A class of prompt, never the prompt itself.'),
    started_at: iso/* datetime */.w$(),
    duration_ms: schemas/* number */.aig().nonnegative(),
    http_status: schemas/* int */.Whr().nullable(),
    status_class: ledger_schema_statusClass,
    status_reason: schemas/* string */.YjP(),
    output: schemas/* strictObject */.rej({ sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/), length: count })
        .nullable()
        .describe('Generated text is kept only as a digest and a length.'),
    environment_mismatch: schemas/* string */.YjP()
        .nullable()
        .describe('Why this is not live evidence for the configured endpoint; null when it is.'),
    verdicts: schemas/* array */.YOg(verdictRecordSchema),
})
    .describe('The happy path of one route.');
const chainRecordSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP(),
    route_order: schemas/* array */.YOg(schemas/* string */.YjP()),
    endpoint_family: familyOrMixed,
    request_id: schemas/* string */.YjP().nullable().describe("The primary's happy-path request id."),
    prompt_class: schemas/* string */.YjP(),
    status_class: ledger_schema_statusClass
        .nullable()
        .describe("The primary's status class; null when not observed."),
    status_reason: schemas/* string */.YjP(),
    retry_attempts: count.describe('Observed retries (attempts − 1) of the worst caller request; from the error path when it ran.'),
    retry_attempts_source: schemas/* enum */.k5n(['error_path', 'happy_path', 'not_observed', 'logged', 'stated'])
        .describe('logged: read from logs given to `record`; stated: given by the operator.'),
    worst_case_attempts: schemas/* int */.Whr()
        .positive()
        .nullable()
        .describe('null: no routing config declared one (a recorded entry without --config).'),
    worst_case_attempts_saturated: schemas/* literal */.euz(true)
        .optional()
        .describe('Present when the worst case reached 2^53 − 1: the true figure is at least that.'),
    caller_outcome: schemas/* enum */.k5n(['usable_or_controlled_failure', 'hang', 'unknown', 'not_observed'])
        .describe('Whether every caller request ended with a usable response or a controlled failure.'),
    fallback_decision: decision,
    decision_rule: schemas/* string */.YjP().describe('The decision-table row that decided.'),
    decision_paused: schemas/* boolean */.zMY(),
    evidence_gaps: schemas/* array */.YOg(schemas/* string */.YjP()),
    reason: schemas/* string */.YjP(),
    source_ledger_id: schemas/* string */.YjP()
        .nullable()
        .describe('In a merged entry, the entry this chain came from; null otherwise.'),
    scenarios: schemas/* array */.YOg(scenarioRecordSchema),
    verdicts: schemas/* array */.YOg(verdictRecordSchema),
})
    .describe('One fallback chain: its decision and the evidence behind it.');
const findingRecordSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP(),
    severity: routing_types/* SeveritySchema */.Rc,
    message: schemas/* string */.YjP(),
    fix: schemas/* string */.YjP(),
    at: schemas/* strictObject */.rej({ file: schemas/* string */.YjP(), line: schemas/* int */.Whr().positive(), column: schemas/* int */.Whr().positive() }),
});
const stormRecordSchema = schemas/* strictObject */.rej({
    chain: schemas/* string */.YjP(),
    seed: schemas/* number */.aig(),
    callers: count,
    outage: schemas/* strictObject */.rej({
        shape: observations_types/* OutageShapeSchema */.QJ,
        duration_ms: schemas/* number */.aig().nonnegative(),
    }),
    amplification: schemas/* number */.aig().nonnegative(),
    peak_attempts_per_second: schemas/* number */.aig().nonnegative(),
    baseline_peak_attempts_per_second: schemas/* number */.aig().nonnegative(),
    drain_ms: schemas/* number */.aig().nonnegative(),
    shares: schemas/* strictObject */.rej({
        usable: schemas/* number */.aig().min(0).max(1),
        controlled_failure: schemas/* number */.aig().min(0).max(1),
        over_budget: schemas/* number */.aig().min(0).max(1),
    }),
    series: schemas/* array */.YOg(schemas/* strictObject */.rej({
        t_seconds: schemas/* number */.aig(),
        policy: schemas/* number */.aig().nonnegative(),
        baseline: schemas/* number */.aig().nonnegative(),
    })),
});
const problemRecordSchema = schemas/* strictObject */.rej({
    category: failCategory,
    subject: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    fix: schemas/* string */.YjP(),
    fails_job: schemas/* boolean */.zMY().describe('Whether the fail policy makes this problem fail the job.'),
});
const ledgerEntrySchema = schemas/* strictObject */.rej({
    schema_version: schemas/* literal */.euz(LEDGER_SCHEMA_VERSION),
    origin: schemas/* enum */.k5n(['gate', 'recorded'])
        .optional()
        .describe('gate (or absent): measured by a gate run; recorded: stated by a person with `record`.'),
    ledger_id: schemas/* string */.YjP().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID'),
    timestamp: iso/* datetime */.w$(),
    endpoint_family: familyOrMixed,
    request_id: schemas/* string */.YjP().describe("The headline chain's primary request id, or not_observed."),
    prompt_class: schemas/* string */.YjP(),
    status_class: ledger_schema_statusClass.nullable(),
    status_reason: schemas/* string */.YjP(),
    retry_attempts: count.describe('Observed retries of the worst caller request across chains.'),
    fallback_decision: decision.describe('The most severe chain decision.'),
    decision_paused: schemas/* boolean */.zMY(),
    passed: schemas/* boolean */.zMY(),
    operator_initials: nullableText,
    follow_up_owner: nullableText,
    evidence_links: schemas/* array */.YOg(schemas/* string */.YjP()),
    run: schemas/* strictObject */.rej({
        repository: nullableText,
        commit: nullableText,
        ref: nullableText,
        event: nullableText,
        run_url: nullableText,
    })
        .describe('Where the gate ran; null outside a workflow.'),
    config: schemas/* strictObject */.rej({
        file: schemas/* string */.YjP(),
        format: schemas/* enum */.k5n(['native', 'litellm', 'portkey', 'mixed', 'none'])
            .describe('none: a recorded entry given no routing config.'),
        digest: schemas/* string */.YjP(),
    }),
    change: schemas/* strictObject */.rej({
        base_digest: nullableText,
        head_digest: schemas/* string */.YjP(),
        routes_added: schemas/* array */.YOg(schemas/* string */.YjP()),
        routes_removed: schemas/* array */.YOg(schemas/* string */.YjP()),
        hosts_added: schemas/* array */.YOg(schemas/* string */.YjP()),
        hosts_removed: schemas/* array */.YOg(schemas/* string */.YjP()),
        models_changed: schemas/* array */.YOg(schemas/* strictObject */.rej({ route: schemas/* string */.YjP(), from: schemas/* string */.YjP(), to: schemas/* string */.YjP() })),
        retry_policies_changed: schemas/* array */.YOg(schemas/* string */.YjP()),
        budget_changed: schemas/* boolean */.zMY(),
        touches: schemas/* array */.YOg(schemas/* enum */.k5n(['routing', 'hosts', 'models', 'retry_policy', 'budget'])),
        mixed_scope: schemas/* boolean */.zMY(),
    })
        .nullable()
        .describe('What the change touches against the base config; null without a base.'),
    environment: schemas/* strictObject */.rej({
        gate_version: schemas/* string */.YjP(),
        node_version: schemas/* string */.YjP(),
        runner_os: schemas/* string */.YjP(),
        driver: schemas/* enum */.k5n(['reference', 'command', 'gateway', 'mixed', 'none'])
            .describe('none: nothing was driven (a recorded entry).'),
        gateway: schemas/* strictObject */.rej({
            name: observations_types/* GatewayKindSchema */.IP,
            version: schemas/* string */.YjP().nullable(),
            observed_on_gateway: schemas/* array */.YOg(schemas/* string */.YjP())
                .describe("Verdicts judged from the real gateway's requests on the wire."),
            modelled: schemas/* array */.YOg(schemas/* string */.YjP())
                .describe("Verdicts judged from the gate's reading of the config, not the gateway."),
            direct: schemas/* array */.YOg(schemas/* string */.YjP())
                .describe('Verdicts from requests sent straight to the routes, not through the gateway.'),
        })
            .optional()
            .describe('With the gateway driver: which gateway ran, and which verdicts it stands behind.'),
        upstream: schemas/* enum */.k5n(['live', 'mock', 'mixed', 'none']),
        environment_mismatch: schemas/* boolean */.zMY(),
        mismatch_reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    }),
    chains: schemas/* array */.YOg(chainRecordSchema),
    routes: schemas/* array */.YOg(routeRecordSchema),
    storm: schemas/* array */.YOg(stormRecordSchema),
    findings: schemas/* array */.YOg(findingRecordSchema),
    verdicts: schemas/* array */.YOg(verdictRecordSchema),
    gate: schemas/* strictObject */.rej({
        passed: schemas/* boolean */.zMY(),
        fail_on: schemas/* array */.YOg(failCategory),
        problems: schemas/* array */.YOg(problemRecordSchema),
    }),
    failures: schemas/* array */.YOg(schemas/* string */.YjP()).describe('The problems that fail the job, one line each.'),
    remaining_uncertainty: schemas/* array */.YOg(schemas/* string */.YjP()),
    does_not_assert: schemas/* array */.YOg(schemas/* enum */.k5n(NOT_ASSERTED)),
    merged_from: schemas/* array */.YOg(schemas/* strictObject */.rej({
        ledger_id: schemas/* string */.YjP(),
        passed: schemas/* boolean */.zMY(),
        fallback_decision: decision,
        runner_os: schemas/* string */.YjP(),
    }))
        .describe('The entries a `ledger merge` combined; empty for a single run.'),
    recorded: recordedRecordSchema.optional(),
    integrity: schemas/* strictObject */.rej({ sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) })
        .describe('sha256 of the canonical JSON of the entry without this field.'),
})
    .describe('fallback-gate fallback decision ledger entry, v1.');


/***/ }),

/***/ 8218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eV: () => (/* binding */ routesOf),
/* harmony export */   wJ: () => (/* binding */ PolicyRun),
/* harmony export */   xV: () => (/* binding */ compileChain)
/* harmony export */ });
/* unused harmony exports isRetried, pickMember */
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1174);

/** Layers outermost first, each re-running everything inside it; then the target tree. */
function compileChain(chain, routes) {
    const byName = new Map(routes.map((r) => [r.name, r]));
    let node = compileTarget(chain.target, byName);
    for (let i = chain.layers.length - 1; i >= 0; i--) {
        node = { kind: 'retry', policy: chain.layers[i].retry, child: node };
    }
    return node;
}
function compileTarget(target, routes) {
    const once = target.kind === 'route'
        ? {
            kind: 'route',
            route: target.route,
            timeoutMs: routes.get(target.route)?.timeoutMs ?? null,
        }
        : target.kind === 'fallback'
            ? { kind: 'fallback', children: target.targets.map((t) => compileTarget(t, routes)) }
            : { kind: 'loadbalance', children: target.targets.map((t) => compileTarget(t, routes)) };
    return target.retry ? { kind: 'retry', policy: target.retry, child: once } : once;
}
/** Whether a policy retries this outcome at all. */
function isRetried(policy, outcome) {
    if (outcome.ok || outcome.unusable === true)
        return false;
    return outcome.status === null
        ? policy.retryOnNetworkErrors
        : policy.retryOnStatuses.includes(outcome.status);
}
/** The member a load-balanced group sends one try to: one uniform draw. */
function pickMember(count, random) {
    return Math.min(count - 1, Math.floor(random() * count));
}
const NOTHING_TO_TRY = { ok: false, status: null, retryAfterMs: null };
/** One caller request executing the policy. */
class PolicyRun {
    frames = [];
    /** Set when the step is 'wait'. */
    waitMs = 0;
    /** Set when the step is 'done'. */
    outcome = NOTHING_TO_TRY;
    root;
    ctx;
    constructor(root, ctx) {
        this.root = root;
        this.ctx = ctx;
    }
    start() {
        return this.descend(this.root);
    }
    /** The answer to the attempt the last step asked for. */
    answer(outcome) {
        return this.ascend(outcome);
    }
    /** The wait the last step asked for is over. */
    resume() {
        const frame = this.frames[this.frames.length - 1];
        if (frame?.node.kind !== 'retry')
            return this.ascend(NOTHING_TO_TRY);
        return this.descend(frame.node.child);
    }
    descend(start) {
        let node = start;
        for (;;) {
            if (node.kind === 'route')
                return node;
            if (node.kind === 'retry') {
                this.frames.push({ node, position: 1, startedAt: this.ctx.now(), backoff: null });
                node = node.child;
                continue;
            }
            const children = node.children;
            if (children.length === 0)
                return this.ascend(NOTHING_TO_TRY);
            if (node.kind === 'loadbalance') {
                const index = this.ctx.pick
                    ? this.ctx.pick(children)
                    : pickMember(children.length, this.ctx.random);
                node = children[index];
                continue;
            }
            this.frames.push({ node, position: 0, startedAt: this.ctx.now(), backoff: null });
            node = children[0];
        }
    }
    ascend(result) {
        const frames = this.frames;
        for (;;) {
            const frame = frames[frames.length - 1];
            if (frame === undefined) {
                this.outcome = result;
                return 'done';
            }
            if (frame.node.kind === 'fallback') {
                // A fallback group moves on after any failure of a child and reports the last failure.
                const next = result.ok ? undefined : frame.node.children[++frame.position];
                if (next === undefined) {
                    frames.pop();
                    continue;
                }
                return this.descend(next);
            }
            const policy = frame.node.policy;
            if (result.ok || frame.position >= policy.maxAttempts || !isRetried(policy, result)) {
                frames.pop();
                continue;
            }
            const backoff = frame.backoff
                ? frame.backoff.next(this.ctx.random)
                : (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .firstBackoff */ .N3)(policy, this.ctx.random);
            frame.backoff = backoff;
            const { waitMs, reason } = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .waitBeforeRetry */ .jy)(backoff.delayMs, result.retryAfterMs, policy.honourRetryAfter);
            if (policy.maxElapsedMs !== null) {
                const margin = this.ctx.now() + waitMs - frame.startedAt - policy.maxElapsedMs;
                if (margin > 0) {
                    this.ctx.observer?.stop?.('max_elapsed', margin);
                    frames.pop();
                    continue;
                }
                this.ctx.observer?.withinMaxElapsed?.(-margin);
            }
            frame.position++;
            this.ctx.observer?.wait?.(waitMs, frame.position - 1, reason, policy);
            if (waitMs > 0) {
                this.waitMs = waitMs;
                return 'wait';
            }
            return this.descend(frame.node.child);
        }
    }
}
/** Every route a node can send to. */
function routesOf(node) {
    if (node.kind === 'route')
        return [node.route];
    if (node.kind === 'retry')
        return routesOf(node.child);
    return node.children.flatMap(routesOf);
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
