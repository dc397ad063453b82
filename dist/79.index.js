export const id = 79;
export const ids = [79];
export const modules = {

/***/ 43079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPlan: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_0__.Yq)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83376);









/***/ })

};
