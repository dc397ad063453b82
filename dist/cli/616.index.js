export const id = 616;
export const ids = [616];
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

/***/ 4327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rl: () => (/* binding */ forEachFile),
  gh: () => (/* binding */ loadAll),
  LT: () => (/* binding */ mergeLedgerFiles),
  Rv: () => (/* binding */ showLedgerFile),
  BP: () => (/* binding */ verifyLedgerFile)
});

// UNUSED EXPORTS: load

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/common/bounded-read.js
var bounded_read = __webpack_require__(8829);
// EXTERNAL MODULE: ./lib/common/write-atomically.js
var write_atomically = __webpack_require__(5832);
// EXTERNAL MODULE: ./lib/incident/packet-schema.js
var packet_schema = __webpack_require__(7498);
// EXTERNAL MODULE: ./lib/record/sealed-json.js
var sealed_json = __webpack_require__(6152);
;// CONCATENATED MODULE: ./lib/incident/packet-verify.js


/** Checks a packet's text: schema, integrity digest, and nothing secret-shaped in it. */
function verifyPacketText(text, secrets) {
    const { reasons } = (0,sealed_json/* checkSealedText */.E)(text, packet_schema/* packetSchema */.As, secrets, 'packet');
    return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
// EXTERNAL MODULE: ./lib/record/verify.js
var verify = __webpack_require__(8932);
// EXTERNAL MODULE: ./lib/record/render-console.js
var render_console = __webpack_require__(2485);
// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./lib/judge/judge.js + 3 modules
var judge = __webpack_require__(6338);
// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(7002);
// EXTERNAL MODULE: ./lib/record/ledger-draft.js
var ledger_draft = __webpack_require__(5558);
// EXTERNAL MODULE: ./lib/record/ledger-schema.js + 3 modules
var ledger_schema = __webpack_require__(9288);
// EXTERNAL MODULE: ./lib/common/errors.js
var errors = __webpack_require__(3302);
;// CONCATENATED MODULE: ./lib/record/merge.js






// Matrix jobs each write an entry; `ledger merge` makes one entry of them. The merged decision is
// the most severe one, it passed only if every job passed, and every chain keeps the id of the
// entry it came from.
const defaultId = (0,node/* monotonicFactory */.BD)();
class MergeError extends errors/* GateError */.ue {
    code = 'merge';
    constructor(message) {
        super(message);
        this.name = 'MergeError';
    }
}
function mergeLedgers(entries, options) {
    const first = mergeable(entries);
    const decision = (0,judge/* mostSevere */.u)(entries.map((e) => e.fallback_decision));
    const headline = entries.find((e) => e.fallback_decision === decision) ?? first;
    const chains = entries.flatMap((e) => e.chains.map((c) => ({ ...c, source_ledger_id: c.source_ledger_id ?? e.ledger_id })));
    const families = unique(entries.map((e) => e.endpoint_family));
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
        environment: mergeEnvironment(entries),
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
        ...(recorded.length > 0 ? { recorded: mergeRecorded(recorded) } : {}),
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
    return (0,ledger_draft/* sealLedger */.p)((0,redact/* createRedactor */.lY)([]).value(draft));
}
/** The first entry, once the entries can be merged: at least one, one fail-on policy, each run once. */
function mergeable(entries) {
    const first = entries[0];
    if (!first)
        throw new MergeError('nothing to merge: give at least one ledger file');
    const policy = first.gate.fail_on.join(',');
    const odd = entries.find((e) => e.gate.fail_on.join(',') !== policy);
    if (odd) {
        throw new MergeError(`entries ${first.ledger_id} and ${odd.ledger_id} were judged with different fail-on policies (${policy || 'none'} and ${odd.gate.fail_on.join(',') || 'none'}): run every job with the same --fail-on`);
    }
    assertEachRunOnce(entries);
    return first;
}
/**
 * Each run counts once: the same entry given twice, or a run that is already inside a merged
 * ledger given again, would count its chains and problems twice.
 */
function assertEachRunOnce(entries) {
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
}
function mergeEnvironment(entries) {
    const drivers = unique(entries.map((e) => e.environment.driver));
    const upstreams = unique(entries.map((e) => e.environment.upstream).filter((u) => u !== 'none'));
    return {
        gate_version: unique(entries.map((e) => e.environment.gate_version)).join(', '),
        node_version: unique(entries.map((e) => e.environment.node_version)).join(', '),
        runner_os: unique(entries.map((e) => e.environment.runner_os)).join(', '),
        driver: drivers.length === 1 ? drivers[0] : 'mixed',
        upstream: upstreams.length === 0 ? 'none' : upstreams.length === 1 ? upstreams[0] : 'mixed',
        environment_mismatch: entries.some((e) => e.environment.environment_mismatch),
        mismatch_reasons: unique(entries.flatMap((e) => e.environment.mismatch_reasons)),
    };
}
/** The recorded parts of the entries, as one. */
function mergeRecorded(recorded) {
    return {
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
    };
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

// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
;// CONCATENATED MODULE: ./lib/cli/commands/ledger-files.js





// The `ledger` subcommands: verify, show and merge ledger files. Exit codes follow the gate's:
// 0 good, 1 a ledger that fails verification, 2 a file that cannot be read or a usage error.
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
    const result = history ? (0,verify/* verifyHistoryText */.T)(text, secrets) : (0,verify/* verifyLedgerText */.c)(text, secrets);
    if (!result.ok) {
        return fail(1, `${file}: not a valid ledger:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`);
    }
    // Every line verified above, so each parses to an entry.
    const all = history
        ? text
            .split('\n')
            .filter((l) => l.trim())
            .flatMap((line) => {
            const one = (0,verify/* verifyLedgerText */.c)(line, secrets);
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
    await (0,write_atomically/* writeAtomically */.v)(out, (0,canonical_json/* canonicalJson */.dj)(merged));
    return {
        code: 0,
        stdout: `merged ${entries.length} entries into ${out}: decision ${merged.fallback_decision}, ${merged.passed ? 'passed' : 'failed'} (ledger ${merged.ledger_id})\n`,
        stderr: '',
    };
}
/** When the file is a support packet, verifies it; null when it is something else (a ledger). */
function verifyPacketTextIfPacket(file, text, env) {
    if (!text.includes(packet_schema/* PACKET_SCHEMA_VERSION */.aH))
        return null;
    let schema;
    try {
        schema = JSON.parse(text).schema_version;
    }
    catch {
        return null;
    }
    if (schema !== packet_schema/* PACKET_SCHEMA_VERSION */.aH)
        return null;
    const result = verifyPacketText(text, (0,redact/* secretsFromEnv */.zr)(env));
    return result.ok
        ? {
            code: 0,
            stdout: `${file}: support packet valid (schema ${packet_schema/* PACKET_SCHEMA_VERSION */.aH}, integrity and redaction checked)\n`,
            stderr: '',
        }
        : {
            code: 1,
            stdout: '',
            stderr: `${file}: not a valid support packet:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}\n`,
        };
}


/***/ }),

/***/ 5832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ writeAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);


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


/***/ }),

/***/ 7498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ packetSchema),
/* harmony export */   Sh: () => (/* binding */ NEVER_INCLUDED),
/* harmony export */   aH: () => (/* binding */ PACKET_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _contract_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8435);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);


// The escalation support packet: what a provider's support needs to find the requests in its
// own systems (request ids, times, status classes, retries and their timing, routes, endpoint
// family) and what the team decided, from one or more ledger entries. It carries no
// credential, prompt, output or customer data: it is built only from ledger fields, which are
// redacted, and `ledger verify` checks it like a ledger.
const PACKET_SCHEMA_VERSION = 'fallback-gate.packet/v1';
const statusClass = _contract_index_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusClassSchema */ .KZ;
const packetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PACKET_SCHEMA_VERSION),
    packet_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID'),
    created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('One paragraph for the support ticket.'),
    time_window: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        first: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().nullable(),
        last: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().nullable(),
    }),
    entries: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        ledger_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ledger_sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^[0-9a-f]{64}$/)
            .describe("The entry's integrity digest."),
        origin: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['gate', 'recorded']),
        timestamp: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
        endpoint_family: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        routes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        hosts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        request_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status_class: statusClass.nullable(),
        status_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        retry_attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nonnegative(),
        decision: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        decision_paused: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        follow_up_owner: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        operator_initials: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        evidence_links: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        remaining_uncertainty: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        failed_checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Verdicts that failed, one line each.'),
        requests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            request_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
            started_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().nullable(),
            attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                seq: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().positive(),
                at_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                    .nonnegative()
                    .nullable()
                    .describe('Since the first attempt of the request; null when the log had no times.'),
                duration_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().nullable(),
                route: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
                method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
                path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
                status: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nullable(),
                status_class: statusClass.nullable(),
                retry_after_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().nullable(),
                request_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
                retry_headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
            })),
        })),
    })),
    account_safe_context: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        gate_versions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        endpoint_families: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        hosts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        request_ids: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    })
        .describe('Identifiers support can search for; no account key, prompt or output.'),
    never_included: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    does_not_assert: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    integrity: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
})
    .describe('fallback-gate escalation support packet, v1.');
const NEVER_INCLUDED = ['credentials', 'prompts', 'generated output', 'customer data'];


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
