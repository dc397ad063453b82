export const id = 950;
export const ids = [950];
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

/***/ 82950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71871);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18717);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79836);



async function runPlan(flags, io) {
    const { renderPlanJson, renderPlanText, runPlanStage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 42527));
    const { plan, analysis } = await runPlanStage({
        configPath: flags.config,
        ...(flags.baseConfig ? { baseConfigPath: flags.baseConfig } : {}),
        ...(flags.format ? { format: flags.format } : {}),
        ...(flags.clientRetries !== undefined ? { clientRetries: flags.clientRetries } : {}),
        trustedHosts: flags.trustedHost,
        ...(0,_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetFrom */ .E)(flags),
        env: io.env,
    });
    io.stdout.write(flags.json ? renderPlanJson(plan, analysis) : (0,_record_index_js__WEBPACK_IMPORTED_MODULE_1__/* .consoleLines */ .$1)(renderPlanText(plan, analysis)));
    const failed = analysis.findings.some((f) => f.severity === 'error');
    return { exitStatus: failed ? _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.failed : _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.passed };
}


/***/ })

};
