export const id = 985;
export const ids = [985];
export const modules = {

/***/ 985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMock: () => (/* binding */ runMock)
});

// EXTERNAL MODULE: ./lib/common/errors.js
var errors = __webpack_require__(3302);
// EXTERNAL MODULE: ./lib/common/config-error.js
var config_error = __webpack_require__(1896);
// EXTERNAL MODULE: ./lib/common/bounded-read.js
var bounded_read = __webpack_require__(8829);
// EXTERNAL MODULE: ./lib/common/read-file.js
var read_file = __webpack_require__(7712);
// EXTERNAL MODULE: ./lib/common/loopback.js
var loopback = __webpack_require__(24);
// EXTERNAL MODULE: ./lib/contract/fault-step.js
var fault_step = __webpack_require__(9809);
// EXTERNAL MODULE: ./lib/contract/fault-plan.js + 2 modules
var fault_plan = __webpack_require__(7469);
// EXTERNAL MODULE: ./lib/contract/fault-plan-error.js
var fault_plan_error = __webpack_require__(7471);
// EXTERNAL MODULE: ./lib/mock/server.js
var server = __webpack_require__(8367);
;// CONCATENATED MODULE: ./lib/mock/standalone.js



/** Reads the fault plan from a file or from flag text; a mistake becomes a positioned ConfigError. */
async function loadFaultPlan(planFile, faults) {
    if (planFile !== undefined && faults !== undefined) {
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)('--faults'), 'give either --plan FILE or --faults TEXT, not both', 'drop one of the two flags');
    }
    if (planFile !== undefined) {
        let text;
        try {
            text = (await (0,bounded_read/* readBoundedFile */.M)(planFile, read_file/* MAX_CONFIG_BYTES */.G)).toString('utf8');
        }
        catch (error) {
            throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(planFile), `the fault plan file ${error.message}`, 'check the path given to --plan');
        }
        return parsePlanOrThrow(text, planFile);
    }
    if (faults !== undefined)
        return parsePlanOrThrow(faults, '--faults');
    return fault_step/* HEALTHY */.el;
}
function parsePlanOrThrow(text, source) {
    try {
        return (0,fault_plan/* parseFaultPlan */.jC)(text);
    }
    catch (error) {
        if (error instanceof fault_plan_error/* FaultPlanError */.I) {
            throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(source, error.line, error.column), error.message, error.fix);
        }
        throw error;
    }
}
function formatRequestLog(entry) {
    return [
        `attempt=${entry.attempt ?? '-'}`,
        entry.method,
        entry.path,
        `stream=${entry.stream === true}`,
        // A rejected request took no step of the plan: say so instead of naming one.
        entry.rejected
            ? `rejected=${entry.rejected.split(' ')[0] ?? ''} (no fault plan step used)`
            : `step=${entry.stepText ?? entry.step}`,
        `request_id=${entry.requestId}`,
    ].join(' ');
}
/** Serves until the stop signal; returns the number of requests served. */
async function runStandaloneMock(options) {
    const plan = await loadFaultPlan(options.planFile, options.faults);
    const mock = await (0,server/* startMockProvider */.M)({
        port: options.port,
        host: options.host,
        plan,
        onRequest: (entry) => options.out(formatRequestLog(entry)),
    });
    if (!(0,loopback/* isLoopbackUrl */.t)(mock.url)) {
        options.err(`warning: serving on ${options.host}, which other machines may reach; use --host 127.0.0.1 to keep it local`);
    }
    options.out(`mock provider listening on ${mock.url} (fault plan: ${(0,fault_plan/* formatFaultPlan */.ZI)(plan)})`);
    const signal = await options.stopSignal;
    await mock.close();
    options.out(`mock provider stopped by ${signal} after ${mock.requestCount} requests`);
    return mock.requestCount;
}

;// CONCATENATED MODULE: ./lib/cli/commands/mock.js


async function runMock(flags, io) {
    const stopSignal = io.stopSignal();
    try {
        await runStandaloneMock({
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
            return { exitStatus: errors/* EXIT */.dc.usage };
        }
        throw error;
    }
    return { exitStatus: errors/* EXIT */.dc.passed };
}


/***/ }),

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

/***/ 7712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   i: () => (/* binding */ readConfigText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8829);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1896);




const MAX_CONFIG_BYTES = 1024 * 1024;
/** Reads a config file as UTF-8 text, refusing what cannot be a config before parsing it. */
async function readConfigText(file) {
    const at = (0,_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(file);
    await refuseSymlinkOutside(file);
    let bytes;
    try {
        bytes = await (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoundedFile */ .M)(file, MAX_CONFIG_BYTES);
    }
    catch (error) {
        if (!(error instanceof _bounded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .BoundedReadError */ .u))
            throw error;
        switch (error.problem) {
            case 'not_found':
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(at, 'config file not found', 'check the path (it is relative to the working directory)');
            case 'directory':
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(at, 'this is a directory, not a config file', 'name the YAML or JSON file inside it');
            case 'not_regular':
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(at, `the config ${error.message}`, 'name a YAML or JSON file in the repository');
            case 'too_large':
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(at, `the config file ${error.message} (1 MiB)`, 'a routing config is small: check that this is the right file');
            default:
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(at, `config file ${error.message}`, 'check the path and its permissions');
        }
    }
    if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(at, 'config file is empty', 'add at least one route (see examples/)');
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(positionOfOffset(file, bytes, nul), 'binary data (a NUL byte) in the config file', 'a config is UTF-8 text: check that this is the right file');
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(positionOfOffset(file, bytes, bad), 'the file is not valid UTF-8', 'save the file as UTF-8');
    }
    return { text, bytes };
}
function positionOfOffset(file, bytes, offset) {
    const before = bytes.subarray(0, offset);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < before.length; i++) {
        if (before[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return (0,_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(file, line, offset - lineStart + 1);
}
function firstInvalidUtf8(bytes) {
    // Narrow down by decoding growing prefixes; configs are at most 1 MiB so a linear scan is fine.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i] ?? 0;
        const width = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
        if (width === 0)
            return i;
        try {
            decoder.decode(bytes.subarray(i, i + width));
        }
        catch {
            return i;
        }
        i += width;
    }
    return 0;
}
/**
 * A config that is a symlink must resolve inside the working directory: a committed link to a
 * file elsewhere on the runner (a credentials file, /proc/self/environ) is refused before it is
 * read, so no error message can quote a line of it.
 */
async function refuseSymlinkOutside(file) {
    let link;
    try {
        link = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file)).isSymbolicLink();
    }
    catch {
        return; // the read reports a missing file
    }
    if (!link)
        return;
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
    }
    catch {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x((0,_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(file), 'the config is a symlink whose target does not exist', 'point --config at the file itself');
    }
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(process.cwd()), target);
    if (inside === '' || inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x((0,_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(file), 'the config is a symlink to a file outside the working directory; it is not read', 'point --config at a file in the repository, not a link out of it');
    }
}


/***/ }),

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


/***/ })

};
