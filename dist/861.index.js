export const id = 861;
export const ids = [861];
export const modules = {

/***/ 861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probe: () => (/* binding */ probe)
});

// UNUSED EXPORTS: DEFAULT_ERROR_PATH

// NAMESPACE OBJECT: ./lib/mock/fault-plan.js
var fault_plan_namespaceObject = {};
__webpack_require__.r(fault_plan_namespaceObject);
__webpack_require__.d(fault_plan_namespaceObject, {
  HEALTHY: () => (HEALTHY),
  stepForAttempt: () => (stepForAttempt)
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

// EXTERNAL MODULE: ./lib/plan/worst-case.js
var worst_case = __webpack_require__(2597);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/probe/drivers/command.js

// The command driver: the user's own client or gateway, started as a shell command whose base
// URLs point at the fault proxies. Each sample is its own process in its own process group, so
// the whole tree (a gateway the script started, say) is killed by group when it ends or overruns.
// Its output is read only for an optional outcome line and is never copied anywhere: it may hold
// generated text.
/** Stands in for every credential during the error path: the upstream is the embedded mock. */
const PLACEHOLDER_KEY = 'fallback-gate-placeholder-key';
/** A line the command may print to state its outcome; otherwise the exit code decides. */
const OUTCOME_LINE = /^fallback-gate-outcome: (usable|controlled_failure)\s*$/m;
const MAX_OUTPUT_BYTES = 64 * 1024;
/** `FALLBACK_GATE_BASE_URL_<ROUTE>`: the route name upper-cased, other characters as `_`. */
function routeEnvName(route) {
    return `FALLBACK_GATE_BASE_URL_${route.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** The runner's own credentials and inputs: never handed to the command. */
const WITHHELD = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)|ACTIONS_RESULTS_URL|GITHUB_TOKEN|GH_TOKEN)$/;
/** Names that look like credentials: the command gets the placeholder instead. */
const CREDENTIAL_NAME = /(API_?KEY|_KEY|TOKEN|SECRET|PASSWORD)$/i;
/**
 * The environment a sample's command runs with (documented in the README). Healthy answers come
 * from the embedded mock, so no real credential is ever needed: credential-looking variables are
 * replaced by a placeholder and the runner's own tokens and inputs are withheld.
 */
function commandEnvironment(input) {
    const env = {};
    for (const [name, value] of Object.entries(input.baseEnv)) {
        if (value === undefined || WITHHELD.test(name))
            continue;
        env[name] = CREDENTIAL_NAME.test(name) ? PLACEHOLDER_KEY : value;
    }
    const primary = input.routes[0];
    for (const { route, baseUrl } of input.routes) {
        env[routeEnvName(route.name)] = baseUrl;
        if (route.apiKeyEnv)
            env[route.apiKeyEnv] = PLACEHOLDER_KEY;
    }
    if (primary) {
        env.OPENAI_BASE_URL = primary.baseUrl;
        env.FALLBACK_GATE_FAMILY = primary.route.family;
        env.FALLBACK_GATE_MODEL = primary.route.model;
    }
    env.OPENAI_API_KEY = PLACEHOLDER_KEY;
    env.FALLBACK_GATE_ROUTES = JSON.stringify(input.routes.map(({ route, baseUrl }) => ({
        name: route.name,
        family: route.family,
        model: route.model,
        base_url: baseUrl,
        timeout_ms: route.timeoutMs,
    })));
    env.FALLBACK_GATE_SCENARIO = input.scenario;
    env.FALLBACK_GATE_CHAIN = input.chain;
    env.FALLBACK_GATE_SAMPLE = String(input.sample);
    env.FALLBACK_GATE_DEADLINE_MS = String(input.deadlineMs);
    return env;
}
/** Process groups still alive; killed if the gate itself exits first. */
const liveGroups = new Set();
let exitHookInstalled = false;
function killGroup(pid) {
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // ESRCH: the group is already gone.
    }
}
/** Runs the command once, bounded by the deadline; the process group is always killed after. */
function runCommandSample(command, env, options) {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.once('exit', () => {
            for (const pid of liveGroups)
                killGroup(pid);
        });
    }
    return new Promise((resolve) => {
        const started = performance.now();
        const child = (0,external_node_child_process_.spawn)(command, {
            shell: true,
            detached: true,
            env,
            cwd: options.cwd ?? process.cwd(),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const pid = child.pid;
        if (pid !== undefined)
            liveGroups.add(pid);
        let stdout = '';
        child.stdout.on('data', (chunk) => {
            if (stdout.length < MAX_OUTPUT_BYTES)
                stdout += chunk.toString('utf8');
        });
        // stderr is drained and dropped: it may carry generated text or a provider's error body.
        child.stderr.resume();
        let timedOut = false;
        let settled = false;
        const finish = (sample) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (pid !== undefined) {
                killGroup(pid);
                liveGroups.delete(pid);
            }
            child.stdout.destroy();
            child.stderr.destroy();
            resolve(sample);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            if (pid !== undefined)
                killGroup(pid);
            finish({
                outcome: { kind: 'hang', afterMs: Math.round(performance.now() - started) },
                exitCode: null,
                signal: 'SIGKILL',
            });
        }, options.deadlineMs);
        child.once('error', (error) => {
            finish({
                outcome: {
                    kind: 'unknown',
                    reason: `the command could not start (${error.code ?? 'error'})`,
                },
                exitCode: null,
                signal: null,
            });
        });
        child.once('exit', (code, signal) => {
            if (timedOut)
                return;
            const stated = OUTCOME_LINE.exec(stdout)?.[1];
            stdout = '';
            let outcome;
            if (stated === 'usable' || (stated === undefined && code === 0)) {
                outcome = { kind: 'usable', route: null };
            }
            else if (stated === 'controlled_failure') {
                outcome = {
                    kind: 'controlled_failure',
                    reason: 'the command reported a controlled failure',
                };
            }
            else if (code !== null) {
                outcome = { kind: 'controlled_failure', reason: `the command exited with code ${code}` };
            }
            else {
                outcome = {
                    kind: 'controlled_failure',
                    reason: `the command was ended by ${signal ?? 'a signal'}`,
                };
            }
            finish({ outcome, exitCode: code, signal });
        });
    });
}

// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
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

// EXTERNAL MODULE: ./lib/probe/drivers/backoff.js
var drivers_backoff = __webpack_require__(3622);
;// CONCATENATED MODULE: ./lib/probe/drivers/reference.js



class DeadlineReached extends Error {
}
/** Runs one caller request through the chain as declared. Never throws for a failed request. */
async function executeChain(chain, options) {
    const started = options.clock.now();
    let attempts = 0;
    const emit = (event) => options.onEvent?.(event);
    const at = () => options.clock.now() - started;
    const sendOnce = async (routeName) => {
        const route = options.routes.get(routeName);
        if (!route)
            throw new Error(`chain ${chain.name} names unknown route ${routeName}`);
        if (options.clock === realClock)
            await freshTick();
        const remaining = options.deadlineAt - options.clock.now();
        if (remaining <= 0)
            throw new DeadlineReached();
        attempts += 1;
        // Whole milliseconds: timer APIs such as AbortSignal.timeout reject fractions.
        const timeout = Math.max(1, Math.floor(Math.min(route.timeoutMs ?? options.defaultTimeoutMs, remaining)));
        const atMs = at();
        const result = await options.transport.attempt(route, timeout);
        emit({ type: 'attempt', atMs, route: routeName, result: result.kind });
        return result;
    };
    const withRetries = async (policy, run) => {
        let result = await run();
        if (!policy)
            return result;
        const first = options.clock.now();
        let backoff = (0,drivers_backoff/* exponentialBackoff */.Ed)(policy, options.random);
        for (let attempt = 1; attempt < policy.maxAttempts && retryable(policy, result); attempt++) {
            let wait = backoff.delayMs;
            let reason = 'backoff';
            if (policy.honourRetryAfter && result.kind === 'status' && result.retryAfterMs !== null) {
                if (result.retryAfterMs > wait)
                    reason = 'retry_after';
                wait = Math.max(wait, result.retryAfterMs);
            }
            const now = options.clock.now();
            // Stop rule: no retry starts after the policy's max elapsed time or the deadline.
            if (policy.maxElapsedMs !== null && now + wait - first > policy.maxElapsedMs) {
                emit({ type: 'stop', atMs: at(), reason: 'max_elapsed' });
                return result;
            }
            if (now + wait >= options.deadlineAt)
                throw new DeadlineReached();
            emit({ type: 'wait', atMs: at(), ms: wait, retry: attempt, reason });
            await options.clock.sleep(wait);
            backoff = backoff.next();
            result = await run();
        }
        return result;
    };
    const runTarget = async (target) => {
        if (target.kind === 'route')
            return withRetries(target.retry, () => sendOnce(target.route));
        if (target.kind === 'loadbalance') {
            return withRetries(target.retry, () => {
                const index = Math.min(target.targets.length - 1, Math.floor(options.random() * target.targets.length));
                return runTarget(target.targets[index]);
            });
        }
        return withRetries(target.retry, async () => {
            let last;
            for (const child of target.targets) {
                last = await runTarget(child);
                if (last.kind === 'usable')
                    return last;
            }
            if (!last)
                throw new Error(`chain ${chain.name} has an empty fallback group`);
            return last;
        });
    };
    const runLayers = (index) => {
        const layer = chain.layers[index];
        if (!layer)
            return runTarget(chain.target);
        return withRetries(layer.retry, () => runLayers(index + 1));
    };
    try {
        const result = await runLayers(0);
        if (result.kind === 'usable')
            return { outcome: { kind: 'usable', route: result.route }, attempts };
        return { outcome: { kind: 'controlled_failure', reason: describe(result) }, attempts };
    }
    catch (error) {
        if (error instanceof DeadlineReached) {
            emit({ type: 'stop', atMs: at(), reason: 'deadline' });
            return { outcome: { kind: 'hang', afterMs: Math.round(at()) }, attempts };
        }
        throw error;
    }
}
function retryable(policy, result) {
    if (result.kind === 'status')
        return policy.retryOnStatuses.includes(result.status);
    if (result.kind === 'network')
        return policy.retryOnNetworkErrors;
    return false;
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
            const { path, body } = (0,families/* buildSmokeRequest */.F0)(route.family, route.model);
            const result = await postJson({
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
                    retryAfterMs: parseRetryAfter(result.headers),
                };
            }
            let parsed;
            try {
                parsed = JSON.parse(result.bodyText);
            }
            catch {
                return { kind: 'unusable', route: route.name, reason: 'body is not JSON' };
            }
            const check = (0,families/* checkSuccessBody */.y7)(route.family, parsed);
            return check.usable
                ? { kind: 'usable', route: route.name }
                : { kind: 'unusable', route: route.name, reason: check.reason };
        },
    };
}
/** retry-after-ms wins over retry-after (seconds or an HTTP date), as the OpenAI clients read them. */
function parseRetryAfter(headers, nowMs = Date.now()) {
    const ms = headers['retry-after-ms'];
    if (ms !== undefined && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) {
        return Number(ms);
    }
    const value = headers['retry-after'];
    if (value === undefined || value.trim() === '')
        return null;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

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
            const step = stepForAttempt(input.faults.get(route.name) ?? HEALTHY, index);
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
    const execution = await executeChain(input.chain, {
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

// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
;// CONCATENATED MODULE: ./lib/probe/fault-proxy.js








const fault_proxy_MAX_REQUEST_BYTES = 1024 * 1024;
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
    const token = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const samplePrefix = new RegExp(`^/fg-${token}/s/(\\d{1,6})/v1(/[^?]*)?(\\?.*)?$`);
    const server = (0,external_node_http_.createServer)((req, res) => {
        const match = samplePrefix.exec(req.url ?? '');
        if (!match) {
            unattributed += 1;
            req.resume();
            res.writeHead(404, { 'content-type': 'application/json' });
            res.end('{"error":{"message":"fault proxy: unknown base URL path","type":"fault_proxy"}}');
            return;
        }
        const sample = Number(match[1]);
        const rest = match[2] ?? '';
        const index = perSample.get(sample) ?? 0;
        perSample.set(sample, index + 1);
        const step = stepForAttempt(options.plan, index);
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
        const body = await fault_proxy_readBody(req);
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
        const played = await playFault(step, res, {
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
    const byStatus = (0,status_class/* classifyHttpStatus */.n)(answer.status);
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
            return status === null ? null : ((0,status_class/* classifyHttpStatus */.n)(status)?.statusClass ?? '2xx_unusable');
        case 'hang':
        case 'reset':
            return 'retryable';
        default:
            return '2xx_unusable';
    }
}
function fault_proxy_readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > fault_proxy_MAX_REQUEST_BYTES) {
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

;// CONCATENATED MODULE: ./lib/probe/user-fault-plan.js

function faultPlanFromText(text, spec) {
    // Looked up by name so this builds whether or not the parser is present.
    const parse = Reflect.get(fault_plan_namespaceObject, 'parseFaultPlan');
    if (!parse) {
        throw new Error(`${spec.at.file}:${spec.at.line}:${spec.at.column}: scenario "${spec.name}" needs the fault plan language, which this build does not include`);
    }
    return parse(text);
}

;// CONCATENATED MODULE: ./lib/probe/scenarios.js


const DEFAULT_KNOBS = { retryAfterMs: 1000 };
const ok = { kind: 'ok' };
const always = (step) => ({ steps: [], then: step });
const once = (step) => ({ steps: [step], then: ok });
const onPrimary = (order, plan) => new Map(order[0] ? [[order[0], plan]] : []);
const onEvery = (order, plan) => new Map(order.map((route) => [route, plan]));
function throttle(knobs) {
    const ms = knobs.retryAfterMs;
    // Whole seconds go out in both headers; anything finer only as retry-after-ms.
    return ms % 1000 === 0
        ? { kind: 'status', status: 429, retryAfterS: ms / 1000, retryAfterMs: ms }
        : { kind: 'status', status: 429, retryAfterMs: ms };
}
const STANDARD_SCENARIOS = [
    {
        name: 'throttle-then-recover',
        expectation: 'the primary answers 429 with retry-after once, then 200: the caller waits at least the announced time, retries, and ends usable',
        needsFallback: false,
        build: (order, knobs) => ({
            faults: onPrimary(order, once(throttle(knobs))),
            allowedOutcomes: ['usable', 'controlled_failure'],
            fallbackExpected: false,
        }),
    },
    {
        name: 'unavailable-exhausts',
        expectation: 'every route answers 503 every time: retries back off, stop within the budget, and the caller ends with a controlled failure',
        needsFallback: false,
        build: (order) => ({
            faults: onEvery(order, always({ kind: 'status', status: 503 })),
            allowedOutcomes: ['controlled_failure'],
            fallbackExpected: order.length > 1,
        }),
    },
    {
        name: 'timeout',
        expectation: "the primary's first attempt hangs: the caller gives up at the route timeout, retries or falls back, and never hangs",
        needsFallback: false,
        build: (order) => ({
            faults: onPrimary(order, once({ kind: 'hang' })),
            allowedOutcomes: ['usable', 'controlled_failure'],
            fallbackExpected: false,
        }),
    },
    {
        name: 'reset',
        expectation: "the primary's first connection is reset: the caller treats it as retryable and ends usable or with a controlled failure",
        needsFallback: false,
        build: (order) => ({
            faults: onPrimary(order, once({ kind: 'reset' })),
            allowedOutcomes: ['usable', 'controlled_failure'],
            fallbackExpected: false,
        }),
    },
    {
        name: 'terminal',
        expectation: 'every route answers 400: no route is retried after a terminal status, and the caller ends with a controlled failure',
        needsFallback: false,
        build: (order) => ({
            faults: onEvery(order, always({ kind: 'status', status: 400 })),
            allowedOutcomes: ['controlled_failure'],
            fallbackExpected: false,
        }),
    },
    {
        name: 'malformed-2xx',
        expectation: 'the primary answers 200 with a body that is not valid JSON: the caller never counts it as usable',
        needsFallback: false,
        build: (order) => ({
            faults: onPrimary(order, always({ kind: 'malformed_json' })),
            allowedOutcomes: ['usable', 'controlled_failure'],
            fallbackExpected: false,
        }),
    },
    {
        name: 'primary-down-fallback-up',
        expectation: 'the primary answers 503 every time: after its retries the caller falls back and ends usable from the fallback',
        needsFallback: true,
        build: (order) => ({
            faults: onPrimary(order, always({ kind: 'status', status: 503 })),
            allowedOutcomes: ['usable'],
            fallbackExpected: true,
        }),
    },
    {
        name: 'fallback-wrong-shape',
        expectation: "the primary answers 503 and the first fallback answers 200 with the other family's body: the caller does not accept that body",
        needsFallback: true,
        build: (order) => {
            const faults = onPrimary(order, always({ kind: 'status', status: 503 }));
            if (order[1])
                faults.set(order[1], always({ kind: 'wrong_family' }));
            return {
                faults,
                allowedOutcomes: ['usable', 'controlled_failure'],
                fallbackExpected: true,
            };
        },
    },
];
const STANDARD_SCENARIO_NAMES = STANDARD_SCENARIOS.map((s) => s.name);
/** Thrown when a selection names a scenario that does not exist; the CLI turns it into exit 2. */
class ScenarioSelectionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ScenarioSelectionError';
    }
}
/**
 * The scenarios to run against one chain: the selected standard ones (all when `selected` is
 * empty) that make sense for it, then the user's scenarios that apply to it.
 */
function scenariosForChain(plan, chain, selected, knobs = DEFAULT_KNOBS) {
    const order = (0,worst_case/* routeOrder */.sG)(chain.target);
    const wanted = (name) => selected.length === 0 || selected.includes(name);
    const standard = STANDARD_SCENARIOS.filter((s) => wanted(s.name) && (!s.needsFallback || order.length > 1)).map((s) => ({
        name: s.name,
        kind: 'standard',
        expectation: s.expectation,
        ...s.build(order, knobs),
    }));
    const user = plan.scenarios
        .filter((s) => wanted(s.name) && (s.chain === null || s.chain === chain.name))
        .map((s) => userScenario(s));
    return [...standard, ...user];
}
function checkSelection(plan, selected) {
    const known = new Set([...STANDARD_SCENARIO_NAMES, ...plan.scenarios.map((s) => s.name)]);
    const unknown = selected.filter((name) => !known.has(name));
    if (unknown.length > 0) {
        throw new ScenarioSelectionError(`unknown scenario ${unknown.map((n) => `"${n}"`).join(', ')}; choose from: ${[...known].join(', ')}`);
    }
}
function userScenario(spec) {
    const faults = new Map();
    for (const [route, text] of Object.entries(spec.faults))
        faults.set(route, faultPlanFromText(text, spec));
    return {
        name: spec.name,
        kind: 'user',
        expectation: `user scenario: the caller ends ${spec.expect === 'usable' ? 'with a usable response' : 'with a controlled failure'}`,
        faults,
        allowedOutcomes: [spec.expect],
        fallbackExpected: false,
    };
}

;// CONCATENATED MODULE: ./lib/probe/error-path.js







/** Five concurrent samples: enough to tell jitter from lockstep with a small false-alarm rate. */
const DEFAULT_SAMPLES = 5;
/** How long a hang lasts for a route that declares no timeout, when the budget sets no limit. */
const UNBOUNDED_HANG_MS = 60_000;
async function runErrorPath(plan, options) {
    checkSelection(plan, options.scenarios);
    if (options.driver === 'command' && !options.command) {
        throw new Error('the command driver needs a command');
    }
    const knobs = { ...DEFAULT_KNOBS, ...options.knobs };
    const routes = new Map(plan.routes.map((r) => [r.name, r]));
    const jobs = plan.chains.flatMap((chain) => scenariosForChain(plan, chain, options.scenarios, knobs).map((scenario) => ({
        chain,
        scenario,
    })));
    const started = performance.now();
    const observations = await Promise.all(jobs.map(({ chain, scenario }) => runScenario(plan, chain, scenario, routes, options)));
    return {
        observations,
        wallMs: Math.round(performance.now() - started),
        longestMandatedWaitMs: Math.max(0, ...observations.map((o) => o.longestMandatedWaitMs)),
    };
}
async function runScenario(plan, chain, scenario, routes, options) {
    const clock = () => performance.now();
    const scenarioStart = clock();
    const order = [...new Set((0,worst_case/* routeOrder */.sG)(chain.target))];
    const hangBound = plan.budget.maxElapsedMs ?? UNBOUNDED_HANG_MS;
    const simulation = { chain, routes, faults: scenario.faults, defaultTimeoutMs: hangBound };
    const floor = await simulateChain({ ...simulation, random: LOWEST });
    const ceiling = await simulateChain({ ...simulation, random: HIGHEST });
    const deadlineMs = options.deadlineMs ??
        (options.driver === 'reference'
            ? Math.ceil(ceiling.elapsedMs * 1.5) + 2_000
            : Math.max(ceiling.elapsedMs, plan.budget.maxElapsedMs ?? 0) + 10_000);
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
                plan: scenario.faults.get(name) ?? HEALTHY,
                clock,
                maxHangMs: deadlineMs + 1_000,
            }));
        }
        const baseUrl = (route, sample) => proxies.get(route).baseUrlFor(sample);
        const runs = await Promise.all(Array.from({ length: options.samples }, async (_, sample) => {
            const startedAt = clock();
            const outcome = await runSample(sample, startedAt);
            return { sample, startedAt, endedAt: clock(), outcome };
        }));
        async function runSample(sample, startedAt) {
            if (options.driver === 'reference') {
                const execution = await executeChain(chain, {
                    routes,
                    transport: httpTransport((route) => baseUrl(route.name, sample)),
                    clock: realClock,
                    random: options.random ?? Math.random,
                    defaultTimeoutMs: hangBound,
                    deadlineAt: startedAt + deadlineMs,
                });
                return execution.outcome;
            }
            const env = commandEnvironment({
                baseEnv: options.env,
                routes: order.map((name) => ({ route: routes.get(name), baseUrl: baseUrl(name, sample) })),
                scenario: scenario.name,
                chain: chain.name,
                sample,
                deadlineMs,
            });
            const result = await runCommandSample(options.command ?? '', env, {
                deadlineMs,
                ...(options.cwd ? { cwd: options.cwd } : {}),
            });
            return result.outcome;
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
            };
        });
        const strays = log.filter((a) => a.sample >= options.samples).length;
        const evidenceGaps = [
            ...(unattributed > 0
                ? [`${unattributed} request(s) reached a fault proxy without a sample prefix`]
                : []),
            ...(strays > 0 ? [`${strays} request(s) named a sample that was not run`] : []),
            ...samples
                .filter((s) => s.outcome.kind === 'unknown')
                .map((s) => `sample ${s.sample}: the caller's outcome could not be observed`),
        ];
        return {
            scenario: scenario.name,
            chain: chain.name,
            driver: options.driver,
            expectation: scenario.expectation,
            samples,
            wallMs: round(clock() - scenarioStart),
            longestMandatedWaitMs: Math.round(floor.elapsedMs),
            evidenceGaps,
            kind: scenario.kind,
            allowedOutcomes: scenario.allowedOutcomes,
            fallbackExpected: scenario.fallbackExpected && order.length > 1,
            declaredAttempts: floor.attempts,
            declaredBackoffWaits: floor.events.filter((e) => e.type === 'wait' && e.reason === 'backoff')
                .length,
            declaredCeilingMs: Math.round(ceiling.elapsedMs),
            deadlineMs,
        };
    }
    finally {
        await Promise.all([...proxies.values()].map((p) => p.close()));
    }
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
        const c = (0,status_class/* classifyNetworkFault */.x)(result.fault);
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
    const byStatus = (0,status_class/* classifyHttpStatus */.n)(result.status);
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




const DEFAULT_ERROR_PATH = {
    driver: 'reference',
    scenarios: [],
    samples: DEFAULT_SAMPLES,
};
/**
 * The probe stage: the only one that talks to the network. The embedded mock is started only
 * when some route or the error path needs it, and always stopped. The happy path and the error
 * path run at the same time.
 */
async function probe(plan, options) {
    let mock;
    const mockUrl = () => mock?.url ?? '';
    const errorPath = options.errorPath === false ? null : (options.errorPath ?? DEFAULT_ERROR_PATH);
    try {
        const routesNeedingMock = plan.routes.filter((route) => chooseUpstream(route, options.upstream, options.env, mockUrl).upstream === 'mock');
        if (routesNeedingMock.length > 0 || errorPath)
            mock = await startMockProvider();
        const choices = new Map(plan.routes.map((route) => [
            route.name,
            chooseUpstream(route, options.upstream, options.env, mockUrl),
        ]));
        const [happyPath, errorRun] = await Promise.all([
            Promise.all(plan.routes.map((route) => probeHappyPath(route, choices.get(route.name)))),
            errorPath
                ? runErrorPath(plan, { ...errorPath, upstreamBaseUrl: mockUrl(), env: options.env })
                : null,
        ]);
        return { happyPath, errorPath: errorRun?.observations ?? [], storm: [] };
    }
    finally {
        await mock?.close();
    }
}


/***/ })

};
