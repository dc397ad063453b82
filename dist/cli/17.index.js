export const id = 17;
export const ids = [17];
export const modules = {

/***/ 5738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emit)
/* harmony export */ });
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(352);

/** Prints a file command's result through io; its code becomes the exit status. */
function emit(io, result) {
    // `show` renders through consoleSafe already (stdout may carry its colours); reasons quoting
    // names and paths are made safe here.
    io.stdout.write(result.stdout);
    io.stderr.write((0,_record_index_js__WEBPACK_IMPORTED_MODULE_0__/* .consoleLines */ .$1)(result.stderr));
    return { exitStatus: result.code };
}


/***/ }),

/***/ 2017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrendCommand: () => (/* binding */ runTrendCommand)
});

// UNUSED EXPORTS: runTrend

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/common/bounded-read.js
var bounded_read = __webpack_require__(8829);
;// CONCATENATED MODULE: ./lib/incident/trend.js
function trendRows(entries) {
    return entries
        .map((e) => ({
        timestamp: e.timestamp,
        ledger_id: e.ledger_id,
        origin: e.origin ?? 'gate',
        decision: e.fallback_decision,
        paused: e.decision_paused,
        passed: e.passed,
        attempts: e.retry_attempts + 1,
        amplification: e.storm.length > 0 ? Math.max(...e.storm.map((s) => s.amplification)) : null,
    }))
        .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}
function renderTrendTable(rows) {
    const header = ['when', 'ledger', 'origin', 'decision', 'result', 'attempts', 'amplification'];
    const body = rows.map((r) => [
        r.timestamp.replace(/\.\d+Z$/, 'Z'),
        r.ledger_id,
        r.origin,
        `${r.decision}${r.paused ? ' (paused)' : ''}`,
        r.passed ? 'passed' : 'failed',
        String(r.attempts),
        r.amplification === null ? '-' : r.amplification.toFixed(2),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const counts = new Map();
    for (const r of rows)
        counts.set(r.decision, (counts.get(r.decision) ?? 0) + 1);
    return [
        line(header),
        ...body.map(line),
        '',
        `${rows.length} entries: ${[...counts].map(([d, n]) => `${d} ${n}`).join(', ')}; ${rows.filter((r) => !r.passed).length} failed, ${rows.filter((r) => r.paused).length} paused`,
        '',
    ].join('\n');
}
/** At most this many runs are drawn (the latest). */
const TREND_MAX_POINTS = 60;
function renderTrendMermaid(rows) {
    const shown = rows.slice(-TREND_MAX_POINTS);
    const labels = shown.map((r) => `"${r.timestamp.slice(5, 16).replace('T', ' ')}"`);
    const attempts = shown.map((r) => r.attempts);
    const amplification = shown.map((r) => r.amplification === null ? 0 : Number(r.amplification.toFixed(2)));
    const top = Math.max(1, ...attempts, ...amplification);
    const chart = [
        '```mermaid',
        'xychart-beta',
        '  title "Attempts per request (bars) and storm amplification (line)"',
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "per caller request" 0 --> ${Math.ceil(top)}`,
        `  bar [${attempts.join(', ')}]`,
        `  line [${amplification.join(', ')}]`,
        '```',
    ];
    const decisions = shown.map((r) => `| ${r.timestamp.replace(/\.\d+Z$/, 'Z')} | \`${r.decision}\`${r.paused ? ' (paused)' : ''} | ${r.passed ? 'passed' : 'failed'} | ${r.origin} |`);
    return [
        '## fallback-gate trend',
        '',
        ...chart,
        '',
        '| when | decision | result | origin |',
        '| --- | --- | --- | --- |',
        ...decisions,
        '',
        'Amplification 0 means no storm simulation ran in that entry.',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
// EXTERNAL MODULE: ./lib/record/verify.js
var verify = __webpack_require__(8932);
// EXTERNAL MODULE: ./lib/cli/commands/emit.js
var emit = __webpack_require__(5738);
;// CONCATENATED MODULE: ./lib/cli/commands/trend.js






// `fallback-gate ledger trend`: decisions and attempts over a history file.
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
async function runTrend(file, mermaidPath, env) {
    let text;
    try {
        text = (await (0,bounded_read/* readBoundedFile */.M)(file, MAX_HISTORY_BYTES)).toString('utf8');
    }
    catch (error) {
        if (!(error instanceof bounded_read/* BoundedReadError */.u))
            throw error;
        return {
            code: 2,
            stdout: '',
            stderr: `${file}: ${error.problem === 'not_found' ? 'no such file' : error.problem === 'too_large' ? `${error.message}: not a history file` : error.message}\n`,
        };
    }
    const secrets = (0,redact/* secretsFromEnv */.zr)(env);
    const entries = [];
    const reasons = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        const result = (0,verify/* verifyLedgerText */.c)(line, secrets);
        if (result.ok)
            entries.push(result.entry);
        else
            reasons.push(...result.reasons.map((r) => `line ${i + 1}: ${r}`));
    });
    if (reasons.length > 0 || entries.length === 0) {
        return {
            code: 1,
            stdout: '',
            stderr: `${file}: not a valid history:\n${(reasons.length > 0 ? reasons : ['the history file holds no entry']).map((r) => `  - ${r}`).join('\n')}\n`,
        };
    }
    const rows = trendRows(entries);
    if (mermaidPath) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(mermaidPath), { recursive: true });
        await (0,promises_.appendFile)(mermaidPath, renderTrendMermaid(rows), 'utf8');
    }
    return { code: 0, stdout: renderTrendTable(rows), stderr: '' };
}
async function runTrendCommand(history, flags, io) {
    return (0,emit/* emit */.I)(io, await runTrend(history, flags.mermaid, io.env));
}


/***/ }),

/***/ 6152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkSealedText)
/* harmony export */ });
/* unused harmony export leakReasons */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9782);
/* harmony import */ var _ledger_json_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7095);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9256);



/** Checks a sealed file's text; `what` names it in the integrity reason ("entry", "packet"). */
function checkSealedText(text, schema, knownSecrets, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { reasons: [`not valid JSON: ${error.message}`] };
    }
    const reasons = leakReasons(value, knownSecrets);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 10)) {
            reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
        return { reasons };
    }
    if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .integrityDigest */ .QB)(parsed.data) !== parsed.data.integrity.sha256) {
        reasons.push(`integrity.sha256 does not match the ${what}: it was edited after it was written`);
    }
    return { value: parsed.data, reasons };
}
function leakReasons(value, knownSecrets) {
    const redactor = (0,_ledger_json_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ledgerRedactor */ .c1)(knownSecrets);
    const reasons = [];
    const walk = (node, path) => {
        if (reasons.length >= 10)
            return;
        if (typeof node === 'string') {
            if (redactor.text(node) !== node)
                reasons.push(`${path || '(root)'}: contains a credential or secret-shaped value`);
            return;
        }
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
            return;
        }
        if (node !== null && typeof node === 'object') {
            for (const [k, v] of Object.entries(node)) {
                const here = path ? `${path}.${k}` : k;
                if (redactor.text(k) !== k)
                    reasons.push(`${path || '(root)'}: a key contains a credential or secret-shaped value`);
                // A credential-named field must hold nothing but the redaction marker.
                if (typeof v === 'string' && (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .isCredentialField */ .qc)(k) && v !== _redact_js__WEBPACK_IMPORTED_MODULE_2__/* .REDACTED */ .XF && v !== '') {
                    reasons.push(`${here}: a credential field holds a value`);
                }
                walk(v, here);
            }
        }
    };
    walk(value, '');
    return reasons;
}


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ verifyHistoryText),
/* harmony export */   c: () => (/* binding */ verifyLedgerText)
/* harmony export */ });
/* harmony import */ var _judge_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7002);
/* harmony import */ var _judge_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2895);
/* harmony import */ var _judge_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7668);
/* harmony import */ var _ledger_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9288);
/* harmony import */ var _sealed_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6152);



/**
 * Checks a ledger file's text: valid JSON; valid against the v1 schema; its integrity digest
 * matches (the entry was not edited after it was written); its parts agree with each other
 * (the headline decision is the most severe chain decision, `passed` matches the problems that
 * fail the job, and so on); and nothing in it looks like a secret (redacting it again changes
 * nothing). Reasons name the place, never the secret.
 */
function verifyLedgerText(text, knownSecrets = []) {
    const { value: entry, reasons } = (0,_sealed_json_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSealedText */ .E)(text, _ledger_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ledgerEntrySchema */ .pJ, knownSecrets, 'entry');
    if (!entry)
        return { ok: false, reasons };
    reasons.push(...consistencyReasons(entry));
    return reasons.length === 0 ? { ok: true, entry } : { ok: false, reasons };
}
/** A history file (JSON Lines): every line must verify; reasons carry the line number. */
function verifyHistoryText(text, knownSecrets = []) {
    const lines = text.split('\n').filter((l) => l.trim().length > 0);
    if (lines.length === 0)
        return { ok: false, reasons: ['the history file holds no entry'] };
    const reasons = [];
    let last;
    lines.forEach((line, i) => {
        const result = verifyLedgerText(line, knownSecrets);
        if (result.ok)
            last = result.entry;
        else
            reasons.push(...result.reasons.map((r) => `line ${i + 1}: ${r}`));
    });
    return reasons.length === 0 && last
        ? { ok: true, entry: last, entries: lines.length }
        : { ok: false, reasons };
}
function consistencyReasons(entry) {
    return [...summaryReasons(entry), ...impliedProblemReasons(entry), ...gateReasons(entry)];
}
/** The entry's top-level fields summarise its chains. */
function summaryReasons(entry) {
    const reasons = [];
    if (entry.chains.length === 0)
        return reasons;
    const worst = entry.chains
        .map((c) => c.fallback_decision)
        .reduce((a, b) => (_judge_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DECISION_SEVERITY */ .b4[b] > _judge_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DECISION_SEVERITY */ .b4[a] ? b : a), 'keep_primary');
    if (entry.fallback_decision !== worst) {
        reasons.push(`fallback_decision is ${entry.fallback_decision} but the most severe chain decision is ${worst}`);
    }
    if (entry.decision_paused !== entry.chains.some((c) => c.decision_paused)) {
        reasons.push('decision_paused does not match the chains');
    }
    const retries = Math.max(0, ...entry.chains.map((c) => c.retry_attempts));
    if (entry.retry_attempts !== retries) {
        reasons.push(`retry_attempts is ${entry.retry_attempts} but the chains observed at most ${retries}`);
    }
    return reasons;
}
/**
 * The problems follow from the entry's own decisions, verdicts and findings (the decision
 * table's output): none may be missing, so `passed` cannot be flipped by deleting one.
 */
function impliedProblemReasons(entry) {
    const chainSubject = (name) => (0,_judge_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSubject */ .TK)({ kind: 'chain', chain: name });
    const implied = [
        ...entry.chains
            .filter((c) => c.fallback_decision === 'escalate' && !c.decision_paused)
            .map((c) => ({
            category: 'escalate',
            subject: chainSubject(c.name),
            why: 'decision escalate',
        })),
        ...entry.chains
            .filter((c) => c.decision_paused)
            .map((c) => ({
            category: 'evidence',
            subject: chainSubject(c.name),
            why: 'a paused decision',
        })),
        ...entry.verdicts
            .filter((v) => v.status === 'fail' && (0,_judge_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isBudgetVerdict */ .LD)(v.id))
            .map((v) => ({ category: 'budget', subject: v.subject, why: `failed verdict ${v.id}` })),
        ...entry.findings
            .filter((f) => f.severity === 'error')
            .map((f) => ({
            category: 'findings',
            subject: (0,_judge_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSubject */ .TK)({
                kind: 'config',
                file: f.at.file,
                line: f.at.line,
                column: f.at.column,
            }),
            why: `error finding ${f.id}`,
        })),
    ];
    return implied
        .filter((need) => !entry.gate.problems.some((p) => p.category === need.category && p.subject === need.subject))
        .map((need) => `gate.problems lacks the ${need.category} problem of ${need.subject} that its ${need.why} implies`);
}
/** What fails the job follows from the problems and the policy. */
function gateReasons(entry) {
    const reasons = [];
    const failing = entry.gate.problems.filter((p) => p.fails_job);
    if (entry.gate.problems.some((p) => p.fails_job !== entry.gate.fail_on.includes(p.category))) {
        reasons.push('gate.problems: fails_job does not follow gate.fail_on');
    }
    if (entry.passed !== entry.gate.passed || entry.passed !== (failing.length === 0)) {
        reasons.push('passed does not match the problems that fail the job');
    }
    if (entry.failures.length !== failing.length) {
        reasons.push(`failures lists ${entry.failures.length} lines but ${failing.length} problems fail the job`);
    }
    const missing = _ledger_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_ASSERTED */ .uw.filter((n) => !entry.does_not_assert.includes(n));
    if (missing.length > 0)
        reasons.push(`does_not_assert is missing ${missing.join(', ')}`);
    return reasons;
}


/***/ })

};
