export const id = 512;
export const ids = [512];
export const modules = {

/***/ 47512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probe: () => (/* binding */ probe)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/mock/fault-plan.js
// The fault plan: what an upstream does on each successive attempt. Shared by the mock provider
// (which plays the upstream) and the fault proxy (which plays it in front of a real upstream).
const HEALTHY = { steps: [], then: { kind: 'ok' } };
function stepForAttempt(plan, attemptIndex) {
    return plan.steps[attemptIndex] ?? plan.then;
}

;// CONCATENATED MODULE: ./lib/mock/bodies.js
// Schema-correct success bodies for each family, written from the public API references.
// The text is fixed so the gate can prove it never copies generated text into its outputs.
const MOCK_OUTPUT_TEXT = 'ok';
function chatCompletionBody(model, text = MOCK_OUTPUT_TEXT) {
    return {
        id: `chatcmpl-mock${Date.now().toString(36)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [
            {
                index: 0,
                message: { role: 'assistant', content: text, refusal: null },
                logprobs: null,
                finish_reason: 'stop',
            },
        ],
        usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 },
    };
}
function responseBody(model, text = MOCK_OUTPUT_TEXT) {
    const created = Math.floor(Date.now() / 1000);
    return {
        id: `resp_mock${Date.now().toString(36)}`,
        object: 'response',
        created_at: created,
        status: 'completed',
        error: null,
        incomplete_details: null,
        model,
        output: [
            {
                type: 'message',
                id: `msg_mock${Date.now().toString(36)}`,
                status: 'completed',
                role: 'assistant',
                content: [{ type: 'output_text', text, annotations: [] }],
            },
        ],
        usage: { input_tokens: 8, output_tokens: 1, total_tokens: 9 },
    };
}

;// CONCATENATED MODULE: ./lib/mock/play-fault.js

async function playFault(step, res, ctx) {
    const played = (status, retryAfterMs = null) => ({
        fault: step.kind,
        status,
        retryAfterMs,
    });
    if ('delayMs' in step && step.delayMs)
        await sleep(step.delayMs);
    switch (step.kind) {
        case 'ok': {
            const answer = await ctx.healthy();
            send(res, answer.status, answer.body, { ...answer.headers, 'x-request-id': ctx.requestId });
            return played(answer.status);
        }
        case 'status': {
            const headers = {
                'content-type': 'application/json',
                'x-request-id': ctx.requestId,
            };
            let retryAfterMs = null;
            if (step.retryAfterS !== undefined) {
                headers['retry-after'] = String(step.retryAfterS);
                retryAfterMs = step.retryAfterS * 1000;
            }
            if (step.retryAfterMs !== undefined) {
                headers['retry-after-ms'] = String(step.retryAfterMs);
                retryAfterMs = step.retryAfterMs;
            }
            const body = {
                error: {
                    message: `injected fault: HTTP ${step.status}`,
                    type: 'fault_injection',
                    code: null,
                },
            };
            send(res, step.status, Buffer.from(JSON.stringify(body)), headers);
            return played(step.status, retryAfterMs);
        }
        case 'hang':
            // Headers never come; the caller's own timeout (or the server closing) ends the exchange.
            return played(null);
        case 'reset':
            res.socket?.resetAndDestroy();
            return played(null);
        case 'truncate': {
            const answer = await ctx.healthy();
            const half = answer.body.subarray(0, Math.max(1, Math.floor(answer.body.length / 2)));
            res.writeHead(answer.status, {
                ...answer.headers,
                'content-length': String(answer.body.length),
                'x-request-id': ctx.requestId,
            });
            res.write(half);
            // Cut the connection mid-body: the caller sees fewer bytes than content-length promised.
            setImmediate(() => res.socket?.destroy());
            return played(answer.status);
        }
        case 'malformed_json':
            send(res, 200, Buffer.from('{"id": "broken", "object": "chat.completion", "choices": [{'), jsonHeaders(ctx));
            return played(200);
        case 'wrong_family': {
            const other = ctx.family === 'chat_completions' ? responseBody(ctx.model) : chatCompletionBody(ctx.model);
            send(res, 200, Buffer.from(JSON.stringify(other)), jsonHeaders(ctx));
            return played(200);
        }
        case 'empty_output': {
            const empty = ctx.family === 'chat_completions'
                ? chatCompletionBody(ctx.model, '')
                : responseBody(ctx.model, '');
            send(res, 200, Buffer.from(JSON.stringify(empty)), jsonHeaders(ctx));
            return played(200);
        }
        case 'html':
            send(res, 200, Buffer.from('<!doctype html><html><body><h1>Service notice</h1></body></html>'), {
                'content-type': 'text/html; charset=utf-8',
                'x-request-id': ctx.requestId,
            });
            return played(200);
        case 'slow_stream': {
            const answer = await ctx.healthy();
            res.writeHead(answer.status, { ...answer.headers, 'x-request-id': ctx.requestId });
            // Dribble the body out in small pieces so a body timeout can fire between them.
            const pieceSize = Math.max(1, Math.ceil(answer.body.length / 8));
            for (let offset = 0; offset < answer.body.length && !res.destroyed; offset += pieceSize) {
                res.write(answer.body.subarray(offset, offset + pieceSize));
                await sleep(step.chunkDelayMs);
            }
            res.end();
            return played(answer.status);
        }
    }
}
function jsonHeaders(ctx) {
    return { 'content-type': 'application/json', 'x-request-id': ctx.requestId };
}
function send(res, status, body, headers) {
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(body);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./lib/mock/server.js





const MAX_REQUEST_BYTES = 1024 * 1024;
/** Starts an OpenAI-compatible provider on loopback that follows a fault plan. */
async function startMockProvider(options = {}) {
    const plan = options.plan ?? HEALTHY;
    let attempts = 0;
    const server = (0,external_node_http_.createServer)((req, res) => {
        const attempt = attempts++;
        void handle(req, res, stepForAttempt(plan, attempt), attempt, options.onRequest);
    });
    server.keepAliveTimeout = 1000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
        url: `http://${host}:${address.port}/v1`,
        port: address.port,
        get requestCount() {
            return attempts;
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
async function handle(req, res, step, attempt, onRequest) {
    const requestId = `req_mock_${(0,external_node_crypto_.randomUUID)()}`;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    onRequest?.({
        attempt: attempt + 1,
        method: req.method ?? 'GET',
        path,
        requestId,
        step: step.kind,
    });
    let body;
    try {
        body = JSON.parse(await readBody(req));
    }
    catch {
        return sendJson(res, 400, { error: { message: 'request body is not valid JSON', type: 'invalid_request_error' } }, requestId);
    }
    const family = path.endsWith('/chat/completions')
        ? 'chat_completions'
        : path.endsWith('/responses')
            ? 'responses'
            : null;
    if (req.method !== 'POST' || family === null) {
        return sendJson(res, 404, { error: { message: 'unknown endpoint', type: 'invalid_request_error' } }, requestId);
    }
    const model = typeof body.model === 'string'
        ? body.model
        : 'mock-model';
    await playFault(step, res, {
        family,
        model,
        requestId,
        healthy: () => {
            const answer = family === 'chat_completions' ? chatCompletionBody(model) : responseBody(model);
            return Promise.resolve({
                status: 200,
                headers: { 'content-type': 'application/json' },
                body: Buffer.from(JSON.stringify(answer)),
            });
        },
    });
}
function sendJson(res, status, body, requestId, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        'x-request-id': requestId,
        ...headers,
    });
    res.end(text);
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_REQUEST_BYTES) {
                reject(new Error('request too large'));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
;// CONCATENATED MODULE: ./lib/contract/status-class.js
// Status classes: what one answer means to a caller. One table, used by the judge and the README.
function classifyHttpStatus(status) {
    if (status >= 200 && status < 300)
        return null; // decided by the body
    if (status === 408)
        return { statusClass: 'retryable', reason: 'HTTP 408 request timeout' };
    if (status === 429)
        return { statusClass: 'retryable', reason: 'HTTP 429 throttled' };
    if (status >= 500)
        return { statusClass: 'retryable', reason: `HTTP ${status} server error` };
    if (status >= 400)
        return { statusClass: 'terminal', reason: `HTTP ${status} client error (not retryable)` };
    return { statusClass: 'terminal', reason: `HTTP ${status} unexpected status` };
}
function classifyNetworkFault(fault) {
    if (fault === 'body_too_large') {
        return { statusClass: '2xx_unusable', reason: 'response body exceeded the size cap' };
    }
    if (fault === 'other_network_error') {
        return { statusClass: 'retryable', reason: 'network error' };
    }
    return { statusClass: 'retryable', reason: fault.replaceAll('_', ' ') };
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./lib/probe/http.js


const DEFAULT_BODY_CAP_BYTES = 1024 * 1024;
/** One POST with every phase bounded. Never throws for network trouble: it names the fault. */
async function postJson(options) {
    const clientRequestId = `fg_${(0,external_node_crypto_.randomUUID)()}`;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const deadline = options.deadlineMs;
    const dispatcher = new undici/* Agent */.g6({
        connectTimeout: Math.min(options.connectTimeoutMs ?? deadline, deadline),
        headersTimeout: Math.min(options.headersTimeoutMs ?? deadline, deadline),
        bodyTimeout: Math.min(options.bodyTimeoutMs ?? deadline, deadline),
        connections: 1,
        pipelining: 0,
    });
    const signal = AbortSignal.timeout(deadline);
    try {
        const headers = {
            'content-type': 'application/json',
            'x-client-request-id': clientRequestId,
        };
        if (options.apiKey)
            headers.authorization = `Bearer ${options.apiKey}`;
        const response = await (0,undici/* request */.Em)(options.url, {
            method: 'POST',
            headers,
            body: JSON.stringify(options.body),
            dispatcher,
            signal,
        });
        const cap = options.bodyCapBytes ?? DEFAULT_BODY_CAP_BYTES;
        const chunks = [];
        let size = 0;
        for await (const chunk of response.body) {
            const buffer = chunk;
            size += buffer.length;
            if (size > cap) {
                response.body.destroy();
                return { kind: 'fault', fault: 'body_too_large', clientRequestId, durationMs: elapsed() };
            }
            chunks.push(buffer);
        }
        return {
            kind: 'response',
            status: response.statusCode,
            headers: flattenHeaders(response.headers),
            bodyText: Buffer.concat(chunks).toString('utf8'),
            clientRequestId,
            durationMs: elapsed(),
        };
    }
    catch (error) {
        return { kind: 'fault', fault: faultOf(error, signal), clientRequestId, durationMs: elapsed() };
    }
    finally {
        void dispatcher.destroy().catch(() => undefined);
    }
}
function flattenHeaders(headers) {
    const out = {};
    for (const [key, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** Names a failure by its error code or class, never by parsing its message. */
function faultOf(error, signal) {
    if (signal?.aborted)
        return 'deadline_exceeded';
    if (error instanceof undici/* errors */.sO.ConnectTimeoutError)
        return 'connect_timeout';
    if (error instanceof undici/* errors */.sO.HeadersTimeoutError)
        return 'headers_timeout';
    if (error instanceof undici/* errors */.sO.BodyTimeoutError)
        return 'body_timeout';
    const code = error.code ??
        error.cause?.code;
    if (code === 'ECONNREFUSED')
        return 'connection_refused';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
        return 'connection_reset';
    if (code === 'UND_ERR_ABORTED' ||
        error.name === 'AbortError' ||
        error.name === 'TimeoutError') {
        return 'deadline_exceeded';
    }
    return 'other_network_error';
}

;// CONCATENATED MODULE: ./lib/probe/happy-path.js




/** Sends the family's smoke request once and classifies what came back. */
async function probeHappyPath(route, upstream) {
    const { path, body } = (0,families/* buildSmokeRequest */.F0)(route.family, route.model);
    const startedAt = new Date().toISOString();
    const result = await postJson({
        url: `${upstream.baseUrl}${path}`,
        body,
        apiKey: upstream.apiKey,
        deadlineMs: route.timeoutMs ?? 30_000,
    });
    const base = {
        route: route.name,
        family: route.family,
        upstream: upstream.upstream,
        environmentMismatch: upstream.mismatch,
        startedAt,
        durationMs: result.durationMs,
    };
    if (result.kind === 'fault') {
        const c = classifyNetworkFault(result.fault);
        return {
            ...base,
            requestId: result.clientRequestId,
            requestIdSource: 'generated',
            httpStatus: null,
            statusClass: c.statusClass,
            reason: c.reason,
            output: null,
        };
    }
    const providerId = result.headers['x-request-id'] ?? result.headers['request-id'];
    const ids = providerId
        ? { requestId: providerId, requestIdSource: 'provider' }
        : { requestId: result.clientRequestId, requestIdSource: 'generated' };
    const byStatus = classifyHttpStatus(result.status);
    if (byStatus) {
        return { ...base, ...ids, httpStatus: result.status, ...byStatus, output: null };
    }
    let parsed;
    try {
        parsed = JSON.parse(result.bodyText);
    }
    catch {
        return {
            ...base,
            ...ids,
            httpStatus: result.status,
            statusClass: '2xx_unusable',
            reason: `HTTP ${result.status} with a body that is not JSON`,
            output: null,
        };
    }
    const check = (0,families/* checkSuccessBody */.y7)(route.family, parsed);
    if (!check.usable) {
        return {
            ...base,
            ...ids,
            httpStatus: result.status,
            statusClass: '2xx_unusable',
            reason: check.reason,
            output: null,
        };
    }
    return {
        ...base,
        ...ids,
        httpStatus: result.status,
        statusClass: '2xx_usable',
        reason: `HTTP ${result.status} with a valid ${route.family} body`,
        output: {
            sha256: (0,external_node_crypto_.createHash)('sha256').update(check.text).digest('hex'),
            length: check.text.length,
        },
    };
}

;// CONCATENATED MODULE: ./lib/probe/upstream.js
/**
 * Decides where a route is checked. A loopback base URL is always called as it is (it is a local
 * server the user started); a remote one only with its credential present, else the embedded mock
 * stands in and the ledger says so.
 */
function chooseUpstream(route, mode, env, mockUrl) {
    const apiKey = route.apiKeyEnv ? (env[route.apiKeyEnv] ?? null) || null : null;
    const loopback = isLoopbackUrl(route.baseUrl);
    if (mode === 'mock') {
        return {
            upstream: 'mock',
            baseUrl: mockUrl(),
            apiKey: null,
            mismatch: 'upstream forced to the embedded mock',
        };
    }
    if (loopback || (route.apiKeyEnv && apiKey)) {
        return { upstream: 'live', baseUrl: route.baseUrl, apiKey, mismatch: null };
    }
    const why = route.apiKeyEnv
        ? `credential variable ${route.apiKeyEnv} is not set`
        : 'the route names no credential variable (api_key_env)';
    if (mode === 'live') {
        return { upstream: 'live', baseUrl: route.baseUrl, apiKey, mismatch: null };
    }
    return {
        upstream: 'mock',
        baseUrl: mockUrl(),
        apiKey: null,
        mismatch: `${why}; checked against the embedded mock`,
    };
}
function isLoopbackUrl(url) {
    let host;
    try {
        host = new URL(url).hostname;
    }
    catch {
        return false;
    }
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        host === '[::1]' ||
        /^127\.\d+\.\d+\.\d+$/.test(host));
}

;// CONCATENATED MODULE: ./lib/probe/probe.js



/**
 * The probe stage: the only one that talks to the network. The embedded mock is started only
 * when some route needs it, and always stopped.
 */
async function probe(plan, options) {
    let mock;
    const mockUrl = () => mock?.url ?? '';
    try {
        const routesNeedingMock = plan.routes.filter((route) => chooseUpstream(route, options.upstream, options.env, mockUrl).upstream === 'mock');
        if (routesNeedingMock.length > 0)
            mock = await startMockProvider();
        const choices = new Map(plan.routes.map((route) => [
            route.name,
            chooseUpstream(route, options.upstream, options.env, mockUrl),
        ]));
        const happyPath = await Promise.all(plan.routes.map((route) => probeHappyPath(route, choices.get(route.name))));
        return { happyPath, errorPath: [], storm: [] };
    }
    finally {
        await mock?.close();
    }
}


/***/ })

};
