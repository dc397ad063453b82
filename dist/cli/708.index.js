export const id = 708;
export const ids = [708];
export const modules = {

/***/ 1708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLedgerMerge: () => (/* binding */ runLedgerMerge),
/* harmony export */   runLedgerShow: () => (/* binding */ runLedgerShow),
/* harmony export */   runLedgerVerify: () => (/* binding */ runLedgerVerify)
/* harmony export */ });
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2485);
/* harmony import */ var _emit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5738);
/* harmony import */ var _ledger_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4327);



// `fallback-gate ledger verify|show|merge`. Exit codes follow the gate's: 0 good, 1 a ledger
// that fails verification, 2 a file that cannot be read.
async function runLedgerVerify(files, io) {
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_0__/* .emit */ .I)(io, await (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachFile */ .Rl)(files, (file) => (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyLedgerFile */ .BP)(file, io.env)));
}
async function runLedgerShow(files, io) {
    const style = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_2__/* .consoleStyleFor */ .S)(io.stdout, io.env);
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_0__/* .emit */ .I)(io, await (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachFile */ .Rl)(files, (file) => (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_1__/* .showLedgerFile */ .Rv)(file, io.env, style)));
}
async function runLedgerMerge(files, out, io) {
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_0__/* .emit */ .I)(io, await (0,_ledger_files_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeLedgerFiles */ .LT)(files, out, io.env, new Date()));
}


/***/ })

};
