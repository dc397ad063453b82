export const id = 498;
export const ids = [498];
export const modules = {

/***/ 8711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ buildLedger),
/* harmony export */   E_: () => (/* binding */ TIMELINE_SAMPLES),
/* harmony export */   Z5: () => (/* binding */ verdictRecord),
/* harmony export */   tW: () => (/* binding */ TIMELINE_ATTEMPTS)
/* harmony export */ });
/* unused harmony exports STORM_SERIES_POINTS, stormRecord */
/* harmony import */ var _contract_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4908);
/* harmony import */ var _judge_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7002);
/* harmony import */ var _judge_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2895);
/* harmony import */ var _retry_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8082);
/* harmony import */ var _ledger_draft_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5558);





/** Timelines keep the first samples of each scenario, up to this many attempts. */
const TIMELINE_SAMPLES = 3;
const TIMELINE_ATTEMPTS = 60;
/** Storm series are thinned to at most this many points. */
const STORM_SERIES_POINTS = 120;
/** Assembles, redacts and validates one ledger entry. Throws only on a gate bug (schema mismatch). */
function buildLedger(input) {
    const { plan, judgement, context, analysis } = input;
    const { happyPath, errorPath, storm } = input.observations;
    const chains = plan.chains.map((chain) => chainRecord(chain, input));
    const headline = [...chains].sort((a, b) => _judge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DECISION_SEVERITY */ .b4[b.fallback_decision] - _judge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DECISION_SEVERITY */ .b4[a.fallback_decision])[0] ?? null;
    const families = new Set(plan.routes.map((r) => r.family));
    const upstreams = new Set(happyPath.map((o) => o.upstream));
    const drivers = new Set(errorPath.map((s) => s.driver));
    const mismatches = happyPath
        .filter((o) => o.environmentMismatch)
        .map((o) => `route ${o.route}: ${o.environmentMismatch}`);
    if (plan.format !== 'native' && drivers.has('reference')) {
        mismatches.push(`driver reference on a ${plan.format} config: the gateway's own retry code was not run; behaviour verdicts describe the declared policy as the gate reads it (run the gateway with --driver command to check it)`);
    }
    return (0,_ledger_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleLedger */ .I)(input, {
        endpoint_family: families.size === 1 ? [...families][0] : 'mixed',
        request_id: headline?.request_id ?? 'not_observed',
        prompt_class: _contract_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SMOKE_PROMPT_CLASS */ .aX,
        status_class: headline?.status_class ?? null,
        status_reason: headline?.status_reason ?? 'no chain was observed',
        retry_attempts: Math.max(0, ...chains.map((c) => c.retry_attempts)),
        fallback_decision: judgement.decision,
        decision_paused: judgement.paused,
        passed: judgement.passed,
        operator_initials: context.operatorInitials,
        follow_up_owner: context.followUpOwner,
        evidence_links: context.evidenceLinks,
        config: { file: plan.file, format: plan.format, digest: plan.digest },
        change: analysis.change ? changeRecord(analysis.change) : null,
        environment: {
            driver: drivers.size > 1 ? 'mixed' : ([...drivers][0] ?? context.driver),
            ...gatewayEnvironment(errorPath, judgement.verdicts),
            upstream: upstreams.size === 0 ? 'none' : upstreams.size === 1 ? [...upstreams][0] : 'mixed',
            environment_mismatch: mismatches.length > 0,
            mismatch_reasons: mismatches,
        },
        chains,
        routes: happyPath.map((o) => routeRecord(o, judgement.verdicts)),
        storm: storm.map(stormRecord),
        findings: analysis.findings.map((f) => ({
            id: f.id,
            severity: f.severity,
            message: f.message,
            fix: f.fix,
            at: { file: f.at.file, line: f.at.line, column: f.at.column },
        })),
        verdicts: judgement.verdicts.map(verdictRecord),
        gate: {
            passed: judgement.passed,
            fail_on: [...judgement.failOn],
            problems: judgement.problems.map((p) => ({
                category: p.category,
                subject: p.subject,
                message: p.message,
                fix: p.fix,
                fails_job: p.failsJob,
            })),
        },
        failures: judgement.failures,
        remaining_uncertainty: remainingUncertainty(input, happyPath.some((o) => o.environmentMismatch)),
        merged_from: [],
    });
}
function changeRecord(change) {
    return {
        base_digest: change.baseDigest,
        head_digest: change.headDigest,
        routes_added: change.routesAdded,
        routes_removed: change.routesRemoved,
        hosts_added: change.hostsAdded,
        hosts_removed: change.hostsRemoved,
        models_changed: change.modelsChanged,
        retry_policies_changed: change.retryPoliciesChanged,
        budget_changed: change.budgetChanged,
        touches: change.touches,
        mixed_scope: change.mixedScope,
    };
}
function chainRecord(chain, input) {
    const { judgement } = input;
    const order = (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .routeOrder */ .sG)(chain.target);
    const primary = input.observations.happyPath.find((o) => o.route === order[0]);
    const scenarios = input.observations.errorPath.filter((s) => s.chain === chain.name);
    const samples = scenarios.flatMap((s) => s.samples);
    const families = new Set(order.flatMap((name) => input.plan.routes.filter((r) => r.name === name).map((r) => r.family)));
    const decision = judgement.decisions.find((d) => d.chain === chain.name);
    const outcomes = samples.map((s) => s.outcome.kind);
    return {
        name: chain.name,
        route_order: order,
        endpoint_family: families.size === 1 ? [...families][0] : 'mixed',
        request_id: primary?.requestId ?? null,
        prompt_class: _contract_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SMOKE_PROMPT_CLASS */ .aX,
        status_class: primary?.statusClass ?? null,
        status_reason: primary?.reason ?? `the primary route ${order[0] ?? '(none)'} was not observed`,
        retry_attempts: Math.max(0, ...samples.map((s) => s.attempts.length - 1)),
        retry_attempts_source: samples.length > 0 ? 'error_path' : primary ? 'happy_path' : 'not_observed',
        worst_case_attempts: (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .worstCaseChainAttempts */ .FB)(chain),
        ...((0,_retry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isSaturated */ .O0)((0,_retry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .worstCaseChainAttempts */ .FB)(chain))
            ? { worst_case_attempts_saturated: true }
            : {}),
        caller_outcome: samples.length === 0
            ? 'not_observed'
            : outcomes.includes('hang')
                ? 'hang'
                : outcomes.includes('unknown')
                    ? 'unknown'
                    : 'usable_or_controlled_failure',
        fallback_decision: decision?.decision ?? 'escalate',
        decision_rule: decision?.rule ?? 'none',
        decision_paused: decision?.paused ?? true,
        evidence_gaps: decision?.evidenceGaps ?? ['no decision was made for this chain'],
        reason: decision?.reason ?? 'no decision was made for this chain',
        source_ledger_id: null,
        scenarios: scenarios.map(scenarioRecord),
        verdicts: judgement.verdicts
            .filter((v) => v.subject.kind !== 'route' && v.subject.chain === chain.name)
            .map(verdictRecord),
    };
}
function scenarioRecord(s) {
    const shown = [...s.samples]
        .sort((a, b) => a.sample - b.sample)
        .slice(0, TIMELINE_SAMPLES)
        .flatMap((sample) => sample.attempts)
        .slice(0, TIMELINE_ATTEMPTS);
    const total = s.samples.reduce((n, sample) => n + sample.attempts.length, 0);
    const count = (kind) => s.samples.filter((x) => x.outcome.kind === kind).length;
    return {
        name: s.scenario,
        driver: s.driver,
        ...(s.gateway
            ? {
                gateway: {
                    name: s.gateway.name,
                    version: s.gateway.version,
                    attribution: s.gateway.attribution,
                    startup_ms: s.gateway.startupMs,
                    config_changes: [...s.gateway.configChanges],
                    ...(s.gateway.restarts !== undefined ? { restarts: s.gateway.restarts } : {}),
                    ...(s.gateway.planAttempts !== undefined
                        ? { plan_attempts: s.gateway.planAttempts }
                        : {}),
                },
            }
            : {}),
        expectation: s.expectation,
        samples: s.samples.length,
        wall_ms: s.wallMs,
        longest_mandated_wait_ms: s.longestMandatedWaitMs,
        retry_attempts: Math.max(0, ...s.samples.map((x) => x.attempts.length - 1)),
        outcomes: {
            usable: count('usable'),
            controlled_failure: count('controlled_failure'),
            hang: count('hang'),
            unknown: count('unknown'),
        },
        evidence_gaps: s.evidenceGaps,
        timeline: shown.map((a) => ({
            sample: a.sample,
            seq: a.seq,
            route: a.route,
            at_ms: a.atMs,
            duration_ms: a.durationMs,
            abandoned_after_ms: a.abandonedAfterMs ?? null,
            method: a.method,
            path: a.path,
            fault: a.fault,
            status: a.status,
            retry_after_ms: a.retryAfterMs,
            retry_headers: { ...a.retryHeaders },
            request_id: a.requestId,
        })),
        timeline_omitted: total - shown.length,
        ...(s.timing
            ? {
                timing: {
                    event_loop_delay_max_ms: s.timing.eventLoopDelayMaxMs,
                    event_loop_delay_p99_ms: s.timing.eventLoopDelayP99Ms,
                    late_start_max_ms: s.timing.lateStartMaxMs,
                    disturbance_ms: s.timing.disturbanceMs,
                    concurrency: s.timing.concurrency,
                    runs: s.timing.runs,
                    first_run_disturbance_ms: s.timing.firstRunDisturbanceMs,
                },
            }
            : {}),
    };
}
/** Verdicts judged from the plan and the simulation, never from a gateway's requests. */
const MODELLED_VERDICTS = new Set([
    'worst_case_attempts_within_budget',
    'amplification_within_budget',
]);
/** Which gateway ran, and which verdicts stand on its observed behaviour rather than a model. */
function gatewayEnvironment(errorPath, verdicts) {
    const ran = errorPath.find((s) => s.gateway)?.gateway;
    if (!ran)
        return {};
    const onGateway = new Set(errorPath
        .filter((s) => s.driver === 'gateway' && s.samples.length > 0)
        .map((s) => (0,_judge_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSubject */ .TK)({ kind: 'scenario', chain: s.chain, scenario: s.scenario })));
    const ids = (keep) => [
        ...new Set(verdicts.filter(keep).map((v) => v.id)),
    ];
    return {
        gateway: {
            name: ran.name,
            version: ran.version,
            observed_on_gateway: ids((v) => onGateway.has((0,_judge_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSubject */ .TK)(v.subject)) && v.status !== 'unknown'),
            modelled: ids((v) => MODELLED_VERDICTS.has(v.id)),
            direct: ids((v) => v.subject.kind === 'route'),
        },
    };
}
function routeRecord(o, verdicts) {
    return {
        name: o.route,
        endpoint_family: o.family,
        upstream: o.upstream,
        request_id: o.requestId,
        request_id_source: o.requestIdSource,
        prompt_class: _contract_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SMOKE_PROMPT_CLASS */ .aX,
        started_at: o.startedAt,
        duration_ms: o.durationMs,
        http_status: o.httpStatus,
        status_class: o.statusClass,
        status_reason: o.reason,
        output: o.output ? { sha256: o.output.sha256, length: o.output.length } : null,
        environment_mismatch: o.environmentMismatch,
        verdicts: verdicts
            .filter((v) => v.subject.kind === 'route' && v.subject.route === o.route)
            .map(verdictRecord),
    };
}
function stormRecord(s) {
    const step = Math.max(1, Math.ceil(s.series.length / STORM_SERIES_POINTS));
    return {
        chain: s.chain,
        seed: s.seed,
        callers: s.callers,
        outage: { shape: s.outage.shape, duration_ms: s.outage.durationMs },
        amplification: s.amplification,
        peak_attempts_per_second: s.peakAttemptsPerSecond,
        baseline_peak_attempts_per_second: s.baselinePeakAttemptsPerSecond,
        drain_ms: s.drainMs,
        shares: {
            usable: s.shares.usable,
            controlled_failure: s.shares.controlledFailure,
            over_budget: s.shares.overBudget,
        },
        series: s.series
            .filter((_, i) => i % step === 0)
            .map((p) => ({ t_seconds: p.tSeconds, policy: p.policy, baseline: p.baseline })),
    };
}
function verdictRecord(v) {
    return {
        id: v.id,
        subject: (0,_judge_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSubject */ .TK)(v.subject),
        status: v.status,
        figures: { ...v.figures },
        reason: v.reason,
    };
}
function remainingUncertainty(input, mismatch) {
    const { judgement, observations } = input;
    const gapText = new Set(judgement.decisions.flatMap((d) => d.evidenceGaps));
    const lines = [
        ...judgement.decisions.flatMap((d) => d.evidenceGaps.map((g) => `chain ${d.chain}: not observed: ${g}`)),
        ...judgement.verdicts
            .filter((v) => v.status === 'unknown')
            .filter((v) => ![...gapText].some((g) => g.startsWith(`${v.id} for ${(0,_judge_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSubject */ .TK)(v.subject)}`)))
            .map((v) => `not established: ${v.id} for ${(0,_judge_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSubject */ .TK)(v.subject)}: ${v.reason}`),
    ];
    for (const s of observations.errorPath) {
        for (const gap of s.evidenceGaps) {
            lines.push(`chain ${s.chain}, scenario ${s.scenario}: not observed: ${gap}`);
        }
    }
    if (mismatch) {
        lines.push('some routes were checked against the embedded mock, so their result is not evidence about the live endpoint');
    }
    if (input.plan.format !== 'native' &&
        observations.errorPath.some((s) => s.driver === 'reference')) {
        lines.push(`the error path ran the declared policy (driver reference), not the ${input.plan.format} gateway itself: its own retry behaviour is unverified`);
    }
    if (observations.errorPath.length === 0) {
        lines.push('the error path (injected faults) was not exercised in this run: retry behaviour on the wire is unverified');
    }
    if (observations.storm.length === 0) {
        lines.push('no retry-storm simulation ran: amplification under an outage is unverified');
    }
    return lines;
}


/***/ }),

/***/ 4729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renderHistoryLine),
/* harmony export */   h: () => (/* binding */ appendHistoryLine)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9782);



// The history file: one canonical JSON entry per line (JSON Lines), appended run after run, so a
// team can follow decisions over time with ordinary line tools.
function renderHistoryLine(entry) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJsonLine */ .rp)(entry);
}
/** Appends one already redacted line; a single append call keeps the line whole. */
async function appendHistoryLine(path, line) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(path, line, 'utf8');
}


/***/ }),

/***/ 1112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ renderOutputs)
});

// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
// EXTERNAL MODULE: ./lib/record/history.js
var record_history = __webpack_require__(4729);
;// CONCATENATED MODULE: ./lib/record/markdown-escape.js
// The one way a value gets into the Markdown ledger. Every value that came from a config, a
// provider, a command or a (possibly forged) ledger is untrusted: it must read as the same text
// and never become markup (HTML, a link, an image, a heading, a list, a table cell boundary, an
// @-mention) in a CommonMark/GFM renderer. The renderer builds lines with the `md` tag, which
// escapes every interpolated value as text unless the value is already `Markdown` (built here).
/** A piece of Markdown that is safe to place inline: built only by this module. */
class Markdown {
    #text;
    constructor(text) {
        this.#text = text;
    }
    /** @internal */
    static of(text) {
        return new Markdown(text);
    }
    toString() {
        return this.#text;
    }
}
/**
 * A line of Markdown: the template's own text is trusted, every interpolated value is escaped
 * as text unless it is `Markdown` (a code span, a nested `md`, or a trusted fragment).
 */
function md(strings, ...values) {
    let out = strings[0] ?? '';
    values.forEach((value, i) => {
        out += value instanceof Markdown ? value.toString() : markdown_escape_text(String(value)).toString();
        out += strings[i + 1] ?? '';
    });
    return Markdown.of(out);
}
/** Markdown written in the renderer's own source, never from data. */
function trusted(literal) {
    return Markdown.of(literal);
}
/** Joins safe fragments with a trusted separator. */
function join(parts, separator) {
    return Markdown.of(parts.map(String).join(separator));
}
// Characters that reorder or hide text: bidirectional controls and invisible marks.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
/** One line of plain text: controls become spaces, bidi controls go, runs of spaces shrink. */
function oneLine(value) {
    return value.replace(BIDI, '').replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}
const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Untrusted text as inline Markdown. Characters that open emphasis, code, links, tables,
 * strikethrough or math are backslash-escaped (CommonMark allows it before any ASCII
 * punctuation), HTML's characters become entities, and what would open a block at the start of
 * a line or a list item (a list marker, a heading, a number followed by "." or ")") is escaped
 * there. A zero-width space after "@" and "#" keeps GitHub from turning text into a mention or
 * an issue reference; a backslash before "://" and after "www" keeps autolinks from forming.
 * Safe in a paragraph, a list item and a table cell.
 */
function markdown_escape_text(value) {
    const line = oneLine(value);
    if (line.length === 0)
        return Markdown.of('—');
    let out = line
        .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => ENTITY[c])
        .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1\u200B')
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/(www)\./gi, '$1\\.');
    out = out.replace(/^([-+=#])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
    return Markdown.of(out);
}
/**
 * Untrusted text as an inline code span: one line, fenced with more backticks than it holds.
 * In a table cell a pipe ends the cell even inside code, and renderers disagree on a backslash
 * before an escaped pipe there, so a value with a pipe is written as escaped text instead.
 */
function code(value, inTable = false) {
    const line = oneLine(value);
    if (line.length === 0)
        return Markdown.of('—');
    if (inTable && line.includes('|'))
        return markdown_escape_text(value);
    const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return Markdown.of(`${fence}${pad}${line}${pad}${fence}`);
}
/** Untrusted text inside an HTML block (a <summary>): entities only, Markdown is not parsed there. */
function htmlText(value) {
    const line = oneLine(value);
    return Markdown.of(line
        .replace(/[&<>"]/g, (c) => ENTITY[c])
        .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1\u200B')
        .replace(/(www)\./gi, '$1\u200B.')
        .replace(/:\/\//g, ':\u200B//'));
}
/** A table row; cells are text unless already Markdown, and code spans keep their pipes escaped. */
function row(cells) {
    const rendered = cells.map((c) => {
        if (c instanceof Markdown)
            return c.toString();
        if (typeof c === 'object')
            return code(c.code, true).toString();
        return markdown_escape_text(String(c)).toString();
    });
    return Markdown.of(`| ${rendered.join(' | ')} |`);
}

;// CONCATENATED MODULE: ./lib/record/render-mermaid.js
// Mermaid diagrams for the Markdown ledger: a gantt chart of one caller request's attempts (time
// on the axis, one section per route) and an xychart of attempts per second in the storm
// simulation. Both set their colours explicitly (the viewer's theme would otherwise pick pale
// ones that vanish on one background or the other) and the Markdown beside them carries the
// legend. Labels are reduced to characters that carry no Mermaid meaning (no colons, semicolons,
// hashes, quotes or backticks), so nothing from a config can end a line or the fence early.
/** At most this many attempts are drawn in one timeline. */
const MERMAID_MAX_TASKS = 40;
/** At most this many points are drawn in one storm chart. */
const MERMAID_MAX_POINTS = 60;
/** The shortest bar, as a share of the axis: a 2 ms attempt on a 3 s axis would be invisible. */
const MIN_BAR_SHARE = 1 / 80;
// Colours that keep their contrast on GitHub's white and its dark (#0d1117) background.
const RED = '#cf222e';
const GREEN = '#1a7f37';
const AMBER = '#bf8700';
const BLUE = '#0969da';
const GREY = '#6e7781';
const GANTT_LEGEND = 'Bars: 🟥 an attempt that failed (error status, reset, or hang) · 🟨 an HTTP 200 the caller could not use · 🟩 a usable answer. ' +
    'Each bar is drawn at least 1/80 of the axis wide so that a 2 ms attempt stays visible; a hang is drawn until the caller gave up. Times are seconds since the caller request started.';
const STORM_LEGEND = 'Lines: 🟥 attempts per second under the declared retry policy · 🟦 the same callers with no retries (the baseline).';
const GANTT_INIT = `%%{init: ${JSON.stringify({
    theme: 'base',
    themeVariables: {
        fontFamily: 'sans-serif',
        critBkgColor: RED,
        critBorderColor: RED,
        doneTaskBkgColor: GREEN,
        doneTaskBorderColor: GREEN,
        activeTaskBkgColor: AMBER,
        activeTaskBorderColor: AMBER,
        taskTextColor: '#ffffff',
        taskTextLightColor: '#ffffff',
        taskTextDarkColor: '#ffffff',
        taskTextOutsideColor: GREY,
        taskTextClickableColor: GREY,
        sectionBkgColor: 'rgba(110,119,129,0.12)',
        altSectionBkgColor: 'rgba(110,119,129,0.04)',
        sectionBkgColor2: 'rgba(110,119,129,0.12)',
        gridColor: GREY,
        titleColor: GREY,
        textColor: GREY,
    },
})}}%%`;
const STORM_INIT = `%%{init: ${JSON.stringify({
    theme: 'base',
    themeVariables: {
        xyChart: {
            plotColorPalette: `${RED}, ${BLUE}`,
            titleColor: GREY,
            xAxisLabelColor: GREY,
            xAxisTitleColor: GREY,
            xAxisLineColor: GREY,
            xAxisTickColor: GREY,
            yAxisLabelColor: GREY,
            yAxisTitleColor: GREY,
            yAxisLineColor: GREY,
            yAxisTickColor: GREY,
        },
    },
})}}%%`;
/** The attempts of the scenario's first caller request as a gantt chart; null when none was recorded. */
function attemptGantt(scenario) {
    const first = scenario.timeline[0]?.sample;
    if (first === undefined)
        return null;
    const attempts = scenario.timeline.filter((a) => a.sample === first).slice(0, MERMAID_MAX_TASKS);
    const bars = attempts.map((a, i) => ({ a, ...bar(a, attempts[i + 1]) }));
    const span = Math.max(1, ...bars.map((b) => b.end));
    const minWidth = Math.max(1, Math.ceil(span * MIN_BAR_SHARE));
    const lines = [
        GANTT_INIT,
        'gantt',
        `  title ${label(`${scenario.name} caller request ${first + 1} of ${scenario.samples}`)}`,
        '  dateFormat x',
        // %s is seconds since the epoch, and the chart's epoch is the request's start: unlike %S it
        // keeps counting past 60 s, and no time zone shifts it.
        `  axisFormat ${span < 10_000 ? '%s.%L' : '%s'} s`,
        '  todayMarker off',
    ];
    const routes = [...new Set(attempts.map((a) => a.route))];
    for (const route of routes) {
        lines.push(`  section ${label(route)}`);
        for (const b of bars.filter((x) => x.a.route === route)) {
            const start = Math.max(0, Math.round(b.a.at_ms));
            const end = Math.max(start + minWidth, Math.round(b.end));
            lines.push(`    ${label(`${b.a.seq} ${b.what}`)} :${tag(b.a)}a${b.a.sample + 1}_${b.a.seq}, ${start}, ${end}`);
        }
    }
    return lines.join('\n');
}
/** Where an attempt's bar ends and what its label says. */
function bar(a, next) {
    const wait = a.retry_after_ms !== null ? ` retry-after ${Math.round(a.retry_after_ms)} ms` : '';
    if (a.duration_ms !== null) {
        return { end: a.at_ms + a.duration_ms, what: `${statusLabel(a)}${wait}` };
    }
    const gaveUp = a.abandoned_after_ms ?? null;
    if (gaveUp !== null) {
        return {
            end: a.at_ms + gaveUp,
            what: `${statusLabel(a)} caller gave up after ${Math.round(gaveUp)} ms`,
        };
    }
    if (next && a.fault === 'hang') {
        // Not recorded: the caller had given up by the time it sent its next attempt.
        return { end: next.at_ms, what: `${statusLabel(a)} caller gave up before the next attempt` };
    }
    return { end: a.at_ms, what: `${statusLabel(a)} no answer` };
}
const UNUSABLE_200 = {
    malformed_json: 'malformed JSON',
    wrong_family: 'wrong family body',
    empty_output: 'empty output',
    html: 'HTML page',
    truncate: 'truncated body',
    slow_stream: 'slow stream',
};
/** What the caller got: the status and, for a 2xx, what kind of body it was. */
function statusLabel(a) {
    if (a.status === null) {
        if (a.fault === 'reset')
            return 'connection reset';
        if (a.fault === 'hang')
            return 'hang';
        return a.fault.replaceAll('_', ' ');
    }
    const ok = a.status >= 200 && a.status < 300;
    if (!ok)
        return `HTTP ${a.status}`;
    if (a.fault === 'ok')
        return `HTTP ${a.status} usable`;
    return `HTTP ${a.status} ${UNUSABLE_200[a.fault] ?? a.fault.replaceAll('_', ' ')} (unusable)`;
}
function tag(a) {
    const ok = a.status !== null && a.status >= 200 && a.status < 300;
    if (ok && a.fault === 'ok')
        return 'done, ';
    if (ok)
        return 'active, ';
    return 'crit, ';
}
/** Attempts per second over time, policy then no-retry baseline; null without a series. */
function stormChart(storm) {
    if (storm.series.length < 2)
        return null;
    const step = Math.max(1, Math.ceil(storm.series.length / MERMAID_MAX_POINTS));
    const points = storm.series.filter((_, i) => i % step === 0);
    const first = points[0].t_seconds;
    const last = points.at(-1).t_seconds;
    const num = (n) => String(Math.round(n * 100) / 100);
    return [
        STORM_INIT,
        'xychart-beta',
        `  title "${label(`Attempts per second, chain ${storm.chain}`)}"`,
        `  x-axis "seconds since the outage began" ${num(first)} --> ${num(last)}`,
        '  y-axis "attempts per second"',
        `  line [${points.map((p) => num(p.policy)).join(', ')}]`,
        `  line [${points.map((p) => num(p.baseline)).join(', ')}]`,
    ].join('\n');
}
/** Keeps letters, digits, spaces and . _ - ( ) /; anything else becomes a space. */
function label(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9 ._()/-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return cleaned.length > 0 ? cleaned.slice(0, 80) : 'unnamed';
}

;// CONCATENATED MODULE: ./lib/record/markdown-sections.js


function evidenceKind(entry) {
    const kinds = new Set(entry.routes.map((r) => r.upstream));
    if (kinds.size === 0)
        return 'none';
    if (kinds.size > 1)
        return 'mixed';
    return kinds.has('live') ? 'live' : 'mock';
}
function countStatuses(verdicts) {
    return {
        pass: verdicts.filter((v) => v.status === 'pass').length,
        fail: verdicts.filter((v) => v.status === 'fail').length,
        unknown: verdicts.filter((v) => v.status === 'unknown').length,
    };
}
// ---- folded sections -------------------------------------------------------------------------
function fold(summary, body) {
    return [
        `<details><summary>${summary.toString()}</summary>`,
        '',
        ...body.map(String),
        '',
        '</details>',
        '',
    ].join('\n');
}
function checksSection(entry) {
    const all = [
        ...entry.chains.flatMap((c) => c.verdicts),
        ...entry.routes.flatMap((r) => r.verdicts),
    ];
    const counts = countStatuses(all);
    const order = { fail: 0, unknown: 1, pass: 2 };
    const sorted = [...all].sort((a, b) => order[a.status] - order[b.status]);
    const body = [
        trusted('| result | check | subject | reason |'),
        trusted('| --- | --- | --- | --- |'),
        ...sorted.map((v) => row([mark(v.status), { code: v.id }, v.subject, v.reason])),
    ];
    const noted = entry.gate.problems.filter((p) => !p.fails_job);
    if (noted.length > 0) {
        body.push(trusted(''), md `Found, but not failing the job (fail-on: ${entry.gate.fail_on.join(', ') || 'none'}):`, trusted(''), ...noted.map((p) => md `- ${p.category} · ${p.subject}: ${p.message}. Fix: ${p.fix}.`));
    }
    // A pass against the mock is no pass for the live endpoint: the summary says so.
    const where = evidenceKind(entry) === 'live' ? '' : ' (against the embedded mock where not live)';
    return fold(htmlText(`Checks${where}: ${counts.fail} failed, ${counts.unknown} not established, ${counts.pass} passed`), body);
}
function routesSection(entry) {
    const body = [
        trusted('| route | family | upstream | status class | HTTP | request id |'),
        trusted('| --- | --- | --- | --- | ---: | --- |'),
        ...entry.routes.map((r) => row([
            { code: r.name },
            r.endpoint_family,
            r.upstream === 'mock' ? trusted('mock (not live)') : r.upstream,
            md `${code(r.status_class)} ${r.status_reason}`,
            r.http_status ?? '—',
            { code: r.request_id },
        ])),
    ];
    for (const chain of entry.chains.filter((c) => c.scenarios.length > 0)) {
        body.push(trusted(''), md `Scenarios of chain ${code(chain.name)}, worst case ${worstCase(chain)}, most retries observed ${chain.retry_attempts}:`, trusted(''), trusted('| scenario | driver | caller requests | most retries | usable | controlled failure | hang | unknown |'), trusted('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'), ...chain.scenarios.map((s) => row([
            { code: s.name },
            s.driver,
            s.samples,
            s.retry_attempts,
            s.outcomes.usable,
            s.outcomes.controlled_failure,
            s.outcomes.hang,
            s.outcomes.unknown,
        ])));
    }
    return fold(htmlText(`Routes and scenarios`), body);
}
function chainTimelines(chain) {
    const diagrams = chain.scenarios.flatMap((s) => {
        const gantt = attemptGantt(s);
        return gantt
            ? [md `Scenario ${code(s.name)}: ${s.expectation}`, trusted(''), fence(gantt), trusted('')]
            : [];
    });
    if (diagrams.length === 0)
        return null;
    return fold(htmlText(`Attempt timelines, chain ${chain.name}`), [
        trusted(GANTT_LEGEND),
        trusted(''),
        ...diagrams,
    ]);
}
function fence(mermaid) {
    // Mermaid source is built from labels that hold no backticks, so the fence cannot close early.
    return trusted(`\`\`\`mermaid\n${mermaid}\n\`\`\``);
}
function stormSection(storm, chart) {
    return fold(htmlText(`Retry storm, chain ${storm.chain}: amplification ${storm.amplification.toFixed(2)}`), [
        md `${storm.callers} simulated callers, ${storm.outage.shape.replaceAll('_', ' ')} outage of ${storm.outage.duration_ms} ms: peak ${storm.peak_attempts_per_second} attempts/s against ${storm.baseline_peak_attempts_per_second} without retries; drained ${storm.drain_ms} ms after recovery.`,
        trusted(''),
        trusted(STORM_LEGEND),
        trusted(''),
        fence(chart),
    ]);
}
/** Verdict ids as code spans, or "none". */
function ids(list) {
    return list.length > 0
        ? join(list.map((id) => code(id)), ', ')
        : trusted('none');
}
/** The declared worst case, said as what it is when there is none or it saturated. */
function worstCase(chain) {
    if (chain.worst_case_attempts === null)
        return 'not declared';
    const atLeast = chain.worst_case_attempts_saturated ? 'at least ' : '';
    return `${atLeast}${chain.worst_case_attempts} upstream attempts per request`;
}
/** Where the entry was made: environment, gateway, workflow run, evidence that is not live, change. */
function environmentLines(entry) {
    const env = entry.environment;
    const body = [
        md `Environment: gate ${env.gate_version}, Node ${env.node_version}, ${env.runner_os}, driver ${env.driver}, upstream ${env.upstream}.`,
    ];
    if (env.gateway) {
        const g = env.gateway;
        body.push(trusted(''), md `Gateway: ${g.name} ${g.version ? code(g.version) : trusted('(version not reported)')}. Observed on the gateway: ${ids(g.observed_on_gateway)}; modelled from the config: ${ids(g.modelled)}; sent straight to the routes: ${ids(g.direct)}.`);
    }
    if (entry.run.repository || entry.run.run_url) {
        const r = entry.run;
        body.push(trusted(''), md `Run: ${r.repository ?? '—'} · ${r.event ?? '—'} · ${r.ref ?? '—'} · ${r.commit ?? '—'}${r.run_url ? md ` · ${r.run_url}` : trusted('')}`);
    }
    if (env.environment_mismatch) {
        body.push(trusted(''), trusted('**Not live evidence:**'));
        for (const [reason, routes] of groupMismatches(env.mismatch_reasons)) {
            body.push(routes.length > 0
                ? md `- ${join(routes.map((r) => code(r)), ', ')}: ${reason}`
                : md `- ${reason}`);
        }
    }
    body.push(trusted(''), md `Config digest ${code(entry.config.digest)}.`);
    if (entry.change) {
        const c = entry.change;
        body.push(trusted(''), md `Change against base ${code(c.base_digest ?? 'none')}: touches ${c.touches.join(', ') || 'nothing'}${c.mixed_scope ? trusted(' (**mixed scope**)') : trusted('')}; routes +${c.routes_added.length} −${c.routes_removed.length}, hosts +${c.hosts_added.length} −${c.hosts_removed.length}, models changed ${c.models_changed.length}.`);
    }
    return body;
}
function detailsSection(entry, fixesAbove) {
    const body = environmentLines(entry);
    if (entry.findings.length > 0) {
        body.push(trusted(''), trusted('| finding | severity | where | message | fix |'), trusted('| --- | --- | --- | --- | --- |'), ...entry.findings.map((f) => row([
            { code: f.id },
            f.severity,
            { code: `${f.at.file}:${f.at.line}:${f.at.column}` },
            f.message,
            fixesAbove.has(f.fix) ? trusted('the fix above') : f.fix,
        ])));
    }
    // "not established" lines repeat the checks table; the rest is said only here.
    const uncertainty = entry.remaining_uncertainty.filter((u) => !u.startsWith('not established:'));
    if (uncertainty.length > 0) {
        body.push(trusted(''), trusted('Remaining uncertainty:'));
        for (const u of uncertainty)
            body.push(md `- ${u}`);
    }
    if (entry.merged_from.length > 0) {
        body.push(trusted(''), md `Merged from ${entry.merged_from.length} entries: ${join(entry.merged_from.map((m) => md `${code(m.ledger_id)} (${m.runner_os}, ${m.fallback_decision}, ${m.passed ? 'passed' : 'failed'})`), ', ')}.`);
    }
    body.push(trusted(''), md `This entry does not assert: ${entry.does_not_assert.map((d) => d.replaceAll('_', ' ')).join(', ')}.`, trusted(''), md `Operator: ${entry.operator_initials ?? trusted('_not set_')} · follow-up owner: ${entry.follow_up_owner ?? trusted('_not set_')}${entry.evidence_links.length > 0
        ? md ` · evidence: ${join(entry.evidence_links.map((l) => code(l)), ', ')}`
        : trusted('')}`);
    return fold(htmlText('Environment, findings, change, and what this entry does not assert'), body);
}
/** "route a: X" and "route b: X" become one line naming both routes. */
function groupMismatches(reasons) {
    const groups = new Map();
    for (const reason of reasons) {
        const m = /^route (.+?): (.*)$/.exec(reason);
        const key = m ? m[2] : reason;
        const list = groups.get(key) ?? [];
        if (m)
            list.push(m[1]);
        groups.set(key, list);
    }
    return [...groups];
}
function mark(status) {
    return trusted(status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '❔ unknown');
}

// EXTERNAL MODULE: ./lib/judge/subject.js
var judge_subject = __webpack_require__(2895);
;// CONCATENATED MODULE: ./lib/record/root-causes.js

const BUDGET_FINDINGS = new Set([
    'worst_case_over_budget',
    'worst_case_elapsed_over_budget',
    'amplification_over_budget',
]);
/** The failing problems grouped by what caused them, most direct first; each fix appears once. */
function rootCauses(entry) {
    const failing = entry.gate.problems.filter((p) => p.fails_job);
    const budget = budgetCauses(entry, failing);
    return [
        ...budget.values(),
        ...findingCauses(entry, failing, budget),
        ...evidenceCauses(failing),
        ...escalationCauses(entry, failing, budget),
    ];
}
const chainOfFinding = (message) => /chain "([^"]*)"/.exec(message)?.[1] ?? null;
const where = (f) => `${f.at.file}:${f.at.line}:${f.at.column}`;
/** One cause per chain over budget, in the order first failed; keyed by chain. */
function budgetCauses(entry, failing) {
    const budget = new Map();
    for (const p of failing.filter((x) => x.category === 'budget')) {
        const subject = (0,judge_subject/* parseSubject */.Ci)(p.subject);
        const chain = (0,judge_subject/* chainOfSubject */.JY)(subject) ?? p.subject;
        const scenario = subject?.kind === 'scenario' ? subject.scenario : undefined;
        const existing = budget.get(chain);
        const check = checkIdFor(entry, p.subject, p.message);
        if (existing) {
            existing.also.push(`${check}${scenario ? ` (${scenario})` : ''}`);
            continue;
        }
        const stacked = entry.findings.find((f) => f.id === 'stacked_retries' && chainOfFinding(f.message) === chain);
        const cause = {
            title: `Retries over budget in chain ${chain}`,
            lead: `${scenario ? `scenario ${scenario}: ` : ''}${p.message}`,
            also: [],
            cause: stacked ? { message: stacked.message, where: where(stacked) } : null,
            fix: stacked?.fix ?? p.fix,
            where: stacked ? where(stacked) : null,
        };
        budget.set(chain, cause);
    }
    return budget;
}
/** Config checks, one per fix; a budget finding of a chain already over budget joins that cause. */
function findingCauses(entry, failing, budget) {
    const findingOf = (message) => entry.findings.find((f) => message === `${f.id}: ${f.message}`) ?? null;
    const byFix = new Map();
    for (const p of failing.filter((x) => x.category === 'findings')) {
        const finding = findingOf(p.message);
        const chain = finding ? chainOfFinding(finding.message) : null;
        if (finding && chain !== null && BUDGET_FINDINGS.has(finding.id) && budget.has(chain)) {
            budget.get(chain).also.push(`config check ${finding.id} (${where(finding)})`);
            continue;
        }
        const existing = byFix.get(p.fix);
        if (existing) {
            existing.also.push(withoutFix(p.message, p.fix));
            continue;
        }
        byFix.set(p.fix, {
            title: 'Config check',
            lead: withoutFix(p.message, p.fix),
            also: [],
            cause: null,
            fix: p.fix,
            where: finding ? where(finding) : null,
        });
    }
    return [...byFix.values()];
}
/** Missing evidence, one per fix. */
function evidenceCauses(failing) {
    const evidence = new Map();
    for (const p of failing.filter((x) => x.category === 'evidence')) {
        const existing = evidence.get(p.fix);
        if (existing) {
            existing.also.push(withoutFix(p.message, p.fix));
            continue;
        }
        evidence.set(p.fix, {
            title: 'Evidence missing',
            lead: withoutFix(p.message, p.fix),
            also: [],
            cause: null,
            fix: p.fix,
            where: null,
        });
    }
    return [...evidence.values()];
}
function escalationCauses(entry, failing, budget) {
    const causes = [];
    for (const p of failing.filter((x) => x.category === 'escalate')) {
        const chain = (0,judge_subject/* chainOfSubject */.JY)((0,judge_subject/* parseSubject */.Ci)(p.subject));
        // An escalation that follows from a budget failure is that failure's consequence: the
        // decision in the lead line already says so.
        if (chain !== null && budget.has(chain))
            continue;
        const record = entry.chains.find((c) => c.name === chain);
        causes.push({
            title: `Escalated${chain !== null ? ` in chain ${chain}` : ''}`,
            lead: record ? failedChecksSentence(record) : p.message,
            also: [],
            cause: null,
            fix: p.fix,
            where: null,
        });
    }
    return causes;
}
/** A message that ends with its own fix says it once: in the fix. */
function withoutFix(message, fix) {
    if (fix.length === 0 || !message.endsWith(fix))
        return message;
    return message.slice(0, -fix.length).replace(/[\s:;,.-]+$/, '');
}
function checkIdFor(entry, subject, message) {
    const all = [...entry.verdicts, ...entry.chains.flatMap((c) => c.verdicts)];
    return all.find((v) => v.subject === subject && v.reason === message)?.id ?? 'check';
}
function failedChecksSentence(chain) {
    const failed = chain.verdicts.filter((v) => v.status === 'fail');
    if (failed.length === 0)
        return chain.reason;
    return `failed ${failed.map((v) => `${v.id} (${subjectTail(v.subject)})`).join(', ')}`;
}
/** The name a subject is about: the scenario, else the chain or route. */
function subjectTail(text) {
    const subject = (0,judge_subject/* parseSubject */.Ci)(text);
    switch (subject?.kind) {
        case 'scenario':
            return subject.scenario;
        case 'chain':
            return subject.chain;
        case 'route':
            return subject.route;
        default:
            return text;
    }
}

;// CONCATENATED MODULE: ./lib/record/render-markdown.js




// The Markdown ledger: the PR comment and the job summary. It is read top-down by a reviewer
// with little time, so it leads with one line (the decision, whether the evidence is live, the
// single most useful fix), then one bullet per root cause, then one line per chain; everything
// else (checks, routes, timelines, the storm chart, environment and findings) is folded.
// Every value goes through markdown-escape, whether the entry comes from this run or from an
// artifact of someone else's run (publish-only). The whole text stays under GitHub's comment
// limit with room left for the publisher's marker; when it would not, folded sections are left
// out, last first, and the text says so.
/** GitHub rejects issue and pull request comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Room kept for what the publisher adds (a hidden marker, a header line). */
const MARKER_RESERVE = 1_536;
const MARKDOWN_LIMIT = GITHUB_COMMENT_LIMIT - MARKER_RESERVE;
function renderMarkdown(entry, limit = MARKDOWN_LIMIT) {
    const causes = rootCauses(entry);
    const blocks = [
        { text: lead(entry, causes), optional: false },
        { text: chainLines(entry), optional: false },
        { text: checksSection(entry), optional: true },
        { text: routesSection(entry), optional: true },
        { text: detailsSection(entry, new Set(causes.map((c) => c.fix))), optional: true },
        ...entry.storm.flatMap((storm) => {
            const chart = stormChart(storm);
            return chart ? [{ text: stormSection(storm, chart), optional: true }] : [];
        }),
        ...entry.chains.flatMap((chain) => {
            const timelines = chainTimelines(chain);
            return timelines ? [{ text: timelines, optional: true }] : [];
        }),
    ];
    return fit(blocks, limit);
}
function fit(blocks, limit) {
    const joinBlocks = (bs) => bs.map((b) => b.text).join('\n');
    const kept = [...blocks];
    let omitted = 0;
    while (joinBlocks(kept).length > limit) {
        const index = kept.findLastIndex((b) => b.optional);
        if (index === -1)
            break;
        kept.splice(index, 1);
        omitted += 1;
    }
    const note = (what) => `\n> **Truncated**: ${what} left out to stay under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit. The full entry is in \`ledger.json\`.\n`;
    let out = joinBlocks(kept);
    if (omitted > 0 && out.length + 300 <= limit) {
        return out + note(`${omitted} folded section${omitted === 1 ? '' : 's'}`);
    }
    if (out.length <= limit && omitted === 0)
        return out;
    // Even the required blocks are too long (very many chains): cut at a line boundary. The
    // required blocks hold only lines and lists, so a cut cannot leave a fence open.
    const room = limit - 400;
    out = joinBlocks(kept.filter((b) => !b.optional));
    const cut = out.lastIndexOf('\n', room);
    return `${out.slice(0, cut === -1 ? room : cut)}\n${note(`${omitted} folded sections and the end of the chain lines were`)}`;
}
// ---- the lead: one line, then one bullet per root cause -------------------------------------
function evidencePhrase(entry) {
    const kind = evidenceKind(entry);
    if (kind === 'live')
        return trusted('evidence from the live endpoints');
    if (kind === 'none')
        return trusted('no endpoint was probed');
    if (kind === 'mock')
        return trusted('**evidence from the embedded mock only, not live**');
    const mocked = entry.routes.filter((r) => r.upstream === 'mock').map((r) => code(r.name));
    return md `**partly mock, not live for ${join(mocked, ', ')}**`;
}
function lead(entry, causes) {
    const kind = evidenceKind(entry);
    const icon = !entry.passed ? '❌' : kind === 'live' ? '✅' : '☑️';
    const result = entry.passed ? 'fallback-gate passed' : 'fallback-gate failed';
    const paused = entry.decision_paused ? trusted(' (paused: evidence missing)') : trusted('');
    const first = causes[0];
    const noted = entry.gate.problems.find((p) => !p.fails_job);
    const next = first
        ? md ` · **Fix first:** ${first.fix}${first.where ? md ` (${code(first.where)})` : trusted('')}`
        : kind !== 'live' && entry.routes.length > 0
            ? trusted(" · **Next:** give the gate the routes' credentials (and trusted hosts) to check the live endpoints")
            : noted
                ? md ` · **Worth a look:** ${noted.fix}`
                : trusted('');
    const lines = [
        md `${trusted(icon)} **${trusted(result)}: ${code(entry.fallback_decision)}**${paused} · ${evidencePhrase(entry)}${next}`,
    ];
    if (entry.recorded)
        lines.push(trusted(''), md `> ${entry.recorded.statement}`);
    if (causes.length > 0) {
        lines.push(trusted(''));
        causes.forEach((c, i) => lines.push(causeBullet(c, i === 0)));
    }
    return lines.map(String).join('\n') + '\n';
}
function causeBullet(c, first) {
    const parts = [md `- **${c.title}**: ${c.lead}.`];
    if (c.cause)
        parts.push(md ` Cause: ${c.cause.message} (${code(c.cause.where)}).`);
    if (c.also.length > 0)
        parts.push(md ` Same cause: ${c.also.join('; ')}.`);
    // The first cause's fix is the lead line's; every other fix is said once, here.
    if (!first) {
        parts.push(md ` **Fix:** ${c.fix}${c.where && !c.cause ? md ` (${code(c.where)})` : trusted('')}.`);
    }
    return join(parts, '');
}
// ---- one line per chain ----------------------------------------------------------------------
function chainLines(entry) {
    const lines = entry.chains.map((chain) => {
        const counts = countStatuses(chain.verdicts);
        const samples = chain.scenarios.reduce((acc, s) => ({
            n: acc.n + s.samples,
            usable: acc.usable + s.outcomes.usable,
            controlled: acc.controlled + s.outcomes.controlled_failure,
            hang: acc.hang + s.outcomes.hang,
            unknown: acc.unknown + s.outcomes.unknown,
        }), { n: 0, usable: 0, controlled: 0, hang: 0, unknown: 0 });
        const order = join(chain.route_order.map((r) => code(r)), ' → ');
        const scenarios = chain.scenarios.length > 0
            ? md ` · ${chain.scenarios.length} scenarios, ${samples.n} caller requests: ${samples.usable} usable, ${samples.controlled} controlled failure, ${samples.hang} hang, ${samples.unknown} unknown`
            : trusted(' · no fault scenario ran');
        const gaps = chain.evidence_gaps.length > 0
            ? md ` · not observed: ${chain.evidence_gaps.join('; ')}`
            : trusted('');
        return md `- Chain ${code(chain.name)} (${order}): ${code(chain.fallback_decision)}${chain.decision_paused ? trusted(' (paused)') : trusted('')} by rule ${code(chain.decision_rule)} · worst case ${worstCase(chain)}${scenarios} · checks ${counts.fail} failed, ${counts.unknown} not established, ${counts.pass} passed${gaps}`;
    });
    lines.push(trusted(''), md `Config ${code(entry.config.file)} (${entry.config.format}, ${entry.endpoint_family}) · ledger ${code(entry.ledger_id)} · ${entry.timestamp}`);
    return lines.map(String).join('\n') + '\n';
}


;// CONCATENATED MODULE: ./lib/record/outputs.js



/**
 * The entry was redacted when it was built; the renderings are redacted once more as a whole,
 * so text a renderer adds can never carry a secret either.
 */
function renderOutputs(entry, redactor) {
    return {
        json: redactor.text((0,canonical_json/* canonicalJson */.dj)(entry)),
        markdown: redactor.text(renderMarkdown(entry)),
        historyLine: redactor.text((0,record_history/* renderHistoryLine */.f)(entry)),
    };
}


/***/ })

};
