export const id = 25;
export const ids = [25];
export const modules = {

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


/***/ })

};
