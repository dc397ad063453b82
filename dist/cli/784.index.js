export const id = 784;
export const ids = [784,936];
export const modules = {

/***/ 7936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOutDir: () => (/* binding */ checkOutDir),
/* harmony export */   v: () => (/* binding */ writeAtomically),
/* harmony export */   writeLedgerFiles: () => (/* binding */ writeLedgerFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4642);




/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
async function writeLedgerFiles(outDir, json, markdown) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
    const jsonPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.json');
    const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.md');
    await writeAtomically(jsonPath, json);
    await writeAtomically(markdownPath, markdown);
    return { jsonPath, markdownPath };
}
/**
 * Writes through a temporary file renamed into place. The temporary name is random and created
 * exclusively (O_CREAT|O_EXCL, which never follows a symlink), so a link planted at a guessable
 * name cannot redirect the write.
 */
async function writeAtomically(path, text) {
    const temporary = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, text, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}
/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
async function checkOutDir(outDir) {
    const at = (0,_plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t)(outDir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, `.fallback-gate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.probe`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(probe, '', { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new _plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(at, `the output directory cannot be written (${code}); nothing was probed`, 'choose another --out (the action input out-dir) that this user can create and write');
    }
}


/***/ }),

/***/ 9784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  forEachFile: () => (/* binding */ forEachFile),
  g: () => (/* binding */ loadAll),
  mergeLedgerFiles: () => (/* binding */ mergeLedgerFiles),
  showLedgerFile: () => (/* binding */ showLedgerFile),
  verifyLedgerFile: () => (/* binding */ verifyLedgerFile)
});

// UNUSED EXPORTS: load

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/plan/bounded-read.js
var bounded_read = __webpack_require__(9187);
// EXTERNAL MODULE: ./lib/publish/files.js
var publish_files = __webpack_require__(7936);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./lib/judge/judge.js + 2 modules
var judge = __webpack_require__(1234);
// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(7002);
// EXTERNAL MODULE: ./lib/record/build-ledger.js
var build_ledger = __webpack_require__(8711);
// EXTERNAL MODULE: ./lib/record/ledger-schema.js
var ledger_schema = __webpack_require__(7642);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
;// CONCATENATED MODULE: ./lib/record/merge.js






// Matrix jobs each write an entry; `ledger merge` makes one entry of them. The merged decision is
// the most severe one, it passed only if every job passed, and every chain keeps the id of the
// entry it came from.
const defaultId = (0,node/* monotonicFactory */.BD)();
class MergeError extends Error {
}
function mergeLedgers(entries, options) {
    const first = entries[0];
    if (!first)
        throw new MergeError('nothing to merge: give at least one ledger file');
    const policy = first.gate.fail_on.join(',');
    const odd = entries.find((e) => e.gate.fail_on.join(',') !== policy);
    if (odd) {
        throw new MergeError(`entries ${first.ledger_id} and ${odd.ledger_id} were judged with different fail-on policies (${policy || 'none'} and ${odd.gate.fail_on.join(',') || 'none'}): run every job with the same --fail-on`);
    }
    // Each run counts once: the same entry given twice, or a run that is already inside a merged
    // ledger given again, would count its chains and problems twice.
    const digests = new Set();
    const mergedIds = new Map();
    for (const entry of entries) {
        if (digests.has(entry.integrity.sha256)) {
            throw new MergeError(`ledger ${entry.ledger_id} is given more than once: give each run's ledger once`);
        }
        digests.add(entry.integrity.sha256);
    }
    for (const entry of entries) {
        const ids = entry.merged_from.length > 0 ? entry.merged_from.map((m) => m.ledger_id) : [];
        for (const id of ids) {
            const other = mergedIds.get(id);
            if (other !== undefined && other !== entry.integrity.sha256) {
                throw new MergeError(`ledger ${id} is inside more than one of the merged ledgers given: give each run's ledger once`);
            }
            mergedIds.set(id, entry.integrity.sha256);
        }
    }
    for (const entry of entries) {
        if (entry.merged_from.length === 0 && mergedIds.has(entry.ledger_id)) {
            throw new MergeError(`ledger ${entry.ledger_id} is given both on its own and inside a merged ledger: give each run's ledger once`);
        }
    }
    const decision = (0,judge/* mostSevere */.u)(entries.map((e) => e.fallback_decision));
    const headline = entries.find((e) => e.fallback_decision === decision) ?? first;
    const chains = entries.flatMap((e) => e.chains.map((c) => ({ ...c, source_ledger_id: c.source_ledger_id ?? e.ledger_id })));
    const families = unique(entries.map((e) => e.endpoint_family));
    const drivers = unique(entries.map((e) => e.environment.driver));
    const upstreams = unique(entries.map((e) => e.environment.upstream).filter((u) => u !== 'none'));
    const formats = unique(entries.map((e) => e.config.format));
    const recorded = entries.flatMap((e) => (e.recorded ? [e.recorded] : []));
    const draft = {
        schema_version: ledger_schema/* LEDGER_SCHEMA_VERSION */.F_,
        // Any recorded part means not everything in the merged entry was measured by the gate.
        ...(recorded.length > 0 ? { origin: 'recorded' } : {}),
        ledger_id: (options.makeId ?? defaultId)(options.now.getTime()),
        timestamp: options.now.toISOString(),
        endpoint_family: families.length === 1 ? families[0] : 'mixed',
        request_id: headline.request_id,
        prompt_class: headline.prompt_class,
        status_class: headline.status_class,
        status_reason: headline.status_reason,
        retry_attempts: Math.max(0, ...entries.map((e) => e.retry_attempts)),
        fallback_decision: decision,
        decision_paused: entries.some((e) => e.decision_paused),
        passed: entries.every((e) => e.passed),
        operator_initials: joined(entries.map((e) => e.operator_initials)),
        follow_up_owner: joined(entries.map((e) => e.follow_up_owner)),
        evidence_links: unique(entries.flatMap((e) => e.evidence_links)),
        run: first.run,
        config: {
            file: unique(entries.map((e) => e.config.file)).join(', '),
            format: formats.length === 1 ? formats[0] : 'mixed',
            digest: unique(entries.map((e) => e.config.digest)).join(', '),
        },
        change: entries.find((e) => e.change !== null)?.change ?? null,
        environment: {
            gate_version: unique(entries.map((e) => e.environment.gate_version)).join(', '),
            node_version: unique(entries.map((e) => e.environment.node_version)).join(', '),
            runner_os: unique(entries.map((e) => e.environment.runner_os)).join(', '),
            driver: drivers.length === 1 ? drivers[0] : 'mixed',
            upstream: upstreams.length === 0 ? 'none' : upstreams.length === 1 ? upstreams[0] : 'mixed',
            environment_mismatch: entries.some((e) => e.environment.environment_mismatch),
            mismatch_reasons: unique(entries.flatMap((e) => e.environment.mismatch_reasons)),
        },
        chains: chains.sort((a, b) => types/* DECISION_SEVERITY */.b4[b.fallback_decision] - types/* DECISION_SEVERITY */.b4[a.fallback_decision]),
        routes: entries.flatMap((e) => e.routes),
        storm: entries.flatMap((e) => e.storm),
        findings: uniqueBy(entries.flatMap((e) => e.findings)),
        verdicts: entries.flatMap((e) => e.verdicts),
        gate: {
            passed: entries.every((e) => e.gate.passed),
            fail_on: first.gate.fail_on,
            problems: entries.flatMap((e) => e.gate.problems),
        },
        failures: entries.flatMap((e) => e.failures),
        remaining_uncertainty: unique(entries.flatMap((e) => e.remaining_uncertainty)),
        does_not_assert: [...ledger_schema/* NOT_ASSERTED */.uw],
        ...(recorded.length > 0
            ? {
                recorded: {
                    recorded_by: 'operator',
                    statement: unique(recorded.map((r) => r.statement)).join(' '),
                    route: joined(recorded.map((r) => r.route)),
                    what_changed: joined(recorded.map((r) => r.what_changed)),
                    facts_missing: unique(recorded.flatMap((r) => r.facts_missing)),
                    facts_conflicting: unique(recorded.flatMap((r) => r.facts_conflicting)),
                    note: joined(recorded.map((r) => r.note)),
                    sources: recorded.flatMap((r) => r.sources),
                    requests: recorded.flatMap((r) => r.requests),
                    requests_omitted: recorded.reduce((n, r) => n + r.requests_omitted, 0),
                },
            }
            : {}),
        merged_from: entries.flatMap((e) => e.merged_from.length > 0
            ? e.merged_from
            : [
                {
                    ledger_id: e.ledger_id,
                    passed: e.passed,
                    fallback_decision: e.fallback_decision,
                    runner_os: e.environment.runner_os,
                },
            ]),
    };
    return (0,build_ledger/* sealLedger */.po)((0,redact/* createRedactor */.lY)([]).value(draft));
}
function unique(values) {
    return [...new Set(values)];
}
function uniqueBy(values) {
    const seen = new Map();
    for (const v of values)
        seen.set(JSON.stringify(v), v);
    return [...seen.values()];
}
function joined(values) {
    const present = unique(values.filter((v) => v !== null && v.length > 0));
    return present.length > 0 ? present.join(', ') : null;
}

// EXTERNAL MODULE: ./lib/record/render-console.js
var render_console = __webpack_require__(2485);
// EXTERNAL MODULE: ./lib/record/verify.js
var verify = __webpack_require__(8932);
;// CONCATENATED MODULE: ./lib/record/ledger-commands.js









/** Ledger files are small; anything larger is not one of ours. */
const MAX_LEDGER_BYTES = 32 * 1024 * 1024;
/** Reads a ledger-like file with the size cap fixed before the first byte is read. */
async function readLedgerText(file) {
    try {
        return { ok: true, text: (await (0,bounded_read/* readBoundedFile */.M)(file, MAX_LEDGER_BYTES)).toString('utf8') };
    }
    catch (error) {
        if (!(error instanceof bounded_read/* BoundedReadError */.u))
            throw error;
        const why = error.problem === 'directory'
            ? 'is a directory, expected a ledger.json file'
            : error.problem === 'too_large'
                ? `${error.message}: not a ledger file`
                : error.message;
        return fail(2, `${file}: ${why}`);
    }
}
async function load(file, env) {
    const read = await readLedgerText(file);
    return read.ok ? parseLoaded(file, read.text, env) : read;
}
/** Loads and verifies every file, stopping at the first that fails. */
async function loadAll(files, env) {
    const entries = [];
    for (const file of files) {
        const loaded = await load(file, env);
        if (!loaded.ok)
            return loaded;
        entries.push(loaded.entry);
    }
    return { ok: true, entries };
}
function parseLoaded(file, text, env) {
    const secrets = (0,redact/* secretsFromEnv */.zr)(env);
    const history = /\.(jsonl|ndjson)$/i.test(file);
    const result = history ? (0,verify/* verifyHistoryText */.TI)(text, secrets) : (0,verify/* verifyLedgerText */.cy)(text, secrets);
    if (!result.ok) {
        return fail(1, `${file}: not a valid ledger:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`);
    }
    // Every line verified above, so each parses to an entry.
    const all = history
        ? text
            .split('\n')
            .filter((l) => l.trim())
            .flatMap((line) => {
            const one = (0,verify/* verifyLedgerText */.cy)(line, secrets);
            return one.ok ? [one.entry] : [];
        })
        : [result.entry];
    return { ok: true, entry: result.entry, entries: all.length, all };
}
function fail(code, message) {
    return { ok: false, result: { code, stdout: '', stderr: `${message}\n` } };
}
async function verifyLedgerFile(file, env) {
    const read = await readLedgerText(file);
    if (!read.ok)
        return read.result;
    // A support packet (fallback-gate packet) is verified by its own schema.
    const { verifyPacketTextIfPacket } = await __webpack_require__.e(/* import() */ 636).then(__webpack_require__.bind(__webpack_require__, 8636));
    const packet = verifyPacketTextIfPacket(file, read.text, env);
    if (packet)
        return packet;
    const loaded = parseLoaded(file, read.text, env);
    if (!loaded.ok)
        return loaded.result;
    const what = loaded.entries > 1 ? `${loaded.entries} entries` : `ledger ${loaded.entry.ledger_id}`;
    return {
        code: 0,
        stdout: `${file}: ${what} valid (schema ${loaded.entry.schema_version}, integrity and redaction checked)\n`,
        stderr: '',
    };
}
async function showLedgerFile(file, env, style) {
    const loaded = await load(file, env);
    if (!loaded.ok)
        return loaded.result;
    if (loaded.all.length === 1) {
        return { code: 0, stdout: (0,render_console/* renderConsole */.q)(loaded.entry, style), stderr: '' };
    }
    // A history: every entry, oldest first, each under a line saying which it is.
    const parts = loaded.all.map((entry, i) => `== ${file}: entry ${i + 1} of ${loaded.all.length} (ledger ${entry.ledger_id}, ${entry.timestamp})\n${(0,render_console/* renderConsole */.q)(entry, style)}`);
    return { code: 0, stdout: parts.join('\n'), stderr: '' };
}
/** Runs one ledger command on each file; the exit code is the worst of them. */
async function forEachFile(files, run) {
    const results = [];
    for (const file of files)
        results.push(await run(file));
    return {
        code: Math.max(0, ...results.map((r) => r.code)),
        stdout: results
            .map((r) => r.stdout)
            .filter(Boolean)
            .join(files.length > 1 ? '\n' : ''),
        stderr: results.map((r) => r.stderr).join(''),
    };
}
async function mergeLedgerFiles(files, out, env, now) {
    const loaded = await loadAll(files, env);
    if (!loaded.ok)
        return loaded.result;
    const entries = loaded.entries;
    let merged;
    try {
        merged = mergeLedgers(entries, { now });
    }
    catch (error) {
        if (error instanceof MergeError)
            return fail(2, `ledger merge: ${error.message}`).result;
        throw error;
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(out), { recursive: true });
    await (0,publish_files/* writeAtomically */.v)(out, (0,canonical_json/* canonicalJson */.dj)(merged));
    return {
        code: 0,
        stdout: `merged ${entries.length} entries into ${out}: decision ${merged.fallback_decision}, ${merged.passed ? 'passed' : 'failed'} (ledger ${merged.ledger_id})\n`,
        stderr: '',
    };
}


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TI: () => (/* binding */ verifyHistoryText),
/* harmony export */   Vd: () => (/* binding */ leakReasons),
/* harmony export */   cy: () => (/* binding */ verifyLedgerText)
/* harmony export */ });
/* harmony import */ var _judge_decision_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9079);
/* harmony import */ var _judge_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7002);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9782);
/* harmony import */ var _ledger_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7642);
/* harmony import */ var _ledger_json_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7095);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9256);






/**
 * Checks a ledger file's text: valid JSON; valid against the v1 schema; its integrity digest
 * matches (the entry was not edited after it was written); its parts agree with each other
 * (the headline decision is the most severe chain decision, `passed` matches the problems that
 * fail the job, and so on); and nothing in it looks like a secret (redacting it again changes
 * nothing). Reasons name the place, never the secret.
 */
function verifyLedgerText(text, knownSecrets = []) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, reasons: [`not valid JSON: ${error.message}`] };
    }
    const reasons = leakReasons(value, knownSecrets);
    const parsed = _ledger_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerEntrySchema */ .pJ.safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 10)) {
            reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
        return { ok: false, reasons };
    }
    reasons.push(...consistencyReasons(parsed.data));
    return reasons.length === 0 ? { ok: true, entry: parsed.data } : { ok: false, reasons };
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
function leakReasons(value, knownSecrets) {
    const redactor = (0,_ledger_json_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ledgerRedactor */ .c1)(knownSecrets);
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
                if (typeof v === 'string' && (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .isCredentialField */ .qc)(k) && v !== _redact_js__WEBPACK_IMPORTED_MODULE_5__/* .REDACTED */ .XF && v !== '') {
                    reasons.push(`${here}: a credential field holds a value`);
                }
                walk(v, here);
            }
        }
    };
    walk(value, '');
    return reasons;
}
function consistencyReasons(entry) {
    const reasons = [];
    if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .integrityDigest */ .QB)(entry) !== entry.integrity.sha256) {
        reasons.push('integrity.sha256 does not match the entry: it was edited after it was written');
    }
    if (entry.chains.length > 0) {
        const worst = entry.chains
            .map((c) => c.fallback_decision)
            .reduce((a, b) => (_judge_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DECISION_SEVERITY */ .b4[b] > _judge_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DECISION_SEVERITY */ .b4[a] ? b : a), 'keep_primary');
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
    }
    // The problems follow from the entry's own decisions, verdicts and findings (the decision
    // table's output): none may be missing, so `passed` cannot be flipped by deleting one.
    const implied = [
        ...entry.chains
            .filter((c) => c.fallback_decision === 'escalate' && !c.decision_paused)
            .map((c) => ({ category: 'escalate', subject: `chain:${c.name}`, why: 'decision escalate' })),
        ...entry.chains
            .filter((c) => c.decision_paused)
            .map((c) => ({ category: 'evidence', subject: `chain:${c.name}`, why: 'a paused decision' })),
        ...entry.verdicts
            .filter((v) => v.status === 'fail' && (0,_judge_decision_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .isBudgetVerdict */ .LD)(v.id))
            .map((v) => ({ category: 'budget', subject: v.subject, why: `failed verdict ${v.id}` })),
        ...entry.findings
            .filter((f) => f.severity === 'error')
            .map((f) => ({
            category: 'findings',
            subject: `config:${f.at.file}:${f.at.line}:${f.at.column}`,
            why: `error finding ${f.id}`,
        })),
    ];
    for (const need of implied) {
        if (!entry.gate.problems.some((p) => p.category === need.category && p.subject === need.subject)) {
            reasons.push(`gate.problems lacks the ${need.category} problem of ${need.subject} that its ${need.why} implies`);
        }
    }
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
    const missing = _ledger_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_ASSERTED */ .uw.filter((n) => !entry.does_not_assert.includes(n));
    if (missing.length > 0)
        reasons.push(`does_not_assert is missing ${missing.join(', ')}`);
    return reasons;
}


/***/ })

};
