export const id = 568;
export const ids = [568];
export const modules = {

/***/ 87568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendJobSummary: () => (/* binding */ appendJobSummary),
/* harmony export */   setStepOutputs: () => (/* binding */ setStepOutputs)
/* harmony export */ });
// The runner's file commands: job summary and step outputs. @actions/core is loaded only when a
// runner asked for them, so a local CLI run does not pay for it.
async function appendJobSummary(markdown, env) {
    if (!env.GITHUB_STEP_SUMMARY)
        return false;
    const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 77094));
    await core.summary.addRaw(markdown, true).write();
    return true;
}
async function setStepOutputs(outputs, env) {
    if (!env.GITHUB_OUTPUT)
        return false;
    const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 77094));
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
    return true;
}


/***/ })

};
