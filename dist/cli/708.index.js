export const id = 708;
export const ids = [708];
export const modules = {

/***/ 57522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ verifyLedgerFile),
/* harmony export */   LT: () => (/* binding */ mergeLedgerFiles),
/* harmony export */   Rl: () => (/* binding */ forEachFile),
/* harmony export */   Rv: () => (/* binding */ showLedgerFile),
/* harmony export */   gh: () => (/* binding */ loadAll)
/* harmony export */ });
/* unused harmony export load */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71871);
/* harmony import */ var _incident_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78606);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18717);





// The `ledger` subcommands: verify, show and merge ledger files. Exit codes follow the gate's:
// 0 good, 1 a ledger that fails verification, 2 a file that cannot be read or a usage error.
/** Ledger files are small; anything larger is not one of ours. */
const MAX_LEDGER_BYTES = 32 * 1024 * 1024;
/** Reads a ledger-like file with the size cap fixed before the first byte is read. */
async function readLedgerText(file) {
    try {
        return { ok: true, text: (await (0,_common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedFile */ .Mv)(file, MAX_LEDGER_BYTES)).toString('utf8') };
    }
    catch (error) {
        if (!(error instanceof _common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedReadError */ .uu))
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
    const secrets = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .secretsFromEnv */ .zr)(env);
    const history = /\.(jsonl|ndjson)$/i.test(file);
    const result = history ? (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyHistoryText */ .TI)(text, secrets) : (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyLedgerText */ .cy)(text, secrets);
    if (!result.ok) {
        return fail(1, `${file}: not a valid ledger:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`);
    }
    // Every line verified above, so each parses to an entry.
    const all = history
        ? text
            .split('\n')
            .filter((l) => l.trim())
            .flatMap((line) => {
            const one = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyLedgerText */ .cy)(line, secrets);
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
        return { code: 0, stdout: (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderConsole */ .qP)(loaded.entry, style), stderr: '' };
    }
    // A history: every entry, oldest first, each under a line saying which it is.
    const parts = loaded.all.map((entry, i) => `== ${file}: entry ${i + 1} of ${loaded.all.length} (ledger ${entry.ledger_id}, ${entry.timestamp})\n${(0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderConsole */ .qP)(entry, style)}`);
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
        merged = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeLedgers */ .dR)(entries, { now });
    }
    catch (error) {
        if (error instanceof _record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .MergeError */ .VX)
            return fail(2, `ledger merge: ${error.message}`).result;
        throw error;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), { recursive: true });
    await (0,_common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeAtomically */ .vK)(out, (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)(merged));
    return {
        code: 0,
        stdout: `merged ${entries.length} entries into ${out}: decision ${merged.fallback_decision}, ${merged.passed ? 'passed' : 'failed'} (ledger ${merged.ledger_id})\n`,
        stderr: '',
    };
}
/** When the file is a support packet, verifies it; null when it is something else (a ledger). */
function verifyPacketTextIfPacket(file, text, env) {
    if (!text.includes(_incident_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKET_SCHEMA_VERSION */ .aH))
        return null;
    let schema;
    try {
        schema = JSON.parse(text).schema_version;
    }
    catch {
        return null;
    }
    if (schema !== _incident_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKET_SCHEMA_VERSION */ .aH)
        return null;
    const result = (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyPacketText */ .by)(text, (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .secretsFromEnv */ .zr)(env));
    return result.ok
        ? {
            code: 0,
            stdout: `${file}: support packet valid (schema ${_incident_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKET_SCHEMA_VERSION */ .aH}, integrity and redaction checked)\n`,
            stderr: '',
        }
        : {
            code: 1,
            stdout: '',
            stderr: `${file}: not a valid support packet:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}\n`,
        };
}


/***/ }),

/***/ 21708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLedgerMerge: () => (/* binding */ runLedgerMerge),
/* harmony export */   runLedgerShow: () => (/* binding */ runLedgerShow),
/* harmony export */   runLedgerVerify: () => (/* binding */ runLedgerVerify)
/* harmony export */ });
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18717);
/* harmony import */ var _emit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95738);
/* harmony import */ var _ledger_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57522);



// `fallback-gate ledger verify|show|merge`. Exit codes follow the gate's: 0 good, 1 a ledger
// that fails verification, 2 a file that cannot be read.
async function runLedgerVerify(files, io) {
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .I)(io, await (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachFile */ .Rl)(files, (file) => (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyLedgerFile */ .BP)(file, io.env)));
}
async function runLedgerShow(files, io) {
    const style = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_0__/* .consoleStyleFor */ .SJ)(io.stdout, io.env);
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .I)(io, await (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachFile */ .Rl)(files, (file) => (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_2__/* .showLedgerFile */ .Rv)(file, io.env, style)));
}
async function runLedgerMerge(files, out, io) {
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .I)(io, await (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeLedgerFiles */ .LT)(files, out, io.env, new Date()));
}


/***/ })

};
