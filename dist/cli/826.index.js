export const id = 826;
export const ids = [826];
export const modules = {

/***/ 2803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ executeChain),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   k6: () => (/* binding */ httpTransport)
/* harmony export */ });
/* unused harmony export toOutcome */
/* harmony import */ var _contract_families_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4908);
/* harmony import */ var _retry_policy_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8218);
/* harmony import */ var _retry_retry_after_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8627);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6092);




/** Runs one caller request through the chain as declared. Never throws for a failed request. */
async function executeChain(chain, options) {
    const started = options.clock.now();
    let attempts = 0;
    const emit = (event) => options.onEvent?.(event);
    const at = () => options.clock.now() - started;
    const run = new _retry_policy_run_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyRun */ .wJ((0,_retry_policy_run_js__WEBPACK_IMPORTED_MODULE_1__/* .compileChain */ .xV)(chain, [...options.routes.values()]), {
        now: () => options.clock.now(),
        random: options.random,
        observer: {
            wait: (ms, retry, reason) => emit({ type: 'wait', atMs: at(), ms, retry, reason }),
            stop: (reason, marginMs) => emit({ type: 'stop', atMs: at(), reason, marginMs }),
        },
    });
    const hang = () => {
        emit({ type: 'stop', atMs: at(), reason: 'deadline' });
        return { outcome: { kind: 'hang', afterMs: Math.round(at()) }, attempts };
    };
    let last = null;
    let step = run.start();
    for (;;) {
        if (step === 'done')
            break;
        if (step === 'wait') {
            // A wait that would end at or after the deadline is where the caller would still be
            // running when the sample is cut off.
            if (options.clock.now() + run.waitMs >= options.deadlineAt)
                return hang();
            await options.clock.sleep(run.waitMs);
            step = run.resume();
            continue;
        }
        const route = options.routes.get(step.route);
        if (!route)
            throw new Error(`chain ${chain.name} names unknown route ${step.route}`);
        if (options.clock === realClock)
            await freshTick();
        const remaining = options.deadlineAt - options.clock.now();
        if (remaining <= 0)
            return hang();
        attempts += 1;
        // Whole milliseconds: timer APIs such as AbortSignal.timeout reject fractions.
        const timeout = Math.max(1, Math.floor(Math.min(route.timeoutMs ?? options.defaultTimeoutMs, remaining)));
        const atMs = at();
        last = await options.transport.attempt(route, timeout);
        emit({ type: 'attempt', atMs, route: route.name, result: last.kind });
        step = run.answer(toOutcome(last));
    }
    if (run.outcome.ok && last?.kind === 'usable') {
        return { outcome: { kind: 'usable', route: last.route }, attempts };
    }
    return {
        outcome: {
            kind: 'controlled_failure',
            reason: last ? describe(last) : 'no route was tried',
        },
        attempts,
    };
}
/** How the retry core sees an attempt's result. */
function toOutcome(result) {
    switch (result.kind) {
        case 'usable':
            return { ok: true };
        case 'status':
            return { ok: false, status: result.status, retryAfterMs: result.retryAfterMs };
        case 'network':
            return { ok: false, status: null, retryAfterMs: null };
        case 'unusable':
            return { ok: false, status: 200, retryAfterMs: null, unusable: true };
    }
}
function describe(result) {
    switch (result.kind) {
        case 'status':
            return `route ${result.route} answered HTTP ${result.status}`;
        case 'network':
            return `route ${result.route}: ${result.fault.replaceAll('_', ' ')}`;
        case 'unusable':
            return `route ${result.route}: ${result.reason}`;
        case 'usable':
            return `route ${result.route} answered usably`;
    }
}
/**
 * Node's timers count from the event loop's cached time, which lags the real clock when the
 * loop is busy, so a timer can fire early by that lag. Sleeping until the monotonic clock says
 * so keeps every wait at least what the policy asked for.
 */
const realClock = {
    now: () => performance.now(),
    sleep: async (ms) => {
        const until = performance.now() + Math.max(0, ms);
        for (let left = ms; left > 0; left = until - performance.now()) {
            await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
        }
    },
};
/** A turn of the event loop, so the next timer starts from a fresh loop time. */
const freshTick = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Sends the family's smoke request to a base URL chosen per route (a fault proxy's sample URL). */
function httpTransport(baseUrlFor) {
    return {
        async attempt(route, timeoutMs) {
            const { path, body } = (0,_contract_families_js__WEBPACK_IMPORTED_MODULE_0__/* .buildSmokeRequest */ .F0)(route.family, route.model);
            const result = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .postJson */ .B2)({
                url: `${baseUrlFor(route)}${path}`,
                body,
                apiKey: null,
                deadlineMs: timeoutMs,
            });
            if (result.kind === 'fault') {
                if (result.fault === 'body_too_large') {
                    return { kind: 'unusable', route: route.name, reason: 'response body over the size cap' };
                }
                return { kind: 'network', route: route.name, fault: result.fault };
            }
            if (result.status < 200 || result.status >= 300) {
                return {
                    kind: 'status',
                    route: route.name,
                    status: result.status,
                    retryAfterMs: (0,_retry_retry_after_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRetryAfter */ .m)(result.headers),
                };
            }
            let parsed;
            try {
                parsed = JSON.parse(result.bodyText);
            }
            catch {
                return { kind: 'unusable', route: route.name, reason: 'body is not JSON' };
            }
            const check = (0,_contract_families_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSuccessBody */ .y7)(route.family, parsed);
            return check.usable
                ? { kind: 'usable', route: route.name }
                : { kind: 'unusable', route: route.name, reason: check.reason };
        },
    };
}


/***/ }),

/***/ 6092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ providerRequestId),
/* harmony export */   B2: () => (/* binding */ postJson),
/* harmony export */   cv: () => (/* binding */ exchange)
/* harmony export */ });
/* unused harmony exports DEFAULT_BODY_CAP_BYTES, DEFAULT_CONNECT_TIMEOUT_MS, CLIENT_REQUEST_ID_HEADER, PROVIDER_REQUEST_ID_HEADERS, faultOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4371);


// One HTTP exchange with every phase bounded: connect, headers, each gap in the body, and an
// overall deadline over all of them. Network trouble is never thrown: it is named by its undici
// error class or system error code, and by the phase it happened in.
const DEFAULT_BODY_CAP_BYTES = 1024 * 1024;
/** undici's own default is 10 s; a route's deadline lowers it. */
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** The header a generated id travels in when the provider sends none back (OpenAI reads it). */
const CLIENT_REQUEST_ID_HEADER = 'x-client-request-id';
/** Where providers put their request id, most common first. */
const PROVIDER_REQUEST_ID_HEADERS = [
    'x-request-id',
    'request-id',
    'x-amzn-requestid',
    'x-amz-request-id',
    'apim-request-id',
    'x-ms-request-id',
    'x-correlation-id',
    'cf-ray',
];
/** Sends one JSON POST and reads the answer within its bounds. Never throws for network trouble. */
async function exchange(options) {
    const clientRequestId = `fg_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const deadline = options.deadlineMs;
    const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6({
        connectTimeout: Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, deadline),
        headersTimeout: Math.min(options.headersTimeoutMs ?? deadline, deadline),
        bodyTimeout: Math.min(options.bodyTimeoutMs ?? deadline, deadline),
        connections: 1,
        pipelining: 0,
    });
    const deadlineSignal = AbortSignal.timeout(deadline);
    const result = {
        clientRequestId,
        status: null,
        headers: {},
        body: Buffer.alloc(0),
        fault: null,
        faultCode: null,
        headersMs: null,
        durationMs: 0,
    };
    const chunks = [];
    let size = 0;
    try {
        const headers = {
            ...options.headers,
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            [CLIENT_REQUEST_ID_HEADER]: clientRequestId,
        };
        if (options.apiKey)
            headers.authorization = `Bearer ${options.apiKey}`;
        const response = await (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(options.url, {
            method: 'POST',
            headers,
            body: JSON.stringify(options.body),
            dispatcher,
            signal: deadlineSignal,
        });
        result.status = response.statusCode;
        result.headers = flattenHeaders(response.headers);
        result.headersMs = elapsed();
        const cap = options.bodyCapBytes ?? DEFAULT_BODY_CAP_BYTES;
        for await (const chunk of response.body) {
            const buffer = chunk;
            if (size + buffer.length > cap) {
                chunks.push(buffer.subarray(0, cap - size));
                size = cap;
                result.fault = 'body_too_large';
                response.body.destroy();
                break;
            }
            size += buffer.length;
            chunks.push(buffer);
        }
    }
    catch (error) {
        result.fault = faultOf(error, deadlineSignal, result.status !== null);
        result.faultCode = codeOf(error);
    }
    finally {
        void dispatcher.destroy().catch(() => undefined);
    }
    result.body = Buffer.concat(chunks, size);
    result.durationMs = elapsed();
    return result;
}
/** The provider's request id from the answer, if it sent one we can safely record. */
function providerRequestId(headers) {
    for (const name of PROVIDER_REQUEST_ID_HEADERS) {
        const value = headers[name]?.trim();
        // An id is an opaque token: anything else (spaces, quotes, very long) is not recorded.
        if (value && /^[A-Za-z0-9._:\-/+=]{1,128}$/.test(value))
            return value;
    }
    return null;
}
async function postJson(options) {
    const result = await exchange(options);
    if (result.fault !== null || result.status === null) {
        return {
            kind: 'fault',
            fault: result.fault ?? 'other_network_error',
            clientRequestId: result.clientRequestId,
            durationMs: result.durationMs,
        };
    }
    return {
        kind: 'response',
        status: result.status,
        headers: result.headers,
        bodyText: result.body.toString('utf8'),
        clientRequestId: result.clientRequestId,
        durationMs: result.durationMs,
    };
}
function flattenHeaders(headers) {
    const out = {};
    for (const [key, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
function codeOf(error) {
    const code = error.code ?? error.cause?.code;
    return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : null;
}
/**
 * Names a failure by its error class or code, never by parsing its message. `afterHeaders` tells
 * a connection that died mid-body (truncated) from one that died before answering (reset).
 */
function faultOf(error, signal, afterHeaders = false) {
    if (signal?.aborted)
        return 'deadline_exceeded';
    if (error instanceof undici__WEBPACK_IMPORTED_MODULE_1__/* .errors */ .sO.ConnectTimeoutError)
        return 'connect_timeout';
    if (error instanceof undici__WEBPACK_IMPORTED_MODULE_1__/* .errors */ .sO.HeadersTimeoutError)
        return 'headers_timeout';
    if (error instanceof undici__WEBPACK_IMPORTED_MODULE_1__/* .errors */ .sO.BodyTimeoutError)
        return 'body_timeout';
    if (error instanceof undici__WEBPACK_IMPORTED_MODULE_1__/* .errors */ .sO.ResponseExceededMaxSizeError)
        return 'body_too_large';
    const code = codeOf(error);
    if (code === 'ECONNREFUSED')
        return 'connection_refused';
    const closed = code === 'ECONNRESET' ||
        code === 'UND_ERR_SOCKET' ||
        code === 'EPIPE' ||
        code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
    if (closed)
        return afterHeaders ? 'body_truncated' : 'connection_reset';
    const name = error.name;
    if (code === 'UND_ERR_ABORTED' || name === 'AbortError' || name === 'TimeoutError') {
        return 'deadline_exceeded';
    }
    return 'other_network_error';
}


/***/ }),

/***/ 2826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probe: () => (/* binding */ probe)
});

// UNUSED EXPORTS: DEFAULT_ERROR_PATH

// EXTERNAL MODULE: ./lib/judge/error-path.js + 1 modules
var error_path = __webpack_require__(207);
// EXTERNAL MODULE: ./lib/judge/timing-noise.js
var timing_noise = __webpack_require__(6594);
// EXTERNAL MODULE: ./lib/mock/server.js
var server = __webpack_require__(8367);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/mock/fault-plan.js
var fault_plan = __webpack_require__(6016);
// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
// EXTERNAL MODULE: ./lib/probe/drivers/command.js
var command = __webpack_require__(6491);
// EXTERNAL MODULE: ./lib/probe/drivers/reference.js
var reference = __webpack_require__(2803);
;// CONCATENATED MODULE: ./lib/probe/drivers/simulate.js


async function simulateChain(input) {
    let now = 0;
    const clock = {
        now: () => now,
        sleep: (ms) => {
            now += Math.max(0, ms);
            return Promise.resolve();
        },
    };
    const counts = new Map();
    const transport = {
        attempt(route, timeoutMs) {
            const index = counts.get(route.name) ?? 0;
            counts.set(route.name, index + 1);
            const step = (0,fault_plan/* stepForAttempt */.hD)(input.faults.get(route.name) ?? fault_plan/* HEALTHY */.el, index);
            const delay = 'delayMs' in step && step.delayMs ? step.delayMs : 0;
            const result = (() => {
                const name = route.name;
                switch (step.kind) {
                    case 'ok':
                        return { kind: 'usable', route: name };
                    case 'status':
                        return {
                            kind: 'status',
                            route: name,
                            status: step.status,
                            retryAfterMs: step.retryAfterMs ?? (step.retryAfterS ?? NaN) * 1000,
                        };
                    case 'hang':
                        now += timeoutMs;
                        return { kind: 'network', route: name, fault: 'headers_timeout' };
                    case 'reset':
                    case 'truncate':
                        return { kind: 'network', route: name, fault: 'connection_reset' };
                    case 'slow_stream':
                        now += step.chunkDelayMs * 8;
                        return { kind: 'usable', route: name };
                    default:
                        return { kind: 'unusable', route: name, reason: step.kind };
                }
            })();
            now += Math.min(delay, timeoutMs);
            if (result.kind === 'status' && Number.isNaN(result.retryAfterMs)) {
                return Promise.resolve({ ...result, retryAfterMs: null });
            }
            return Promise.resolve(result);
        },
    };
    const events = [];
    const execution = await (0,reference/* executeChain */.$f)(input.chain, {
        routes: input.routes,
        transport,
        clock,
        random: input.random,
        defaultTimeoutMs: input.defaultTimeoutMs,
        deadlineAt: input.deadlineMs ?? Number.MAX_SAFE_INTEGER,
        onEvent: (e) => events.push(e),
    });
    return { ...execution, elapsedMs: now, events };
}
/** Jitter draws pinned to the bottom (floor) or the top (ceiling) of their range. */
const LOWEST = () => 0;
const HIGHEST = () => 1;

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
// EXTERNAL MODULE: ./lib/mock/read-body.js
var read_body = __webpack_require__(8541);
// EXTERNAL MODULE: ./lib/mock/play-fault.js
var play_fault = __webpack_require__(6479);
;// CONCATENATED MODULE: ./lib/probe/fault-proxy.js









const MAX_UPSTREAM_BYTES = 4 * 1024 * 1024;
/** Caller headers that carry retry bookkeeping: SDK retry counters, gateway attempt counts. */
const RETRY_HEADER = /retry|attempt/i;
async function startFaultProxy(options) {
    const clock = options.clock ?? (() => performance.now());
    const upstream = new URL(options.upstreamBaseUrl.replace(/\/+$/, ''));
    const upstreamTimeout = options.upstreamTimeoutMs ?? 30_000;
    const dispatcher = new undici/* Agent */.g6({
        connectTimeout: upstreamTimeout,
        headersTimeout: upstreamTimeout,
        bodyTimeout: upstreamTimeout,
    });
    const log = [];
    const perSample = new Map();
    const hangTimers = new Set();
    let unattributed = 0;
    let shared = null;
    const token = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const samplePrefix = new RegExp(`^/fg-${token}/(?:s/(\\d{1,6})|shared)/v1(/[^?]*)?(\\?.*)?$`);
    const server = (0,external_node_http_.createServer)((req, res) => {
        const match = samplePrefix.exec(req.url ?? '');
        const sample = match?.[1] !== undefined ? Number(match[1]) : shared;
        if (!match || sample === null) {
            unattributed += 1;
            req.resume();
            res.writeHead(404, { 'content-type': 'application/json' });
            res.end('{"error":{"message":"fault proxy: unknown base URL path","type":"fault_proxy"}}');
            return;
        }
        const rest = match[2] ?? '';
        const index = perSample.get(sample) ?? 0;
        perSample.set(sample, index + 1);
        const step = (0,fault_plan/* stepForAttempt */.hD)(options.plan, index);
        const record = {
            sample,
            routeSeq: index + 1,
            route: options.route,
            startedAt: clock(),
            finishedAt: null,
            abandonedAt: null,
            method: req.method ?? 'GET',
            path: `/v1${rest}`,
            fault: step.kind,
            status: null,
            statusClass: null,
            retryAfterMs: null,
            retryHeaders: retryHeadersOf(req),
            requestId: `req_fg_${(0,node/* ulid */.Z0)()}`,
        };
        log.push(record);
        res.on('close', () => {
            // A reset or a cut body is the proxy ending the exchange, not the caller leaving.
            if (res.writableFinished || step.kind === 'reset' || step.kind === 'truncate') {
                record.finishedAt ??= clock();
            }
            else if (record.finishedAt === null)
                record.abandonedAt = clock();
        });
        void handle(req, res, record, step, rest, match[3] ?? '').catch(() => {
            if (!res.headersSent && !res.destroyed) {
                res.writeHead(502, { 'content-type': 'application/json' });
                res.end('{"error":{"message":"fault proxy: upstream unreachable","type":"fault_proxy"}}');
                record.status = 502;
                record.statusClass = 'retryable';
            }
            else {
                res.destroy();
            }
        });
    });
    server.keepAliveTimeout = 1000;
    const familyOf = (rest) => rest.endsWith('/chat/completions')
        ? 'chat_completions'
        : rest.endsWith('/responses')
            ? 'responses'
            : options.family;
    async function handle(req, res, record, step, rest, query) {
        const body = await (0,read_body/* readRequestBody */.C)(req);
        const family = familyOf(rest);
        let healthyClass = null;
        const healthy = async () => {
            const answer = await forward(req, body, `${upstream.href}${rest}${query}`);
            healthyClass = classifyAnswer(family, answer);
            return answer;
        };
        if (step.kind === 'hang') {
            // Bounded even when nobody ends it: the caller's timeout or the proxy closing usually does.
            const timer = setTimeout(() => {
                hangTimers.delete(timer);
                res.destroy();
            }, options.maxHangMs ?? 120_000);
            hangTimers.add(timer);
            res.on('close', () => {
                clearTimeout(timer);
                hangTimers.delete(timer);
            });
        }
        const played = await (0,play_fault/* playFault */.B)(step, res, {
            family,
            model: modelOf(body),
            requestId: record.requestId,
            healthy,
        });
        // Stamped here, in the microtask right after the answer was handed to the socket: a 'close'
        // event can be handled after the caller (in a busy loop) has already read the answer.
        if (res.writableEnded || step.kind === 'reset')
            record.finishedAt ??= clock();
        record.status = played.status;
        record.retryAfterMs = played.retryAfterMs;
        record.statusClass = classOfPlayed(step.kind, played.status, healthyClass);
    }
    async function forward(req, body, url) {
        const headers = {};
        for (const [key, value] of Object.entries(req.headers)) {
            if (value === undefined || HOP_BY_HOP.has(key))
                continue;
            headers[key] = Array.isArray(value) ? value.join(', ') : value;
        }
        const response = await (0,undici/* request */.Em)(url, {
            method: (req.method ?? 'POST'),
            headers,
            body: body.length > 0 ? body : null,
            dispatcher,
            signal: AbortSignal.timeout(upstreamTimeout),
        });
        const chunks = [];
        let size = 0;
        for await (const chunk of response.body) {
            size += chunk.length;
            if (size > MAX_UPSTREAM_BYTES) {
                response.body.destroy();
                throw new Error('upstream answer over the size cap');
            }
            chunks.push(chunk);
        }
        const out = {};
        for (const [key, value] of Object.entries(response.headers)) {
            if (value === undefined || HOP_BY_HOP.has(key) || key === 'content-length')
                continue;
            out[key] = Array.isArray(value) ? value.join(', ') : value;
        }
        return { status: response.statusCode, headers: out, body: Buffer.concat(chunks) };
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = server.address().port;
    const origin = `http://127.0.0.1:${port}`;
    return {
        origin,
        baseUrlFor: (sample) => `${origin}/fg-${token}/s/${sample}/v1`,
        sharedBaseUrl: `${origin}/fg-${token}/shared/v1`,
        assignShared: (sample) => {
            shared = sample;
        },
        attempts: () => log,
        get unattributed() {
            return unattributed;
        },
        close: async () => {
            for (const timer of hangTimers)
                clearTimeout(timer);
            hangTimers.clear();
            await new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            });
            await dispatcher.destroy().catch(() => undefined);
        },
    };
}
const HOP_BY_HOP = new Set([
    'host',
    'connection',
    'keep-alive',
    'transfer-encoding',
    'te',
    'trailer',
    'upgrade',
    'proxy-connection',
    'proxy-authorization',
    'content-length',
]);
function retryHeadersOf(req) {
    const out = {};
    for (const [key, value] of Object.entries(req.headers)) {
        if (value === undefined || !RETRY_HEADER.test(key))
            continue;
        // Bookkeeping values are small counters; cap them so nothing large is ever copied.
        out[key] = (Array.isArray(value) ? value.join(', ') : value).slice(0, 64);
    }
    return out;
}
function modelOf(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        return typeof parsed.model === 'string' ? parsed.model.slice(0, 200) : 'mock-model';
    }
    catch {
        return 'mock-model';
    }
}
/** What a forwarded healthy answer is worth to a caller of this family. */
function classifyAnswer(family, answer) {
    const byStatus = (0,status_class/* classifyHttpStatus */.n1)(answer.status);
    if (byStatus)
        return byStatus.statusClass;
    if ((answer.headers['content-type'] ?? '').includes('text/event-stream'))
        return '2xx_usable';
    try {
        return (0,families/* checkSuccessBody */.y7)(family, JSON.parse(answer.body.toString('utf8'))).usable
            ? '2xx_usable'
            : '2xx_unusable';
    }
    catch {
        return '2xx_unusable';
    }
}
function classOfPlayed(fault, status, healthyClass) {
    switch (fault) {
        case 'ok':
        case 'slow_stream':
            return healthyClass;
        case 'status':
            return status === null ? null : ((0,status_class/* classifyHttpStatus */.n1)(status)?.statusClass ?? '2xx_unusable');
        case 'hang':
        case 'reset':
            return 'retryable';
        default:
            return '2xx_unusable';
    }
}

;// CONCATENATED MODULE: ./lib/retry/random.js
// A small seeded generator (mulberry32): the same seed gives the same storm, on every machine.
// Not for secrets; only for reproducible simulation.
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

// EXTERNAL MODULE: ./lib/probe/scenarios.js
var scenarios = __webpack_require__(8461);
// EXTERNAL MODULE: ./lib/probe/timing.js
var probe_timing = __webpack_require__(8322);
;// CONCATENATED MODULE: ./lib/probe/error-path.js










/** Five concurrent samples: enough to tell jitter from lockstep with a small false-alarm rate. */
const DEFAULT_SAMPLES = 5;
/**
 * The default run keeps to scenarios the declared policy can finish in 2 minutes of mandated
 * waiting, so a pull request check cannot stall on a policy that waits for ever; a longer one
 * runs when named, and is otherwise reported as not exercised (an evidence gap, never a pass).
 */
const DEFAULT_TIME_BOX_MS = 120_000;
/** Chains whose static worst case is larger than this are not run on the error path. */
const MAX_SIMULATED_ATTEMPTS = 100_000;
/** How long a hang lasts for a route that declares no timeout, when the budget sets no limit. */
const UNBOUNDED_HANG_MS = 60_000;
/**
 * Command samples at once: two per core the machine offers this process. A sample process spends
 * most of its life waiting on the wire; what must not pile up is forty start-ups at once.
 */
function defaultConcurrency() {
    return 2 * Math.max(1, (0,external_node_os_.availableParallelism)());
}
/** A bounded pool: at most `size` of the tasks run at once, in the order they were asked for. */
function workerPool(size) {
    let running = 0;
    const waiting = [];
    return async (task) => {
        if (running >= size)
            await new Promise((resolve) => waiting.push(resolve));
        running += 1;
        try {
            return await task();
        }
        finally {
            running -= 1;
            waiting.shift()?.();
        }
    };
}
async function runErrorPath(plan, options) {
    (0,scenarios/* checkSelection */.Nt)(plan, options.scenarios);
    if (options.driver === 'command' && !options.command) {
        throw new Error('the command driver needs a command');
    }
    let prepared = null;
    if (options.driver === 'gateway') {
        if (!options.gateway)
            throw new Error('the gateway driver needs a gateway');
        // Loaded only for this driver: it checks the install and reads the version once per run.
        const { prepareGateway } = await __webpack_require__.e(/* import() */ 420).then(__webpack_require__.bind(__webpack_require__, 4420));
        prepared = await prepareGateway(plan, options.gateway, {
            cwd: options.cwd ?? process.cwd(),
            env: options.env,
            ...(options.gatewayStartTimeoutMs !== undefined
                ? { startTimeoutMs: options.gatewayStartTimeoutMs }
                : {}),
        });
    }
    const knobs = { ...scenarios/* DEFAULT_KNOBS */.CG, ...options.knobs };
    const routes = new Map(plan.routes.map((r) => [r.name, r]));
    const jobs = plan.chains.flatMap((chain) => (0,scenarios/* scenariosForChain */.GG)(plan, chain, options.scenarios, knobs).map((scenario) => ({
        chain,
        scenario,
    })));
    // Named scenarios always run; the time box only trims the default selection.
    const timeBox = options.scenarios.length > 0
        ? null
        : options.timeBoxMs === undefined
            ? DEFAULT_TIME_BOX_MS
            : options.timeBoxMs;
    const concurrency = options.driver === 'command' ? (options.concurrency ?? defaultConcurrency()) : null;
    if (concurrency !== null && (!Number.isInteger(concurrency) || concurrency < 1)) {
        throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    }
    const pool = workerPool(concurrency ?? Number.MAX_SAFE_INTEGER);
    const started = performance.now();
    const label = (job) => `${job.chain.name}/${job.scenario.name}`;
    options.progress?.scenariosStarted(jobs.map(label));
    const observations = await Promise.all(jobs.map(async (job) => {
        const { chain, scenario } = job;
        const run = () => runScenario(plan, chain, scenario, routes, options, timeBox, pool, prepared);
        try {
            const first = await run();
            if (first.samples.length === 0 || !options.insideNoise?.(first))
                return first;
            // Inside the noise: once more. The second run stands, whatever it shows; the judge reads
            // a verdict still inside its disturbance as unknown.
            const second = await run();
            return second.timing
                ? {
                    ...second,
                    timing: {
                        ...second.timing,
                        runs: 2,
                        firstRunDisturbanceMs: first.timing?.disturbanceMs ?? null,
                    },
                }
                : second;
        }
        finally {
            options.progress?.scenarioFinished(label(job));
        }
    }));
    return {
        observations,
        wallMs: Math.round(performance.now() - started),
        longestMandatedWaitMs: Math.max(0, ...observations.filter((o) => o.samples.length > 0).map((o) => o.longestMandatedWaitMs)),
    };
}
async function runScenario(plan, chain, scenario, routes, options, timeBox, pool, prepared = null) {
    /** A scenario the gate did not run: an evidence gap, never a pass. */
    const notRun = (longestMandatedWaitMs, gap) => ({
        scenario: scenario.name,
        chain: chain.name,
        driver: options.driver,
        expectation: scenario.expectation,
        samples: [],
        wallMs: 0,
        longestMandatedWaitMs,
        evidenceGaps: [gap],
    });
    const worstCase = (0,worst_case/* worstCaseChainAttempts */.FB)(chain);
    if (worstCase > MAX_SIMULATED_ATTEMPTS) {
        // A virtual-time run of such a policy would enumerate every attempt: the static worst case
        // already fails the budget, so the scenario is reported as not run, never guessed.
        return notRun(0, `not run: the declared worst case is ${(0,worst_case/* isSaturated */.O0)(worstCase) ? 'at least ' : ''}${worstCase} upstream attempts per request, beyond the ${MAX_SIMULATED_ATTEMPTS} the gate runs or simulates`);
    }
    const clock = () => performance.now();
    const scenarioStart = clock();
    const order = [...new Set((0,worst_case/* routeOrder */.sG)(chain.target))];
    const hangBound = plan.budget.maxElapsedMs ?? UNBOUNDED_HANG_MS;
    const simulation = { chain, routes, faults: scenario.faults, defaultTimeoutMs: hangBound };
    const floor = await simulateChain({ ...simulation, random: LOWEST });
    const ceiling = await simulateChain({ ...simulation, random: HIGHEST });
    const declared = {
        kind: scenario.kind,
        allowedOutcomes: scenario.allowedOutcomes,
        fallbackExpected: scenario.fallbackExpected,
        declaredAttempts: floor.attempts,
        declaredBackoffWaits: floor.events.filter((e) => e.type === 'wait' && e.reason === 'backoff')
            .length,
        declaredCeilingMs: Math.round(ceiling.elapsedMs),
    };
    if (timeBox !== null && floor.elapsedMs > timeBox) {
        return {
            ...notRun(Math.round(floor.elapsedMs), `not run by default: the declared policy must wait ${Math.round(floor.elapsedMs)} ms here, over the ${timeBox} ms time box (run it with --scenario ${scenario.name})`),
            ...declared,
        };
    }
    // The longest a request following the declared policy can take here, whatever member a load
    // balancer picks and whatever the jitter draws: every attempt at its timeout, every wait at its
    // ceiling or at the longest wait the scenario announces.
    const worstCaseMs = Math.max(ceiling.elapsedMs, (0,worst_case/* worstCaseChainElapsedMs */.Zh)(chain, routes, {
        defaultTimeoutMs: hangBound,
        retryAfterMs: longestAnnouncedWaitMs(scenario),
    }));
    const deadlineMs = options.deadlineMs ??
        (options.driver === 'reference'
            ? Math.ceil(worstCaseMs * 1.5) + 2_000
            : Math.max(worstCaseMs, plan.budget.maxElapsedMs ?? 0) + 10_000);
    const proxies = new Map();
    try {
        for (const name of order) {
            const route = routes.get(name);
            if (!route)
                throw new Error(`chain ${chain.name} names unknown route ${name}`);
            proxies.set(name, await startFaultProxy({
                route: name,
                family: route.family,
                upstreamBaseUrl: options.upstreamBaseUrl,
                plan: scenario.faults.get(name) ?? fault_plan/* HEALTHY */.el,
                clock,
                maxHangMs: deadlineMs + 1_000,
            }));
        }
        const baseUrl = (route, sample) => proxies.get(route).baseUrlFor(sample);
        let gateway = null;
        const monitor = (0,probe_timing/* startDelayMonitor */.YD)();
        const recorder = (0,probe_timing/* startStallRecorder */.VG)();
        let runs;
        if (prepared) {
            const { runGatewayScenario } = await __webpack_require__.e(/* import() */ 420).then(__webpack_require__.bind(__webpack_require__, 4420));
            const run = await runGatewayScenario(prepared, {
                chain,
                routes,
                proxies,
                samples: options.samples,
                deadlineMs,
                random: options.random ?? seededRandom(sampleSeed(chain.name, scenario.name, 0)),
                clock,
            });
            gateway = { facts: { ...run.facts, planAttempts: floor.attempts }, gaps: run.gaps };
            runs = run.runs.map((r) => ({ ...r, startLateMs: null, made: null }));
        }
        else {
            runs = await Promise.all(Array.from({ length: options.samples }, (_, sample) => pool(async () => {
                const startedAt = clock();
                const { outcome, startLateMs, made } = await runSample(sample, startedAt);
                return { sample, startedAt, endedAt: clock(), outcome, startLateMs, made };
            })));
        }
        const delay = monitor.stop();
        const stalls = recorder.stop();
        async function runSample(sample, startedAt) {
            if (options.driver === 'reference') {
                const execution = await (options.executor ?? reference/* executeChain */.$f)(chain, {
                    routes,
                    transport: (0,reference/* httpTransport */.k6)((route) => baseUrl(route.name, sample)),
                    clock: reference/* realClock */.dQ,
                    random: options.random ?? seededRandom(sampleSeed(chain.name, scenario.name, sample)),
                    defaultTimeoutMs: hangBound,
                    deadlineAt: startedAt + deadlineMs,
                });
                return { outcome: execution.outcome, startLateMs: null, made: execution.attempts };
            }
            const env = (0,command/* commandEnvironment */.J$)({
                baseEnv: options.env,
                routes: order.map((name) => ({ route: routes.get(name), baseUrl: baseUrl(name, sample) })),
                scenario: scenario.name,
                chain: chain.name,
                sample,
                deadlineMs,
            });
            const result = await (0,command/* runCommandSample */.V2)(options.command ?? '', env, {
                deadlineMs,
                ...(options.cwd ? { cwd: options.cwd } : {}),
            });
            return { outcome: result.outcome, startLateMs: result.startLateMs, made: null };
        }
        // Let in-flight exchanges of abandoned attempts settle before the log is read.
        await new Promise((resolve) => setImmediate(resolve));
        const log = [...proxies.values()].flatMap((p) => p.attempts());
        const unattributed = [...proxies.values()].reduce((n, p) => n + p.unattributed, 0);
        const samples = runs.map((run) => {
            const attempts = log
                .filter((a) => a.sample === run.sample)
                .sort((a, b) => a.startedAt - b.startedAt)
                .map((a, i) => toRecord(a, i + 1, run.startedAt));
            return {
                sample: run.sample,
                attempts,
                outcome: attributeUsable(run.outcome, attempts),
                elapsedMs: round(run.endedAt - run.startedAt),
                startedAtMs: run.startedAt,
            };
        });
        const timing = {
            eventLoopDelayMaxMs: delay.maxMs,
            eventLoopDelayP99Ms: delay.p99Ms,
            lateStartMaxMs: options.driver === 'command' ? Math.max(0, ...runs.map((r) => r.startLateMs ?? 0)) : null,
            disturbanceMs: 0,
            concurrency: options.driver === 'command'
                ? (options.concurrency ?? defaultConcurrency())
                : options.samples,
            runs: 1,
            firstRunDisturbanceMs: null,
            stalls,
        };
        timing.disturbanceMs = Math.max(timing.eventLoopDelayMaxMs, timing.lateStartMaxMs ?? 0);
        const strays = log.filter((a) => a.sample >= options.samples).length;
        const unseen = runs.reduce((n, run) => {
            const seen = samples.find((s) => s.sample === run.sample)?.attempts.length ?? 0;
            return n + Math.max(0, (run.made ?? seen) - seen);
        }, 0);
        const evidenceGaps = [
            ...(gateway?.gaps ?? []),
            ...(unattributed > 0
                ? [`${unattributed} request(s) reached a fault proxy without a sample prefix`]
                : []),
            ...(strays > 0 ? [`${strays} request(s) named a sample that was not run`] : []),
            // The reference driver knows what it sent: an attempt it gave up on before the proxy's
            // loop got to read it never reached the log, which only happens on a starved machine.
            ...(unseen > 0
                ? [
                    `${unseen} attempt(s) the gate sent timed out before the fault proxy read them (its event loop ran up to ${delay.maxMs} ms late)`,
                ]
                : []),
            ...samples
                .filter((s) => s.outcome.kind === 'unknown')
                .map((s) => `sample ${s.sample}: the caller's outcome could not be observed${s.outcome.kind === 'unknown' ? ` (${s.outcome.reason})` : ''}`),
            // A command that sent nothing is no evidence of retry behaviour, whatever it exited with.
            ...samples
                .filter((s) => s.attempts.length === 0 && s.outcome.kind !== 'unknown')
                .map((s) => options.driver === 'gateway'
                ? `sample ${s.sample}: the gateway sent no request to any route, so it did not run the config for this sample`
                : `sample ${s.sample}: the caller made no request at all: the command may not have started, or does not use the base URLs it was given`),
        ];
        return {
            scenario: scenario.name,
            chain: chain.name,
            driver: options.driver,
            ...(gateway ? { gateway: gateway.facts } : {}),
            expectation: scenario.expectation,
            samples,
            wallMs: round(clock() - scenarioStart),
            longestMandatedWaitMs: Math.round(floor.elapsedMs),
            evidenceGaps,
            ...declared,
            deadlineMs,
            timing,
        };
    }
    finally {
        await Promise.all([...proxies.values()].map((p) => p.close()));
    }
}
/** The longest wait any step of the scenario's fault plans announces through retry-after. */
function longestAnnouncedWaitMs(scenario) {
    let longest = 0;
    for (const plan of scenario.faults.values()) {
        for (const step of [...plan.steps, plan.then]) {
            if (step.kind !== 'status')
                continue;
            longest = Math.max(longest, step.retryAfterMs ?? 0, (step.retryAfterS ?? 0) * 1000);
        }
    }
    return longest;
}
/** FNV-1a over chain, scenario and sample: a fixed, well-spread seed for each sample's draws. */
function sampleSeed(chain, scenario, sample) {
    let hash = 0x811c9dc5;
    for (const ch of `${chain}\u0000${scenario}\u0000${sample}`) {
        hash ^= ch.codePointAt(0);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}
function toRecord(a, seq, sampleStart) {
    return {
        sample: a.sample,
        seq,
        route: a.route,
        atMs: round(a.startedAt - sampleStart),
        durationMs: a.finishedAt === null ? null : round(a.finishedAt - a.startedAt),
        method: a.method,
        path: a.path,
        fault: a.fault,
        status: a.status,
        retryAfterMs: a.retryAfterMs,
        retryHeaders: a.retryHeaders,
        requestId: a.requestId,
        statusClass: a.statusClass,
        abandonedAfterMs: a.abandonedAt === null ? null : round(a.abandonedAt - a.startedAt),
    };
}
/** A command only says "usable"; the wire says which route served it. */
function attributeUsable(outcome, attempts) {
    if (outcome.kind !== 'usable' || outcome.route !== null)
        return outcome;
    const served = attempts.filter((a) => a.statusClass === '2xx_usable').at(-1);
    return { kind: 'usable', route: served?.route ?? null };
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}

// EXTERNAL MODULE: ./node_modules/eventsource-parser/dist/parse.js + 1 modules
var parse = __webpack_require__(6085);
;// CONCATENATED MODULE: ./lib/contract/stream-check.js



function parseServerSentEvents(body) {
    const events = [];
    const parser = (0,parse/* createParser */.C)({ onEvent: (event) => events.push(event) });
    parser.feed(body);
    // An event still buffered when the body ends was never dispatched: a cut stream, not an event.
    return events;
}
function checkStream(input) {
    const { family } = input;
    if (!isEventStream(input.contentType)) {
        if (input.fault)
            return { classified: (0,status_class/* classifyNetworkFault */.xI)(input.fault), deltas: 0, text: null };
        return { classified: notAStream(input), deltas: 0, text: null };
    }
    const events = parseServerSentEvents(input.body);
    const walk = family === 'chat_completions' ? walkChatStream(events) : walkResponseStream(events);
    const deltas = walk.deltas;
    if (walk.problem)
        return { classified: walk.problem, deltas, text: null };
    if (!walk.terminated) {
        const tail = `after ${deltas} text delta${deltas === 1 ? '' : 's'}`;
        const classified = input.fault
            ? (0,status_class/* classifyNetworkFault */.xI)(input.fault, tail)
            : (0,status_class/* classifyBy */.AE)('stream_unterminated', `${terminatorOf(family)} missing ${tail}`);
        return { classified, deltas, text: null };
    }
    if (deltas === 0 || walk.text.length === 0) {
        return {
            classified: (0,status_class/* classifyBy */.AE)('empty_output', 'the stream carried no text delta'),
            deltas,
            text: null,
        };
    }
    return {
        classified: (0,status_class/* classifyBy */.AE)('usable_stream', `${family}, ${deltas} text deltas`),
        deltas,
        text: walk.text,
    };
}
function terminatorOf(family) {
    return family === 'chat_completions' ? 'data: [DONE]' : 'response.completed';
}
function walkChatStream(events) {
    const walk = { deltas: 0, text: '', terminated: false, problem: null };
    for (const [index, event] of events.entries()) {
        const n = index + 1;
        if (event.data === families/* CHAT_STREAM_TERMINATOR */.wT) {
            walk.terminated = true;
            return walk;
        }
        const json = parseJson(event.data);
        if (json === undefined) {
            walk.problem = (0,status_class/* classifyBy */.AE)('stream_error_event', `event ${n} is not valid JSON`);
            return walk;
        }
        const chunk = families/* chatCompletionChunkSchema */.bH.safeParse(json);
        if (chunk.success) {
            for (const choice of chunk.data.choices) {
                const content = choice.delta.content;
                if (typeof content === 'string' && content.length > 0) {
                    walk.deltas++;
                    walk.text += content;
                }
            }
            continue;
        }
        walk.problem = foreignEvent('chat_completions', json, n);
        return walk;
    }
    return walk;
}
function walkResponseStream(events) {
    const walk = { deltas: 0, text: '', terminated: false, problem: null };
    for (const [index, event] of events.entries()) {
        const n = index + 1;
        if (event.data === families/* CHAT_STREAM_TERMINATOR */.wT) {
            walk.problem = (0,status_class/* classifyBy */.AE)('other_family', `a chat_completions stream ([DONE]) at event ${n}`);
            return walk;
        }
        const json = parseJson(event.data);
        if (json === undefined) {
            walk.problem = (0,status_class/* classifyBy */.AE)('stream_error_event', `event ${n} is not valid JSON`);
            return walk;
        }
        const typed = families/* responseStreamEventSchema */.dk.safeParse(json);
        if (!typed.success) {
            walk.problem = foreignEvent('responses', json, n);
            return walk;
        }
        const type = typed.data.type;
        if (type === 'response.output_text.delta') {
            const delta = families/* responseTextDeltaEventSchema */.qI.safeParse(json);
            if (!delta.success) {
                walk.problem = (0,status_class/* classifyBy */.AE)('stream_error_event', `event ${n} is a malformed text delta`);
                return walk;
            }
            if (delta.data.delta.length > 0) {
                walk.deltas++;
                walk.text += delta.data.delta;
            }
            continue;
        }
        if (type === 'error' || event.event === 'error') {
            const error = families/* responseErrorEventSchema */.lH.safeParse(json);
            const code = error.success && error.data.code ? ` (${(0,families/* safeToken */.zv)(error.data.code)})` : '';
            walk.problem = (0,status_class/* classifyBy */.AE)('stream_error_event', `error event at event ${n}${code}`);
            return walk;
        }
        if (type.startsWith('response.') && isLifecycle(type)) {
            const lifecycle = families/* responseLifecycleEventSchema */.JS.safeParse(json);
            if (!lifecycle.success) {
                walk.problem = (0,status_class/* classifyBy */.AE)('stream_error_event', `event ${n} (${type}) is malformed`);
                return walk;
            }
            if (type === 'response.completed') {
                const notCompleted = (0,families/* responseNotCompleted */.a6)(lifecycle.data.response);
                if (notCompleted)
                    walk.problem = notCompleted;
                walk.terminated = true;
                return walk;
            }
            if (type === 'response.failed' || type === 'response.incomplete') {
                walk.problem =
                    (0,families/* responseNotCompleted */.a6)(lifecycle.data.response) ??
                        (0,status_class/* classifyBy */.AE)('not_completed', `${type} event`);
                return walk;
            }
        }
        // Other event types (output_item.added, content_part.done …) carry nothing a caller needs.
    }
    return walk;
}
const LIFECYCLE = new Set(families/* RESPONSE_LIFECYCLE_EVENTS */.Zn);
function isLifecycle(type) {
    return LIFECYCLE.has(type);
}
/** An event that is not the family's: the other family's, an error object, or unknown. */
function foreignEvent(family, json, n) {
    if (family === 'chat_completions') {
        if (families/* responseStreamEventSchema */.dk.safeParse(json).success) {
            return (0,status_class/* classifyBy */.AE)('other_family', `a responses event where a chat chunk was expected`);
        }
    }
    else if (families/* chatCompletionChunkSchema */.bH.safeParse(json).success) {
        return (0,status_class/* classifyBy */.AE)('other_family', `a chat_completions chunk where a responses event was expected`);
    }
    const error = families/* errorBodySchema */.ut.safeParse(json);
    if (error.success) {
        const type = error.data.error.type ?? error.data.error.code;
        return (0,status_class/* classifyBy */.AE)('stream_error_event', `error event at event ${n}${type != null ? ` (${(0,families/* safeToken */.zv)(String(type))})` : ''}`);
    }
    return (0,status_class/* classifyBy */.AE)('stream_error_event', `event ${n} is not a ${family} stream event`);
}
function notAStream(input) {
    const type = input.contentType ? (0,families/* safeToken */.zv)(input.contentType.split(';')[0] ?? '') : 'none';
    const json = parseJson(input.body);
    if (json !== undefined && (0,families/* checkSuccessBody */.y7)(input.family, json).usable) {
        return (0,status_class/* classifyBy */.AE)('not_a_stream', `a complete JSON body (content-type ${type})`);
    }
    return (0,status_class/* classifyBy */.AE)('not_a_stream', `content-type ${type}`);
}
function isEventStream(contentType) {
    return (contentType ?? '').toLowerCase().split(';')[0]?.trim() === 'text/event-stream';
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/probe/http.js
var http = __webpack_require__(6092);
;// CONCATENATED MODULE: ./lib/probe/happy-path.js





// The happy path: the family's smoke request, once per route (and once more as a stream when the
// route streams), classified by the status class table. Only a digest of generated text is kept.
/** A route without its own timeout gets this deadline per exchange. */
const DEFAULT_ROUTE_DEADLINE_MS = 30_000;
/** Sends the family's smoke request and classifies what came back. */
async function probeHappyPath(route, upstream, limits = {}) {
    const startedAt = new Date().toISOString();
    const plain = await smoke(route, upstream, limits, false);
    const stream = route.stream ? await smoke(route, upstream, limits, true) : null;
    const ids = requestIdOf(plain.exchange);
    // A streaming route is only as good as the worse of its two answers.
    const decisive = stream && plain.classified.statusClass === '2xx_usable' && !isUsable(stream)
        ? {
            ...stream.classified,
            reason: `streaming: ${stream.classified.reason}`,
        }
        : plain.classified;
    return {
        route: route.name,
        family: route.family,
        upstream: upstream.upstream,
        environmentMismatch: upstream.mismatch,
        ...ids,
        startedAt,
        durationMs: plain.exchange.durationMs + (stream?.exchange.durationMs ?? 0),
        httpStatus: plain.exchange.status,
        statusClass: decisive.statusClass,
        reason: decisive.reason,
        output: plain.output,
        stream: stream ? streamObservation(stream) : null,
    };
}
function isUsable(outcome) {
    return outcome.classified.statusClass === '2xx_usable';
}
function streamObservation(outcome) {
    return {
        statusClass: outcome.classified.statusClass,
        reason: outcome.classified.reason,
        deltas: outcome.deltas,
        httpStatus: outcome.exchange.status,
        ...requestIdOf(outcome.exchange),
        durationMs: outcome.exchange.durationMs,
        output: outcome.output,
    };
}
async function smoke(route, upstream, limits, stream) {
    const { path, body } = (0,families/* buildSmokeRequest */.F0)(route.family, route.model, { stream });
    const result = await (0,http/* exchange */.cv)({
        url: joinUrl(upstream.baseUrl, path),
        body,
        apiKey: upstream.apiKey,
        deadlineMs: limits.deadlineMs ?? route.timeoutMs ?? DEFAULT_ROUTE_DEADLINE_MS,
        ...(limits.connectTimeoutMs !== undefined ? { connectTimeoutMs: limits.connectTimeoutMs } : {}),
        ...(limits.headersTimeoutMs !== undefined ? { headersTimeoutMs: limits.headersTimeoutMs } : {}),
        ...(limits.bodyTimeoutMs !== undefined ? { bodyTimeoutMs: limits.bodyTimeoutMs } : {}),
        ...(limits.bodyCapBytes !== undefined ? { bodyCapBytes: limits.bodyCapBytes } : {}),
    });
    const outcome = (classified, text = null, deltas = 0) => ({
        classified,
        exchange: result,
        output: text === null ? null : digest(text),
        deltas,
    });
    if (result.status === null) {
        return outcome((0,status_class/* classifyNetworkFault */.xI)(result.fault ?? 'other_network_error', codeDetail(result)));
    }
    const byStatus = (0,status_class/* classifyHttpStatus */.n1)(result.status);
    // A non-2xx status decides the class, whatever happened to its body afterwards.
    if (byStatus)
        return outcome(byStatus);
    const text = result.body.toString('utf8');
    if (stream) {
        const check = checkStream({
            family: route.family,
            contentType: result.headers['content-type'] ?? null,
            body: text,
            fault: result.fault,
        });
        return outcome(check.classified, check.text, check.deltas);
    }
    if (result.fault)
        return outcome((0,status_class/* classifyNetworkFault */.xI)(result.fault, codeDetail(result)));
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        const type = (result.headers['content-type'] ?? 'no content-type').split(';')[0] ?? '';
        return outcome((0,status_class/* classifyBy */.AE)('not_json', `HTTP ${result.status} ${safeHeaderWord(type)}`));
    }
    const check = (0,families/* checkSuccessBody */.y7)(route.family, parsed);
    return check.usable ? outcome(check.classified, check.text) : outcome(check.classified);
}
function requestIdOf(result) {
    const fromProvider = (0,http/* providerRequestId */.AX)(result.headers);
    return fromProvider
        ? { requestId: fromProvider, requestIdSource: 'provider' }
        : { requestId: result.clientRequestId, requestIdSource: 'generated' };
}
function digest(text) {
    return { sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'), length: text.length };
}
function codeDetail(result) {
    return result.fault === 'other_network_error' && result.faultCode ? result.faultCode : undefined;
}
function safeHeaderWord(value) {
    return value.replace(/[^A-Za-z0-9_.+/-]/g, '_').slice(0, 48) || 'no content-type';
}
/** Joins a base URL that may or may not end in "/" with a path that starts with one. */
function joinUrl(baseUrl, path) {
    return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

// EXTERNAL MODULE: ./lib/probe/storm/scenario.js
var storm_scenario = __webpack_require__(3836);
;// CONCATENATED MODULE: ./lib/probe/storm/event-queue.js
// A binary min-heap of timed events, each naming a caller (an integer). Ties are broken by
// insertion order, so events at the same virtual instant always run in the same order and a
// simulation replays exactly. Kept in typed arrays: a storm pushes millions of events.
class EventQueue {
    times = new Float64Array(1024);
    seqs = new Float64Array(1024);
    values = new Int32Array(1024);
    count = 0;
    nextSeq = 0;
    get size() {
        return this.count;
    }
    push(atMs, value) {
        if (this.count === this.times.length)
            this.grow();
        const { times, seqs, values } = this;
        const seq = this.nextSeq++;
        let i = this.count++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pt = times[parent];
            if (pt < atMs || (pt === atMs && seqs[parent] < seq))
                break;
            times[i] = pt;
            seqs[i] = seqs[parent];
            values[i] = values[parent];
            i = parent;
        }
        times[i] = atMs;
        seqs[i] = seq;
        values[i] = value;
    }
    /** The time of the earliest event; only meaningful when size > 0. */
    peekTime() {
        return this.times[0];
    }
    /** Removes the earliest event and returns its value; call only when size > 0. */
    pop() {
        const { times, seqs, values } = this;
        const top = values[0];
        const n = --this.count;
        if (n === 0)
            return top;
        const lastTime = times[n];
        const lastSeq = seqs[n];
        const lastValue = values[n];
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            if (left >= n)
                break;
            const right = left + 1;
            let child = left;
            if (right < n &&
                (times[right] < times[left] ||
                    (times[right] === times[left] && seqs[right] < seqs[left]))) {
                child = right;
            }
            const ct = times[child];
            if (ct > lastTime || (ct === lastTime && seqs[child] > lastSeq))
                break;
            times[i] = ct;
            seqs[i] = seqs[child];
            values[i] = values[child];
            i = child;
        }
        times[i] = lastTime;
        seqs[i] = lastSeq;
        values[i] = lastValue;
        return top;
    }
    grow() {
        const size = this.times.length * 2;
        const times = new Float64Array(size);
        const seqs = new Float64Array(size);
        const values = new Int32Array(size);
        times.set(this.times);
        seqs.set(this.seqs);
        values.set(this.values);
        this.times = times;
        this.seqs = seqs;
        this.values = values;
    }
}

// EXTERNAL MODULE: ./lib/retry/policy-run.js
var policy_run = __webpack_require__(8218);
;// CONCATENATED MODULE: ./lib/probe/storm/series.js
/**
 * Attempts per second over time, policy against baseline, in at most maxPoints points: long
 * storms are grouped into wider buckets whose value is the mean rate over the bucket.
 */
function attemptSeries(policyPerSecond, baselinePerSecond, maxPoints, minSeconds = 0) {
    const seconds = Math.max(policyPerSecond.length, baselinePerSecond.length, minSeconds);
    if (seconds === 0)
        return [];
    const width = Math.max(1, Math.ceil(seconds / Math.max(1, maxPoints)));
    const series = [];
    for (let start = 0; start < seconds; start += width) {
        let policy = 0;
        let baseline = 0;
        for (let s = start; s < start + width; s++) {
            policy += policyPerSecond[s] ?? 0;
            baseline += baselinePerSecond[s] ?? 0;
        }
        series.push({
            tSeconds: start,
            policy: series_round(policy / width),
            baseline: series_round(baseline / width),
        });
    }
    return series;
}
function series_round(value) {
    return Math.round(value * 100) / 100;
}

;// CONCATENATED MODULE: ./lib/probe/storm/simulate.js





function simulateStorm(input) {
    const { chain, budget, scenario } = input;
    const { outage } = scenario;
    const n = input.arrivalsMs?.length ?? scenario.callers;
    const root = (0,policy_run/* compileChain */.xV)(chain, input.routes);
    const down = outageScope(chain, outage);
    const random = seededRandom(scenario.seed);
    let clock = 0;
    const ctx = {
        now: () => clock,
        random,
        ...(input.observer ? { observer: input.observer } : {}),
    };
    const queue = new EventQueue();
    const runs = new Array(n);
    // What resumes a caller at its next event: the answer to its attempt, or the end of a wait.
    const answers = new Array(n);
    const arrival = new Float64Array(n);
    const end = new Float64Array(n);
    const attemptsOf = new Int32Array(n);
    const usable = new Uint8Array(n);
    const sawFailure = new Uint8Array(n);
    const perSecond = [];
    const recorded = input.recordAttempts ? [] : undefined;
    let totalAttempts = 0;
    for (let i = 0; i < n; i++) {
        arrival[i] = input.arrivalsMs?.[i] ?? arrivalTime(i, n, scenario.arrivalWindowMs);
        queue.push(arrival[i], i);
    }
    while (queue.size > 0) {
        clock = queue.peekTime();
        const caller = queue.pop();
        let run = runs[caller];
        let step;
        if (run === undefined) {
            run = new policy_run/* PolicyRun */.wJ(root, ctx);
            runs[caller] = run;
            step = run.start();
        }
        else {
            const answer = answers[caller];
            answers[caller] = undefined;
            step = answer === undefined ? run.resume() : run.answer(answer);
        }
        if (step === 'done') {
            end[caller] = clock;
            usable[caller] = run.outcome.ok ? 1 : 0;
            runs[caller] = undefined;
            continue;
        }
        if (step === 'wait') {
            queue.push(clock + run.waitMs, caller);
            continue;
        }
        const played = input.play
            ? input.play(caller, step.route, clock, step.timeoutMs)
            : playOutage(outage, down.has(step.route), step.timeoutMs, clock, random);
        totalAttempts++;
        attemptsOf[caller]++;
        const second = Math.floor(clock / 1000);
        perSecond[second] = (perSecond[second] ?? 0) + 1;
        if (!played.outcome.ok)
            sawFailure[caller] = 1;
        recorded?.push({
            caller,
            route: step.route,
            startMs: clock,
            endMs: clock + played.durationMs,
            result: played.outcome.ok ? 'ok' : (played.outcome.status ?? 'timeout'),
            retry: attemptsOf[caller] > 1,
        });
        answers[caller] = played.outcome;
        queue.push(clock + played.durationMs, caller);
    }
    let usableCount = 0;
    let overBudget = 0;
    let lastAffectedEnd = 0;
    for (let i = 0; i < n; i++) {
        usableCount += usable[i];
        const elapsed = end[i] - arrival[i];
        if (attemptsOf[i] > budget.maxAttemptsPerRequest ||
            (budget.maxElapsedMs !== null && elapsed > budget.maxElapsedMs)) {
            overBudget++;
        }
        if (sawFailure[i])
            lastAffectedEnd = Math.max(lastAffectedEnd, end[i]);
    }
    const baselinePerSecond = [];
    for (let i = 0; i < n; i++) {
        const second = Math.floor(arrival[i] / 1000);
        baselinePerSecond[second] = (baselinePerSecond[second] ?? 0) + 1;
    }
    const share = (count) => (n === 0 ? 0 : count / n);
    const result = {
        chain: chain.name,
        seed: scenario.seed,
        callers: n,
        outage: { shape: outage.shape, durationMs: outage.durationMs },
        amplification: n === 0 ? 0 : totalAttempts / n,
        peakAttemptsPerSecond: peakOf(perSecond),
        baselinePeakAttemptsPerSecond: peakOf(baselinePerSecond),
        drainMs: Math.max(0, lastAffectedEnd - outage.durationMs),
        shares: {
            usable: share(usableCount),
            controlledFailure: share(n - usableCount),
            overBudget: share(overBudget),
        },
        series: attemptSeries(perSecond, baselinePerSecond, input.maxSeriesPoints ?? 60, 
        // The chart covers the whole outage, even when every caller gave up before it ended.
        Math.ceil(outage.durationMs / 1000) + 1),
    };
    const simulation = { result, totalAttempts };
    if (recorded) {
        simulation.attempts = recorded;
        simulation.callers = Array.from({ length: n }, (_, i) => ({
            arrivalMs: arrival[i],
            endMs: end[i],
            attempts: attemptsOf[i],
            usable: usable[i] === 1,
        }));
    }
    return simulation;
}
/** Evenly spaced arrivals over the window; a zero window is a burst at t = 0. */
function arrivalTime(index, callers, windowMs) {
    return callers <= 1 || windowMs <= 0 ? 0 : (index * windowMs) / callers;
}
function outageScope(chain, outage) {
    const order = (0,worst_case/* routeOrder */.sG)(chain.target);
    return new Set(outage.scope === 'all' ? order : order.slice(0, 1));
}
const OK = { ok: true };
const UNAVAILABLE = { ok: false, status: 503, retryAfterMs: null };
const TIMED_OUT = { ok: false, status: null, retryAfterMs: null };
/**
 * What the upstream does with an attempt that starts at atMs. The outage runs from 0 to its
 * duration; an attempt that starts after recovery succeeds. A route timeout shorter than the
 * answer turns it into a timeout.
 */
function playOutage(outage, routeIsDown, timeoutMs, atMs, random) {
    const healthy = !routeIsDown || atMs >= outage.durationMs;
    let played;
    if (healthy) {
        played = { outcome: OK, durationMs: outage.okLatencyMs };
    }
    else if (outage.shape === 'throttle') {
        played = {
            outcome: { ok: false, status: 429, retryAfterMs: outage.retryAfterMs },
            durationMs: outage.failLatencyMs,
        };
    }
    else if (outage.shape === 'partial') {
        played =
            random() < outage.failFraction
                ? { outcome: UNAVAILABLE, durationMs: outage.failLatencyMs }
                : { outcome: OK, durationMs: outage.okLatencyMs };
    }
    else if (outage.hardDownAs === 'timeout') {
        // The connection hangs; without a route timeout it hangs until the upstream recovers and
        // drops it.
        return { outcome: TIMED_OUT, durationMs: timeoutMs ?? outage.durationMs - atMs };
    }
    else {
        played = { outcome: UNAVAILABLE, durationMs: outage.failLatencyMs };
    }
    if (timeoutMs !== null && played.durationMs > timeoutMs) {
        return { outcome: TIMED_OUT, durationMs: timeoutMs };
    }
    return played;
}
function peakOf(perSecond) {
    let peak = 0;
    for (const count of perSecond)
        if (count !== undefined && count > peak)
            peak = count;
    return peak;
}

;// CONCATENATED MODULE: ./lib/probe/storm/run-storms.js



/**
 * The most attempts one simulation may make. A policy whose worst case is huge (retries stacked
 * 100 × 100 × …) is simulated with fewer callers, so the gate stays fast and bounded; the result
 * names how many callers were simulated.
 */
const run_storms_MAX_SIMULATED_ATTEMPTS = 10_000_000;
/**
 * The storm figures of every chain under one scenario. undefined runs the default scenario;
 * null means the storm was switched off (the judge records that as unknown, not as a pass).
 */
function runStorms(plan, scenario) {
    if (scenario === null)
        return [];
    const chosen = scenario ?? storm_scenario/* DEFAULT_STORM */.ak;
    return plan.chains.map((chain) => {
        const worst = Math.max(1, (0,worst_case/* worstCaseChainAttempts */.FB)(chain));
        const callers = Math.max(1, Math.min(chosen.callers, Math.floor(run_storms_MAX_SIMULATED_ATTEMPTS / worst)));
        return simulateStorm({
            chain,
            routes: plan.routes,
            budget: plan.budget,
            scenario: { ...chosen, callers },
        }).result;
    });
}

// EXTERNAL MODULE: ./lib/probe/upstream.js
var upstream = __webpack_require__(8549);
;// CONCATENATED MODULE: ./lib/probe/probe.js







const DEFAULT_ERROR_PATH = {
    driver: 'reference',
    scenarios: [],
    samples: DEFAULT_SAMPLES,
};
/**
 * The probe stage: the only one that talks to the network. The embedded mock is started only
 * when some route or the error path needs it, and always stopped. The happy path and the
 * reference driver's error path run at the same time; with the command driver the happy path
 * runs first, so the sample processes cannot starve it.
 */
async function probe(plan, options) {
    let mock;
    const mockUrl = () => mock?.url ?? '';
    const errorPath = options.errorPath === false ? null : { ...DEFAULT_ERROR_PATH, ...options.errorPath };
    try {
        const routesNeedingMock = plan.routes.filter((route) => (0,upstream/* chooseUpstream */.l)(route, options.upstream, options.env, mockUrl, options.trust).upstream ===
            'mock');
        if (routesNeedingMock.length > 0 || errorPath)
            mock = await (0,server/* startMockProvider */.M)();
        const choices = new Map(plan.routes.map((route) => [
            route.name,
            (0,upstream/* chooseUpstream */.l)(route, options.upstream, options.env, mockUrl, options.trust),
        ]));
        const happy = () => Promise.all(plan.routes.map((route) => probeHappyPath(route, choices.get(route.name))));
        // The command driver's processes compete for the cores: the happy path goes first, alone.
        const happyFirst = errorPath?.driver === 'command' ? await happy() : null;
        const [happyPath, errorRun] = await Promise.all([
            happyFirst ?? happy(),
            errorPath
                ? runErrorPath(plan, {
                    ...errorPath,
                    upstreamBaseUrl: mockUrl(),
                    env: options.env,
                    ...(options.progress ? { progress: options.progress } : {}),
                    // The judge's own rule decides which scenarios sit inside their timing noise.
                    insideNoise: (observation) => (0,timing_noise/* anyInsideNoise */.jF)((0,error_path/* errorPathVerdicts */.kH)(plan, [observation])),
                })
                : null,
        ]);
        if (options.storm !== null) {
            options.progress?.stage('probe', `retry-storm simulation of ${plan.chains.length} chain(s)`);
        }
        return {
            happyPath,
            errorPath: errorRun?.observations ?? [],
            storm: runStorms(plan, options.storm),
        };
    }
    finally {
        await mock?.close();
    }
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export parseRetryAfterValue */
// The one reader of a server's announced wait. `retry-after-ms` (milliseconds) wins over
// `retry-after` (seconds, or an HTTP date), as the OpenAI clients read them.
function first(value) {
    return typeof value === 'string' ? value : value?.[0];
}
/** The announced wait in milliseconds; null when absent or unreadable. */
function parseRetryAfter(headers, nowMs = Date.now()) {
    const ms = first(headers['retry-after-ms'])?.trim();
    if (ms !== undefined && ms !== '') {
        const value = Number(ms);
        if (Number.isFinite(value) && value >= 0)
            return value;
    }
    return parseRetryAfterValue(first(headers['retry-after']), nowMs);
}
/** A `retry-after` value alone: seconds or an HTTP date, as milliseconds; null when bad. */
function parseRetryAfterValue(value, nowMs = Date.now()) {
    const text = value?.trim();
    if (text === undefined || text === '')
        return null;
    const seconds = Number(text);
    if (Number.isFinite(seconds))
        return seconds >= 0 ? seconds * 1000 : null;
    const date = Date.parse(text);
    return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}


/***/ })

};
