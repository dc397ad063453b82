export const id = 723;
export const ids = [723];
export const modules = {

/***/ 79836:
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

/***/ 47723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./lib/common/index.js + 10 modules
var common = __webpack_require__(71871);
// EXTERNAL MODULE: ./lib/record/index.js + 22 modules
var record = __webpack_require__(18717);
// EXTERNAL MODULE: ./lib/storm/index.js + 5 modules
var storm = __webpack_require__(67625);
// EXTERNAL MODULE: ./lib/judge/index.js + 25 modules
var judge = __webpack_require__(74177);
// EXTERNAL MODULE: ./lib/plan/index.js + 24 modules
var lib_plan = __webpack_require__(42527);
;// CONCATENATED MODULE: ./lib/run.js





async function runGate(options) {
    const progress = options.progress ?? common/* SILENT */.qY;
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
    const { checkOutDir } = await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 31937));
    await checkOutDir(options.outDir);
    const observations = await probeStage(plan, trust, options, progress);
    const { judgement, context } = judgeStage(plan, analysis, observations, options, progress);
    // record: every output goes through the same redactor
    progress.stage('record', 'building the ledger entry');
    const entry = (0,record/* buildLedger */.ES)({ plan, analysis, observations, judgement, context, redactor });
    const outputs = (0,record/* renderOutputs */.$Z)(entry, redactor);
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
    const { plan, analysis, trust } = await (0,lib_plan.runPlanStage)(options);
    // Said after reading, so a config error is the first thing a user sees.
    progress.stage('plan', `${options.configPath}: ${plan.routes.length} route(s), ${plan.chains.length} chain(s), ${analysis.findings.length} finding(s)`);
    return { plan, analysis, trust };
}
/** The run's redactor: the one secret set of a run (runSecrets), with the ledger's vocabulary. */
function redactorFor(plan, env) {
    return (0,record/* ledgerRedactor */.c1)((0,record/* runSecrets */.To)(env, plan));
}
async function probeStage(plan, trust, options, progress) {
    progress.stage('probe', `${plan.routes.length} route(s), ${plan.chains.length} chain(s)${options.errorPath === false ? '' : ', fault scenarios through the fault proxy'}`);
    const { probe } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 93980));
    const network = await probe(plan, {
        progress,
        upstream: options.upstream,
        env: options.env,
        trust,
        // The judge's own rule decides which scenarios sit inside their timing noise.
        insideNoise: (0,judge/* scenarioInsideNoise */.xp)(plan),
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
    return { ...network, storm: (0,storm/* runStorms */.IL)(plan, options.storm) };
}
function judgeStage(plan, analysis, observations, options, progress) {
    progress.stage('judge', 'checking the observations against the policy and the budget');
    const context = {
        ...options.context,
        operatorInitials: options.context.operatorInitials ?? plan.owners.operatorInitials,
        followUpOwner: options.context.followUpOwner ?? plan.owners.followUpOwner,
    };
    const judgement = (0,judge/* judge */.S4)({
        plan,
        analysis,
        observations,
        evidence: {
            operatorInitials: context.operatorInitials,
            followUpOwner: context.followUpOwner,
            evidenceLinks: context.evidenceLinks,
            required: context.requiredEvidence ?? plan.owners.required ?? judge/* DEFAULT_REQUIRED_EVIDENCE */.kO,
        },
        ...(options.failOn ? { failOn: options.failOn } : {}),
    });
    return { judgement, context };
}
/** Disk first, then the runner's files (job summary, step outputs). */
async function publishStage(entry, outputs, options, progress) {
    progress.stage('publish', `writing the ledger to ${options.outDir}`);
    const { appendJobSummary, setStepOutputs, writeLedgerFiles } = await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 31937));
    const files = await writeLedgerFiles(options.outDir, outputs.json, outputs.markdown);
    if (options.historyPath) {
        await (0,record/* appendHistoryLine */.ho)(options.historyPath, outputs.historyLine);
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
var budget = __webpack_require__(79836);
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
    io.stdout.write((0,record/* renderConsole */.qP)(gate.entry, (0,record/* consoleStyleFor */.SJ)(io.stdout, io.env)));
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
            : { progress: (0,common/* lineProgress */.Q1)({ write: (line) => io.stderr.write(`${line}\n`) }) }),
        context: {
            gateVersion: common/* GATE_VERSION */.dS,
            nodeVersion: io.runtime.nodeVersion,
            runnerOs: io.runtime.runnerOs,
            driver: flags.driver,
            operatorInitials: flags.operator ?? null,
            followUpOwner: flags.owner ?? null,
            evidenceLinks: flags.evidenceLink,
            now: new Date(),
            run: (0,record/* workflowRunFromEnv */.wL)(io.env),
        },
    };
}
function stormFrom(flags) {
    return (0,storm/* stormScenario */.GM)({
        ...(flags.stormCallers !== undefined ? { callers: flags.stormCallers } : {}),
        ...(flags.stormSeed !== undefined ? { seed: flags.stormSeed } : {}),
        outage: {
            ...(flags.stormOutageMs !== undefined ? { durationMs: flags.stormOutageMs } : {}),
            ...(flags.stormShape ? { shape: flags.stormShape } : {}),
            ...(flags.stormScope ? { scope: flags.stormScope } : {}),
        },
    });
}


/***/ })

};
