export const id = 226;
export const ids = [226];
export const modules = {

/***/ 55226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrendCommand: () => (/* binding */ runTrendCommand)
/* harmony export */ });
/* unused harmony export runTrend */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71871);
/* harmony import */ var _incident_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78606);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18717);
/* harmony import */ var _emit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95738);






// `fallback-gate ledger trend`: decisions and attempts over a history file.
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
async function runTrend(file, mermaidPath, env) {
    let text;
    try {
        text = (await (0,_common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedFile */ .Mv)(file, MAX_HISTORY_BYTES)).toString('utf8');
    }
    catch (error) {
        if (!(error instanceof _common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedReadError */ .uu))
            throw error;
        return {
            code: 2,
            stdout: '',
            stderr: `${file}: ${error.problem === 'not_found' ? 'no such file' : error.problem === 'too_large' ? `${error.message}: not a history file` : error.message}\n`,
        };
    }
    const secrets = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .secretsFromEnv */ .zr)(env);
    const entries = [];
    const reasons = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        const result = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyLedgerText */ .cy)(line, secrets);
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
    const rows = (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_3__/* .trendRows */ .Pz)(entries);
    if (mermaidPath) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(mermaidPath), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(mermaidPath, (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTrendMermaid */ .tH)(rows), 'utf8');
    }
    return { code: 0, stdout: (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTrendTable */ .qo)(rows), stderr: '' };
}
async function runTrendCommand(history, flags, io) {
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_5__/* .emit */ .I)(io, await runTrend(history, flags.mermaid, io.env));
}


/***/ })

};
