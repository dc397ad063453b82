export const id = 279;
export const ids = [279];
export const modules = {

/***/ 9836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ budgetFrom)
/* harmony export */ });
// --max-attempts and --max-elapsed-ms of `check` and `plan`: budget limits that replace the config's.
function budgetFrom(flags) {
    if (flags.maxAttempts === undefined && flags.maxElapsedMs === undefined)
        return {};
    return {
        budget: {
            ...(flags.maxAttempts !== undefined ? { maxAttemptsPerRequest: flags.maxAttempts } : {}),
            ...(flags.maxElapsedMs !== undefined ? { maxElapsedMs: flags.maxElapsedMs } : {}),
        },
    };
}


/***/ }),

/***/ 4279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

;// CONCATENATED MODULE: ./lib/common/progress.js
// Progress of a run, for the person watching a terminal or a job log: a line when each stage
// starts and when each fault scenario finishes, and a "still running" line when nothing was said
// for a while, so a long run never looks hung. Progress goes to stderr (stdout stays the result,
// and stays clean JSON under --json); --quiet turns it off. The action prints the same lines
// inside one `::group::` per stage.
const SILENT = {
    stage: () => undefined,
    scenariosStarted: () => undefined,
    scenarioFinished: () => undefined,
    done: () => undefined,
};
/** At most this long passes without a line while the run goes on. */
const HEARTBEAT_MS = 5_000;
function lineProgress(options) {
    const now = options.now ?? (() => performance.now());
    const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
    const started = now();
    let lastLine = started;
    let current = null;
    const pending = new Set();
    let total = 0;
    const say = (text) => {
        lastLine = now();
        options.write(`fallback-gate [${((lastLine - started) / 1000).toFixed(1)} s] ${text}`);
    };
    // Checked ten times per period and said a little early, so lines are never more than
    // heartbeatMs apart even when a check comes late; unref'd, so it never keeps the process alive.
    const timer = setInterval(() => {
        if (current === null || now() - lastLine < heartbeatMs * 0.8)
            return;
        const waiting = pending.size > 0
            ? `: ${total - pending.size} of ${total} scenarios done, waiting on ${[...pending].slice(0, 4).join(', ')}${pending.size > 4 ? ` and ${pending.size - 4} more` : ''}`
            : '';
        say(`${current}: still running${waiting}`);
    }, Math.max(20, Math.floor(heartbeatMs / 10)));
    timer.unref();
    return {
        stage(stage, detail) {
            if (stage !== current)
                options.onStage?.(stage);
            current = stage;
            say(`${stage}: ${detail}`);
        },
        scenariosStarted(names) {
            for (const n of names)
                pending.add(n);
            total += names.length;
            say(`${current ?? 'probe'}: ${names.length} fault scenarios started`);
        },
        scenarioFinished(name) {
            pending.delete(name);
            say(`${current ?? 'probe'}: scenario ${name} done (${total - pending.size}/${total})`);
        },
        done() {
            clearInterval(timer);
            if (current !== null)
                options.onDone?.();
            current = null;
        },
    };
}

// EXTERNAL MODULE: ./lib/common/version.js
var version = __webpack_require__(8945);
// EXTERNAL MODULE: ./lib/record/render-console.js
var render_console = __webpack_require__(2485);
// EXTERNAL MODULE: ./lib/record/run-context.js
var run_context = __webpack_require__(6058);
// EXTERNAL MODULE: ./lib/storm/scenario.js
var storm_scenario = __webpack_require__(943);
// EXTERNAL MODULE: ./lib/judge/scenario-verdicts.js + 2 modules
var scenario_verdicts = __webpack_require__(6895);
// EXTERNAL MODULE: ./lib/judge/judge.js + 3 modules
var judge = __webpack_require__(6338);
// EXTERNAL MODULE: ./lib/judge/decision-evidence.js
var decision_evidence = __webpack_require__(9703);
// EXTERNAL MODULE: ./lib/plan/stage.js + 7 modules
var stage = __webpack_require__(3072);
// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
// EXTERNAL MODULE: ./lib/retry/policy-run.js
var policy_run = __webpack_require__(8218);
// EXTERNAL MODULE: ./lib/retry/random.js
var retry_random = __webpack_require__(5943);
;// CONCATENATED MODULE: ./lib/storm/event-queue.js
// A binary min-heap of timed events, each naming a caller (an integer). Ties are broken by
// insertion order, so events at the same virtual instant always run in the same order and a
// simulation replays exactly. Kept in typed arrays: a storm pushes millions of events.
class EventQueue {
    times = new Float64Array(1024);
    seqs = new Float64Array(1024);
    values = new Int32Array(1024);
    count = 0;
    nextSeq = 0;
    get size() {
        return this.count;
    }
    push(atMs, value) {
        if (this.count === this.times.length)
            this.grow();
        const { times, seqs, values } = this;
        const seq = this.nextSeq++;
        let i = this.count++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pt = times[parent];
            if (pt < atMs || (pt === atMs && seqs[parent] < seq))
                break;
            times[i] = pt;
            seqs[i] = seqs[parent];
            values[i] = values[parent];
            i = parent;
        }
        times[i] = atMs;
        seqs[i] = seq;
        values[i] = value;
    }
    /** The time of the earliest event; only meaningful when size > 0. */
    peekTime() {
        return this.times[0];
    }
    /** Removes the earliest event and returns its value; call only when size > 0. */
    pop() {
        const { times, seqs, values } = this;
        const top = values[0];
        const n = --this.count;
        if (n === 0)
            return top;
        const lastTime = times[n];
        const lastSeq = seqs[n];
        const lastValue = values[n];
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            if (left >= n)
                break;
            const right = left + 1;
            let child = left;
            if (right < n &&
                (times[right] < times[left] ||
                    (times[right] === times[left] && seqs[right] < seqs[left]))) {
                child = right;
            }
            const ct = times[child];
            if (ct > lastTime || (ct === lastTime && seqs[child] > lastSeq))
                break;
            times[i] = ct;
            seqs[i] = seqs[child];
            values[i] = values[child];
            i = child;
        }
        times[i] = lastTime;
        seqs[i] = lastSeq;
        values[i] = lastValue;
        return top;
    }
    grow() {
        const size = this.times.length * 2;
        const times = new Float64Array(size);
        const seqs = new Float64Array(size);
        const values = new Int32Array(size);
        times.set(this.times);
        seqs.set(this.seqs);
        values.set(this.values);
        this.times = times;
        this.seqs = seqs;
        this.values = values;
    }
}

;// CONCATENATED MODULE: ./lib/storm/series.js
/**
 * Attempts per second over time, policy against baseline, in at most maxPoints points: long
 * storms are grouped into wider buckets whose value is the mean rate over the bucket.
 */
function attemptSeries(policyPerSecond, baselinePerSecond, maxPoints, minSeconds = 0) {
    const seconds = Math.max(policyPerSecond.length, baselinePerSecond.length, minSeconds);
    if (seconds === 0)
        return [];
    const width = Math.max(1, Math.ceil(seconds / Math.max(1, maxPoints)));
    const series = [];
    for (let start = 0; start < seconds; start += width) {
        let policy = 0;
        let baseline = 0;
        for (let s = start; s < start + width; s++) {
            policy += policyPerSecond[s] ?? 0;
            baseline += baselinePerSecond[s] ?? 0;
        }
        series.push({
            tSeconds: start,
            policy: round(policy / width),
            baseline: round(baseline / width),
        });
    }
    return series;
}
function round(value) {
    return Math.round(value * 100) / 100;
}

;// CONCATENATED MODULE: ./lib/storm/simulate.js



function simulateStorm(input) {
    const n = input.arrivalsMs?.length ?? input.scenario.callers;
    const tally = runCallers(input, n);
    const result = summarise(input, n, tally);
    const simulation = { result, totalAttempts: tally.totalAttempts };
    if (tally.recorded) {
        simulation.attempts = tally.recorded;
        simulation.callers = Array.from({ length: n }, (_, i) => ({
            arrivalMs: tally.arrival[i],
            endMs: tally.end[i],
            attempts: tally.attemptsOf[i],
            usable: tally.usable[i] === 1,
        }));
    }
    return simulation;
}
/** Runs every caller's request through the chain's policy, in virtual time. */
function runCallers(input, n) {
    const { chain, scenario } = input;
    const { outage } = scenario;
    const root = (0,policy_run/* compileChain */.xV)(chain, input.routes);
    const down = outageScope(chain, outage);
    const random = (0,retry_random/* seededRandom */.I)(scenario.seed);
    let clock = 0;
    const ctx = {
        now: () => clock,
        random,
        ...(input.observer ? { observer: input.observer } : {}),
    };
    const queue = new EventQueue();
    const runs = new Array(n);
    // What resumes a caller at its next event: the answer to its attempt, or the end of a wait.
    const answers = new Array(n);
    const tally = {
        arrival: new Float64Array(n),
        end: new Float64Array(n),
        attemptsOf: new Int32Array(n),
        usable: new Uint8Array(n),
        sawFailure: new Uint8Array(n),
        perSecond: [],
        recorded: input.recordAttempts ? [] : undefined,
        totalAttempts: 0,
    };
    const { arrival, end, usable } = tally;
    for (let i = 0; i < n; i++) {
        arrival[i] = input.arrivalsMs?.[i] ?? arrivalTime(i, n, scenario.arrivalWindowMs);
        queue.push(arrival[i], i);
    }
    while (queue.size > 0) {
        clock = queue.peekTime();
        const caller = queue.pop();
        let run = runs[caller];
        let step;
        if (run === undefined) {
            run = new policy_run/* PolicyRun */.wJ(root, ctx);
            runs[caller] = run;
            step = run.start();
        }
        else {
            const answer = answers[caller];
            answers[caller] = undefined;
            step = answer === undefined ? run.resume() : run.answer(answer);
        }
        if (step === 'done') {
            end[caller] = clock;
            usable[caller] = run.outcome.ok ? 1 : 0;
            runs[caller] = undefined;
            continue;
        }
        if (step === 'wait') {
            queue.push(clock + run.waitMs, caller);
            continue;
        }
        const played = input.play
            ? input.play(caller, step.route, clock, step.timeoutMs)
            : playOutage(outage, down.has(step.route), step.timeoutMs, clock, random);
        countAttempt(tally, caller, step.route, clock, played);
        answers[caller] = played.outcome;
        queue.push(clock + played.durationMs, caller);
    }
    return tally;
}
function countAttempt(tally, caller, route, clock, played) {
    const { attemptsOf, perSecond } = tally;
    tally.totalAttempts++;
    attemptsOf[caller]++;
    const second = Math.floor(clock / 1000);
    perSecond[second] = (perSecond[second] ?? 0) + 1;
    if (!played.outcome.ok)
        tally.sawFailure[caller] = 1;
    tally.recorded?.push({
        caller,
        route,
        startMs: clock,
        endMs: clock + played.durationMs,
        result: played.outcome.ok ? 'ok' : (played.outcome.status ?? 'timeout'),
        retry: attemptsOf[caller] > 1,
    });
}
/** The storm's figures: shares of callers, amplification, peaks, drain and the chart series. */
function summarise(input, n, tally) {
    const { chain, budget, scenario } = input;
    const { outage } = scenario;
    const { arrival, end, attemptsOf, usable, sawFailure, perSecond, totalAttempts } = tally;
    let usableCount = 0;
    let overBudget = 0;
    let lastAffectedEnd = 0;
    for (let i = 0; i < n; i++) {
        usableCount += usable[i];
        const elapsed = end[i] - arrival[i];
        if (attemptsOf[i] > budget.maxAttemptsPerRequest ||
            (budget.maxElapsedMs !== null && elapsed > budget.maxElapsedMs)) {
            overBudget++;
        }
        if (sawFailure[i])
            lastAffectedEnd = Math.max(lastAffectedEnd, end[i]);
    }
    const baselinePerSecond = [];
    for (let i = 0; i < n; i++) {
        const second = Math.floor(arrival[i] / 1000);
        baselinePerSecond[second] = (baselinePerSecond[second] ?? 0) + 1;
    }
    const share = (count) => (n === 0 ? 0 : count / n);
    return {
        chain: chain.name,
        seed: scenario.seed,
        callers: n,
        outage: { shape: outage.shape, durationMs: outage.durationMs },
        amplification: n === 0 ? 0 : totalAttempts / n,
        peakAttemptsPerSecond: peakOf(perSecond),
        baselinePeakAttemptsPerSecond: peakOf(baselinePerSecond),
        drainMs: Math.max(0, lastAffectedEnd - outage.durationMs),
        shares: {
            usable: share(usableCount),
            controlledFailure: share(n - usableCount),
            overBudget: share(overBudget),
        },
        series: attemptSeries(perSecond, baselinePerSecond, input.maxSeriesPoints ?? 60, 
        // The chart covers the whole outage, even when every caller gave up before it ended.
        Math.ceil(outage.durationMs / 1000) + 1),
    };
}
/** Evenly spaced arrivals over the window; a zero window is a burst at t = 0. */
function arrivalTime(index, callers, windowMs) {
    return callers <= 1 || windowMs <= 0 ? 0 : (index * windowMs) / callers;
}
function outageScope(chain, outage) {
    const order = (0,worst_case/* routeOrder */.sG)(chain.target);
    return new Set(outage.scope === 'all' ? order : order.slice(0, 1));
}
const OK = { ok: true };
const UNAVAILABLE = { ok: false, status: 503, retryAfterMs: null };
const TIMED_OUT = { ok: false, status: null, retryAfterMs: null };
/**
 * What the upstream does with an attempt that starts at atMs. The outage runs from 0 to its
 * duration; an attempt that starts after recovery succeeds. A route timeout shorter than the
 * answer turns it into a timeout.
 */
function playOutage(outage, routeIsDown, timeoutMs, atMs, random) {
    const healthy = !routeIsDown || atMs >= outage.durationMs;
    let played;
    if (healthy) {
        played = { outcome: OK, durationMs: outage.okLatencyMs };
    }
    else if (outage.shape === 'throttle') {
        played = {
            outcome: { ok: false, status: 429, retryAfterMs: outage.retryAfterMs },
            durationMs: outage.failLatencyMs,
        };
    }
    else if (outage.shape === 'partial') {
        played =
            random() < outage.failFraction
                ? { outcome: UNAVAILABLE, durationMs: outage.failLatencyMs }
                : { outcome: OK, durationMs: outage.okLatencyMs };
    }
    else if (outage.hardDownAs === 'timeout') {
        // The connection hangs; without a route timeout it hangs until the upstream recovers and
        // drops it.
        return { outcome: TIMED_OUT, durationMs: timeoutMs ?? outage.durationMs - atMs };
    }
    else {
        played = { outcome: UNAVAILABLE, durationMs: outage.failLatencyMs };
    }
    if (timeoutMs !== null && played.durationMs > timeoutMs) {
        return { outcome: TIMED_OUT, durationMs: timeoutMs };
    }
    return played;
}
function peakOf(perSecond) {
    let peak = 0;
    for (const count of perSecond)
        if (count !== undefined && count > peak)
            peak = count;
    return peak;
}

;// CONCATENATED MODULE: ./lib/storm/run-storms.js



/**
 * The most attempts one simulation may make. A policy whose worst case is huge (retries stacked
 * 100 × 100 × …) is simulated with fewer callers, so the gate stays fast and bounded; the result
 * names how many callers were simulated.
 */
const MAX_SIMULATED_ATTEMPTS = 10_000_000;
/**
 * The storm figures of every chain under one scenario. undefined runs the default scenario;
 * null means the storm was switched off (the judge records that as unknown, not as a pass).
 */
function runStorms(plan, scenario) {
    if (scenario === null)
        return [];
    const chosen = scenario ?? storm_scenario/* DEFAULT_STORM */.ak;
    return plan.chains.map((chain) => {
        const worst = Math.max(1, (0,worst_case/* worstCaseChainAttempts */.FB)(chain));
        const callers = Math.max(1, Math.min(chosen.callers, Math.floor(MAX_SIMULATED_ATTEMPTS / worst)));
        return simulateStorm({
            chain,
            routes: plan.routes,
            budget: plan.budget,
            scenario: { ...chosen, callers },
        }).result;
    });
}

// EXTERNAL MODULE: ./lib/record/build-ledger.js
var build_ledger = __webpack_require__(8711);
// EXTERNAL MODULE: ./lib/record/outputs.js + 5 modules
var record_outputs = __webpack_require__(1112);
// EXTERNAL MODULE: ./lib/record/ledger-json-schema.js
var ledger_json_schema = __webpack_require__(7095);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
// EXTERNAL MODULE: ./lib/record/history.js
var record_history = __webpack_require__(4729);
;// CONCATENATED MODULE: ./lib/run.js





async function runGate(options) {
    const progress = options.progress ?? SILENT;
    try {
        return await stages(options, progress);
    }
    finally {
        progress.done();
    }
}
async function stages(options, progress) {
    const { plan, analysis, trust } = await planStage(options, progress);
    const redactor = redactorFor(plan, options.env);
    // The ledger must be writable before minutes of probing are spent on it.
    const { checkOutDir } = await __webpack_require__.e(/* import() */ 564).then(__webpack_require__.bind(__webpack_require__, 8564));
    await checkOutDir(options.outDir);
    const observations = await probeStage(plan, trust, options, progress);
    const { judgement, context } = judgeStage(plan, analysis, observations, options, progress);
    // record: every output goes through the same redactor
    progress.stage('record', 'building the ledger entry');
    const entry = (0,build_ledger/* buildLedger */.ES)({ plan, analysis, observations, judgement, context, redactor });
    const outputs = (0,record_outputs/* renderOutputs */.$)(entry, redactor);
    const { files, warnings } = await publishStage(entry, outputs, options, progress);
    return {
        entry,
        analysis,
        markdown: outputs.markdown,
        files,
        warnings,
        exitCode: entry.passed ? 0 : 1,
    };
}
async function planStage(options, progress) {
    const { plan, analysis, trust } = await (0,stage/* runPlanStage */.z)(options);
    // Said after reading, so a config error is the first thing a user sees.
    progress.stage('plan', `${options.configPath}: ${plan.routes.length} route(s), ${plan.chains.length} chain(s), ${analysis.findings.length} finding(s)`);
    return { plan, analysis, trust };
}
/** The run's redactor: the one secret set of a run (runSecrets), with the ledger's vocabulary. */
function redactorFor(plan, env) {
    return (0,ledger_json_schema/* ledgerRedactor */.c1)((0,redact/* runSecrets */.To)(env, plan));
}
async function probeStage(plan, trust, options, progress) {
    progress.stage('probe', `${plan.routes.length} route(s), ${plan.chains.length} chain(s)${options.errorPath === false ? '' : ', fault scenarios through the fault proxy'}`);
    const { probe } = await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(819)]).then(__webpack_require__.bind(__webpack_require__, 1819));
    const network = await probe(plan, {
        progress,
        upstream: options.upstream,
        env: options.env,
        trust,
        // The judge's own rule decides which scenarios sit inside their timing noise.
        insideNoise: (0,scenario_verdicts/* scenarioInsideNoise */.x)(plan),
        errorPath: options.errorPath === false
            ? false
            : {
                ...(options.driver ? { driver: options.driver } : {}),
                ...(options.command ? { command: options.command } : {}),
                ...(options.gateway ? { gateway: options.gateway } : {}),
                ...options.errorPath,
            },
    });
    if (options.storm !== null) {
        progress.stage('probe', `retry-storm simulation of ${plan.chains.length} chain(s)`);
    }
    return { ...network, storm: runStorms(plan, options.storm) };
}
function judgeStage(plan, analysis, observations, options, progress) {
    progress.stage('judge', 'checking the observations against the policy and the budget');
    const context = {
        ...options.context,
        operatorInitials: options.context.operatorInitials ?? plan.owners.operatorInitials,
        followUpOwner: options.context.followUpOwner ?? plan.owners.followUpOwner,
    };
    const judgement = (0,judge/* judge */.S)({
        plan,
        analysis,
        observations,
        evidence: {
            operatorInitials: context.operatorInitials,
            followUpOwner: context.followUpOwner,
            evidenceLinks: context.evidenceLinks,
            required: context.requiredEvidence ?? plan.owners.required ?? decision_evidence/* DEFAULT_REQUIRED_EVIDENCE */.kO,
        },
        ...(options.failOn ? { failOn: options.failOn } : {}),
    });
    return { judgement, context };
}
/** Disk first, then the runner's files (job summary, step outputs). */
async function publishStage(entry, outputs, options, progress) {
    progress.stage('publish', `writing the ledger to ${options.outDir}`);
    const { appendJobSummary, setStepOutputs, writeLedgerFiles } = await __webpack_require__.e(/* import() */ 564).then(__webpack_require__.bind(__webpack_require__, 8564));
    const files = await writeLedgerFiles(options.outDir, outputs.json, outputs.markdown);
    if (options.historyPath) {
        await (0,record_history/* appendHistoryLine */.h)(options.historyPath, outputs.historyLine);
    }
    const warnings = [];
    const summaryWarning = await appendJobSummary(outputs.markdown, options.env);
    if (summaryWarning)
        warnings.push(summaryWarning);
    const outputWarning = await setStepOutputs({
        decision: entry.fallback_decision,
        passed: String(entry.passed),
        'ledger-path': files.jsonPath,
        'ledger-id': entry.ledger_id,
    }, options.env);
    if (outputWarning)
        warnings.push(outputWarning);
    return { files, warnings };
}

// EXTERNAL MODULE: ./lib/cli/commands/budget.js
var budget = __webpack_require__(9836);
;// CONCATENATED MODULE: ./lib/cli/commands/check.js





/** Runs the gate; `gateway` is --gateway already parsed (the wiring refuses a bad one). */
async function runCheck(flags, gateway, io) {
    if (flags.driver === 'command' || flags.driver === 'gateway') {
        // The command must not find a key in /proc/<gate pid>/environ (see scrub-environ.ts).
        const scrub = await io.withholdCredentials(flags.config);
        if (scrub.kind === 'unsupported') {
            io.stderr.write("warning: this Node.js has no process.execve, so the command or gateway can read the credentials in the gate's /proc environ\n");
        }
    }
    const gate = await runGate(gateOptions(flags, gateway, io));
    io.stdout.write((0,render_console/* renderConsole */.q)(gate.entry, (0,render_console/* consoleStyleFor */.S)(io.stdout, io.env)));
    io.stdout.write(`ledger: ${gate.files.jsonPath}\n`);
    for (const warning of gate.warnings)
        io.stderr.write(`warning: ${warning}\n`);
    return { exitStatus: gate.exitCode, gate };
}
function gateOptions(flags, gateway, io) {
    return {
        configPath: flags.config,
        outDir: flags.out,
        ...(flags.format ? { format: flags.format } : {}),
        ...(flags.baseConfig ? { baseConfigPath: flags.baseConfig } : {}),
        trustedHosts: flags.trustedHost,
        ...(flags.clientRetries !== undefined ? { clientRetries: flags.clientRetries } : {}),
        ...(0,budget/* budgetFrom */.E)(flags),
        upstream: flags.upstream,
        storm: flags.storm ? stormFrom(flags) : null,
        driver: flags.driver,
        ...(flags.command ? { command: flags.command } : {}),
        ...(gateway ? { gateway } : {}),
        errorPath: {
            scenarios: flags.scenario,
            samples: flags.samples,
            ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
        },
        env: io.env,
        failOn: flags.failOn,
        ...(flags.history ? { historyPath: flags.history } : {}),
        ...(flags.quiet
            ? {}
            : { progress: lineProgress({ write: (line) => io.stderr.write(`${line}\n`) }) }),
        context: {
            gateVersion: version/* GATE_VERSION */.d,
            nodeVersion: io.runtime.nodeVersion,
            runnerOs: io.runtime.runnerOs,
            driver: flags.driver,
            operatorInitials: flags.operator ?? null,
            followUpOwner: flags.owner ?? null,
            evidenceLinks: flags.evidenceLink,
            now: new Date(),
            run: (0,run_context/* workflowRunFromEnv */.w)(io.env),
        },
    };
}
function stormFrom(flags) {
    return (0,storm_scenario/* stormScenario */.GM)({
        ...(flags.stormCallers !== undefined ? { callers: flags.stormCallers } : {}),
        ...(flags.stormSeed !== undefined ? { seed: flags.stormSeed } : {}),
        outage: {
            ...(flags.stormOutageMs !== undefined ? { durationMs: flags.stormOutageMs } : {}),
            ...(flags.stormShape ? { shape: flags.stormShape } : {}),
            ...(flags.stormScope ? { scope: flags.stormScope } : {}),
        },
    });
}


/***/ }),

/***/ 9703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kO: () => (/* binding */ DEFAULT_REQUIRED_EVIDENCE),
/* harmony export */   mz: () => (/* binding */ missingEvidenceProblems)
/* harmony export */ });
/* unused harmony exports EVIDENCE_FIELDS, HOW_TO_SUPPLY */
/* harmony import */ var _subject_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2895);

const EVIDENCE_FIELDS = [
    'operator_initials',
    'follow_up_owner',
    'evidence_links',
];
/** Required unless the config says otherwise (`owners.required`). */
const DEFAULT_REQUIRED_EVIDENCE = [
    'operator_initials',
    'follow_up_owner',
];
/** How each field can be supplied, in every place the gate reads it from. */
const HOW_TO_SUPPLY = {
    operator_initials: 'set the action input `operator`, the CLI flag `--operator`, or `owners.operator_initials` in the config',
    follow_up_owner: 'set the action input `follow-up-owner`, the CLI flag `--owner`, or `owners.follow_up_owner` in the config',
    evidence_links: 'pass the CLI flag `--evidence-link URL` (repeatable); the action adds the workflow run URL itself',
};
function missingEvidenceProblems(fields) {
    const present = {
        operator_initials: Boolean(fields.operatorInitials?.trim()),
        follow_up_owner: Boolean(fields.followUpOwner?.trim()),
        evidence_links: fields.evidenceLinks.length > 0,
    };
    return EVIDENCE_FIELDS.filter((f) => fields.required.includes(f) && !present[f]).map((f) => ({
        category: 'evidence',
        subject: (0,_subject_js__WEBPACK_IMPORTED_MODULE_0__/* .renderSubject */ .TK)({ kind: 'ledger', field: f }),
        message: `required evidence field ${f} is missing: ${HOW_TO_SUPPLY[f]}`,
        fix: HOW_TO_SUPPLY[f],
    }));
}


/***/ }),

/***/ 6338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ judge),
  u: () => (/* binding */ mostSevere)
});

// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
;// CONCATENATED MODULE: ./lib/judge/decision-facts.js

function gatherChainFacts(chain, happyPath, errorPath, verdicts) {
    const order = (0,worst_case/* routeOrder */.sG)(chain.target);
    const byRoute = new Map(happyPath.map((o) => [o.route, o]));
    const scenarios = errorPath.filter((s) => s.chain === chain.name);
    const primary = order[0];
    return {
        chain: chain.name,
        routes: order.map((route) => ({ route, observed: byRoute.get(route) ?? null })),
        verdicts: verdicts.filter((v) => isAbout(v.subject, chain.name, order)),
        errorPathRan: scenarios.length > 0,
        primaryRecoversUnderRetry: scenarios.length === 0 || primary === undefined
            ? null
            : byRoute.get(primary)?.upstream === 'live'
                ? false
                : scenarios.some((s) => s.samples.some((sample) => {
                    const onPrimary = sample.attempts.filter((a) => a.route === primary).length;
                    const endedOn = sample.outcome.kind === 'usable'
                        ? (sample.outcome.route ?? sample.attempts.at(-1)?.route ?? null)
                        : null;
                    return onPrimary > 1 && endedOn === primary;
                })),
    };
}
/** A verdict about the chain, one of its scenarios, or one of its routes. */
function isAbout(subject, chain, routes) {
    return subject.kind === 'route' ? routes.includes(subject.route) : subject.chain === chain;
}
/** A verdict's overall status for the chain: any failure fails, else any unknown is unknown. */
function verdictStatus(facts, id) {
    const matching = facts.verdicts.filter((v) => v.id === id);
    if (matching.length === 0)
        return 'absent';
    if (matching.some((v) => v.status === 'fail'))
        return 'fail';
    if (matching.some((v) => v.status === 'unknown'))
        return 'unknown';
    return 'pass';
}

// EXTERNAL MODULE: ./lib/judge/subject.js
var subject = __webpack_require__(2895);
// EXTERNAL MODULE: ./lib/judge/verdict-rules.js + 9 modules
var verdict_rules = __webpack_require__(7668);
;// CONCATENATED MODULE: ./lib/judge/decision-table.js



/** Checks every non-escalating decision needs: the budget held wherever it was measured. */
const BUDGET_NEEDS = verdict_rules/* BUDGET_VERDICTS */.jM;
const DECISION_TABLE = [
    {
        id: 'over_budget',
        decision: 'escalate',
        when: 'retries can exceed the budget: worst-case or observed attempts, elapsed time or amplification over budget, or attempts after the stop rule',
        evidence: 'a failing budget verdict (`worst_case_attempts_within_budget`, `attempts_within_budget`, `stop_rule`, `amplification_within_budget`)',
        needs: [],
        applies: (f) => failing(f, 'budget').length > 0,
        reason: (f) => `${describe(failing(f, 'budget'))}; reduce retry pressure before adding fallback traffic`,
    },
    {
        id: 'unsafe_retry_path',
        decision: 'escalate',
        when: 'the retry path misbehaves: a terminal status retried, retry-after ignored, no backoff or jitter where declared, no fallback after the primary is exhausted, or a caller left hanging',
        evidence: 'a failing error-path verdict (`terminal_not_retried`, `retry_after_honoured`, `backoff_present`, `jitter_present`, `fallback_engaged`, `caller_outcome`, …)',
        needs: [],
        applies: (f) => failing(f, 'retry_path').length > 0,
        reason: (f) => describe(failing(f, 'retry_path')),
    },
    {
        id: 'primary_not_observed',
        decision: 'escalate',
        when: 'the primary route was not observed',
        evidence: 'the primary route’s happy path (paused until it is observed)',
        needs: [],
        applies: (f) => !f.routes[0]?.observed,
        missing: (f) => [
            f.routes[0] ? `happy path of route ${f.routes[0].route}` : 'a primary route for the chain',
        ],
        reason: (f) => f.routes[0]
            ? `the primary route ${f.routes[0].route} was not observed, so no routing decision can be made`
            : 'the chain has no route',
    },
    {
        id: 'primary_usable',
        decision: 'keep_primary',
        when: 'the primary answers with a usable response of its endpoint family, and the budget held',
        evidence: 'primary happy path `2xx_usable`; when the error path ran: `caller_outcome` and the budget verdicts known',
        needs: [...BUDGET_NEEDS, 'caller_outcome'],
        applies: (f) => primaryClass(f) === '2xx_usable',
        reason: (f) => {
            const p = f.routes[0].observed;
            const broken = f.routes
                .slice(1)
                .filter((r) => r.observed && r.observed.statusClass !== '2xx_usable')
                .map((r) => `${r.route} (${r.observed.reason})`);
            return (`primary ${p.route} answered with a usable ${p.family} response` +
                (broken.length > 0 ? `; fallback not usable: ${broken.join(', ')}` : ''));
        },
    },
    {
        id: 'primary_recovers_with_retries',
        decision: 'retry_primary',
        when: 'the primary failed transiently, and the error path shows bounded retries recover it',
        evidence: 'primary happy path `retryable`; a scenario where a retried request ended usable on the primary; `backoff_present`, `retry_after_honoured`, `caller_outcome` and the budget verdicts known',
        needs: [...BUDGET_NEEDS, 'caller_outcome', 'backoff_present', 'retry_after_honoured'],
        applies: (f) => primaryClass(f) === 'retryable' && f.primaryRecoversUnderRetry === true,
        reason: (f) => `primary ${f.routes[0].route} failed transiently (${f.routes[0].observed.reason}); injected faults show bounded retries recover it`,
    },
    {
        id: 'fallback_usable',
        decision: 'use_fallback',
        when: 'the primary failed transiently and a fallback answers usably',
        evidence: 'primary happy path `retryable`; a fallback’s happy path `2xx_usable`; when the error path ran: `fallback_engaged`, `caller_outcome` and the budget verdicts known',
        needs: [...BUDGET_NEEDS, 'fallback_engaged', 'caller_outcome'],
        applies: (f) => primaryClass(f) === 'retryable' && usableFallback(f) !== undefined,
        reason: (f) => `primary ${f.routes[0].route} failed transiently (${f.routes[0].observed.reason}); fallback ${usableFallback(f).route} is usable`,
    },
    {
        id: 'fallback_not_observed',
        decision: 'escalate',
        when: 'the primary failed transiently and no fallback was seen usable, but some fallback was not observed',
        evidence: 'every fallback’s happy path (paused until they are observed)',
        needs: [],
        applies: (f) => primaryClass(f) === 'retryable' && f.routes.slice(1).some((r) => !r.observed),
        missing: (f) => f.routes
            .slice(1)
            .filter((r) => !r.observed)
            .map((r) => `happy path of route ${r.route}`),
        reason: (f) => `primary ${f.routes[0].route} failed transiently (${f.routes[0].observed.reason}) and no observed fallback is usable`,
    },
    {
        id: 'nothing_usable',
        decision: 'escalate',
        when: 'otherwise: the primary failed in a way retries cannot fix (terminal status, unusable body), or no fallback is usable',
        evidence: 'the happy path of every route in the chain',
        needs: [],
        applies: () => true,
        reason: (f) => {
            const p = f.routes[0].observed;
            return `primary ${p.route}: ${p.reason} (${p.statusClass}); no usable fallback`;
        },
    },
];
function decideChain(facts) {
    const row = DECISION_TABLE.find((r) => r.applies(facts));
    const gaps = [...(row.missing?.(facts) ?? []), ...unknownNeeds(facts, row.needs)];
    return {
        chain: facts.chain,
        decision: row.decision,
        rule: row.id,
        paused: gaps.length > 0,
        evidenceGaps: gaps,
        reason: row.reason(facts),
    };
}
function unknownNeeds(facts, needs) {
    return needs
        .filter((id) => verdictStatus(facts, id) === 'unknown')
        .flatMap((id) => facts.verdicts
        .filter((v) => v.id === id && v.status === 'unknown')
        .map((v) => `${v.id} for ${(0,subject/* renderSubject */.TK)(v.subject)} (${v.reason})`));
}
/** The chain's failed verdicts of one kind of claim. */
function failing(facts, category) {
    return facts.verdicts.filter((v) => v.status === 'fail' && (0,verdict_rules/* verdictCategory */.os)(v.id) === category);
}
function describe(verdicts) {
    return verdicts
        .map((v) => `${v.id} failed for ${(0,subject/* renderSubject */.TK)(v.subject)}: ${v.reason}`)
        .join('; ');
}
function primaryClass(facts) {
    return facts.routes[0]?.observed?.statusClass;
}
function usableFallback(facts) {
    return facts.routes.slice(1).find((r) => r.observed?.statusClass === '2xx_usable');
}
/** The table as Markdown, for the README (a test keeps the README's copy equal to this). */
function decisionTableMarkdown() {
    const lines = [
        '| # | rule | decision | applies when | evidence it needs |',
        '| --- | --- | --- | --- | --- |',
        ...DECISION_TABLE.map((row, i) => `| ${i + 1} | \`${row.id}\` | \`${row.decision}\` | ${row.when} | ${row.evidence} |`),
    ];
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./lib/judge/decision-evidence.js
var decision_evidence = __webpack_require__(9703);
// EXTERNAL MODULE: ./lib/judge/scenario-verdicts.js + 2 modules
var scenario_verdicts = __webpack_require__(6895);
// EXTERNAL MODULE: ./lib/judge/rules/rule.js
var rules_rule = __webpack_require__(1569);
;// CONCATENATED MODULE: ./lib/judge/verdicts.js


// The rules run over the judge's inputs that are not scenarios (those are scenario-verdicts.ts):
// each route's happy path, each chain as declared, each chain's simulated storm.
function routeVerdicts(happyPath) {
    return happyPath.flatMap((observation) => (0,verdict_rules/* rulesOn */.Tv)('route').map((rule) => (0,rules_rule/* verdictOf */.Vj)(rule.id, { kind: 'route', route: observation.route }, rule.check(observation))));
}
function chainVerdicts(plan) {
    return plan.chains.flatMap((chain) => (0,verdict_rules/* rulesOn */.Tv)('chain').map((rule) => (0,rules_rule/* verdictOf */.Vj)(rule.id, { kind: 'chain', chain: chain.name }, rule.check({ plan, chain }))));
}
/**
 * The storm verdicts of every simulated chain. When the simulation did not run (--no-storm)
 * there are none, so nothing claims a pass.
 */
function stormVerdicts(plan, storms) {
    return storms.flatMap((storm) => (0,verdict_rules/* rulesOn */.Tv)('storm').map((rule) => (0,rules_rule/* verdictOf */.Vj)(rule.id, { kind: 'chain', chain: storm.chain }, rule.check({ plan, storm }))));
}

// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(7002);
;// CONCATENATED MODULE: ./lib/judge/judge.js








function judge(input) {
    const { plan } = input;
    const { happyPath, errorPath, storm } = input.observations;
    const verdicts = [
        ...routeVerdicts(happyPath),
        ...chainVerdicts(plan),
        ...(0,scenario_verdicts/* errorPathVerdicts */.k)(plan, errorPath),
        ...stormVerdicts(plan, storm),
    ];
    const decisions = plan.chains.map((chain) => decideChain(gatherChainFacts(chain, happyPath, errorPath, verdicts)));
    const decision = mostSevere(decisions.map((d) => d.decision));
    const failOn = types/* FAIL_CATEGORIES */.cy.filter((c) => (input.failOn ?? types/* DEFAULT_FAIL_POLICY */.mR).includes(c));
    const found = [
        ...verdicts
            .filter((v) => v.status === 'fail' && (0,verdict_rules/* isBudgetVerdict */.LD)(v.id))
            .map((v) => ({
            category: 'budget',
            subject: (0,subject/* renderSubject */.TK)(v.subject),
            message: v.reason,
            fix: 'lower retry attempts in some layer, or remove a stacked retry layer, until the worst case fits the budget',
        })),
        ...decisions
            .filter((d) => d.decision === 'escalate' && !d.paused)
            .map((d) => ({
            category: 'escalate',
            subject: (0,subject/* renderSubject */.TK)({ kind: 'chain', chain: d.chain }),
            message: `escalate: ${d.reason}`,
            fix: 'fix the failing route or retry behaviour named above, then run the gate again',
        })),
        ...decisions
            .filter((d) => d.paused)
            .map((d) => ({
            category: 'evidence',
            subject: (0,subject/* renderSubject */.TK)({ kind: 'chain', chain: d.chain }),
            message: `decision ${d.decision} paused, missing evidence: ${d.evidenceGaps.join('; ')}`,
            fix: 'make the missing fact observable (a reachable route, a scenario with enough samples), then run the gate again',
        })),
        ...(input.evidence ? (0,decision_evidence/* missingEvidenceProblems */.mz)(input.evidence) : []),
        ...input.analysis.findings.filter((f) => f.severity === 'error').map(findingProblem),
    ];
    const problems = found.map((p) => ({ ...p, failsJob: failOn.includes(p.category) }));
    const failures = problems.filter((p) => p.failsJob).map((p) => `${p.subject}: ${p.message}`);
    return {
        verdicts,
        decisions,
        decision,
        paused: decisions.some((d) => d.paused),
        passed: failures.length === 0,
        failOn,
        problems,
        failures,
    };
}
function mostSevere(decisions) {
    return decisions.reduce((worst, d) => (types/* DECISION_SEVERITY */.b4[d] > types/* DECISION_SEVERITY */.b4[worst] ? d : worst), 'keep_primary');
}
function findingProblem(finding) {
    return {
        category: 'findings',
        subject: (0,subject/* renderSubject */.TK)({
            kind: 'config',
            file: finding.at.file,
            line: finding.at.line,
            column: finding.at.column,
        }),
        message: `${finding.id}: ${finding.message}`,
        fix: finding.fix,
    };
}


/***/ }),

/***/ 5943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ seededRandom)
/* harmony export */ });
// A small seeded generator (mulberry32): the same seed gives the same storm, on every machine.
// Not for secrets; only for reproducible simulation.
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ })

};
