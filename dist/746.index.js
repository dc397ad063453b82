export const id = 746;
export const ids = [746,25,936];
export const modules = {

/***/ 10282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, MAX_COMMENT_PAGES, ACTIONS_BOT_LOGIN, tokenIdentity */
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72025);

// The sticky pull request comment: one per gated config file, found again by a hidden marker and
// edited in place, so a pull request that is pushed ten times still carries one comment.
/** GitHub rejects an issue comment body longer than this. */
const COMMENT_LIMIT = 65_536;
/** A pull request with more comments than this is searched only this far (100 per page). */
const MAX_COMMENT_PAGES = 30;
/** The hidden marker for one config path; encoded so no path can close the HTML comment. */
function stickyMarker(configPath) {
    const normalized = configPath.replace(/^\.\//, '').replaceAll('\\', '/');
    return `<!-- fallback-gate:sticky config=${encodeURIComponent(normalized)} -->`;
}
/**
 * The comment body: the marker first, then the rendering, cut at a line boundary with a stated
 * truncation when it would not fit GitHub's limit.
 */
function commentBody(marker, markdown, footer = '') {
    const notice = '\n\n_The rendering was truncated to fit a GitHub comment; the full ledger is in the job summary and the artifact._\n';
    const fixed = `${marker}\n`.length + footer.length;
    if (fixed + markdown.length < COMMENT_LIMIT)
        return `${marker}\n${markdown}${footer}`;
    const closeDetails = '\n</details>';
    const room = COMMENT_LIMIT - fixed - notice.length - closeDetails.length - 1;
    let cut = markdown.slice(0, room);
    const lastLine = cut.lastIndexOf('\n');
    if (lastLine > 0)
        cut = cut.slice(0, lastLine);
    // An open <details> would swallow the notice; close it.
    if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) {
        cut += closeDetails;
    }
    return `${marker}\n${cut}${notice}${footer}`;
}
/** Who the workflow's GITHUB_TOKEN writes as: an installation token has no `/user`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login the token writes comments as: `GET /user` for a user's token; for an app
 * installation token (which that endpoint refuses with 403), the Actions bot that
 * GITHUB_TOKEN is. Only comments by this login are taken for the gate's own.
 */
async function tokenIdentity(api) {
    try {
        const { data } = await api.request('GET', '/user');
        if (typeof data.login === 'string' && data.login !== '')
            return data.login;
    }
    catch (error) {
        if (!(error instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O) || (error.status !== 403 && error.status !== 404)) {
            throw error;
        }
    }
    return ACTIONS_BOT_LOGIN;
}
/**
 * Finds the marked comment the token's own identity wrote (every page, up to a bound) and
 * updates it, or creates one. A marked comment written by anyone else is ignored: a pull
 * request author cannot plant one for the gate to edit.
 */
async function upsertStickyComment(api, target, marker, body, maxPages = MAX_COMMENT_PAGES) {
    const base = `/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}/issues`;
    const author = await tokenIdentity(api);
    const existing = await findMarkedComment(api, base, target.issueNumber, marker, author, maxPages);
    if (existing) {
        const { data } = await api.request('PATCH', `${base}/comments/${existing.id}`, {
            body,
        });
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    const { data } = await api.request('POST', `${base}/${target.issueNumber}/comments`, { body });
    return { action: 'created', url: data.html_url, id: data.id };
}
async function findMarkedComment(api, base, issueNumber, marker, author, maxPages) {
    const perPage = 100;
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await api.request('GET', `${base}/${issueNumber}/comments?per_page=${perPage}&page=${page}`);
        // The oldest marked comment is the sticky one; later copies are never created by the gate.
        const found = data.find((comment) => comment.user?.login === author && comment.body?.startsWith(marker));
        if (found)
            return found;
        if (data.length < perPage)
            return null;
    }
    return null;
}


/***/ }),

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


/***/ }),

/***/ 72025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72601);


class GitHubApiError extends Error {
    status;
    attempts;
    constructor(message, status, attempts) {
        super(message);
        this.name = 'GitHubApiError';
        this.status = status;
        this.attempts = attempts;
    }
}
function createGitHubApi(options) {
    const base = options.baseUrl.replace(/\/+$/, '');
    return {
        async request(method, path, body, requestOptions = {}) {
            const settings = options.retry;
            let lastError = 'no attempt made';
            let lastStatus = null;
            for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
                let retryAfter = null;
                try {
                    const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__.request)(`${base}${path}`, {
                        method,
                        headers: {
                            accept: 'application/vnd.github+json',
                            authorization: `Bearer ${options.token}`,
                            'user-agent': options.userAgent ?? 'fallback-gate',
                            'x-github-api-version': '2022-11-28',
                            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                        },
                        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                        headersTimeout: options.timeoutMs,
                        bodyTimeout: options.timeoutMs,
                        signal: AbortSignal.timeout(options.timeoutMs),
                    });
                    const text = await response.body.text();
                    const status = response.statusCode;
                    const headers = response.headers;
                    if (status < 300 || (requestOptions.acceptRedirect && status >= 300 && status < 400)) {
                        return { status, headers, data: (text ? JSON.parse(text) : null) };
                    }
                    lastStatus = status;
                    lastError = `HTTP ${status}${githubMessage(text)}`;
                    const secondaryRateLimit = status === 403 &&
                        (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0');
                    if (!(status >= 500 || status === 429 || secondaryRateLimit)) {
                        throw new GitHubApiError(`${method} ${path}: ${lastError}`, status, attempt);
                    }
                    retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(headers);
                }
                catch (error) {
                    if (error instanceof GitHubApiError)
                        throw error;
                    lastStatus = null;
                    lastError = describeNetworkError(error);
                }
                if (attempt < settings.maxAttempts) {
                    await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryDelayMs */ .qO)(attempt - 1, settings, Math.random, retryAfter));
                }
            }
            throw new GitHubApiError(`${method} ${path}: ${lastError} (after ${settings.maxAttempts} attempts)`, lastStatus, settings.maxAttempts);
        },
    };
}
/** GitHub's error body has a `message`; keep it short, it is shown in a warning. */
function githubMessage(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.message === 'string')
            return `: ${parsed.message.slice(0, 200)}`;
    }
    catch {
        // not JSON: the status says enough
    }
    return '';
}
function describeNetworkError(error) {
    const e = error;
    if (e.name === 'TimeoutError' ||
        e.code === 'UND_ERR_HEADERS_TIMEOUT' ||
        e.code === 'UND_ERR_BODY_TIMEOUT') {
        return 'timed out';
    }
    if (e.name === 'AbortError')
        return 'timed out';
    return e.code ? `network error ${e.code}` : 'network error';
}


/***/ }),

/***/ 71746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishGateSinks: () => (/* binding */ publishGateSinks)
/* harmony export */ });
/* unused harmony export SIDECAR_FILE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _artifact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83800);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10282);
/* harmony import */ var _sink_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99724);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27936);







/** Written beside the ledger after the upload: the ledger cannot contain its own artifact's id. */
const SIDECAR_FILE = 'ledger.artifact.json';
async function publishGateSinks(options) {
    const result = { artifact: null, sidecarPath: null, comment: null, warnings: [] };
    const say = (text) => result.warnings.push(options.redactor.text(text));
    if (options.artifact) {
        const spec = options.artifact;
        const uploaded = await (0,_sink_js__WEBPACK_IMPORTED_MODULE_6__/* .runSink */ .T)(options.sinkDeadlineMs, () => (0,_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadLedgerArtifact */ .jO)({
            name: spec.name,
            files: [options.jsonPath, options.markdownPath],
            retentionDays: spec.retentionDays,
            runUrl: options.runUrl,
        }));
        if (uploaded.ok) {
            result.artifact = uploaded.value;
            const ledgerBytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(options.jsonPath);
            const sidecar = {
                ledger_id: options.entry.ledger_id,
                ledger_file: 'ledger.json',
                ledger_sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(ledgerBytes).digest('hex'),
                artifact: {
                    name: uploaded.value.name,
                    id: uploaded.value.id,
                    url: uploaded.value.url,
                    digest: uploaded.value.digest,
                },
            };
            result.sidecarPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(options.jsonPath), SIDECAR_FILE);
            await (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAtomically */ .v)(result.sidecarPath, `${JSON.stringify(sidecar, null, 2)}\n`);
        }
        else {
            say(`the ledger artifact was not uploaded: ${uploaded.reason}. The ledger is on disk at ${options.jsonPath} and in the job summary.`);
        }
    }
    if (options.comment) {
        const target = options.comment;
        const marker = (0,_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .stickyMarker */ .YL)(options.entry.config.file);
        const links = [
            options.runUrl ? `[run](${options.runUrl})` : null,
            result.artifact?.url ? `[ledger artifact](${result.artifact.url})` : null,
        ].filter((x) => x !== null);
        const footer = links.length > 0 ? `\n<sub>${links.join(' · ')}</sub>\n` : '';
        const posted = await (0,_sink_js__WEBPACK_IMPORTED_MODULE_6__/* .runSink */ .T)(options.sinkDeadlineMs, () => (0,_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .upsertStickyComment */ .qD)(target.api, { owner: target.owner, repo: target.repo, issueNumber: target.issueNumber }, marker, options.redactor.text((0,_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .commentBody */ .I2)(marker, options.markdown, footer))));
        if (posted.ok) {
            result.comment = posted.value;
        }
        else if (target.isFork && isPermissionDenied(posted.reason)) {
            say(`the pull request comment was not posted: this pull request comes from a fork, and its ` +
                `token is read-only (${posted.reason}). The ledger is in the artifact and the job summary. ` +
                `To comment on fork pull requests, add the publish-only workflow on workflow_run (see README).`);
        }
        else {
            say(`the pull request comment was not posted: ${posted.reason}`);
        }
    }
    return result;
}
function isPermissionDenied(reason) {
    return /HTTP 40[13]\b/.test(reason) || /not accessible by integration/i.test(reason);
}


/***/ }),

/***/ 99724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runSink)
/* harmony export */ });
// A network sink (artifact, comment) that fails or overruns is reported and never changes the
// job's result: the ledger is already on disk and in the job summary.
async function runSink(deadlineMs, work) {
    let timer;
    const overrun = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, reason: `did not finish within ${deadlineMs} ms` }), deadlineMs);
    });
    const done = work().then((value) => ({ ok: true, value }), (error) => ({
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
    }));
    try {
        return await Promise.race([done, overrun]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ })

};
