export const id = 798;
export const ids = [798];
export const modules = {

/***/ 5798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probe: () => (/* binding */ probe)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
var undici = __webpack_require__(4371);
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

// EXTERNAL MODULE: ./lib/plan/worst-case.js
var worst_case = __webpack_require__(2597);
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

;// CONCATENATED MODULE: ./lib/probe/backoff.js
/** initial × multiplier^(retry−1), capped: the wait before jitter. */
function backoffCeiling(policy, retry) {
    const raw = policy.initialBackoffMs * Math.pow(policy.multiplier, retry - 1);
    return Math.min(policy.maxBackoffMs, raw);
}
/**
 * Applies jitter to a ceiling with one uniform draw u in [0, 1):
 * none keeps it, full takes u × ceiling, equal takes ceiling/2 + u × ceiling/2.
 */
function applyJitter(ceilingMs, jitter, u) {
    switch (jitter) {
        case 'none':
            return ceilingMs;
        case 'full':
            return u * ceilingMs;
        case 'equal':
            return ceilingMs / 2 + (u * ceilingMs) / 2;
    }
}
/** The wait before the first retry of a policy. */
function firstBackoff(policy, random) {
    return backoffAt(policy, 1, random);
}
function backoffAt(policy, retry, random) {
    const ceilingMs = backoffCeiling(policy, retry);
    // A policy without jitter draws nothing, so adding a caller never shifts another's draws.
    const delayMs = policy.jitter === 'none' ? ceilingMs : applyJitter(ceilingMs, policy.jitter, random());
    return Object.freeze({
        retry,
        ceilingMs,
        delayMs,
        next: (nextRandom) => backoffAt(policy, retry + 1, nextRandom),
    });
}
/**
 * The wait before a retry once the answer has been read: at least what retry-after announced,
 * when the policy honours it.
 */
function waitBeforeRetry(backoff, retryAfterMs, honourRetryAfter) {
    return honourRetryAfter && retryAfterMs !== null
        ? Math.max(backoff.delayMs, retryAfterMs)
        : backoff.delayMs;
}

;// CONCATENATED MODULE: ./lib/probe/storm/policy.js

/** Layers outermost first, each re-running everything inside it; then the target tree. */
function compileChain(chain, routes) {
    const byName = new Map(routes.map((r) => [r.name, r]));
    let node = compileTarget(chain.target, byName);
    for (let i = chain.layers.length - 1; i >= 0; i--) {
        node = { kind: 'retry', policy: chain.layers[i].retry, child: node };
    }
    return node;
}
function compileTarget(target, routes) {
    const once = target.kind === 'route'
        ? {
            kind: 'route',
            route: target.route,
            timeoutMs: routes.get(target.route)?.timeoutMs ?? null,
        }
        : target.kind === 'fallback'
            ? { kind: 'fallback', children: target.targets.map((t) => compileTarget(t, routes)) }
            : { kind: 'loadbalance', children: target.targets.map((t) => compileTarget(t, routes)) };
    return target.retry ? { kind: 'retry', policy: target.retry, child: once } : once;
}
/** Whether a policy retries this failure at all. */
function isRetried(policy, outcome) {
    if (outcome.ok)
        return false;
    return outcome.status === null
        ? policy.retryOnNetworkErrors
        : policy.retryOnStatuses.includes(outcome.status);
}
const NOTHING_TO_TRY = { ok: false, status: null, retryAfterMs: null };
/** One caller request executing the policy. */
class PolicyRun {
    frames = [];
    /** Set when the step is 'wait'. */
    waitMs = 0;
    /** Set when the step is 'done'. */
    outcome = NOTHING_TO_TRY;
    root;
    ctx;
    constructor(root, ctx) {
        this.root = root;
        this.ctx = ctx;
    }
    start() {
        return this.descend(this.root);
    }
    /** The answer to the attempt the last step asked for. */
    answer(outcome) {
        return this.ascend(outcome);
    }
    /** The wait the last step asked for is over. */
    resume() {
        const frame = this.frames[this.frames.length - 1];
        if (frame?.node.kind !== 'retry')
            return this.ascend(NOTHING_TO_TRY);
        return this.descend(frame.node.child);
    }
    descend(start) {
        let node = start;
        for (;;) {
            if (node.kind === 'route')
                return node;
            if (node.kind === 'retry') {
                this.frames.push({ node, position: 1, startedAt: this.ctx.now(), backoff: null });
                node = node.child;
                continue;
            }
            const children = node.children;
            if (children.length === 0)
                return this.ascend(NOTHING_TO_TRY);
            if (node.kind === 'loadbalance') {
                node = children[Math.floor(this.ctx.random() * children.length)];
                continue;
            }
            this.frames.push({ node, position: 0, startedAt: this.ctx.now(), backoff: null });
            node = children[0];
        }
    }
    ascend(result) {
        const frames = this.frames;
        for (;;) {
            const frame = frames[frames.length - 1];
            if (frame === undefined) {
                this.outcome = result;
                return 'done';
            }
            if (frame.node.kind === 'fallback') {
                // A fallback group moves on after any failure of a child and reports the last failure.
                const next = result.ok ? undefined : frame.node.children[++frame.position];
                if (next === undefined) {
                    frames.pop();
                    continue;
                }
                return this.descend(next);
            }
            const policy = frame.node.policy;
            if (result.ok || frame.position >= policy.maxAttempts || !isRetried(policy, result)) {
                frames.pop();
                continue;
            }
            const backoff = frame.backoff
                ? frame.backoff.next(this.ctx.random)
                : firstBackoff(policy, this.ctx.random);
            frame.backoff = backoff;
            const waitMs = waitBeforeRetry(backoff, result.retryAfterMs, policy.honourRetryAfter);
            // max elapsed: no retry may start later than this after the first try began.
            if (policy.maxElapsedMs !== null &&
                this.ctx.now() + waitMs - frame.startedAt > policy.maxElapsedMs) {
                frames.pop();
                continue;
            }
            frame.position++;
            if (waitMs > 0) {
                this.waitMs = waitMs;
                return 'wait';
            }
            return this.descend(frame.node.child);
        }
    }
}

;// CONCATENATED MODULE: ./lib/probe/storm/prng.js
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
            policy: round(policy / width),
            baseline: round(baseline / width),
        });
    }
    return series;
}
function round(value) {
    return Math.round(value * 100) / 100;
}

;// CONCATENATED MODULE: ./lib/probe/storm/simulate.js





function simulateStorm(input) {
    const { chain, budget, scenario } = input;
    const { outage } = scenario;
    const n = input.arrivalsMs?.length ?? scenario.callers;
    const root = compileChain(chain, input.routes);
    const down = outageScope(chain, outage);
    const random = seededRandom(scenario.seed);
    let clock = 0;
    const ctx = { now: () => clock, random };
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
            run = new PolicyRun(root, ctx);
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
        const played = playOutage(outage, down.has(step.route), step.timeoutMs, clock, random);
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
const MAX_SIMULATED_ATTEMPTS = 10_000_000;
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
        const callers = Math.max(1, Math.min(chosen.callers, Math.floor(MAX_SIMULATED_ATTEMPTS / worst)));
        return simulateStorm({
            chain,
            routes: plan.routes,
            budget: plan.budget,
            scenario: { ...chosen, callers },
        }).result;
    });
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
        return { happyPath, errorPath: [], storm: runStorms(plan, options.storm) };
    }
    finally {
        await mock?.close();
    }
}


/***/ })

};
