export const id = 270;
export const ids = [270];
export const modules = {

/***/ 6895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ errorPathVerdicts),
  x: () => (/* binding */ scenarioInsideNoise)
});

// EXTERNAL MODULE: ./lib/judge/jitter-statistics.js
var jitter_statistics = __webpack_require__(3313);
// EXTERNAL MODULE: ./lib/retry/backoff.js
var backoff = __webpack_require__(1174);
// EXTERNAL MODULE: ./lib/judge/scenario-context.js + 1 modules
var scenario_context = __webpack_require__(8531);
;// CONCATENATED MODULE: ./lib/judge/retry-waits.js


/**
 * Waits between a retryable failure and the next attempt, skipping waits a retry-after set. For a
 * sample that follows the declared policy, the replay names the policy and retry behind each
 * wait exactly (whatever member a load balancer picked, whichever group or layer retried);
 * otherwise the wait between two attempts on the same route is attributed to the route's policy.
 */
function retryWaits(ctx) {
    const waits = [];
    for (const sample of (0,scenario_context/* samplesOf */.lc)(ctx)) {
        const attempts = sample.attempts;
        const replay = ctx.replays.get(sample.sample);
        if (replay?.conforms) {
            for (const w of replay.waits) {
                const prev = attempts[w.after];
                const next = attempts[w.after + 1];
                if (!prev || !next || w.reason !== 'backoff')
                    continue;
                if ((0,scenario_context/* classOf */.Kl)(prev) !== 'retryable' || prev.retryAfterMs !== null)
                    continue;
                waits.push({
                    abandoned: prev.durationMs === null,
                    sample: sample.sample,
                    route: next.route,
                    retry: w.retry,
                    policy: w.policy,
                    waitedMs: next.atMs - (0,scenario_context/* endOf */.pJ)(prev),
                    minMs: Math.min(...w.readings.map((r) => (0,backoff/* waitBounds */.nX)(r.policy, r.retry).minMs)),
                    fromMs: (0,scenario_context/* endOf */.pJ)(prev),
                    toMs: next.atMs,
                });
            }
            continue;
        }
        let run = 0;
        for (let i = 1; i < attempts.length; i++) {
            const prev = attempts[i - 1];
            const next = attempts[i];
            if (prev.route !== next.route) {
                run = 0;
                continue;
            }
            run += 1;
            if ((0,scenario_context/* classOf */.Kl)(prev) !== 'retryable' || prev.retryAfterMs !== null)
                continue;
            const effective = ctx.policies.get(next.route);
            const inner = effective?.route ?? null;
            const perPass = inner?.maxAttempts ?? 1;
            // A stacked layer re-runs the inner pass: its boundary waits follow the layer's policy.
            const atBoundary = run % perPass === 0;
            const policy = atBoundary && effective?.layer ? effective.layer : inner;
            if (!policy)
                continue;
            const retry = atBoundary && effective?.layer ? run / perPass : effective?.layer ? run % perPass : run;
            const index = Math.min(retry, Math.max(1, policy.maxAttempts - 1));
            waits.push({
                abandoned: prev.durationMs === null,
                sample: sample.sample,
                route: next.route,
                retry: index,
                policy,
                waitedMs: next.atMs - (0,scenario_context/* endOf */.pJ)(prev),
                minMs: (0,backoff/* waitBounds */.nX)(policy, index).minMs,
                fromMs: (0,scenario_context/* endOf */.pJ)(prev),
                toMs: next.atMs,
            });
        }
    }
    return waits;
}

// EXTERNAL MODULE: ./lib/judge/rules/caller-outcome.js
var caller_outcome = __webpack_require__(6237);
// EXTERNAL MODULE: ./lib/judge/rules/rule.js
var rules_rule = __webpack_require__(1569);
// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
// EXTERNAL MODULE: ./lib/observations/timing.js
var observations_timing = __webpack_require__(4937);
;// CONCATENATED MODULE: ./lib/judge/timing-noise.js


/**
 * The verdict as it stands, or as unknown when its margin lies within the scenario's measured
 * disturbance. Verdicts that do not depend on timing, and scenarios without a measurement, pass
 * through unchanged.
 */
function judgeTimingNoise(ctx, verdict) {
    const timing = ctx.scenario.timing;
    if (!timing || timing.disturbanceMs <= 0 || verdict.status === 'unknown')
        return verdict;
    const found = timingMargin(ctx, verdict);
    if (found === null)
        return verdict;
    const { margin, disturbanceMs } = found;
    if (disturbanceMs <= 0 || margin > disturbanceMs)
        return verdict;
    const late = timing.lateStartMaxMs !== null
        ? `, samples started up to ${timing.lateStartMaxMs} ms late`
        : '';
    const runs = timing.runs === 2 ? ' in both runs' : '';
    return {
        ...verdict,
        status: 'unknown',
        figures: {
            ...verdict.figures,
            observed_status: verdict.status,
            margin_ms: round(margin),
            measured_delay_ms: disturbanceMs,
        },
        reason: `inside the timing noise${runs}: the margin of ${round(margin)} ms is within the ${disturbanceMs} ms the gate's own timing may be off by there (event loop up to ${timing.eventLoopDelayMaxMs} ms late in the scenario${late}); observed: ${verdict.reason}`,
    };
}
/** Whether any of a scenario's verdicts sits inside its measured disturbance. */
function anyInsideNoise(verdicts) {
    return verdicts.some((v) => v.figures.observed_status !== undefined);
}
/**
 * The verdict's margin in ms against the disturbance that could have moved it; null when the
 * verdict does not rest on timing (a count, say) or the figures do not say. A single wait is set
 * against the stalls that overlapped it when those were recorded; otherwise, and for verdicts
 * over the whole scenario, against the scenario's disturbance.
 */
function timingMargin(ctx, verdict) {
    const whole = (margin) => margin === null ? null : { margin, disturbanceMs: ctx.scenario.timing?.disturbanceMs ?? 0 };
    switch (verdict.id) {
        case 'backoff_present':
            return backoffMargin(ctx, verdict);
        case 'jitter_present': {
            const spread = num(verdict.figures.largest_spread_ms);
            const needed = num(verdict.figures.spread_needed_ms);
            return whole(spread === null || needed === null ? null : Math.abs(spread - needed));
        }
        case 'retry_after_honoured':
            return retryAfterMargin(ctx, verdict);
        case 'terminal_not_retried':
            return whole(verdict.status === 'fail' ? terminalMargin(ctx) : null);
        case 'stop_rule':
            return whole(stopRuleMargin(ctx, verdict));
        case 'caller_outcome':
            return whole(num(verdict.figures.hang) ? hangMargin(ctx) : null);
        case 'fallback_engaged':
            return whole(verdict.status === 'fail' && verdict.reason.includes('still open')
                ? overlapMargin(ctx)
                : null);
        default:
            return null;
    }
}
/**
 * The disturbance over one span of a sample's timeline: the stalls of the gate's loop around its
 * two ends, when stalls were recorded; the scenario's disturbance otherwise.
 */
function localDisturbance(ctx, sample, fromMs, toMs) {
    const timing = ctx.scenario.timing;
    if (!timing)
        return 0;
    const start = ctx.scenario.samples.find((s) => s.sample === sample)?.startedAtMs;
    if (!timing.stalls || start === undefined)
        return timing.disturbanceMs;
    const own = (0,observations_timing/* stallAround */.O)(timing.stalls, start + fromMs, start + toMs);
    // A command sample's own process may have been slowed too: its start lateness says how much.
    return Math.max(own, timing.lateStartMaxMs ?? 0);
}
/** Of several (margin, disturbance) pairs, the one that decides: noise if any fits, else the tightest. */
function deciding(pairs, anyInside) {
    if (pairs.length === 0)
        return null;
    const inside = pairs.filter((p) => p.margin <= p.disturbanceMs);
    const pool = anyInside && inside.length > 0 ? inside : pairs;
    return pool.reduce((a, b) => (b.margin - b.disturbanceMs < a.margin - a.disturbanceMs ? b : a));
}
/** Positive: by how much a wait cleared its threshold; negative: by how much it fell short. */
function waitMargins(ctx) {
    return ctx.waits.map((w) => {
        const { minMs, maxMs } = (0,backoff/* waitBounds */.nX)(w.policy, w.retry);
        const d = localDisturbance(ctx, w.sample, w.fromMs, w.toMs);
        if (w.policy.jitter === 'full') {
            return { floor: false, m: w.waitedMs - ctx.nearZeroShare * maxMs, d };
        }
        const slack = w.abandoned ? ctx.abandonToleranceMs : ctx.waitSlack(minMs);
        return { floor: true, m: w.waitedMs + slack - minMs, d };
    });
}
function backoffMargin(ctx, verdict) {
    const margins = waitMargins(ctx);
    if (margins.length === 0)
        return null;
    const floor = margins.filter((w) => w.floor);
    const full = margins.filter((w) => !w.floor);
    const needed = num(verdict.figures.near_zero_needed);
    if (verdict.status === 'fail') {
        const short = floor.filter((w) => w.m < 0);
        if (short.length > 0) {
            // A fail stands if any violation is clear of its own noise.
            const pairs = short.map((w) => ({ margin: -w.m, disturbanceMs: w.d }));
            return pairs.some((p) => p.margin > p.disturbanceMs)
                ? { margin: Infinity, disturbanceMs: 0 }
                : deciding(pairs, true);
        }
        if (needed === null)
            return null;
        const nearZero = full.filter((w) => w.m < 0);
        const clear = nearZero.filter((w) => -w.m > w.d).length;
        if (clear >= needed)
            return { margin: Infinity, disturbanceMs: 0 };
        return deciding(nearZero.map((w) => ({ margin: -w.m, disturbanceMs: w.d })), true);
    }
    const pairs = floor.map((w) => ({ margin: w.m, disturbanceMs: w.d }));
    if (needed !== null) {
        // For the pass to flip, enough more waits would have to sit near zero: it stands if too few
        // of those above the line are within their noise of it.
        const nearZero = full.filter((w) => w.m < 0).length;
        const doubtful = full.filter((w) => w.m >= 0 && w.m <= w.d);
        if (nearZero + doubtful.length >= needed) {
            pairs.push(...doubtful.map((w) => ({ margin: w.m, disturbanceMs: w.d })));
        }
    }
    if (pairs.length === 0)
        return null;
    return deciding(pairs, true);
}
function endOf(a) {
    return a.atMs + (a.durationMs ?? a.abandonedAfterMs ?? 0);
}
function retryAfterMargin(ctx, verdict) {
    const pairs = [];
    for (const sample of ctx.scenario.samples) {
        sample.attempts.forEach((a, i) => {
            if (a.retryAfterMs === null)
                return;
            const next = sample.attempts.slice(i + 1).find((b) => b.route === a.route);
            if (!next)
                return;
            const m = next.atMs - endOf(a) + ctx.waitSlack(a.retryAfterMs) - a.retryAfterMs;
            pairs.push({
                margin: m,
                disturbanceMs: localDisturbance(ctx, sample.sample, endOf(a), next.atMs),
            });
        });
    }
    if (pairs.length === 0)
        return null;
    if (verdict.status === 'fail') {
        const short = pairs.filter((p) => p.margin < 0).map((p) => ({ ...p, margin: -p.margin }));
        if (short.length === 0)
            return null;
        return short.some((p) => p.margin > p.disturbanceMs)
            ? { margin: Infinity, disturbanceMs: 0 }
            : deciding(short, true);
    }
    return deciding(pairs, true);
}
/**
 * A caller that retries after a terminal answer may simply not have read it before its own
 * timeout fired: the margin is how long the answer sat ready before that timeout.
 */
function terminalMargin(ctx) {
    const routes = new Map(ctx.plan.routes.map((r) => [r.name, r]));
    const bound = ctx.scenario.deadlineMs ?? null;
    const margins = [];
    for (const sample of ctx.scenario.samples) {
        sample.attempts.forEach((a, i) => {
            if (a.status === null || a.status < 400 || a.durationMs === null)
                return;
            const retried = sample.attempts.slice(i + 1).some((b) => b.route === a.route);
            if (!retried)
                return;
            const timeout = routes.get(a.route)?.timeoutMs ?? bound;
            if (timeout !== null)
                margins.push(timeout - a.durationMs);
        });
    }
    return margins.length > 0 ? Math.max(...margins) : null;
}
/**
 * A sample counts as a hang when it is still running at its deadline; a well-behaved caller ends
 * by the declared ceiling. Noise can turn one into the other only when the two are close.
 */
function hangMargin(ctx) {
    const { deadlineMs, declaredCeilingMs } = ctx.scenario;
    return deadlineMs === undefined || declaredCeilingMs === undefined
        ? null
        : Math.abs(deadlineMs - declaredCeilingMs);
}
function stopRuleMargin(ctx, verdict) {
    const f = verdict.figures;
    // Too many attempts is a count, not a moment.
    if (num(f.attempts_after_budget_per_request))
        return null;
    if (num(f.samples_still_running_at_deadline) && !num(f.attempts_after_max_elapsed)) {
        return hangMargin(ctx);
    }
    const limit = num(f.budget_max_elapsed_ms);
    const last = num(f.last_attempt_after_ms);
    if (limit === null || last === null)
        return null;
    if (verdict.status === 'fail')
        return Math.max(0, last - limit);
    return limit - last;
}
function overlapMargin(ctx) {
    const chain = ctx.plan.chains.find((c) => c.name === ctx.scenario.chain);
    if (!chain)
        return null;
    const primary = (0,worst_case/* routeOrder */.sG)(chain.target)[0];
    let overlap = null;
    for (const sample of ctx.scenario.samples) {
        const index = sample.attempts.findIndex((a) => a.route !== primary);
        if (index < 0)
            continue;
        const at = sample.attempts[index].atMs;
        for (const a of sample.attempts.slice(0, index)) {
            const by = endOf(a) - at - ctx.waitToleranceMs;
            if (by > 0)
                overlap = Math.max(overlap ?? 0, by);
        }
    }
    return overlap;
}
function num(value) {
    return typeof value === 'number' ? value : null;
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}

// EXTERNAL MODULE: ./lib/judge/verdict-rules.js + 9 modules
var verdict_rules = __webpack_require__(7668);
;// CONCATENATED MODULE: ./lib/judge/scenario-verdicts.js







// Verdicts from the observed scenarios (injected faults, or requests rebuilt from logs): what
// the caller's stack really did on the wire, against the declared policy and the budget. Each
// verdict carries its numbers and one line of reason; "unknown" means the fact could not be
// observed and is never a guess. The claims themselves are the scenario rules of verdict-rules.ts.
function errorPathVerdicts(plan, scenarios) {
    return scenarios.flatMap((scenario) => {
        const chain = plan.chains.find((c) => c.name === scenario.chain);
        if (!chain)
            return [];
        const subject = {
            kind: 'scenario',
            chain: scenario.chain,
            scenario: scenario.scenario,
        };
        if (scenario.samples.length === 0) {
            return [
                (0,rules_rule/* verdictOf */.Vj)(caller_outcome/* callerOutcome */.A.id, subject, (0,rules_rule/* claim */.B7)('unknown', { samples: 0 }, scenario.evidenceGaps[0] ?? 'no sample of this scenario was observed')),
            ];
        }
        const ctx = scenarioContext(plan, chain, scenario);
        const noise = {
            plan,
            scenario,
            waits: ctx.waits,
            waitSlack: scenario_context/* waitSlack */.U7,
            abandonToleranceMs: scenario_context/* ABANDON_TOLERANCE_MS */.Zt,
            nearZeroShare: jitter_statistics/* NEAR_ZERO_SHARE */.AW,
            waitToleranceMs: scenario_context/* WAIT_TOLERANCE_MS */.r3,
        };
        return (0,verdict_rules/* rulesOn */.Tv)('scenario').flatMap((rule) => {
            const found = rule.check(ctx);
            return found ? [judgeTimingNoise(noise, (0,rules_rule/* verdictOf */.Vj)(rule.id, subject, found))] : [];
        });
    });
}
function scenarioContext(plan, chain, scenario) {
    const read = {
        plan,
        chain,
        scenario,
        policies: (0,scenario_context/* routePolicies */.wr)(chain),
        replays: new Map(scenario.samples.map((s) => [s.sample, (0,scenario_context/* replaySample */.EV)(plan, chain, s)])),
    };
    return { ...read, waits: retryWaits(read) };
}
/** The judge's rule for a re-run: a scenario whose verdicts sit inside its timing noise. */
function scenarioInsideNoise(plan) {
    return (observation) => anyInsideNoise(errorPathVerdicts(plan, [observation]));
}


/***/ }),

/***/ 4937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ stallAround),
/* harmony export */   _: () => (/* binding */ RESOLUTION_MS)
/* harmony export */ });
// What a timed span may be off by: the sampling resolution of the loop monitor, the stalls it
// saw, and the arithmetic that sets a span against them. Pure: measured by probe/timing.ts, read
// by the judge.
const RESOLUTION_MS = 10;
/**
 * How far a span between two stamped moments may be off: the stalls around its two ends. A stall
 * at the start may have kept a caller in this process from reading the answer, one at the end
 * may have held back the stamp of its next request; a stall in the middle moves neither.
 */
function stallAround(stalls, fromMs, toMs) {
    const at = (t) => {
        let longest = null;
        for (const s of stalls) {
            if (s.fromMs <= t + RESOLUTION_MS && s.toMs >= t - RESOLUTION_MS) {
                if (!longest || s.toMs - s.fromMs > longest.toMs - longest.fromMs)
                    longest = s;
            }
        }
        return longest;
    };
    const length = (s) => (s ? s.toMs - s.fromMs : 0);
    const start = at(fromMs);
    const end = at(toMs);
    // One stall spanning both ends counts once.
    const total = start === end ? length(start) : length(start) + length(end);
    return Math.round(total * 10) / 10;
}


/***/ }),

/***/ 5558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ assembleLedger),
/* harmony export */   p: () => (/* binding */ sealLedger)
/* harmony export */ });
/* harmony import */ var ulid__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4125);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9782);
/* harmony import */ var _ledger_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9288);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6058);




// The one way an entry is finished, for a gate run and a recorded decision alike: the parts that
// say where and when it was made are stamped on, every string passes the redactor, and the
// integrity digest is added before the schema validates it.
const defaultId = (0,ulid__WEBPACK_IMPORTED_MODULE_0__/* .monotonicFactory */ .BD)();
/** Stamps, redacts, digests and validates one entry. Throws only on a gate bug (schema mismatch). */
function assembleLedger(source, body, origin) {
    const { context } = source;
    const run = context.run ?? _run_context_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_WORKFLOW_RUN */ .c;
    const draft = {
        schema_version: _ledger_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER_SCHEMA_VERSION */ .F_,
        ...(origin ? { origin } : {}),
        ledger_id: (source.makeId ?? defaultId)(context.now.getTime()),
        timestamp: context.now.toISOString(),
        ...body,
        run: {
            repository: run.repository,
            commit: run.commit,
            ref: run.ref,
            event: run.event,
            run_url: run.runUrl,
        },
        environment: {
            gate_version: context.gateVersion,
            node_version: context.nodeVersion,
            runner_os: context.runnerOs,
            ...body.environment,
        },
        does_not_assert: [..._ledger_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_ASSERTED */ .uw],
    };
    return sealLedger(source.redactor.value(draft));
}
/** Adds the integrity digest and validates; the one way a finished entry is made. */
function sealLedger(draft) {
    return _ledger_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ledgerEntrySchema */ .pJ.parse({ ...draft, integrity: { sha256: (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .integrityDigest */ .QB)(draft) } });
}


/***/ }),

/***/ 2485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ consoleStyleFor),
/* harmony export */   q: () => (/* binding */ renderConsole)
/* harmony export */ });
/* harmony import */ var _console_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(352);

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
function consoleStyleFor(stream, env) {
    return { colour: stream.isTTY === true && !env.NO_COLOR };
}
const RED = 31;
const GREEN = 32;
const YELLOW = 33;
const DIM = 2;
function renderConsole(raw, style) {
    // A ledger read from a file is input: no value of it may steer the terminal or the job log.
    const entry = (0,_console_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .consoleSafe */ .N1)(raw);
    const paint = (code, text) => style.colour ? `\u001b[${code}m${text}\u001b[0m` : text;
    const verdict = entry.passed ? paint(GREEN, 'PASSED') : paint(RED, 'FAILED');
    const paused = entry.decision_paused ? ` ${paint(YELLOW, '(paused: evidence missing)')}` : '';
    const lines = [
        `fallback-gate ${verdict}: decision ${entry.fallback_decision}${paused}`,
        `  config   ${entry.config.file} (${entry.config.format}), ledger ${entry.ledger_id}`,
    ];
    if (entry.recorded)
        lines.push(`  recorded ${entry.recorded.statement}`);
    for (const chain of entry.chains) {
        lines.push(`  chain    ${chain.name}: ${chain.route_order.join(' -> ')}, worst case ${chain.worst_case_attempts === null ? 'not declared' : `${chain.worst_case_attempts} attempts`}, observed retries ${chain.retry_attempts}, ${chain.fallback_decision}${chain.decision_paused ? ' (paused)' : ''} [${chain.decision_rule}]`);
        lines.push(`           ${chain.reason}`);
        for (const gap of chain.evidence_gaps)
            lines.push(`           ${paint(YELLOW, 'not observed')}: ${gap}`);
        for (const s of chain.scenarios) {
            lines.push(`  scenario ${s.name} (${s.driver}): ${s.samples} samples, max retries ${s.retry_attempts}, usable ${s.outcomes.usable}, controlled ${s.outcomes.controlled_failure}, hang ${s.outcomes.hang}, unknown ${s.outcomes.unknown}`);
        }
    }
    for (const route of entry.routes) {
        const where = route.upstream === 'mock' ? 'embedded mock' : 'live';
        lines.push(`  route    ${route.name}: ${route.status_class} (${route.status_reason}) via ${where}`);
    }
    for (const storm of entry.storm) {
        lines.push(`  storm    ${storm.chain}: amplification ${storm.amplification.toFixed(2)} over ${storm.callers} callers, peak ${storm.peak_attempts_per_second}/s (baseline ${storm.baseline_peak_attempts_per_second}/s)`);
    }
    for (const p of entry.gate.problems) {
        const head = p.fails_job ? paint(RED, 'failure ') : paint(DIM, 'noted   ');
        lines.push(`  ${head} [${p.category}] ${p.subject}: ${p.message}`);
        if (p.fails_job && !p.message.includes(p.fix))
            lines.push(`           fix: ${p.fix}`);
    }
    lines.push(`  ${paint(DIM, `does not assert: ${entry.does_not_assert.join(', ')}`)}`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 6058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ NO_WORKFLOW_RUN),
/* harmony export */   w: () => (/* binding */ workflowRunFromEnv)
/* harmony export */ });
const NO_WORKFLOW_RUN = {
    repository: null,
    commit: null,
    ref: null,
    event: null,
    runUrl: null,
};
/**
 * Reads the run from the variables every GitHub Actions runner sets (documented under
 * "Default environment variables"). Outside a runner they are unset and every field is null.
 */
function workflowRunFromEnv(env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY || null;
    const runId = env.GITHUB_RUN_ID || null;
    return {
        repository,
        commit: env.GITHUB_SHA || null,
        ref: env.GITHUB_REF || null,
        event: env.GITHUB_EVENT_NAME || null,
        runUrl: repository && runId
            ? `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
            : null,
    };
}


/***/ }),

/***/ 4125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ monotonicFactory),
/* harmony export */   Z0: () => (/* binding */ ulid)
/* harmony export */ });
/* unused harmony exports MAX_ULID, MIN_ULID, TIME_LEN, TIME_MAX, ULIDError, ULIDErrorCode, decodeTime, encodeTime, fixULIDBase32, incrementBase32, isValid, ulidToUUID, uuidToULID */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);


// These values should NEVER change. The values are precisely for
// generating ULIDs.
const B32_CHARACTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ENCODING = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's Base32
const ENCODING_LEN = 32; // from ENCODING.length;
const MAX_ULID = "7ZZZZZZZZZZZZZZZZZZZZZZZZZ";
const MIN_ULID = "00000000000000000000000000";
const RANDOM_LEN = 16;
const TIME_LEN = 10;
const TIME_MAX = 281474976710655; // from Math.pow(2, 48) - 1;
const ULID_REGEX = /^[0-7][0-9a-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/;
const UUID_REGEX = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

var ULIDErrorCode;
(function (ULIDErrorCode) {
    ULIDErrorCode["Base32IncorrectEncoding"] = "B32_ENC_INVALID";
    ULIDErrorCode["DecodeTimeInvalidCharacter"] = "DEC_TIME_CHAR";
    ULIDErrorCode["DecodeTimeValueMalformed"] = "DEC_TIME_MALFORMED";
    ULIDErrorCode["EncodeTimeNegative"] = "ENC_TIME_NEG";
    ULIDErrorCode["EncodeTimeSizeExceeded"] = "ENC_TIME_SIZE_EXCEED";
    ULIDErrorCode["EncodeTimeValueMalformed"] = "ENC_TIME_MALFORMED";
    ULIDErrorCode["PRNGDetectFailure"] = "PRNG_DETECT";
    ULIDErrorCode["ULIDInvalid"] = "ULID_INVALID";
    ULIDErrorCode["Unexpected"] = "UNEXPECTED";
    ULIDErrorCode["UUIDInvalid"] = "UUID_INVALID";
})(ULIDErrorCode || (ULIDErrorCode = {}));
class ULIDError extends Error {
    constructor(errorCode, message) {
        super(`${message} (${errorCode})`);
        this.name = "ULIDError";
        this.code = errorCode;
    }
}

function randomChar(prng) {
    // Currently PRNGs generate fractions from 0 to _less than_ 1, so no "%" is necessary.
    // However, just in case a future PRNG can generate 1,
    // we are applying "% ENCODING LEN" to wrap back to the first character
    const randomPosition = Math.floor(prng() * ENCODING_LEN) % ENCODING_LEN;
    return ENCODING.charAt(randomPosition);
}
function replaceCharAt(str, index, char) {
    if (index > str.length - 1) {
        return str;
    }
    return str.substr(0, index) + char + str.substr(index + 1);
}

// Code from https://github.com/devbanana/crockford-base32/blob/develop/src/index.ts
function crockfordEncode(input) {
    const output = [];
    let bitsRead = 0;
    let buffer = 0;
    const reversedInput = new Uint8Array(input.slice().reverse());
    for (const byte of reversedInput) {
        buffer |= byte << bitsRead;
        bitsRead += 8;
        while (bitsRead >= 5) {
            output.unshift(buffer & 0x1f);
            buffer >>>= 5;
            bitsRead -= 5;
        }
    }
    if (bitsRead > 0) {
        output.unshift(buffer & 0x1f);
    }
    return output.map(byte => B32_CHARACTERS.charAt(byte)).join("");
}
function crockfordDecode(input) {
    const sanitizedInput = input.toUpperCase().split("").reverse().join("");
    const output = [];
    let bitsRead = 0;
    let buffer = 0;
    for (const character of sanitizedInput) {
        const byte = B32_CHARACTERS.indexOf(character);
        if (byte === -1) {
            throw new Error(`Invalid base 32 character found in string: ${character}`);
        }
        buffer |= byte << bitsRead;
        bitsRead += 5;
        while (bitsRead >= 8) {
            output.unshift(buffer & 0xff);
            buffer >>>= 8;
            bitsRead -= 8;
        }
    }
    if (bitsRead >= 5 || buffer > 0) {
        output.unshift(buffer & 0xff);
    }
    return new Uint8Array(output);
}
/**
 * Fix a ULID's Base32 encoding -
 * i and l (case-insensitive) will be treated as 1 and o (case-insensitive) will be treated as 0.
 * hyphens are ignored during decoding.
 * @param id The ULID
 * @returns The cleaned up ULID
 */
function fixULIDBase32(id) {
    return id.replace(/i/gi, "1").replace(/l/gi, "1").replace(/o/gi, "0").replace(/-/g, "");
}
function incrementBase32(str) {
    let done = undefined, index = str.length, char, charIndex, output = str;
    const maxCharIndex = ENCODING_LEN - 1;
    while (!done && index-- >= 0) {
        char = output[index];
        charIndex = ENCODING.indexOf(char);
        if (charIndex === -1) {
            throw new ULIDError(ULIDErrorCode.Base32IncorrectEncoding, "Incorrectly encoded string");
        }
        if (charIndex === maxCharIndex) {
            output = replaceCharAt(output, index, ENCODING[0]);
            continue;
        }
        done = replaceCharAt(output, index, ENCODING[charIndex + 1]);
    }
    if (typeof done === "string") {
        return done;
    }
    throw new ULIDError(ULIDErrorCode.Base32IncorrectEncoding, "Failed incrementing string");
}

/**
 * Decode time from a ULID
 * @param id The ULID
 * @returns The decoded timestamp
 */
function decodeTime(id) {
    if (id.length !== TIME_LEN + RANDOM_LEN) {
        throw new ULIDError(ULIDErrorCode.DecodeTimeValueMalformed, "Malformed ULID");
    }
    const time = id
        .substr(0, TIME_LEN)
        .toUpperCase()
        .split("")
        .reverse()
        .reduce((carry, char, index) => {
        const encodingIndex = ENCODING.indexOf(char);
        if (encodingIndex === -1) {
            throw new ULIDError(ULIDErrorCode.DecodeTimeInvalidCharacter, `Time decode error: Invalid character: ${char}`);
        }
        return (carry += encodingIndex * Math.pow(ENCODING_LEN, index));
    }, 0);
    if (time > TIME_MAX) {
        throw new ULIDError(ULIDErrorCode.DecodeTimeValueMalformed, `Malformed ULID: timestamp too large: ${time}`);
    }
    return time;
}
/**
 * Detect the best PRNG (pseudo-random number generator)
 * @param root The root to check from (global/window)
 * @returns The PRNG function
 */
function detectPRNG(root) {
    const rootLookup = detectRoot();
    const globalCrypto = (rootLookup && (rootLookup.crypto || rootLookup.msCrypto)) ||
        (typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__ !== "undefined" ? node_crypto__WEBPACK_IMPORTED_MODULE_0__ : null);
    if (typeof globalCrypto?.getRandomValues === "function") {
        return () => {
            const buffer = new Uint8Array(1);
            globalCrypto.getRandomValues(buffer);
            return buffer[0] / 256;
        };
    }
    else if (typeof globalCrypto?.randomBytes === "function") {
        return () => globalCrypto.randomBytes(1).readUInt8() / 256;
    }
    else if (node_crypto__WEBPACK_IMPORTED_MODULE_0__?.randomBytes) {
        return () => node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(1).readUInt8() / 256;
    }
    throw new ULIDError(ULIDErrorCode.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function detectRoot() {
    if (inWebWorker())
        return self;
    if (typeof window !== "undefined") {
        return window;
    }
    if (typeof global !== "undefined") {
        return global;
    }
    if (typeof globalThis !== "undefined") {
        return globalThis;
    }
    return null;
}
function encodeRandom(len, prng) {
    let str = "";
    for (; len > 0; len--) {
        str = randomChar(prng) + str;
    }
    return str;
}
/**
 * Encode the time portion of a ULID
 * @param now The current timestamp
 * @param len Length to generate
 * @returns The encoded time
 */
function encodeTime(now, len = TIME_LEN) {
    if (isNaN(now)) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeValueMalformed, `Time must be a number: ${now}`);
    }
    else if (now > TIME_MAX) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeSizeExceeded, `Cannot encode a time larger than ${TIME_MAX}: ${now}`);
    }
    else if (now < 0) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeNegative, `Time must be positive: ${now}`);
    }
    else if (Number.isInteger(now) === false) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeValueMalformed, `Time must be an integer: ${now}`);
    }
    let mod, str = "";
    for (let currentLen = len; currentLen > 0; currentLen--) {
        mod = now % ENCODING_LEN;
        str = ENCODING.charAt(mod) + str;
        now = (now - mod) / ENCODING_LEN;
    }
    return str;
}
function inWebWorker() {
    // @ts-ignore
    return typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope;
}
/**
 * Check if a ULID is valid
 * @param id The ULID to test
 * @returns True if valid, false otherwise
 * @example
 *   isValid("01HNZX8JGFACFA36RBXDHEQN6E"); // true
 *   isValid(""); // false
 */
function isValid(id) {
    return (typeof id === "string" &&
        id.length === TIME_LEN + RANDOM_LEN &&
        id
            .toUpperCase()
            .split("")
            .every(char => ENCODING.indexOf(char) !== -1));
}
/**
 * Create a ULID factory to generate monotonically-increasing
 *  ULIDs
 * @param prng The PRNG to use
 * @returns A ulid factory
 * @example
 *  const ulid = monotonicFactory();
 *  ulid(); // "01HNZXD07M5CEN5XA66EMZSRZW"
 */
function monotonicFactory(prng) {
    const currentPRNG = prng || detectPRNG();
    let lastTime = 0, lastRandom;
    return function _ulid(seedTime) {
        const seed = !seedTime || isNaN(seedTime) ? Date.now() : seedTime;
        if (seed <= lastTime) {
            const incrementedRandom = (lastRandom = incrementBase32(lastRandom));
            return encodeTime(lastTime, TIME_LEN) + incrementedRandom;
        }
        lastTime = seed;
        const newRandom = (lastRandom = encodeRandom(RANDOM_LEN, currentPRNG));
        return encodeTime(seed, TIME_LEN) + newRandom;
    };
}
/**
 * Generate a ULID
 * @param seedTime Optional time seed
 * @param prng Optional PRNG function
 * @returns A ULID string
 * @example
 *  ulid(); // "01HNZXD07M5CEN5XA66EMZSRZW"
 */
function ulid(seedTime, prng) {
    const currentPRNG = prng || detectPRNG();
    const seed = !seedTime || isNaN(seedTime) ? Date.now() : seedTime;
    return encodeTime(seed, TIME_LEN) + encodeRandom(RANDOM_LEN, currentPRNG);
}

/**
 * Convert a ULID to a UUID
 * @param ulid The ULID to convert
 * @returns A UUID string
 */
function ulidToUUID(ulid) {
    const isValid = ULID_REGEX.test(ulid);
    if (!isValid) {
        throw new ULIDError(ULIDErrorCode.ULIDInvalid, `Invalid ULID: ${ulid}`);
    }
    const uint8Array = crockfordDecode(ulid);
    let uuid = Array.from(uint8Array)
        .map(byte => byte.toString(16).padStart(2, "0"))
        .join("");
    uuid =
        uuid.substring(0, 8) +
            "-" +
            uuid.substring(8, 12) +
            "-" +
            uuid.substring(12, 16) +
            "-" +
            uuid.substring(16, 20) +
            "-" +
            uuid.substring(20);
    return uuid.toUpperCase();
}
/**
 * Convert a UUID to a ULID
 * @param uuid The UUID to convert
 * @returns A ULID string
 */
function uuidToULID(uuid) {
    const isValid = UUID_REGEX.test(uuid);
    if (!isValid) {
        throw new ULIDError(ULIDErrorCode.UUIDInvalid, `Invalid UUID: ${uuid}`);
    }
    const bytes = uuid.replace(/-/g, "").match(/.{1,2}/g);
    if (!bytes) {
        throw new ULIDError(ULIDErrorCode.Unexpected, `Failed parsing UUID bytes: ${uuid}`);
    }
    const uint8Array = new Uint8Array(bytes.map(byte => parseInt(byte, 16)));
    return crockfordEncode(uint8Array);
}




/***/ })

};
