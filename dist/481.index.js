export const id = 481;
export const ids = [481];
export const modules = {

/***/ 29481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGatewayScenario: () => (/* binding */ runGatewayScenario)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/plan/litellm-routes.js
var litellm_routes = __webpack_require__(71547);
// EXTERNAL MODULE: ./lib/probe/drivers/command.js
var command = __webpack_require__(96491);
;// CONCATENATED MODULE: ./lib/probe/drivers/gateway-config.js



function rewriteConfig(format, value, upstreamFor) {
    switch (format) {
        case 'portkey':
            return rewritePortkey(value, upstreamFor);
        case 'litellm':
            return rewriteLiteLLM(value, upstreamFor);
        case 'native':
            return rewriteNative(value, upstreamFor);
    }
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const clone = (v) => structuredClone(v);
/** Portkey keys that call out of the gateway (hooks, guardrails) or answer without the routes (cache). */
const PORTKEY_NETWORK_KEYS = [
    'cache',
    'before_request_hooks',
    'after_request_hooks',
    'input_guardrails',
    'output_guardrails',
];
/** Provider-specific keys that would send a target elsewhere than its custom_host. */
const PORTKEY_PROVIDER_KEYS = [
    'virtual_key',
    'resource_name',
    'deployment_id',
    'api_version',
    'azure_auth_mode',
    'azure_model_name',
    'aws_access_key_id',
    'aws_secret_access_key',
    'aws_session_token',
    'aws_region',
    'vertex_project_id',
    'vertex_region',
    'vertex_service_account_json',
    'openai_project',
    'openai_organization',
];
function rewritePortkey(value, upstreamFor) {
    if (!isObject(value))
        throw new Error('the Portkey config is not an object');
    const root = clone(value);
    const changes = [];
    const routes = [];
    const walk = (node, name) => {
        for (const key of PORTKEY_NETWORK_KEYS) {
            if (key in node) {
                delete node[key];
                changes.push(`${name}: ${key} removed, so every request reaches the routes`);
            }
        }
        if (isObject(node.strategy) && Array.isArray(node.targets)) {
            // An inherited custom_host or key would be overridden by every target anyway.
            delete node.custom_host;
            delete node.api_key;
            node.targets.forEach((child, i) => {
                if (isObject(child))
                    walk(child, `${name}.targets[${i}]`);
            });
            return;
        }
        const provider = typeof node.provider === 'string' ? node.provider : null;
        if (provider !== 'openai') {
            changes.push(`${name}: provider ${provider ?? '(virtual key)'} answered by an OpenAI-compatible stand-in`);
        }
        for (const key of PORTKEY_PROVIDER_KEYS)
            delete node[key];
        node.provider = 'openai';
        node.custom_host = upstreamFor(name);
        node.api_key = command/* PLACEHOLDER_KEY */.Kn;
        routes.push(name);
    };
    walk(root, 'config');
    return { text: `${JSON.stringify(root, null, 2)}\n`, value: root, changes, routes };
}
/** LiteLLM settings that reach other services or cache answers; dropped for the run. */
const LITELLM_NETWORK_SETTINGS = [
    'callbacks',
    'success_callback',
    'failure_callback',
    'service_callback',
    'cache',
    'cache_params',
    'redis_host',
    'redis_port',
    'redis_password',
    'redis_url',
];
/** Deployment parameters that carry a credential or send the call elsewhere than api_base. */
const LITELLM_CREDENTIAL_PARAM = /(key|secret|token|password|credentials?)$/i;
const LITELLM_PROVIDER_PARAMS = [
    'api_version',
    'aws_region_name',
    'vertex_project',
    'vertex_location',
    'region_name',
    'organization',
];
function rewriteLiteLLM(value, upstreamFor) {
    if (!isObject(value) || !Array.isArray(value.model_list)) {
        throw new Error('the LiteLLM config has no model_list');
    }
    const root = clone(value);
    const list = root.model_list;
    const changes = [];
    const routes = [];
    const sizes = new Map();
    const seen = new Map();
    for (const d of list) {
        if (isObject(d) && typeof d.model_name === 'string') {
            sizes.set(d.model_name, (sizes.get(d.model_name) ?? 0) + 1);
        }
    }
    list.forEach((d, i) => {
        if (!isObject(d) || typeof d.model_name !== 'string' || !isObject(d.litellm_params)) {
            throw new Error(`model_list[${i}] is not a deployment`);
        }
        const k = (seen.get(d.model_name) ?? 0) + 1;
        seen.set(d.model_name, k);
        const info = isObject(d.model_info) ? d.model_info : undefined;
        const name = (0,litellm_routes/* deploymentName */.p)({
            model_name: d.model_name,
            model_info: typeof info?.id === 'string' ? { id: info.id } : undefined,
        }, k, sizes.get(d.model_name) ?? 1);
        const params = d.litellm_params;
        const model = typeof params.model === 'string' ? params.model : '';
        const slash = model.indexOf('/');
        // As the plan reads it: no prefix is OpenAI, except a bare claude model (Anthropic).
        const provider = slash > 0 ? model.slice(0, slash) : /^claude/i.test(model) ? 'anthropic' : 'openai';
        const bare = slash > 0 ? model.slice(slash + 1) : model;
        if (provider !== 'openai') {
            changes.push(`${name}: provider ${provider} answered by an OpenAI-compatible stand-in (model openai/${bare})`);
        }
        for (const key of Object.keys(params)) {
            if (LITELLM_CREDENTIAL_PARAM.test(key) || LITELLM_PROVIDER_PARAMS.includes(key)) {
                delete params[key];
            }
        }
        params.model = `openai/${bare}`;
        params.api_base = upstreamFor(name);
        params.api_key = command/* PLACEHOLDER_KEY */.Kn;
        routes.push(name);
    });
    for (const section of ['router_settings', 'litellm_settings']) {
        const settings = root[section];
        if (!isObject(settings))
            continue;
        for (const key of LITELLM_NETWORK_SETTINGS) {
            if (key in settings) {
                delete settings[key];
                changes.push(`${section}.${key} removed: it reaches another service or caches answers`);
            }
        }
    }
    if ('environment_variables' in root) {
        delete root.environment_variables;
        changes.push('environment_variables removed: the gateway gets placeholders for credentials');
    }
    if ('general_settings' in root) {
        const had = isObject(root.general_settings) && 'master_key' in root.general_settings;
        delete root.general_settings;
        if (had)
            root.general_settings = { master_key: command/* PLACEHOLDER_KEY */.Kn };
        changes.push(`general_settings replaced${had ? ' by a placeholder master_key' : ''}: no database, alerting or UI in the run`);
    }
    return { text: (0,dist/* stringify */.As)(root), value: root, changes, routes };
}
function rewriteNative(value, upstreamFor) {
    if (!isObject(value) || !Array.isArray(value.routes)) {
        throw new Error('the config has no routes');
    }
    const root = clone(value);
    const routes = [];
    for (const r of root.routes) {
        if (!isObject(r) || typeof r.name !== 'string')
            continue;
        r.base_url = upstreamFor(r.name);
        routes.push(r.name);
    }
    return { text: (0,dist/* stringify */.As)(root), value: root, changes: [], routes };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./lib/probe/drivers/gateway-process.js




const LOG_LINES = 12;
const LINE_CHARS = 200;
const POLL_MS = 50;
const STOP_GRACE_MS = 2_000;
// eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** `key=value`, `key: value` and bearer forms of anything credential-shaped in a log line. */
const CREDENTIAL_TEXT = /\b(api[_-]?key|authorization|bearer|token|secret|password|master[_-]?key)(["']?\s*[:=]?\s*["']?)[^\s"',}]+/gi;
/** A log line as it may appear in an evidence gap: no colour codes, no credential-shaped values, short. */
function maskLogLine(line) {
    return line
        .replace(ANSI, '')
        .replace(CREDENTIAL_TEXT, '$1$2[redacted]')
        .replace(/\r/g, '')
        .trim()
        .slice(0, LINE_CHARS);
}
/** Process groups of running gateways; killed if the gate exits first. */
const live = new Set();
let hooked = false;
/** A port nobody listens on at the moment it is asked (the gateway binds it right after). */
async function freeLoopbackPort() {
    const server = (0,external_node_net_.createServer)();
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    if (address === null || typeof address === 'string')
        throw new Error('no loopback port');
    return address.port;
}
/** How a process ended, as an evidence gap says it. */
function describeExit(ended) {
    return ended.signal ? `signal ${ended.signal}` : `exit code ${ended.code}`;
}
async function startGateway(launch) {
    if (!hooked) {
        hooked = true;
        process.once('exit', () => {
            for (const pid of live)
                (0,command/* killGroup */.i0)(pid);
        });
    }
    const started = performance.now();
    const log = logTail();
    const child = spawnGroup(launch);
    const pid = child.pid;
    if (pid !== undefined)
        live.add(pid);
    child.stdout.on('data', log.take);
    child.stderr.on('data', log.take);
    const watched = watch(child);
    const elapsed = () => Math.round(performance.now() - started);
    const deadline = started + launch.startTimeoutMs;
    const url = `http://127.0.0.1:${launch.port}${launch.readyPath}`;
    while (performance.now() < deadline) {
        const how = watched.exited();
        if (how !== null) {
            await watched.stop();
            const spawnError = watched.spawnError();
            return {
                ok: false,
                reason: spawnError
                    ? `the gateway could not be started (${spawnError ?? ''})`
                    : `the gateway exited before it was ready (${describeExit(how)})`,
                startupMs: elapsed(),
                logTail: log.tail(),
            };
        }
        if (await answers(url, Math.max(1, Math.min(1_000, deadline - performance.now())))) {
            const startupMs = elapsed();
            return {
                ok: true,
                gateway: {
                    port: launch.port,
                    startupMs,
                    exited: watched.exited,
                    logTail: log.tail,
                    stop: watched.stop,
                },
            };
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    await watched.stop();
    return {
        ok: false,
        reason: `the gateway did not answer on 127.0.0.1:${launch.port} within ${launch.startTimeoutMs} ms`,
        startupMs: elapsed(),
        logTail: log.tail(),
    };
}
/** The gateway's output, kept only as its last few lines, masked. */
function logTail() {
    const lines = [];
    let partial = '';
    const take = (chunk) => {
        const text = partial + chunk.toString('utf8');
        const parts = text.split('\n');
        partial = (parts.pop() ?? '').slice(-4096);
        for (const part of parts) {
            const line = maskLogLine(part);
            if (line === '')
                continue;
            lines.push(line);
            if (lines.length > LOG_LINES)
                lines.shift();
        }
    };
    const tail = () => {
        const last = maskLogLine(partial);
        return last === '' ? [...lines] : [...lines, last].slice(-LOG_LINES);
    };
    return { take, tail };
}
/** Starts the gateway as the leader of its own process group, output piped. */
function spawnGroup(launch) {
    return launch.shellCommand
        ? (0,external_node_child_process_.spawn)(launch.shellCommand, {
            shell: true,
            detached: true,
            env: launch.env,
            cwd: launch.cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
        })
        : (0,external_node_child_process_.spawn)(launch.file ?? '', launch.args ?? [], {
            detached: true,
            env: launch.env,
            cwd: launch.cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
}
/** Whether and how the process ended, and how to stop its whole group (bounded). */
function watch(child) {
    const pid = child.pid;
    let ended = null;
    // Read through a function: the value changes in event handlers, out of the type checker's sight.
    const endedNow = () => ended;
    let spawnError = null;
    const spawnErrorNow = () => spawnError;
    const exitedPromise = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            ended = { code, signal };
            resolve();
        });
        child.once('error', (error) => {
            spawnError = error.code ?? 'error';
            ended ??= { code: null, signal: null };
            resolve();
        });
    });
    const stop = async () => {
        if (pid === undefined)
            return;
        if (ended === null) {
            try {
                process.kill(-pid, 'SIGTERM');
            }
            catch {
                // already gone
            }
            let timer;
            await Promise.race([
                exitedPromise,
                new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS))),
            ]);
            clearTimeout(timer);
        }
        // Whatever the gateway started (workers, a shell's children) goes with the group.
        (0,command/* killGroup */.i0)(pid);
        live.delete(pid);
        child.stdout.destroy();
        child.stderr.destroy();
    };
    return { exited: endedNow, spawnError: spawnErrorNow, stop };
}
async function answers(url, timeoutMs) {
    try {
        const response = await (0,undici.request)(url, {
            method: 'GET',
            signal: AbortSignal.timeout(Math.floor(timeoutMs)),
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
        });
        await response.body.dump();
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
// EXTERNAL MODULE: ./lib/probe/http.js
var http = __webpack_require__(16092);
// EXTERNAL MODULE: ./lib/probe/drivers/reference.js
var reference = __webpack_require__(12803);
;// CONCATENATED MODULE: ./lib/probe/drivers/gateway-sample.js





// One sample through the gateway: the gate calls the gateway as a client would (with the
// declared client layer around it, as an SDK does), and reads what came back. A gateway that
// dies during the sample, drops its caller's connection, or rejects the request before calling
// any upstream (it could not read its rewritten config) leaves the sample's outcome unknown:
// never a pass, never a caller's failure. A request it holds until the sample's deadline is a hang.
/** A request that timed out this close to the sample's deadline was held until it. */
const HANG_SLACK_MS = 100;
/** How long a dropped connection waits for the gateway's exit to be noticed. */
const EXIT_NOTICE_MS = 1_000;
/** Faults by which a gateway leaves its caller without an answer (a timeout is a hang instead). */
const DROPPED = new Set([
    'connection_refused',
    'connection_reset',
    'body_truncated',
    'other_network_error',
]);
/**
 * The gateway as a route the caller calls. Portkey is always called with Chat Completions; a
 * LiteLLM proxy is called by model group, which is what its chains are named after.
 */
function gatewayClient(prepared, chain, primary, port) {
    const family = prepared.spec.kind === 'portkey' ? 'chat_completions' : primary.family;
    const model = prepared.format === 'litellm' ? chain.name : primary.model;
    const client = {
        ...primary,
        name: 'gateway',
        family,
        model,
        baseUrl: `http://127.0.0.1:${port}/v1`,
        timeoutMs: null,
    };
    // The declared client layer (none unless --client-retries) wraps the gateway, as an SDK does.
    const clientChain = {
        name: chain.name,
        layers: chain.layers,
        target: { kind: 'route', route: 'gateway', retry: null, at: chain.at },
        at: chain.at,
    };
    return { client, clientChain };
}
/** Runs one sample through the gateway and says what its caller got. */
async function runGatewaySample(caller, sample) {
    const headers = {};
    if (caller.headerConfig) {
        headers['x-portkey-config'] = JSON.stringify(caller.headerConfig(sample));
    }
    const startedAt = caller.clock();
    let rejected = null;
    let dropped = null;
    // Set inside the transport callback: read through a function so the type is not narrowed.
    const droppedNow = () => dropped;
    let timedOut = false;
    const timedOutNow = () => timedOut;
    const execution = await (0,reference/* executeChain */.$f)(caller.clientChain, {
        routes: new Map([['gateway', caller.client]]),
        transport: {
            attempt: async (route, timeoutMs) => {
                const result = await sendToGateway(route, timeoutMs, headers);
                if (result.rejection && attemptsOf(caller.proxies, sample) === 0) {
                    rejected = result.rejection;
                }
                dropped = result.kind === 'network' && DROPPED.has(result.fault) ? result.fault : null;
                timedOut = result.kind === 'network' && !DROPPED.has(result.fault);
                return result;
            },
        },
        clock: reference/* realClock */.dQ,
        random: caller.random,
        defaultTimeoutMs: caller.deadlineMs,
        deadlineAt: startedAt + caller.deadlineMs,
    });
    const endedAt = caller.clock();
    // A dropped connection is how a dying gateway looks from outside: give its exit a moment.
    const drop = droppedNow();
    const running = caller.running();
    if (drop !== null)
        await exitOrTimeout(running, EXIT_NOTICE_MS);
    const died = running.exited();
    let outcome = execution.outcome.kind === 'usable' ? { kind: 'usable', route: null } : execution.outcome;
    if (execution.outcome.kind === 'controlled_failure' &&
        timedOutNow() &&
        endedAt - startedAt >= caller.deadlineMs - HANG_SLACK_MS) {
        // The gateway held the caller's last request until the sample's deadline: a hang.
        outcome = { kind: 'hang', afterMs: Math.round(endedAt - startedAt) };
    }
    if (died) {
        outcome = {
            kind: 'unknown',
            reason: `the gateway exited during the sample (${describeExit(died)})`,
        };
    }
    else if (drop !== null && execution.outcome.kind !== 'usable') {
        outcome = {
            kind: 'unknown',
            reason: `the gateway dropped the connection (${drop.replaceAll('_', ' ')})`,
        };
        caller.drops += 1;
    }
    else if (rejected !== null && attemptsOf(caller.proxies, sample) === 0) {
        caller.rejections.push(rejected);
        outcome = {
            kind: 'unknown',
            reason: 'the gateway answered without calling any upstream (it did not run the config)',
        };
    }
    return { sample, startedAt, endedAt, outcome };
}
/**
 * Answers that, before any upstream call, mean the gateway did not run the config (it could not
 * read it, refused the request, or broke): not its throttling (429) or its upstream errors.
 */
const REJECTION = (status) => (status >= 400 && status < 500 && ![408, 409, 429].includes(status)) || status === 500;
/** One request to the gateway, classified as a caller would; a 4xx/5xx keeps the gateway's message. */
async function sendToGateway(route, timeoutMs, headers) {
    const { path, body } = (0,families/* buildSmokeRequest */.F0)(route.family, route.model);
    const result = await (0,http/* postJson */.B2)({
        url: `${route.baseUrl}${path}`,
        body,
        apiKey: command/* PLACEHOLDER_KEY */.Kn,
        deadlineMs: timeoutMs,
        headers,
    });
    if (result.kind === 'fault') {
        return { kind: 'network', route: route.name, fault: result.fault };
    }
    const answer = (0,http/* attemptResultOf */.EW)(route, result);
    if (answer.kind === 'status' && REJECTION(answer.status)) {
        return { ...answer, rejection: `HTTP ${answer.status}${messageOf(result.bodyText)}` };
    }
    return answer;
}
/** The gateway's own error message (not an upstream's body), short and masked. */
function messageOf(text) {
    try {
        const parsed = JSON.parse(text);
        const message = parsed.error?.message ?? parsed.message;
        return typeof message === 'string' ? ` (${maskLogLine(message).slice(0, 160)})` : '';
    }
    catch {
        return '';
    }
}
function attemptsOf(proxies, sample) {
    let n = 0;
    for (const proxy of proxies.values()) {
        n += proxy.attempts().filter((a) => a.sample === sample).length;
    }
    return n;
}
async function exitOrTimeout(gateway, ms) {
    const until = performance.now() + ms;
    while (gateway.exited() === null && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

;// CONCATENATED MODULE: ./lib/probe/drivers/gateway.js






/** Bound on waiting, between sequential samples, for the last sample's attempts to finish. */
const SETTLE_MS = 2_000;
async function runGatewayScenario(prepared, input) {
    const release = await prepared.slots.acquire();
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'fallback-gate-gw-'));
    let gateway = null;
    const sequential = prepared.spec.kind !== 'portkey';
    const facts = {
        name: prepared.spec.kind,
        version: prepared.version,
        attribution: sequential ? 'sequential' : 'per_sample',
        startupMs: null,
        configChanges: [],
    };
    try {
        const rewrite = configFor(prepared, input.proxies);
        const fileConfig = rewrite(null);
        facts.configChanges = fileConfig.changes;
        const configPath = (0,external_node_path_.join)(dir, prepared.format === 'portkey' ? 'config.json' : 'config.yaml');
        await (0,promises_.writeFile)(configPath, fileConfig.text, { mode: 0o600 });
        const launch = () => launchGateway(prepared, configPath);
        const started = await launch();
        facts.startupMs = started.ok ? started.gateway.startupMs : started.startupMs;
        if (!started.ok) {
            return { runs: [], gaps: [withLog(started.reason, started.logTail)], facts };
        }
        gateway = started.gateway;
        let running = gateway;
        const primary = input.routes.get([...input.proxies.keys()][0] ?? '');
        if (!primary)
            throw new Error(`chain ${input.chain.name} has no primary route`);
        const caller = {
            prepared,
            chain: input.chain,
            proxies: input.proxies,
            deadlineMs: input.deadlineMs,
            random: input.random,
            clock: input.clock,
            ...gatewayClient(prepared, input.chain, primary, running.port),
            running: () => running,
            headerConfig: prepared.spec.kind === 'portkey' ? (sample) => rewrite(sample).value : null,
            rejections: [],
            drops: 0,
        };
        let runs = [];
        let restartGap = null;
        if (!sequential) {
            runs = await Promise.all(Array.from({ length: input.samples }, (_, i) => runGatewaySample(caller, i)));
        }
        else {
            const sequential = await runOneAfterAnother(caller, input, launch, (next) => {
                gateway = next;
                running = next;
                caller.client.baseUrl = `http://127.0.0.1:${running.port}/v1`;
                facts.restarts = (facts.restarts ?? 0) + 1;
            });
            runs = sequential.runs;
            restartGap = sequential.restartGap;
        }
        return { runs, gaps: gatewayGaps(caller, running, runs, input.samples, restartGap), facts };
    }
    finally {
        await gateway?.stop();
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        release();
    }
}
/**
 * The user's config with every route's upstream at its fault proxy: a sample's own base URLs,
 * or (sample null) the proxies' shared base URLs, for a gateway that reads one config file.
 */
function configFor(prepared, proxies) {
    const proxyOf = (route) => {
        const proxy = proxies.get(route);
        if (!proxy)
            throw new Error(`route ${route} has no fault proxy in this scenario`);
        return proxy;
    };
    // Routes outside this chain still need an upstream the gateway can reach: the primary's
    // proxy would count them as this chain's attempts, so they get a closed loopback port.
    const upstreamFor = (sample) => (route) => proxies.has(route)
        ? sample === null
            ? proxyOf(route).sharedBaseUrl
            : proxyOf(route).baseUrlFor(sample)
        : 'http://127.0.0.1:9/v1';
    return (sample) => rewriteConfig(prepared.format, prepared.config, upstreamFor(sample));
}
/**
 * A gateway that reads one config file cannot tell samples apart on the wire: its samples run
 * one after another through each proxy's shared base URL, each attributed to the sample running
 * at the time.
 */
async function runOneAfterAnother(caller, input, launch, restarted) {
    const runs = [];
    for (let sample = 0; sample < input.samples; sample++) {
        if (caller.running().exited())
            break;
        for (const proxy of input.proxies.values())
            proxy.assignShared(sample);
        const run = await runGatewaySample(caller, sample);
        runs.push(run);
        await settle(input.proxies, sample);
        for (const proxy of input.proxies.values())
            proxy.assignShared(null);
        // A caller that gave up leaves the gateway still working on its request; its late
        // retries would land on the next sample. A fresh gateway starts the next one clean.
        if (run.outcome.kind === 'hang' && sample + 1 < input.samples) {
            await caller.running().stop();
            const again = await launch();
            if (!again.ok) {
                return {
                    runs,
                    restartGap: withLog(`the gateway did not restart: ${again.reason}`, again.logTail),
                };
            }
            restarted(again.gateway);
        }
    }
    return { runs, restartGap: null };
}
/** What the scenario's evidence lacks because of the gateway, each with its last log lines. */
function gatewayGaps(caller, running, runs, samples, restartGap) {
    const gaps = restartGap ? [restartGap] : [];
    const died = restartGap ? null : running.exited();
    if (died) {
        gaps.push(withLog(`the gateway exited mid-run (${describeExit(died)}) after ${runs.filter((r) => r.outcome.kind !== 'unknown').length} of ${samples} samples`, running.logTail()));
    }
    if (caller.drops > 0 && !died) {
        gaps.push(withLog(`the gateway dropped ${caller.drops} caller connection(s) without an answer`, running.logTail()));
    }
    if (caller.rejections.length > 0) {
        gaps.push(withLog(`the gateway rejected ${caller.rejections.length} request(s) before calling any upstream: ${caller.rejections[0]}`, running.logTail()));
    }
    return gaps;
}
/** Starts the gateway on a free loopback port with the rewritten config. */
function launchGateway(prepared, configPath) {
    return freeLoopbackPort().then((port) => startGateway({
        ...launchOf(prepared, configPath, port),
        env: prepared.env,
        cwd: prepared.cwd,
        port,
        startTimeoutMs: prepared.startTimeoutMs,
    }));
}
function launchOf(prepared, configPath, port) {
    switch (prepared.spec.kind) {
        case 'portkey':
            return {
                file: process.execPath,
                args: [prepared.portkeyScript ?? '', `--port=${port}`, '--headless'],
                readyPath: '/',
            };
        case 'litellm':
            return {
                file: 'litellm',
                args: ['--config', configPath, '--port', String(port), '--host', '127.0.0.1'],
                readyPath: '/health/liveliness',
            };
        case 'command':
            return {
                shellCommand: (prepared.spec.template ?? '')
                    .replaceAll('{port}', String(port))
                    .replaceAll('{config}', shellQuote(configPath)),
                readyPath: '/',
            };
    }
}
function shellQuote(value) {
    return `'${value.replaceAll("'", `'\\''`)}'`;
}
/** Waits (bounded) until none of the sample's attempts is still open on a proxy. */
async function settle(proxies, sample) {
    const until = performance.now() + SETTLE_MS;
    const open = () => [...proxies.values()].some((p) => p
        .attempts()
        .some((a) => a.sample === sample && a.finishedAt === null && a.abandonedAt === null));
    while (open() && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}
function withLog(reason, lines) {
    return lines.length === 0
        ? `${reason}; the gateway printed nothing`
        : `${reason}; its last log lines: ${lines.join(' | ')}`;
}


/***/ })

};
