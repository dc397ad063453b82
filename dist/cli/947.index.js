export const id = 947;
export const ids = [947];
export const modules = {

/***/ 8947:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probe: () => (/* binding */ probe)
});

// EXTERNAL MODULE: ./lib/mock/server.js + 2 modules
var server = __webpack_require__(1698);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
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
const LIFECYCLE = new Set([
    'response.created',
    'response.queued',
    'response.in_progress',
    'response.completed',
    'response.incomplete',
    'response.failed',
]);
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

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./lib/probe/http.js


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
    const clientRequestId = `fg_${(0,external_node_crypto_.randomUUID)()}`;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const deadline = options.deadlineMs;
    const dispatcher = new undici/* Agent */.g6({
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
        const response = await (0,undici/* request */.Em)(options.url, {
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
    if (error instanceof undici/* errors */.sO.ConnectTimeoutError)
        return 'connect_timeout';
    if (error instanceof undici/* errors */.sO.HeadersTimeoutError)
        return 'headers_timeout';
    if (error instanceof undici/* errors */.sO.BodyTimeoutError)
        return 'body_timeout';
    if (error instanceof undici/* errors */.sO.ResponseExceededMaxSizeError)
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
    const result = await exchange({
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
    const fromProvider = providerRequestId(result.headers);
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

// EXTERNAL MODULE: ./lib/probe/upstream.js
var upstream = __webpack_require__(8549);
;// CONCATENATED MODULE: ./lib/probe/probe.js




/**
 * The probe stage: the only one that talks to the network. The embedded mock is started only
 * when some route needs it, and always stopped.
 */
async function probe(plan, options) {
    let mock;
    const mockUrl = () => mock?.url ?? '';
    try {
        const routesNeedingMock = plan.routes.filter((route) => (0,upstream/* chooseUpstream */.l)(route, options.upstream, options.env, mockUrl).upstream === 'mock');
        if (routesNeedingMock.length > 0)
            mock = await (0,server/* startMockProvider */.M)();
        const choices = new Map(plan.routes.map((route) => [
            route.name,
            (0,upstream/* chooseUpstream */.l)(route, options.upstream, options.env, mockUrl),
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
