export const id = 564;
export const ids = [564];
export const modules = {

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

/***/ 7936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ checkOutDir),
/* harmony export */   q: () => (/* binding */ writeLedgerFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5832);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1896);




/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
async function writeLedgerFiles(outDir, json, markdown) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
    const jsonPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.json');
    const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.md');
    await (0,_common_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAtomically */ .v)(jsonPath, json);
    await (0,_common_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAtomically */ .v)(markdownPath, markdown);
    return { jsonPath, markdownPath };
}
/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
async function checkOutDir(outDir) {
    const at = (0,_common_index_js__WEBPACK_IMPORTED_MODULE_4__/* .positionAt */ .t)(outDir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, `.fallback-gate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.probe`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(probe, '', { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x(at, `the output directory cannot be written (${code}); nothing was probed`, 'choose another --out (the action input out-dir) that this user can create and write');
    }
}


/***/ }),

/***/ 8564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appendJobSummary: () => (/* reexport */ appendJobSummary),
  checkOutDir: () => (/* reexport */ files/* checkOutDir */.o),
  setStepOutputs: () => (/* reexport */ setStepOutputs),
  writeLedgerFiles: () => (/* reexport */ files/* writeLedgerFiles */.q)
});

// UNUSED EXPORTS: DEFAULT_API_TIMEOUT_MS, DEFAULT_RETRY, annotateFindings, checkedOutCommit, createGitHubApi, publishGateSinks, publishOnly, readBaseConfig, runnerArtifactClient, uniqueArtifactName, workflowRunFacts

// EXTERNAL MODULE: ./lib/publish/files.js
var files = __webpack_require__(7936);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/publish/workflow-files.js



// The runner's file commands: job summary and step outputs, appended to the files the runner
// names in `env` (the same format @actions/core writes). Both are sinks after the ledger is on
// disk: a file that cannot be written (a missing directory, a directory, a full disk) is a
// warning, never a change of verdict or exit code.
/** Appends to the job summary; returns a warning when it could not, null otherwise. */
async function appendJobSummary(markdown, env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return null;
    try {
        await (0,promises_.appendFile)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : `${markdown}${external_node_os_.EOL}`, 'utf8');
        return null;
    }
    catch (error) {
        return `the job summary (GITHUB_STEP_SUMMARY) could not be written (${reasonOf(error)}); the ledger is on disk and the verdict is unchanged`;
    }
}
/** Sets step outputs; returns a warning when the output file could not be written. */
async function setStepOutputs(outputs, env) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
        return null;
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
        text += `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
    }
    try {
        await (0,promises_.appendFile)(file, text, 'utf8');
        return null;
    }
    catch (error) {
        return `the step outputs (GITHUB_OUTPUT) could not be written (${reasonOf(error)}); the verdict is unchanged`;
    }
}
function reasonOf(error) {
    const code = error?.code;
    return typeof code === 'string' && /^[A-Z0-9_]+$/.test(code) ? code : 'error';
}

;// CONCATENATED MODULE: ./lib/publish/index.js












/***/ })

};
