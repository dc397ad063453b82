export const id = 520;
export const ids = [520];
export const modules = {

/***/ 6520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeLedgerFiles: () => (/* binding */ mergeLedgerFiles),
  showLedgerFile: () => (/* binding */ showLedgerFile),
  verifyLedgerFile: () => (/* binding */ verifyLedgerFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./lib/judge/judge.js + 4 modules
var judge = __webpack_require__(776);
// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(7002);
// EXTERNAL MODULE: ./lib/record/build-ledger.js
var build_ledger = __webpack_require__(8711);
// EXTERNAL MODULE: ./lib/record/ledger-schema.js + 1 modules
var ledger_schema = __webpack_require__(8235);
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
    const decision = (0,judge/* mostSevere */.u)(entries.map((e) => e.fallback_decision));
    const headline = entries.find((e) => e.fallback_decision === decision) ?? first;
    const chains = entries.flatMap((e) => e.chains.map((c) => ({ ...c, source_ledger_id: c.source_ledger_id ?? e.ledger_id })));
    const families = unique(entries.map((e) => e.endpoint_family));
    const drivers = unique(entries.map((e) => e.environment.driver));
    const upstreams = unique(entries.map((e) => e.environment.upstream).filter((u) => u !== 'none'));
    const formats = unique(entries.map((e) => e.config.format));
    const draft = {
        schema_version: ledger_schema/* LEDGER_SCHEMA_VERSION */.F_,
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
// EXTERNAL MODULE: ./lib/record/ledger-json-schema.js
var ledger_json_schema = __webpack_require__(7095);
;// CONCATENATED MODULE: ./lib/record/verify.js





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
    const parsed = ledger_schema/* ledgerEntrySchema */.pJ.safeParse(value);
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
    const redactor = (0,ledger_json_schema/* ledgerRedactor */.c1)(knownSecrets);
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
                if (typeof v === 'string' && (0,redact/* isCredentialField */.qc)(k) && v !== redact/* REDACTED */.XF && v !== '') {
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
    if ((0,canonical_json/* integrityDigest */.QB)(entry) !== entry.integrity.sha256) {
        reasons.push('integrity.sha256 does not match the entry: it was edited after it was written');
    }
    if (entry.chains.length > 0) {
        const worst = entry.chains
            .map((c) => c.fallback_decision)
            .reduce((a, b) => (types/* DECISION_SEVERITY */.b4[b] > types/* DECISION_SEVERITY */.b4[a] ? b : a), 'keep_primary');
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
    const missing = ledger_schema/* NOT_ASSERTED */.uw.filter((n) => !entry.does_not_assert.includes(n));
    if (missing.length > 0)
        reasons.push(`does_not_assert is missing ${missing.join(', ')}`);
    return reasons;
}

;// CONCATENATED MODULE: ./lib/record/ledger-commands.js







/** Ledger files are small; anything larger is not one of ours. */
const MAX_LEDGER_BYTES = 32 * 1024 * 1024;
async function load(file, env) {
    let text;
    try {
        const bytes = await (0,promises_.readFile)(file);
        if (bytes.length > MAX_LEDGER_BYTES) {
            return fail(2, `${file}: larger than ${MAX_LEDGER_BYTES} bytes, not a ledger file`);
        }
        text = bytes.toString('utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'is a directory, expected a ledger.json file'
                : code === 'EACCES'
                    ? 'permission denied'
                    : `cannot be read (${code ?? 'unknown error'})`;
        return fail(2, `${file}: ${why}`);
    }
    const secrets = (0,redact/* secretsFromEnv */.zr)(env);
    const history = /\.(jsonl|ndjson)$/i.test(file);
    const result = history ? verifyHistoryText(text, secrets) : verifyLedgerText(text, secrets);
    if (!result.ok) {
        return fail(1, `${file}: not a valid ledger:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`);
    }
    const entries = history ? text.split('\n').filter((l) => l.trim()).length : 1;
    return { ok: true, entry: result.entry, entries };
}
function fail(code, message) {
    return { ok: false, result: { code, stdout: '', stderr: `${message}\n` } };
}
async function verifyLedgerFile(file, env) {
    const loaded = await load(file, env);
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
    return { code: 0, stdout: (0,render_console/* renderConsole */.q)(loaded.entry, style), stderr: '' };
}
async function mergeLedgerFiles(files, out, env, now) {
    const entries = [];
    for (const file of files) {
        const loaded = await load(file, env);
        if (!loaded.ok)
            return loaded.result;
        entries.push(loaded.entry);
    }
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
    const temporary = `${out}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, (0,canonical_json/* canonicalJson */.dj)(merged), 'utf8');
    await (0,promises_.rename)(temporary, out);
    return {
        code: 0,
        stdout: `merged ${entries.length} entries into ${out}: decision ${merged.fallback_decision}, ${merged.passed ? 'passed' : 'failed'} (ledger ${merged.ledger_id})\n`,
        stderr: '',
    };
}


/***/ })

};
