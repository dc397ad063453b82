export const id = 950;
export const ids = [950];
export const modules = {

/***/ 9836:
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

/***/ 2950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3302);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(352);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9836);



async function runPlan(flags, io) {
    const { renderPlanJson, renderPlanText, runPlanStage } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(2), __webpack_require__.e(921)]).then(__webpack_require__.bind(__webpack_require__, 5517));
    const { plan, analysis } = await runPlanStage({
        configPath: flags.config,
        ...(flags.baseConfig ? { baseConfigPath: flags.baseConfig } : {}),
        ...(flags.format ? { format: flags.format } : {}),
        ...(flags.clientRetries !== undefined ? { clientRetries: flags.clientRetries } : {}),
        trustedHosts: flags.trustedHost,
        ...(0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .budgetFrom */ .E)(flags),
        env: io.env,
    });
    io.stdout.write(flags.json ? renderPlanJson(plan, analysis) : (0,_record_index_js__WEBPACK_IMPORTED_MODULE_1__/* .consoleLines */ .$1)(renderPlanText(plan, analysis)));
    const failed = analysis.findings.some((f) => f.severity === 'error');
    return { exitStatus: failed ? _common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed : _common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.passed };
}


/***/ })

};
