export const id = 921;
export const ids = [921,517];
export const modules = {

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readBoundedFile),
/* harmony export */   u: () => (/* binding */ BoundedReadError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3302);



class BoundedReadError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue {
    code = 'bounded_read';
    problem;
    limit;
    constructor(problem, message, limit) {
        super(message);
        this.name = 'BoundedReadError';
        this.problem = problem;
        this.limit = limit;
    }
}
/** Reads at most `limit` bytes of a regular file; throws BoundedReadError otherwise. */
async function readBoundedFile(path, limit) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    }
    catch (error) {
        throw fromErrno(error, limit);
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new BoundedReadError('directory', 'is a directory', limit);
        if (!info.isFile()) {
            throw new BoundedReadError('not_regular', 'is not a regular file (a device, FIFO or socket, possibly behind a symlink)', limit);
        }
        if (info.size > limit) {
            throw new BoundedReadError('too_large', `is ${info.size} bytes; the limit is ${limit}`, limit);
        }
        // Read one byte past what is expected, to notice a file that grows while it is read (and
        // files such as those under /proc that report size 0 but have content).
        const expected = info.size === 0 ? limit : info.size;
        const buffer = Buffer.alloc(expected + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > expected) {
            throw new BoundedReadError('too_large', filled > limit ? `is over the limit of ${limit} bytes` : 'changed while it was read', limit);
        }
        return buffer.subarray(0, filled);
    }
    catch (error) {
        if (error instanceof BoundedReadError)
            throw error;
        throw fromErrno(error, limit);
    }
    finally {
        await handle.close();
    }
}
function fromErrno(error, limit) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
        return new BoundedReadError('not_found', 'no such file', limit);
    }
    if (code === 'EISDIR')
        return new BoundedReadError('directory', 'is a directory', limit);
    if (code === 'EACCES' || code === 'EPERM') {
        return new BoundedReadError('permission', 'permission denied', limit);
    }
    return new BoundedReadError('unreadable', `cannot be read (${code ?? 'unknown error'})`, limit);
}


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPlan: () => (/* reexport */ load/* loadPlan */.Yq),
  renderPlanJson: () => (/* reexport */ renderPlanJson),
  renderPlanText: () => (/* reexport */ renderPlanText),
  runPlanStage: () => (/* reexport */ stage/* runPlanStage */.z)
});

// UNUSED EXPORTS: OWN_CONFIG, credentialVerdict, defaultBudget, deploymentName, faultPlanFromText, planLoadOptions

// EXTERNAL MODULE: ./lib/plan/load.js + 8 modules
var load = __webpack_require__(3376);
// EXTERNAL MODULE: ./lib/plan/format.js
var format = __webpack_require__(7116);
;// CONCATENATED MODULE: ./lib/plan/render-plan.js

// The `plan` command's output: per chain the route order, worst-case attempts and elapsed time,
// then the findings, each at FILE:LINE:COL. Plain text for a terminal, or JSON.
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.at.line - b.at.line ||
        a.at.column - b.at.column ||
        a.id.localeCompare(b.id));
}
function renderPlanText(plan, analysis) {
    const lines = [];
    lines.push(`${plan.file} (${plan.format}), ${plan.routes.length} routes, ${plan.chains.length} chains`);
    lines.push(`budget: ${plan.budget.maxAttemptsPerRequest} attempts per request, ` +
        `${plan.budget.maxElapsedMs === null ? 'no time limit' : (0,format/* formatMs */._)(plan.budget.maxElapsedMs)}`);
    lines.push('');
    const rows = (analysis.chains ?? []).map((c) => [
        c.chain,
        String(c.attempts),
        c.elapsedMs === null ? 'unbounded' : (0,format/* formatMs */._)(c.elapsedMs),
        c.attemptOrder,
    ]);
    lines.push(...table(['chain', 'worst-case attempts', 'worst-case elapsed', 'attempt order'], rows));
    lines.push('');
    const findings = sortFindings(analysis.findings);
    const counts = ['error', 'warning', 'notice'].map((s) => `${findings.filter((f) => f.severity === s).length} ${s}${findings.filter((f) => f.severity === s).length === 1 ? '' : 's'}`);
    lines.push(`findings: ${counts.join(', ')}`);
    for (const f of findings) {
        lines.push(`${f.at.file}:${f.at.line}:${f.at.column}: ${f.severity} ${f.id}: ${f.message}`);
        lines.push(`  fix: ${f.fix}`);
    }
    if (analysis.change) {
        const c = analysis.change;
        lines.push('');
        lines.push(`change against base: ${c.touches.length === 0 ? 'nothing that affects routing' : c.touches.join(', ')}`);
        if (c.routesAdded.length)
            lines.push(`  routes added: ${c.routesAdded.join(', ')}`);
        if (c.routesRemoved.length)
            lines.push(`  routes removed: ${c.routesRemoved.join(', ')}`);
        if (c.hostsAdded.length)
            lines.push(`  hosts added: ${c.hostsAdded.join(', ')}`);
        if (c.hostsRemoved.length)
            lines.push(`  hosts removed: ${c.hostsRemoved.join(', ')}`);
        for (const m of c.modelsChanged)
            lines.push(`  model of ${m.route}: ${m.from} → ${m.to}`);
        if (c.retryPoliciesChanged.length)
            lines.push(`  retry policies changed: ${c.retryPoliciesChanged.join(', ')}`);
        if (c.budgetChanged)
            lines.push('  budget changed');
    }
    return `${lines.join('\n')}\n`;
}
function renderPlanJson(plan, analysis) {
    return `${JSON.stringify({
        file: plan.file,
        format: plan.format,
        digest: plan.digest,
        budget: {
            max_attempts_per_request: plan.budget.maxAttemptsPerRequest,
            max_elapsed_ms: plan.budget.maxElapsedMs,
            max_amplification: plan.budget.maxAmplification,
        },
        chains: (analysis.chains ?? []).map((c) => ({
            chain: c.chain,
            route_order: c.routeOrder,
            worst_case_attempts: c.attempts,
            worst_case_elapsed_ms: c.elapsedMs,
            attempt_order: c.attemptOrder,
        })),
        findings: sortFindings(analysis.findings),
        change: analysis.change,
    }, null, 2)}\n`;
}
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

// EXTERNAL MODULE: ./lib/plan/stage.js + 7 modules
var stage = __webpack_require__(3072);
;// CONCATENATED MODULE: ./lib/plan/index.js









/***/ })

};
