export const id = 568;
export const ids = [568];
export const modules = {

/***/ 7568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendJobSummary: () => (/* binding */ appendJobSummary),
/* harmony export */   setStepOutputs: () => (/* binding */ setStepOutputs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);



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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL) ? markdown : `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
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
        const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        text += `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, text, 'utf8');
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


/***/ })

};
