export const id = 936;
export const ids = [936];
export const modules = {

/***/ 27936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOutDir: () => (/* binding */ checkOutDir),
/* harmony export */   v: () => (/* binding */ writeAtomically),
/* harmony export */   writeLedgerFiles: () => (/* binding */ writeLedgerFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54642);




/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
async function writeLedgerFiles(outDir, json, markdown) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
    const jsonPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.json');
    const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.md');
    await writeAtomically(jsonPath, json);
    await writeAtomically(markdownPath, markdown);
    return { jsonPath, markdownPath };
}
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
/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
async function checkOutDir(outDir) {
    const at = (0,_plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t)(outDir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, `.fallback-gate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.probe`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(probe, '', { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new _plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(at, `the output directory cannot be written (${code}); nothing was probed`, 'choose another --out (the action input out-dir) that this user can create and write');
    }
}


/***/ })

};
