export const id = 819;
export const ids = [819];
export const modules = {

/***/ 3456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ MALFORMED_JSON_BODY),
/* harmony export */   dX: () => (/* binding */ malformedStreamEvents),
/* harmony export */   oH: () => (/* binding */ successBody),
/* harmony export */   oL: () => (/* binding */ streamEvents),
/* harmony export */   v7: () => (/* binding */ HTML_BODY)
/* harmony export */ });
/* unused harmony exports MOCK_OUTPUT_TEXT, chatCompletionBody, responseBody, chatCompletionStreamEvents, responseStreamEvents */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

// Schema-correct answers for each family, plain and streamed, written from the public API
// references. The text is fixed so the gate can prove it never copies generated text into its
// outputs. The official openai client parses every one of them (see test/mock/openai-client).
const MOCK_OUTPUT_TEXT = 'ok';
function mockId(prefix) {
    return `${prefix}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(9).toString('hex')}`;
}
function now() {
    return Math.floor(Date.now() / 1000);
}
function chatCompletionBody(model, text = MOCK_OUTPUT_TEXT) {
    return {
        id: mockId('chatcmpl-mock'),
        object: 'chat.completion',
        created: now(),
        model,
        choices: [
            {
                index: 0,
                message: { role: 'assistant', content: text, refusal: null, annotations: [] },
                logprobs: null,
                finish_reason: 'stop',
            },
        ],
        usage: { prompt_tokens: 8, completion_tokens: text.length > 0 ? 1 : 0, total_tokens: 9 },
    };
}
function responseObject(model, text, status, parts) {
    const done = status === 'completed';
    return {
        id: parts.id,
        object: 'response',
        created_at: parts.created,
        status,
        error: null,
        incomplete_details: null,
        instructions: null,
        max_output_tokens: null,
        model,
        output: done
            ? [
                {
                    type: 'message',
                    id: parts.messageId,
                    status: 'completed',
                    role: 'assistant',
                    content: text.length > 0 ? [{ type: 'output_text', text, annotations: [] }] : [],
                },
            ]
            : [],
        parallel_tool_calls: true,
        temperature: 1,
        tool_choice: 'auto',
        tools: [],
        top_p: 1,
        text: { format: { type: 'text' } },
        usage: done
            ? {
                input_tokens: 8,
                input_tokens_details: { cached_tokens: 0 },
                output_tokens: text.length > 0 ? 1 : 0,
                output_tokens_details: { reasoning_tokens: 0 },
                total_tokens: 9,
            }
            : null,
    };
}
function responseBody(model, text = MOCK_OUTPUT_TEXT) {
    return responseObject(model, text, 'completed', {
        id: mockId('resp_mock'),
        messageId: mockId('msg_mock'),
        created: now(),
    });
}
function successBody(family, model, text = MOCK_OUTPUT_TEXT) {
    return family === 'chat_completions'
        ? chatCompletionBody(model, text)
        : responseBody(model, text);
}
/** Splits text into small deltas, so a stream carries several of them, as real ones do. */
function deltasOf(text) {
    const pieces = [];
    for (const char of text)
        pieces.push(char);
    return pieces;
}
function sse(data, event) {
    const payload = typeof data === 'string' ? data : JSON.stringify(data);
    return `${event ? `event: ${event}\n` : ''}data: ${payload}\n\n`;
}
/** A streamed chat completion: role chunk, content chunks, a finish chunk, then `data: [DONE]`. */
function chatCompletionStreamEvents(model, text = MOCK_OUTPUT_TEXT) {
    const id = mockId('chatcmpl-mock');
    const created = now();
    const chunk = (delta, finishReason) => sse({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        system_fingerprint: null,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    });
    return [
        chunk({ role: 'assistant', content: '', refusal: null }, null),
        ...deltasOf(text).map((piece) => chunk({ content: piece }, null)),
        chunk({}, 'stop'),
        sse('[DONE]'),
    ];
}
/** A streamed response: created, in_progress, the message item and its text deltas, completed. */
function responseStreamEvents(model, text = MOCK_OUTPUT_TEXT) {
    const parts = {
        id: mockId('resp_mock'),
        messageId: mockId('msg_mock'),
        created: now(),
    };
    let sequence = 0;
    const event = (type, fields) => sse({ type, sequence_number: sequence++, ...fields }, type);
    const location = { item_id: parts.messageId, output_index: 0, content_index: 0 };
    const events = [
        event('response.created', { response: responseObject(model, '', 'in_progress', parts) }),
        event('response.in_progress', { response: responseObject(model, '', 'in_progress', parts) }),
        event('response.output_item.added', {
            output_index: 0,
            item: {
                type: 'message',
                id: parts.messageId,
                status: 'in_progress',
                role: 'assistant',
                content: [],
            },
        }),
    ];
    if (text.length > 0) {
        events.push(event('response.content_part.added', {
            ...location,
            part: { type: 'output_text', text: '', annotations: [] },
        }), ...deltasOf(text).map((delta) => event('response.output_text.delta', { ...location, delta, logprobs: [] })), event('response.output_text.done', { ...location, text, logprobs: [] }), event('response.content_part.done', {
            ...location,
            part: { type: 'output_text', text, annotations: [] },
        }));
    }
    events.push(event('response.output_item.done', {
        output_index: 0,
        item: {
            type: 'message',
            id: parts.messageId,
            status: 'completed',
            role: 'assistant',
            content: text.length > 0 ? [{ type: 'output_text', text, annotations: [] }] : [],
        },
    }), event('response.completed', { response: responseObject(model, text, 'completed', parts) }));
    return events;
}
function streamEvents(family, model, text = MOCK_OUTPUT_TEXT) {
    return family === 'chat_completions'
        ? chatCompletionStreamEvents(model, text)
        : responseStreamEvents(model, text);
}
/** A stream whose second event is cut-off JSON, followed by a proper terminator. */
function malformedStreamEvents(family, model) {
    const healthy = streamEvents(family, model);
    const broken = `data: {"id": "broken", "object": "${family === 'chat_completions' ? 'chat.completion.chunk' : 'response'}", "choices": [{\n\n`;
    return [healthy[0] ?? '', broken, healthy.at(-1) ?? ''];
}
const MALFORMED_JSON_BODY = '{"id": "broken", "object": "chat.completion", "choices": [{';
const HTML_BODY = '<!doctype html><html><body><h1>Service notice</h1></body></html>';


/***/ }),

/***/ 6479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ playFault)
/* harmony export */ });
/* harmony import */ var _bodies_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3456);

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
        case 'status':
            return played(step.status, playStatus(step, res, ctx));
        case 'hang':
            // Headers never come; the caller's own timeout (or the server closing) ends the exchange.
            return played(null);
        case 'reset':
            res.socket?.resetAndDestroy();
            return played(null);
        case 'truncate':
            return played(await playTruncated(res, ctx));
        case 'malformed_json':
            if (ctx.stream) {
                sendStream(res, (0,_bodies_js__WEBPACK_IMPORTED_MODULE_0__/* .malformedStreamEvents */ .dX)(ctx.family, ctx.model), ctx);
            }
            else {
                send(res, 200, Buffer.from(_bodies_js__WEBPACK_IMPORTED_MODULE_0__/* .MALFORMED_JSON_BODY */ .CP), jsonHeaders(ctx));
            }
            return played(200);
        case 'wrong_family':
            playGenerated(res, ctx, otherFamily(ctx.family), undefined);
            return played(200);
        case 'empty_output':
            playGenerated(res, ctx, ctx.family, '');
            return played(200);
        case 'html':
            send(res, 200, Buffer.from(_bodies_js__WEBPACK_IMPORTED_MODULE_0__/* .HTML_BODY */ .v7), {
                'content-type': 'text/html; charset=utf-8',
                'x-request-id': ctx.requestId,
            });
            return played(200);
        case 'slow_stream':
            return played(await playSlowStream(step.chunkDelayMs, res, ctx));
    }
}
/** An injected HTTP error, with the retry-after headers the step names; returns their wait. */
function playStatus(step, res, ctx) {
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
    return retryAfterMs;
}
/** The healthy answer cut off mid-body; returns its status. */
async function playTruncated(res, ctx) {
    const answer = await ctx.healthy();
    const cut = truncationPoint(answer);
    res.writeHead(answer.status, {
        ...answer.headers,
        'content-length': String(answer.body.length),
        'x-request-id': ctx.requestId,
    });
    // Cut the connection mid-body: the caller sees fewer bytes than content-length promised.
    res.write(answer.body.subarray(0, cut), () => res.socket?.destroy());
    return answer.status;
}
/** The healthy answer dribbled out piece by piece; returns its status. */
async function playSlowStream(chunkDelayMs, res, ctx) {
    const answer = await ctx.healthy();
    const headers = { ...answer.headers, 'x-request-id': ctx.requestId };
    delete headers['content-length'];
    res.writeHead(answer.status, headers);
    // Dribble the body out (event by event for a stream) so a body timeout can fire between.
    for (const piece of piecesOf(answer)) {
        if (res.destroyed)
            break;
        res.write(piece);
        await sleep(chunkDelayMs);
    }
    res.end();
    return answer.status;
}
function otherFamily(family) {
    return family === 'chat_completions' ? 'responses' : 'chat_completions';
}
/** Plays a body the mock generates itself, as a stream when the caller asked for one. */
function playGenerated(res, ctx, family, text) {
    if (ctx.stream) {
        sendStream(res, (0,_bodies_js__WEBPACK_IMPORTED_MODULE_0__/* .streamEvents */ .oL)(family, ctx.model, text), ctx);
    }
    else {
        send(res, 200, Buffer.from(JSON.stringify((0,_bodies_js__WEBPACK_IMPORTED_MODULE_0__/* .successBody */ .oH)(family, ctx.model, text))), jsonHeaders(ctx));
    }
}
function sendStream(res, events, ctx) {
    res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-request-id': ctx.requestId,
    });
    for (const event of events)
        res.write(event);
    res.end();
}
function isEventStream(answer) {
    const type = Object.entries(answer.headers).find(([k]) => k.toLowerCase() === 'content-type');
    return (type?.[1] ?? '').toLowerCase().startsWith('text/event-stream');
}
/** Event boundaries of a stream (blank lines), or eight equal slices of any other body. */
function piecesOf(answer) {
    const body = answer.body;
    if (isEventStream(answer)) {
        const pieces = [];
        let start = 0;
        for (let end = body.indexOf('\n\n'); end !== -1; end = body.indexOf('\n\n', start)) {
            pieces.push(body.subarray(start, end + 2));
            start = end + 2;
        }
        if (start < body.length)
            pieces.push(body.subarray(start));
        return pieces;
    }
    const size = Math.max(1, Math.ceil(body.length / 8));
    const pieces = [];
    for (let offset = 0; offset < body.length; offset += size) {
        pieces.push(body.subarray(offset, offset + size));
    }
    return pieces;
}
/** Half the body; for a stream, the boundary after half its events, so it starts then dies. */
function truncationPoint(answer) {
    const half = Math.max(1, Math.floor(answer.body.length / 2));
    if (!isEventStream(answer))
        return half;
    const pieces = piecesOf(answer);
    const keep = pieces.slice(0, Math.max(1, Math.ceil(pieces.length / 2)));
    return Math.min(answer.body.length - 1, keep.reduce((sum, piece) => sum + piece.length, 0));
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


/***/ }),

/***/ 8541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readRequestBody)
/* harmony export */ });
/* unused harmony export MAX_REQUEST_BYTES */
/** A request body larger than this is refused: smoke and fault requests are a few hundred bytes. */
const MAX_REQUEST_BYTES = 1024 * 1024;
/** Reads a whole request body, destroying the request once it passes the cap. */
function readRequestBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_REQUEST_BYTES) {
                req.destroy();
                reject(new Error('request too large'));
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}


/***/ }),

/***/ 8367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ startMockProvider)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var _contract_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9809);
/* harmony import */ var _contract_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7469);
/* harmony import */ var _bodies_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3456);
/* harmony import */ var _play_fault_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6479);
/* harmony import */ var _read_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8541);






/** Starts an OpenAI-compatible provider that follows a fault plan (loopback unless told otherwise). */
async function startMockProvider(options = {}) {
    const plan = options.plan ?? _contract_index_js__WEBPACK_IMPORTED_MODULE_2__/* .HEALTHY */ .el;
    const log = [];
    let requests = 0;
    let stepsTaken = 0;
    // A step is taken only once a request has passed the checks a provider makes, so a probe of
    // another path (GET /v1/models) or a malformed body never uses up the plan.
    const takeStep = () => {
        const attempt = stepsTaken++;
        return { attempt, step: (0,_contract_index_js__WEBPACK_IMPORTED_MODULE_2__/* .stepForAttempt */ .hD)(plan, attempt) };
    };
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        requests += 1;
        void handle(req, res, takeStep, (entry) => {
            log.push(entry);
            options.onRequest?.(entry);
        }).catch(() => {
            // A caller that hangs up mid-answer is part of the game; never crash the mock for it.
            if (!res.headersSent && !res.destroyed)
                res.destroy();
        });
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
            return requests;
        },
        get requests() {
            return log;
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function familyOf(path) {
    if (path.endsWith('/chat/completions'))
        return 'chat_completions';
    if (path.endsWith('/responses'))
        return 'responses';
    return null;
}
async function handle(req, res, takeStep, record) {
    const requestId = `req_mock_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)().replaceAll('-', '')}`;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body;
    let bodyError = null;
    try {
        body = JSON.parse((await (0,_read_body_js__WEBPACK_IMPORTED_MODULE_3__/* .readRequestBody */ .C)(req)).toString('utf8'));
    }
    catch (error) {
        bodyError =
            error.message === 'too large'
                ? 'request body is larger than 1 MiB'
                : 'request body is not valid JSON';
    }
    const stream = isObject(body) && body.stream === true;
    const reject = (status, message) => {
        record({
            attempt: null,
            rejected: `${status} ${message}`,
            method: req.method ?? 'GET',
            path,
            requestId,
            step: 'status',
            stepText: `rejected ${status}`,
            stream,
        });
        sendError(res, status, message, requestId);
    };
    const family = familyOf(path);
    if (req.method !== 'POST' || family === null) {
        return reject(404, `unknown endpoint ${req.method ?? ''} ${path}`);
    }
    if (bodyError !== null)
        return reject(400, bodyError);
    // The same request checks a real provider makes first, so a wrong request fails here as it would
    // there, whatever the fault plan says.
    const problem = requestProblem(family, body);
    if (problem)
        return reject(400, problem);
    const { attempt, step } = takeStep();
    record({
        attempt: attempt + 1,
        rejected: null,
        method: req.method ?? 'GET',
        path,
        requestId,
        step: step.kind,
        stepText: (0,_contract_index_js__WEBPACK_IMPORTED_MODULE_4__/* .formatFaultStep */ .MT)(step),
        stream,
    });
    const model = body.model;
    await (0,_play_fault_js__WEBPACK_IMPORTED_MODULE_5__/* .playFault */ .B)(step, res, {
        family,
        model,
        requestId,
        stream,
        healthy: () => Promise.resolve(healthyAnswer(family, model, stream)),
    });
}
function healthyAnswer(family, model, stream) {
    if (stream) {
        return {
            status: 200,
            headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
            body: Buffer.from((0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .streamEvents */ .oL)(family, model).join('')),
        };
    }
    return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify((0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .successBody */ .oH)(family, model))),
    };
}
/** What a provider rejects before generating anything; null when the request is well formed. */
function requestProblem(family, body) {
    if (!isObject(body))
        return 'request body must be a JSON object';
    if (typeof body.model !== 'string' || body.model.length === 0) {
        return 'you must provide a model parameter';
    }
    if (family === 'chat_completions') {
        if (!Array.isArray(body.messages) || body.messages.length === 0) {
            return "'messages' must be a non-empty array";
        }
    }
    else if (typeof body.input !== 'string' && !Array.isArray(body.input)) {
        return "'input' must be a string or an array";
    }
    if ('stream' in body && typeof body.stream !== 'boolean')
        return "'stream' must be a boolean";
    return null;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function sendError(res, status, message, requestId) {
    const text = JSON.stringify({
        error: { message, type: 'invalid_request_error', param: null, code: null },
    });
    res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        'x-request-id': requestId,
    });
    res.end(text);
}


/***/ }),

/***/ 2803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ executeChain),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   k6: () => (/* binding */ httpTransport)
/* harmony export */ });
/* unused harmony export toOutcome */
/* harmony import */ var _contract_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4908);
/* harmony import */ var _retry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8218);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9720);



/** Runs one caller request through the chain as declared. Never throws for a failed request. */
async function executeChain(chain, options) {
    const started = options.clock.now();
    let attempts = 0;
    const emit = (event) => options.onEvent?.(event);
    const at = () => options.clock.now() - started;
    const run = new _retry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyRun */ .wJ((0,_retry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compileChain */ .xV)(chain, [...options.routes.values()]), {
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
            const { path, body } = (0,_contract_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildSmokeRequest */ .F0)(route.family, route.model);
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
            return (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .attemptResultOf */ .EW)(route, result);
        },
    };
}


/***/ }),

/***/ 9720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EW: () => (/* binding */ attemptResultOf),
  cv: () => (/* binding */ exchange),
  B2: () => (/* binding */ postJson),
  AX: () => (/* binding */ providerRequestId)
});

// UNUSED EXPORTS: CLIENT_REQUEST_ID_HEADER, DEFAULT_BODY_CAP_BYTES, DEFAULT_CONNECT_TIMEOUT_MS, PROVIDER_REQUEST_ID_HEADERS, faultOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
;// CONCATENATED MODULE: ./lib/retry/retry-after.js
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
/**
 * An answer that arrived whole, as the caller of a route classifies it: a non-2xx status with
 * the wait it announces, or a 2xx body that is or is not a usable answer of the route's family.
 */
function attemptResultOf(route, answer) {
    if (answer.status < 200 || answer.status >= 300) {
        return {
            kind: 'status',
            route: route.name,
            status: answer.status,
            retryAfterMs: parseRetryAfter(answer.headers),
        };
    }
    let parsed;
    try {
        parsed = JSON.parse(answer.bodyText);
    }
    catch {
        return { kind: 'unusable', route: route.name, reason: 'body is not JSON' };
    }
    const check = (0,families/* checkSuccessBody */.y7)(route.family, parsed);
    return check.usable
        ? { kind: 'usable', route: route.name }
        : { kind: 'unusable', route: route.name, reason: check.reason };
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


/***/ }),

/***/ 1819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probe: () => (/* reexport */ probe)
});

// UNUSED EXPORTS: STANDARD_SCENARIO_NAMES, ScenarioSelectionError, UPSTREAM_MODES, parseGatewaySpec, takeBackWithheldEnv, withholdCredentialsFromCommands

// EXTERNAL MODULE: ./lib/mock/server.js
var server = __webpack_require__(8367);
// EXTERNAL MODULE: ./lib/contract/fault-step.js
var fault_step = __webpack_require__(9809);
// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
// EXTERNAL MODULE: ./lib/retry/random.js
var random = __webpack_require__(5943);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
// EXTERNAL MODULE: ./lib/mock/read-body.js
var read_body = __webpack_require__(8541);
// EXTERNAL MODULE: ./lib/mock/play-fault.js
var play_fault = __webpack_require__(6479);
;// CONCATENATED MODULE: ./lib/probe/fault-proxy-play.js



// Playing one attempt's fault: the step the fault plan gives it is played on the response (a
// status, a hang bounded even when nobody ends it, a reset, a broken body), or the request is
// forwarded to the upstream and its healthy answer passed on and classified. What was played
// goes into the attempt's record.
const MAX_UPSTREAM_BYTES = 4 * 1024 * 1024;
/** The request's endpoint family by its path; the route's own family when the path says none. */
function familyOf(rest, routeFamily) {
    return rest.endsWith('/chat/completions')
        ? 'chat_completions'
        : rest.endsWith('/responses')
            ? 'responses'
            : routeFamily;
}
async function playAttempt(state, req, res, record, step, rest, query) {
    const body = await (0,read_body/* readRequestBody */.C)(req);
    const family = familyOf(rest, state.options.family);
    let healthyClass = null;
    const healthy = async () => {
        const answer = await forward(state, req, body, `${state.upstream.href}${rest}${query}`);
        healthyClass = classifyAnswer(family, answer);
        return answer;
    };
    if (step.kind === 'hang') {
        // Bounded even when nobody ends it: the caller's timeout or the proxy closing usually does.
        const timer = setTimeout(() => {
            state.hangTimers.delete(timer);
            res.destroy();
        }, state.options.maxHangMs ?? 120_000);
        state.hangTimers.add(timer);
        res.on('close', () => {
            clearTimeout(timer);
            state.hangTimers.delete(timer);
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
        record.finishedAt ??= state.clock();
    record.status = played.status;
    record.retryAfterMs = played.retryAfterMs;
    record.statusClass = classOfPlayed(step.kind, played.status, healthyClass);
}
async function forward(state, req, body, url) {
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
        dispatcher: state.dispatcher,
        signal: AbortSignal.timeout(state.upstreamTimeout),
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

;// CONCATENATED MODULE: ./lib/probe/fault-proxy-request.js



// Taking one request at a fault proxy: which sample it belongs to (by its path prefix, or the
// sample assigned to the shared base URL), which step of the fault plan it gets, and its record
// in the log, made the moment it arrives so none is lost. A request that names no sample is
// counted and answered 404, never guessed.
/** Caller headers that carry retry bookkeeping: SDK retry counters, gateway attempt counts. */
const RETRY_HEADER = /retry|attempt/i;
function takeRequest(state, req, res) {
    const { options, clock } = state;
    const match = state.samplePrefix.exec(req.url ?? '');
    const sample = match?.[1] !== undefined ? Number(match[1]) : state.shared;
    if (!match || sample === null) {
        state.unattributed += 1;
        req.resume();
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"fault proxy: unknown base URL path","type":"fault_proxy"}}');
        return;
    }
    const rest = match[2] ?? '';
    const index = state.perSample.get(sample) ?? 0;
    state.perSample.set(sample, index + 1);
    const step = (0,fault_step/* stepForAttempt */.hD)(options.plan, index);
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
    state.log.push(record);
    res.on('close', () => {
        // A reset or a cut body is the proxy ending the exchange, not the caller leaving.
        if (res.writableFinished || step.kind === 'reset' || step.kind === 'truncate') {
            record.finishedAt ??= clock();
        }
        else if (record.finishedAt === null)
            record.abandonedAt = clock();
    });
    void playAttempt(state, req, res, record, step, rest, match[3] ?? '').catch(() => {
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
}
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

;// CONCATENATED MODULE: ./lib/probe/fault-proxy.js




async function startFaultProxy(options) {
    const upstreamTimeout = options.upstreamTimeoutMs ?? 30_000;
    const token = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const state = {
        options,
        clock: options.clock ?? (() => performance.now()),
        upstream: new URL(options.upstreamBaseUrl.replace(/\/+$/, '')),
        upstreamTimeout,
        dispatcher: new undici/* Agent */.g6({
            connectTimeout: upstreamTimeout,
            headersTimeout: upstreamTimeout,
            bodyTimeout: upstreamTimeout,
        }),
        log: [],
        perSample: new Map(),
        hangTimers: new Set(),
        unattributed: 0,
        shared: null,
        samplePrefix: new RegExp(`^/fg-${token}/(?:s/(\\d{1,6})|shared)/v1(/[^?]*)?(\\?.*)?$`),
    };
    const server = (0,external_node_http_.createServer)((req, res) => takeRequest(state, req, res));
    server.keepAliveTimeout = 1000;
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
            state.shared = sample;
        },
        attempts: () => state.log,
        get unattributed() {
            return state.unattributed;
        },
        close: async () => {
            for (const timer of state.hangTimers)
                clearTimeout(timer);
            state.hangTimers.clear();
            await new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            });
            await state.dispatcher.destroy().catch(() => undefined);
        },
    };
}

// EXTERNAL MODULE: ./lib/probe/drivers/reference.js
var reference = __webpack_require__(2803);
;// CONCATENATED MODULE: ./lib/probe/drivers/virtual-time.js


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
            const step = (0,fault_step/* stepForAttempt */.hD)(input.faults.get(route.name) ?? fault_step/* HEALTHY */.el, index);
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

;// CONCATENATED MODULE: ./lib/probe/scenario-bounds.js


// What the declared policy bounds one scenario to, before anything is sent: the floor and ceiling
// of its timeline in virtual time (what a well-behaved caller must wait, and may wait), whether
// the scenario is run at all (the attempt limit and the time box), and each sample's deadline.
/** Chains whose static worst case is larger than this are not run on the error path. */
const MAX_SIMULATED_ATTEMPTS = 100_000;
/** How long a hang lasts for a route that declares no timeout, when the budget sets no limit. */
const UNBOUNDED_HANG_MS = 60_000;
/** The per-attempt bound for a route that declares no timeout. */
function hangBoundOf(plan) {
    return plan.budget.maxElapsedMs ?? UNBOUNDED_HANG_MS;
}
/**
 * Why a chain is not run at all, or null. A virtual-time run of such a policy would enumerate
 * every attempt: the static worst case already fails the budget, so the scenario is reported as
 * not run, never guessed.
 */
function attemptLimitGap(chain) {
    const worstCase = (0,worst_case/* worstCaseChainAttempts */.FB)(chain);
    if (worstCase <= MAX_SIMULATED_ATTEMPTS)
        return null;
    return `not run: the declared worst case is ${(0,worst_case/* isSaturated */.O0)(worstCase) ? 'at least ' : ''}${worstCase} upstream attempts per request, beyond the ${MAX_SIMULATED_ATTEMPTS} the gate runs or simulates`;
}
/** The declared policy run in virtual time against the scenario's faults, jitter low and high. */
async function declaredTimeline(chain, routes, scenario, hangBound) {
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
    return { floor, ceiling, declared };
}
/** Why a scenario is left out of the default run by the time box, or null when it runs. */
function timeBoxGap(floorMs, timeBox, scenario) {
    if (timeBox === null || floorMs <= timeBox)
        return null;
    return `not run by default: the declared policy must wait ${Math.round(floorMs)} ms here, over the ${timeBox} ms time box (run it with --scenario ${scenario.name})`;
}
/**
 * Each sample's deadline. The longest a request following the declared policy can take here,
 * whatever member a load balancer picks and whatever the jitter draws: every attempt at its
 * timeout, every wait at its ceiling or at the longest wait the scenario announces; with room on
 * top, more for a driver that starts processes.
 */
function sampleDeadlineMs(input) {
    const { plan, chain, routes, scenario, ceiling } = input;
    const worstCaseMs = Math.max(ceiling.elapsedMs, (0,worst_case/* worstCaseChainElapsedMs */.Zh)(chain, routes, {
        defaultTimeoutMs: hangBoundOf(plan),
        retryAfterMs: longestAnnouncedWaitMs(scenario),
    }));
    return (input.override ??
        (input.reference
            ? Math.ceil(worstCaseMs * 1.5) + 2_000
            : Math.max(worstCaseMs, plan.budget.maxElapsedMs ?? 0) + 10_000));
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

;// CONCATENATED MODULE: ./lib/probe/scenario-observation.js
// What one scenario observed, put together after its samples ran: each sample's attempts from
// the fault proxies' logs (attributed by sample), the disturbance measured while it ran, and
// every evidence gap, named.
/** A scenario the gate did not run: an evidence gap, never a pass. */
function notRunObservation(chain, scenario, driver, longestMandatedWaitMs, gap) {
    return {
        scenario: scenario.name,
        chain,
        driver,
        expectation: scenario.expectation,
        samples: [],
        wallMs: 0,
        longestMandatedWaitMs,
        evidenceGaps: [gap],
    };
}
/** Each sample with its attempts from the proxies' log, in the order they started. */
function observedSamples(runs, log) {
    return runs.map((run) => {
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
}
/** How disturbed this process was while the scenario ran, and how many samples ran at once. */
function scenarioTiming(input) {
    const { driver, runs, delay } = input;
    const timing = {
        eventLoopDelayMaxMs: delay.maxMs,
        eventLoopDelayP99Ms: delay.p99Ms,
        lateStartMaxMs: driver === 'command' ? Math.max(0, ...runs.map((r) => r.startLateMs ?? 0)) : null,
        disturbanceMs: 0,
        concurrency: input.concurrency,
        runs: 1,
        firstRunDisturbanceMs: null,
        stalls: input.stalls,
    };
    timing.disturbanceMs = Math.max(timing.eventLoopDelayMaxMs, timing.lateStartMaxMs ?? 0);
    return timing;
}
/** Everything the scenario's evidence lacks, each named: never read as a pass. */
function scenarioGaps(input) {
    const { driver, runs, samples, log, unattributed } = input;
    const strays = log.filter((a) => a.sample >= input.samplesAsked).length;
    const unseen = runs.reduce((n, run) => {
        const seen = samples.find((s) => s.sample === run.sample)?.attempts.length ?? 0;
        return n + Math.max(0, (run.made ?? seen) - seen);
    }, 0);
    return [
        ...input.gatewayGaps,
        ...(unattributed > 0
            ? [`${unattributed} request(s) reached a fault proxy without a sample prefix`]
            : []),
        ...(strays > 0 ? [`${strays} request(s) named a sample that was not run`] : []),
        // The reference driver knows what it sent: an attempt it gave up on before the proxy's
        // loop got to read it never reached the log, which only happens on a starved machine.
        ...(unseen > 0
            ? [
                `${unseen} attempt(s) the gate sent timed out before the fault proxy read them (its event loop ran up to ${input.delayMaxMs} ms late)`,
            ]
            : []),
        ...samples
            .filter((s) => s.outcome.kind === 'unknown')
            .map((s) => `sample ${s.sample}: the caller's outcome could not be observed${s.outcome.kind === 'unknown' ? ` (${s.outcome.reason})` : ''}`),
        // A command that sent nothing is no evidence of retry behaviour, whatever it exited with.
        ...samples
            .filter((s) => s.attempts.length === 0 && s.outcome.kind !== 'unknown')
            .map((s) => driver === 'gateway'
            ? `sample ${s.sample}: the gateway sent no request to any route, so it did not run the config for this sample`
            : `sample ${s.sample}: the caller made no request at all: the command may not have started, or does not use the base URLs it was given`),
    ];
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

// EXTERNAL MODULE: ./lib/probe/drivers/command.js
var command = __webpack_require__(6491);
;// CONCATENATED MODULE: ./lib/probe/sample-run.js



/** Runs every sample of the scenario, each through the pool. */
function runSamples(context, pool) {
    const { clock } = context;
    return Promise.all(Array.from({ length: context.options.samples }, (_, sample) => pool(async () => {
        const startedAt = clock();
        const { outcome, startLateMs, made } = await runSample(context, sample, startedAt);
        return { sample, startedAt, endedAt: clock(), outcome, startLateMs, made };
    })));
}
async function runSample(context, sample, startedAt) {
    const { chain, scenario, routes, order, baseUrl, options, hangBound, deadlineMs } = context;
    if (options.driver === 'reference') {
        const execution = await (options.executor ?? reference/* executeChain */.$f)(chain, {
            routes,
            transport: (0,reference/* httpTransport */.k6)((route) => baseUrl(route.name, sample)),
            clock: reference/* realClock */.dQ,
            random: options.random ?? (0,random/* seededRandom */.I)(sampleSeed(chain.name, scenario.name, sample)),
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
/** FNV-1a over chain, scenario and sample: a fixed, well-spread seed for each sample's draws. */
function sampleSeed(chain, scenario, sample) {
    let hash = 0x811c9dc5;
    for (const ch of `${chain}\u0000${scenario}\u0000${sample}`) {
        hash ^= ch.codePointAt(0);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/observations/timing.js
var timing = __webpack_require__(4937);
;// CONCATENATED MODULE: ./lib/probe/timing.js


function startDelayMonitor() {
    const histogram = (0,external_node_perf_hooks_.monitorEventLoopDelay)({ resolution: timing/* RESOLUTION_MS */._ });
    histogram.enable();
    return {
        stop() {
            histogram.disable();
            if (histogram.count === 0)
                return { maxMs: 0, p99Ms: 0 };
            const beyond = (ns) => Math.max(0, Math.round((ns / 1e6 - timing/* RESOLUTION_MS */._) * 10) / 10);
            return { maxMs: beyond(histogram.max), p99Ms: beyond(histogram.percentile(99)) };
        },
    };
}
/** Stalls shorter than this are timer jitter, not disturbance. */
const STALL_MIN_MS = 2;
const MAX_STALLS = 5_000;
let recorder = null;
/**
 * Records when the loop stalled, so a timing can be set against the stalls that overlapped it
 * rather than against the worst stall of the whole scenario. One sampler serves every scenario
 * running at once; it stops when the last one is done.
 */
function startStallRecorder() {
    if (!recorder) {
        const stalls = [];
        let expected = performance.now() + timing/* RESOLUTION_MS */._;
        const timer = setInterval(() => {
            const now = performance.now();
            const late = now - expected;
            expected = now + timing/* RESOLUTION_MS */._;
            if (late >= STALL_MIN_MS) {
                stalls.push({ fromMs: now - late, toMs: now });
                if (stalls.length > MAX_STALLS)
                    stalls.shift();
            }
        }, timing/* RESOLUTION_MS */._);
        timer.unref();
        recorder = { timer, users: 0, stalls };
    }
    const active = recorder;
    active.users += 1;
    const from = performance.now();
    return {
        stop() {
            const to = performance.now();
            const seen = active.stalls.filter((s) => s.toMs >= from && s.fromMs <= to);
            active.users -= 1;
            if (active.users === 0) {
                clearInterval(active.timer);
                if (recorder === active)
                    recorder = null;
            }
            return seen;
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/probe/worker-pool.js

// How many command samples run at once over a whole error-path run, and the pool that holds them
// to it: forty sample processes never start at once on a two-core runner.
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

;// CONCATENATED MODULE: ./lib/probe/scenario-run.js








// One (chain, scenario) of the error path: its own fault proxy per route, its samples run by the
// chosen driver while this process watches how late its event loop runs, then the observation
// put together from the proxies' logs. The proxies are always closed.
async function runScenario(plan, chain, scenario, routes, options, timeBox, pool, prepared = null) {
    const notRun = (longestMandatedWaitMs, gap) => notRunObservation(chain.name, scenario, options.driver, longestMandatedWaitMs, gap);
    const limitGap = attemptLimitGap(chain);
    if (limitGap !== null)
        return notRun(0, limitGap);
    const clock = () => performance.now();
    const scenarioStart = clock();
    const hangBound = hangBoundOf(plan);
    const { floor, ceiling, declared } = await declaredTimeline(chain, routes, scenario, hangBound);
    const boxGap = timeBoxGap(floor.elapsedMs, timeBox, scenario);
    if (boxGap !== null)
        return { ...notRun(Math.round(floor.elapsedMs), boxGap), ...declared };
    const deadlineMs = sampleDeadlineMs({
        plan,
        chain,
        routes,
        scenario,
        ceiling,
        reference: options.driver === 'reference',
        override: options.deadlineMs,
    });
    const order = [...new Set((0,worst_case/* routeOrder */.sG)(chain.target))];
    const proxies = new Map();
    try {
        await startProxies(proxies, { chain, order, routes, scenario, options, clock, deadlineMs });
        const context = {
            chain,
            scenario,
            routes,
            order,
            baseUrl: (route, sample) => proxies.get(route).baseUrlFor(sample),
            options,
            hangBound,
            deadlineMs,
            clock,
        };
        const monitor = startDelayMonitor();
        const recorder = startStallRecorder();
        const { runs, gateway } = prepared
            ? await runGatewaySamples(prepared, context, proxies, floor.attempts)
            : { runs: await runSamples(context, pool), gateway: null };
        const delay = monitor.stop();
        const stalls = recorder.stop();
        // Let in-flight exchanges of abandoned attempts settle before the log is read.
        await new Promise((resolve) => setImmediate(resolve));
        const { samples, timing, evidenceGaps } = observe(proxies, runs, options, {
            delay,
            stalls,
            gatewayGaps: gateway?.gaps ?? [],
        });
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
/** One fault proxy per route of the chain, each playing the scenario's plan for that route. */
async function startProxies(proxies, input) {
    for (const name of input.order) {
        const route = input.routes.get(name);
        if (!route)
            throw new Error(`chain ${input.chain.name} names unknown route ${name}`);
        proxies.set(name, await startFaultProxy({
            route: name,
            family: route.family,
            upstreamBaseUrl: input.options.upstreamBaseUrl,
            plan: input.scenario.faults.get(name) ?? fault_step/* HEALTHY */.el,
            clock: input.clock,
            maxHangMs: input.deadlineMs + 1_000,
        }));
    }
}
/** The gateway driver's samples, with what it learnt about the gateway. */
async function runGatewaySamples(prepared, context, proxies, planAttempts) {
    const { chain, scenario, options } = context;
    const { runGatewayScenario } = await __webpack_require__.e(/* import() */ 481).then(__webpack_require__.bind(__webpack_require__, 9481));
    const run = await runGatewayScenario(prepared, {
        chain,
        routes: context.routes,
        proxies,
        samples: options.samples,
        deadlineMs: context.deadlineMs,
        random: options.random ?? (0,random/* seededRandom */.I)(sampleSeed(chain.name, scenario.name, 0)),
        clock: context.clock,
    });
    return {
        runs: run.runs.map((r) => ({ ...r, startLateMs: null, made: null })),
        gateway: { facts: { ...run.facts, planAttempts }, gaps: run.gaps },
    };
}
/** The samples, timing and evidence gaps read from the proxies' logs once the samples ended. */
function observe(proxies, runs, options, measured) {
    const log = [...proxies.values()].flatMap((p) => p.attempts());
    const samples = observedSamples(runs, log);
    const timing = scenarioTiming({
        driver: options.driver,
        runs,
        delay: measured.delay,
        stalls: measured.stalls,
        concurrency: options.driver === 'command'
            ? (options.concurrency ?? defaultConcurrency())
            : options.samples,
    });
    const evidenceGaps = scenarioGaps({
        driver: options.driver,
        samplesAsked: options.samples,
        runs,
        samples,
        log,
        unattributed: [...proxies.values()].reduce((n, p) => n + p.unattributed, 0),
        delayMaxMs: measured.delay.maxMs,
        gatewayGaps: measured.gatewayGaps,
    });
    return { samples, timing, evidenceGaps };
}

// EXTERNAL MODULE: ./lib/probe/scenarios.js
var scenarios = __webpack_require__(8461);
;// CONCATENATED MODULE: ./lib/probe/error-path-run.js



/** Five concurrent samples: enough to tell jitter from lockstep with a small false-alarm rate. */
const DEFAULT_SAMPLES = 5;
/**
 * The default run keeps to scenarios the declared policy can finish in 2 minutes of mandated
 * waiting, so a pull request check cannot stall on a policy that waits for ever; a longer one
 * runs when named, and is otherwise reported as not exercised (an evidence gap, never a pass).
 */
const DEFAULT_TIME_BOX_MS = 120_000;
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
        const { prepareGateway } = await __webpack_require__.e(/* import() */ 166).then(__webpack_require__.bind(__webpack_require__, 6166));
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
        try {
            return await withNoiseRerun(() => runScenario(plan, chain, scenario, routes, options, timeBox, pool, prepared), options.insideNoise);
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
/**
 * Runs a scenario; when its timing verdicts sit inside the disturbance measured while it ran,
 * once more. The second run stands, whatever it shows; the judge reads a verdict still inside
 * its disturbance as unknown.
 */
async function withNoiseRerun(run, insideNoise) {
    const first = await run();
    if (first.samples.length === 0 || !insideNoise?.(first))
        return first;
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

// EXTERNAL MODULE: ./lib/probe/http.js + 1 modules
var http = __webpack_require__(9720);
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

// EXTERNAL MODULE: ./lib/probe/upstream.js
var upstream = __webpack_require__(8549);
;// CONCATENATED MODULE: ./lib/probe/probe.js




const DEFAULT_ERROR_PATH = {
    driver: 'reference',
    scenarios: [],
    samples: DEFAULT_SAMPLES,
};
async function probe(plan, options) {
    let mock;
    const mockUrl = () => mock?.url ?? '';
    const errorPath = options.errorPath === false ? null : { ...DEFAULT_ERROR_PATH, ...options.errorPath };
    try {
        const routesNeedingMock = plan.routes.filter((route) => (0,upstream/* chooseUpstream */.ls)(route, options.upstream, options.env, mockUrl, options.trust).upstream ===
            'mock');
        if (routesNeedingMock.length > 0 || errorPath)
            mock = await (0,server/* startMockProvider */.M)();
        const choices = new Map(plan.routes.map((route) => [
            route.name,
            (0,upstream/* chooseUpstream */.ls)(route, options.upstream, options.env, mockUrl, options.trust),
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
                    ...(options.insideNoise ? { insideNoise: options.insideNoise } : {}),
                })
                : null,
        ]);
        return { happyPath, errorPath: errorRun?.observations ?? [] };
    }
    finally {
        await mock?.close();
    }
}

;// CONCATENATED MODULE: ./lib/probe/index.js







/***/ })

};
