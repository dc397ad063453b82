export const id = 127;
export const ids = [127];
export const modules = {

/***/ 5127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runMock: () => (/* binding */ runMock)
/* harmony export */ });
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71871);
/* harmony import */ var _mock_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17508);


async function runMock(flags, io) {
    const stopSignal = io.stopSignal();
    try {
        await (0,_mock_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runStandaloneMock */ .Pk)({
            port: flags.port,
            host: flags.host,
            ...(flags.plan !== undefined ? { planFile: flags.plan } : {}),
            ...(flags.faults !== undefined ? { faults: flags.faults } : {}),
            out: (line) => io.stdout.write(`${line}\n`),
            err: (line) => io.stderr.write(`${line}\n`),
            stopSignal,
        });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
            io.stderr.write(`fallback-gate: cannot listen on ${flags.host}:${flags.port} (${code}); choose another --port or --host\n`);
            return { exitStatus: _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage };
        }
        throw error;
    }
    return { exitStatus: _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.passed };
}


/***/ })

};
