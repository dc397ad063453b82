export const id = 72;
export const ids = [72];
export const modules = {

/***/ 7116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs)
/* harmony export */ });
// How the plan writes a duration, in the text output and in annotations.
function formatMs(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ deploymentName),
/* harmony export */   q: () => (/* binding */ modelGroups)
/* harmony export */ });
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _adapter_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9760);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1989);



// Deployments become routes, grouped into model groups by model_name.
/** Environment variables LiteLLM reads a provider's key from when api_key is not given. */
const PROVIDER_KEY_ENV = {
    openai: 'OPENAI_API_KEY',
    anthropic: 'ANTHROPIC_API_KEY',
    azure: 'AZURE_API_KEY',
    groq: 'GROQ_API_KEY',
    mistral: 'MISTRAL_API_KEY',
    deepseek: 'DEEPSEEK_API_KEY',
    openrouter: 'OPENROUTER_API_KEY',
    together_ai: 'TOGETHERAI_API_KEY',
    xai: 'XAI_API_KEY',
    gemini: 'GEMINI_API_KEY',
    fireworks_ai: 'FIREWORKS_AI_API_KEY',
    perplexity: 'PERPLEXITYAI_API_KEY',
};
/** Deployments → routes, grouped by model_name in order of first appearance. */
function modelGroups(source, config, options) {
    const at = (path) => source.positionOf(path);
    const groups = new Map();
    const routes = [];
    const names = new Set();
    const groupSizes = new Map();
    for (const d of config.model_list) {
        groupSizes.set(d.model_name, (groupSizes.get(d.model_name) ?? 0) + 1);
    }
    const seenInGroup = new Map();
    config.model_list.forEach((d, i) => {
        const k = (seenInGroup.get(d.model_name) ?? 0) + 1;
        seenInGroup.set(d.model_name, k);
        const name = deploymentName(d, k, groupSizes.get(d.model_name) ?? 1);
        if (names.has(name)) {
            throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(at(['model_list', i, d.model_info?.id ? 'model_info' : 'model_name']), `deployment name "${name}" is used twice`, 'give each deployment a unique model_info.id');
        }
        names.add(name);
        const route = deploymentRoute(source, config, d, i, name, options);
        routes.push(route);
        const group = groups.get(d.model_name) ?? { routes: [], index: i };
        group.routes.push(route);
        groups.set(d.model_name, group);
    });
    return { routes, groups };
}
/**
 * The route name of a deployment: its model_info.id, else its model_name, numbered `#k` (1-based
 * within the group) when the group has several deployments. The gateway driver names the
 * deployments of a rewritten config the same way.
 */
function deploymentName(d, k, groupSize) {
    return d.model_info?.id ?? (groupSize > 1 ? `${d.model_name}#${k}` : d.model_name);
}
function deploymentRoute(source, config, d, i, name, options) {
    const params = d.litellm_params;
    const slash = params.model.indexOf('/');
    const prefix = slash > 0 ? params.model.slice(0, slash) : '';
    const provider = prefix || (/^claude/i.test(params.model) ? 'anthropic' : 'openai');
    const model = prefix ? params.model.slice(slash + 1) : params.model;
    let baseUrl;
    if (params.api_base !== undefined) {
        baseUrl = resolveUrl(source, params.api_base, ['model_list', i, 'litellm_params', 'api_base'], options);
    }
    else {
        const known = _adapter_common_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVIDER_BASE_URLS */ .R1[provider];
        if (!known) {
            throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf(['model_list', i, 'litellm_params', 'model']), `the gate cannot tell which host provider "${provider}" sends requests to`, 'add litellm_params.api_base with the OpenAI-compatible base URL of this deployment');
        }
        baseUrl = known;
    }
    const apiKeyEnv = (0,_adapter_common_js__WEBPACK_IMPORTED_MODULE_1__/* .apiKeyEnvOf */ .kJ)(source, params.api_key, ['model_list', i, 'litellm_params', 'api_key'], 'write api_key: os.environ/NAME', PROVIDER_KEY_ENV[provider] ?? null);
    const timeoutS = params.timeout ?? config.router_settings?.timeout ?? config.litellm_settings?.request_timeout;
    const family = d.model_info?.mode === 'responses' ? 'responses' : 'chat_completions';
    return {
        name,
        family,
        baseUrl: baseUrl.replace(/\/+$/, ''),
        model,
        apiKeyEnv,
        timeoutMs: timeoutS === undefined ? null : Math.round(timeoutS * 1000),
        stream: false,
        at: source.positionOf(['model_list', i]),
    };
}
function resolveUrl(source, raw, path, options) {
    const variable = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .envReferenceName */ .Gb)(raw);
    let value = raw;
    if (variable !== null) {
        const set = options.env?.[variable];
        if (set === undefined || set.trim() === '') {
            throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf(path), `the base URL comes from environment variable ${variable}, which is not set`, `set ${variable} where the gate runs, or write the URL in the config`);
        }
        value = set.trim();
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf(path), `expected an http(s) URL such as https://api.openai.com/v1${variable ? ` in ${variable}` : ''}`, 'write the full base URL, scheme included');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf(path), `expected an http(s) URL, found the scheme "${url.protocol}"`, 'use an https:// base URL');
    }
    return value;
}


/***/ }),

/***/ 3376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yq: () => (/* binding */ loadPlan)
});

// UNUSED EXPORTS: detectFormat, planFromText

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/plan/adapter-common.js
var adapter_common = __webpack_require__(9760);
// EXTERNAL MODULE: ./lib/common/read-file.js
var read_file = __webpack_require__(7712);
// EXTERNAL MODULE: ./lib/common/yaml-source.js
var yaml_source = __webpack_require__(4610);
// EXTERNAL MODULE: ./lib/common/config-error.js
var config_error = __webpack_require__(1896);
// EXTERNAL MODULE: ./lib/plan/credentials.js
var credentials = __webpack_require__(1989);
// EXTERNAL MODULE: ./lib/common/zod-position.js
var zod_position = __webpack_require__(2574);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
;// CONCATENATED MODULE: ./lib/plan/litellm-schema.js

// The shape of a LiteLLM proxy config.yaml, as far as the plan reads it. Unknown keys pass
// (loose objects) and are reported by litellm-unsupported.ts.
/** The error kinds a retry_policy counts retries for, and the statuses each kind stands for. */
const RETRY_POLICY_KINDS = {
    BadRequestErrorRetries: [400],
    AuthenticationErrorRetries: [401],
    TimeoutErrorRetries: [408],
    RateLimitErrorRetries: [429],
    ContentPolicyViolationErrorRetries: [400],
    InternalServerErrorRetries: [500, 502, 503, 504],
};
const retries = schemas/* int */.Whr().min(0).max(100);
const seconds = schemas/* number */.aig().positive().max(86_400);
const groupName = schemas/* string */.YjP().min(1);
const fallbackList = schemas/* array */.YOg(schemas/* record */.g1P(groupName, schemas/* array */.YOg(groupName)));
const retryPolicySchema = schemas/* strictObject */.rej(Object.fromEntries(Object.keys(RETRY_POLICY_KINDS).map((k) => [k, retries.optional()])));
const settingsShape = {
    num_retries: retries.optional(),
    timeout: seconds.optional(),
    request_timeout: seconds.optional(),
    retry_after: schemas/* number */.aig().min(0).max(3600).optional(),
    allowed_fails: schemas/* int */.Whr().min(0).optional(),
    cooldown_time: schemas/* number */.aig().min(0).optional(),
    fallbacks: fallbackList.optional(),
    context_window_fallbacks: fallbackList.optional(),
    content_policy_fallbacks: fallbackList.optional(),
    default_fallbacks: schemas/* array */.YOg(groupName).optional(),
    max_fallbacks: schemas/* int */.Whr().min(1).max(50).optional(),
    retry_policy: retryPolicySchema.optional(),
    model_group_retry_policy: schemas/* record */.g1P(groupName, retryPolicySchema).optional(),
};
const deploymentSchema = schemas/* looseObject */._H3({
    model_name: schemas/* string */.YjP().min(1),
    litellm_params: schemas/* looseObject */._H3({
        model: schemas/* string */.YjP().min(1),
        api_base: schemas/* string */.YjP().min(1).optional(),
        api_key: schemas/* string */.YjP().optional(),
        timeout: seconds.optional(),
    }),
    model_info: schemas/* looseObject */._H3({ id: schemas/* string */.YjP().min(1).optional(), mode: schemas/* string */.YjP().optional() })
        .optional(),
});
const litellmConfigSchema = schemas/* looseObject */._H3({
    model_list: schemas/* array */.YOg(deploymentSchema).min(1, 'model_list needs at least one deployment'),
    router_settings: schemas/* looseObject */._H3(settingsShape).optional(),
    litellm_settings: schemas/* looseObject */._H3(settingsShape).optional(),
});
/** Where a setting was read: router_settings when it is set there, else litellm_settings. */
function settingPath(router, key) {
    return router[key] !== undefined ? ['router_settings', key] : ['litellm_settings', key];
}

;// CONCATENATED MODULE: ./lib/plan/litellm-fallbacks.js


/**
 * Fallback lists, checked against the model groups, keeping where each was written. The
 * Router takes router_settings' list when it has one, else litellm_settings' (a whole list,
 * never a merge); a "*" entry is the generic fallback for groups without their own.
 */
function readFallbacks(source, router, globals, groups) {
    const checkGroup = (name, path, keyPath = false) => {
        if (groups.has(name))
            return;
        const guess = (0,zod_position/* closest */.kp)(name, [...groups.keys()]);
        throw new config_error/* ConfigError */.x(keyPath ? source.keyPositionOf(path) : source.positionOf(path), `model group "${name}" is not defined in model_list`, guess ? `did you mean "${guess}"?` : `use one of: ${[...groups.keys()].join(', ')}`);
    };
    const fallbacksOf = new Map();
    const fallbackKeys = [
        'fallbacks',
        'context_window_fallbacks',
        'content_policy_fallbacks',
    ];
    for (const key of fallbackKeys) {
        const effective = (router[key]?.length ?? 0) > 0 ? 'router_settings' : 'litellm_settings';
        for (const section of ['router_settings', 'litellm_settings']) {
            const list = (section === 'router_settings' ? router : globals)[key] ?? [];
            list.forEach((entry, i) => {
                for (const [from, to] of Object.entries(entry)) {
                    if (from !== '*')
                        checkGroup(from, [section, key, i, from], true);
                    to.forEach((g, j) => checkGroup(g, [section, key, i, from, j]));
                    if (key === 'fallbacks' && section === effective && !fallbacksOf.has(from)) {
                        fallbacksOf.set(from, { groups: to, path: [section, key, i, from] });
                    }
                }
            });
        }
    }
    const defaults = router.default_fallbacks ?? globals.default_fallbacks ?? [];
    const defaultsPath = settingPath(router, 'default_fallbacks');
    defaults.forEach((g, j) => checkGroup(g, [...defaultsPath, j]));
    return { of: fallbacksOf, defaults, defaultsPath };
}
/** One chain per model group: the group, then its fallbacks, each followed in turn. */
function groupChains(source, groups, fallbacks, policyFor, maxFallbacks, readFindings) {
    const at = (path) => source.positionOf(path);
    const groupTarget = (group, position) => {
        const members = groups.get(group)?.routes ?? [];
        const retry = policyFor(group);
        const first = members[0];
        if (members.length === 1 && first) {
            return { kind: 'route', route: first.name, retry, at: position };
        }
        return {
            kind: 'loadbalance',
            targets: members.map((r) => ({ kind: 'route', route: r.name, retry: null, at: r.at })),
            retry,
            at: position,
        };
    };
    // A group, then its fallbacks in order, each followed into its own fallbacks, as LiteLLM's
    // fallback handler re-enters itself with one more hop counted per fallback tried.
    const expand = (group, depth, path, position) => {
        const own = groupTarget(group, position);
        const specific = fallbacks.of.get(group) ?? fallbacks.of.get('*');
        const list = specific?.groups ?? fallbacks.defaults;
        const listPath = specific?.path ?? fallbacks.defaultsPath;
        if (list.length === 0 || depth >= maxFallbacks)
            return own;
        const children = [own];
        let hop = depth;
        list.forEach((next, j) => {
            if (next === group)
                return;
            const nextPosition = at([...listPath, j]);
            if (path.includes(next)) {
                readFindings.push({
                    id: 'route_cycle',
                    severity: 'error',
                    message: `fallbacks form a cycle: ${[...path, next].join(' → ')}`,
                    fix: `remove "${next}" from the fallbacks of "${group}"; a cycle re-sends failed requests to a group that already failed`,
                    at: nextPosition,
                });
                return;
            }
            hop++;
            children.push(expand(next, hop, [...path, next], nextPosition));
        });
        return children.length === 1
            ? own
            : { kind: 'fallback', targets: children, retry: null, at: position };
    };
    // A client layer (--client-retries) is added by the loader, the same way for every format.
    const layers = [];
    return [...groups.entries()].map(([group, { index }]) => {
        const position = at(['model_list', index]);
        return { name: group, layers, target: expand(group, 0, [group], position), at: position };
    });
}

;// CONCATENATED MODULE: ./lib/plan/litellm-retry.js

// The router's retries of one model group: num_retries, narrowed by a retry_policy per error
// kind (the counting is explained in litellm.ts).
const DEFAULT_NUM_RETRIES = 2;
/** Kinds the router retries when a retry_policy does not mention them: transient ones only. */
const DEFAULT_RETRIED_KINDS = [
    'TimeoutErrorRetries',
    'RateLimitErrorRetries',
    'InternalServerErrorRetries',
];
/** The retry policy of each model group, as the router applies it. */
function groupRetryPolicy(source, router, globals) {
    const numRetries = router.num_retries ?? globals.num_retries ?? DEFAULT_NUM_RETRIES;
    const retryAfterS = router.retry_after ?? 0;
    return (group) => {
        const specific = router.model_group_retry_policy?.[group];
        const policyPath = specific
            ? ['router_settings', 'model_group_retry_policy', group]
            : router.retry_policy
                ? ['router_settings', 'retry_policy']
                : settingPath(router, 'num_retries');
        return retryPolicyOf(specific ?? router.retry_policy ?? null, numRetries, retryAfterS, source.keyPositionOf(policyPath));
    };
}
function retryPolicyOf(policy, numRetries, retryAfterS, at) {
    const counts = Object.keys(RETRY_POLICY_KINDS).map((kind) => {
        const set = policy?.[kind];
        const count = set ?? (DEFAULT_RETRIED_KINDS.includes(kind) ? numRetries : 0);
        return { kind, count };
    });
    const statuses = new Set();
    for (const { kind, count } of counts) {
        if (count > 0)
            RETRY_POLICY_KINDS[kind].forEach((s) => statuses.add(s));
    }
    const most = Math.max(0, ...counts.map((c) => c.count));
    // LiteLLM waits min(0.5 s × 2^n, 8 s) less up to a quarter at random, and at least
    // router_settings.retry_after; it honours the provider's retry-after.
    const floor = retryAfterS * 1000;
    return {
        maxAttempts: most + 1,
        initialBackoffMs: Math.max(500, floor),
        maxBackoffMs: Math.max(8000, floor),
        multiplier: 2,
        jitter: 'equal',
        retryOnStatuses: [...statuses].sort((a, b) => a - b),
        retryOnNetworkErrors: (counts.find((c) => c.kind === 'TimeoutErrorRetries')?.count ?? 0) > 0,
        honourRetryAfter: true,
        maxElapsedMs: null,
        at,
    };
}

// EXTERNAL MODULE: ./lib/plan/litellm-routes.js
var litellm_routes = __webpack_require__(1547);
;// CONCATENATED MODULE: ./lib/plan/litellm-unsupported.js

// Keys of a LiteLLM config the plan reads but does not model, each with the reason it does not
// change one request's worst case (or a "did you mean" for a probable typo).
const ROUTER_KEYS = [
    'num_retries',
    'timeout',
    'retry_after',
    'allowed_fails',
    'cooldown_time',
    'fallbacks',
    'context_window_fallbacks',
    'content_policy_fallbacks',
    'default_fallbacks',
    'max_fallbacks',
    'retry_policy',
    'model_group_retry_policy',
];
const LITELLM_SETTINGS_KEYS = [
    'num_retries',
    'max_fallbacks',
    'request_timeout',
    'allowed_fails',
    'cooldown_time',
    'fallbacks',
    'context_window_fallbacks',
    'content_policy_fallbacks',
    'default_fallbacks',
];
const HARMLESS = 'does not change routing, retries or timeouts';
const SETTINGS_REASONS = {
    routing_strategy: 'the plan treats a model group as a load balancer whatever the strategy: the worst case is the same',
    enable_pre_call_checks: 'filters deployments before a call; it can only shorten a request',
    redis_host: 'shared state between proxy instances; no effect on one request',
    redis_port: 'shared state between proxy instances; no effect on one request',
    redis_password: 'shared state between proxy instances; no effect on one request',
    success_callback: HARMLESS,
    failure_callback: HARMLESS,
    callbacks: HARMLESS,
    drop_params: HARMLESS,
    set_verbose: HARMLESS,
    json_logs: HARMLESS,
    cache: HARMLESS,
    cache_params: HARMLESS,
    telemetry: HARMLESS,
    turn_off_message_logging: HARMLESS,
    request_timeout: 'in router_settings this key is not the router timeout: use "timeout" there, or move it to litellm_settings',
    timeout: 'in litellm_settings the timeout is "request_timeout"',
};
/** Every key of the config the plan does not model, in file order of the sections. */
function collectAllUnsupported(source, config) {
    const out = [];
    (0,adapter_common/* collectUnsupported */.yI)(source, [], source.value, ['model_list', 'router_settings', 'litellm_settings'], out, {
        general_settings: 'proxy server settings (auth, database, alerting); they do not change routing',
        environment_variables: 'environment for the proxy process; the gate reads its own environment',
    });
    config.model_list.forEach((d, i) => collectDeploymentUnsupported(source, d, i, out));
    (0,adapter_common/* collectUnsupported */.yI)(source, ['router_settings'], config.router_settings, ROUTER_KEYS, out, SETTINGS_REASONS);
    (0,adapter_common/* collectUnsupported */.yI)(source, ['litellm_settings'], config.litellm_settings, LITELLM_SETTINGS_KEYS, out, SETTINGS_REASONS);
    collectUncountedSettings(source, config, out);
    return out;
}
function collectDeploymentUnsupported(source, d, i, out) {
    (0,adapter_common/* collectUnsupported */.yI)(source, ['model_list', i], d, ['model_name', 'litellm_params', 'model_info'], out);
    (0,adapter_common/* collectUnsupported */.yI)(source, ['model_list', i, 'litellm_params'], d.litellm_params, ['model', 'api_base', 'api_key', 'timeout'], out, {
        rpm: 'a rate limit that steers load balancing; no effect on the worst case',
        tpm: 'a rate limit that steers load balancing; no effect on the worst case',
        api_version: 'provider API version; not needed for the plan',
        stream_timeout: 'the plan uses timeout for every attempt',
        max_retries: 'the router sets provider retries to 0 and retries itself (num_retries)',
        num_retries: 'a per-deployment retry count is not modelled; the router num_retries is used',
        weight: 'steers load balancing; no effect on the worst case',
        order: 'steers load balancing; no effect on the worst case',
    });
    if (d.model_info) {
        (0,adapter_common/* collectUnsupported */.yI)(source, ['model_list', i, 'model_info'], d.model_info, ['id', 'mode'], out, {
            base_model: 'descriptive; not used by the plan',
        });
    }
}
/** Settings the plan reads, but by design not part of one request's worst case. */
function collectUncountedSettings(source, config, out) {
    for (const section of ['router_settings', 'litellm_settings']) {
        const settings = config[section];
        if (!settings)
            continue;
        for (const key of ['allowed_fails', 'cooldown_time']) {
            if (settings[key] !== undefined) {
                out.push({
                    key: `${section}.${key}`,
                    at: source.keyPositionOf([section, key]),
                    reason: 'cooldowns take failing deployments out of later picks; they can only shorten a request, so the worst case does not count on them',
                });
            }
        }
        for (const key of ['context_window_fallbacks', 'content_policy_fallbacks']) {
            if (settings[key] !== undefined) {
                out.push({
                    key: `${section}.${key}`,
                    at: source.keyPositionOf([section, key]),
                    reason: 'used only after a context-window or content-policy error (a 400 that is not retried); not part of the outage worst case',
                });
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/plan/litellm.js






// The LiteLLM proxy `config.yaml`, read as LiteLLM reads it.
//
// Counting, from LiteLLM's proxy documentation, "Fallbacks + Retries + Timeouts + Cooldowns"
// (docs.litellm.ai/docs/proxy/reliability): `num_retries: 3 # retry call 3 times on each
// model_name`, and "If a call fails after num_retries, fallback to another model group". The
// router documentation (docs.litellm.ai/docs/router/learn/reliability) adds that "a retry tries
// the same model group again, and the new pick can land on a different deployment", and that the
// router is the only retry loop (it sets max_retries to 0 on the provider call). So num_retries N
// means N + 1 calls per model group, each to one deployment the router picks, and every fallback
// model group gets its own N + 1. Without num_retries the router retries twice (3 calls): the
// Router takes num_retries, else litellm.num_retries, else openai.DEFAULT_MAX_RETRIES (2), and the
// retries page says "By default, LiteLLM retries requests 2 times (3 total attempts)". The
// per-attempt timeout is the deployment's, else router_settings.timeout, else
// litellm.request_timeout, whose own default is 6000 s; the plan keeps "not set" as no timeout
// (a finding) rather than assume that default.
// A fallback group's own fallbacks are followed in turn (LiteLLM re-enters its fallback handler
// for the new group) until max_fallbacks (default 5) hops, counted one per fallback tried. A
// group already on the path is not re-entered (a cycle, reported). Newer LiteLLM versions also
// skip any group already tried earlier in the same request, so for them this is an upper bound.
const DEFAULT_MAX_FALLBACKS = 5;
function planFromLiteLLM(source, digest, options = {}) {
    const config = (0,adapter_common/* parseConfig */.o4)(litellmConfigSchema, source);
    const unsupported = collectAllUnsupported(source, config);
    const { routes, groups } = (0,litellm_routes/* modelGroups */.q)(source, config, options);
    const router = config.router_settings ?? {};
    const globals = config.litellm_settings ?? {};
    const maxFallbacks = router.max_fallbacks ?? globals.max_fallbacks ?? DEFAULT_MAX_FALLBACKS;
    const fallbacks = readFallbacks(source, router, globals, groups);
    const policyFor = groupRetryPolicy(source, router, globals);
    const readFindings = [];
    const chains = groupChains(source, groups, fallbacks, policyFor, maxFallbacks, readFindings);
    return (0,adapter_common/* gatewayPlan */.U_)(source, 'litellm', digest, { routes, chains, unsupported, readFindings });
}

;// CONCATENATED MODULE: ./lib/plan/native-schema.js

// The native config format. Every field has a safe default, stated in its description, so a
// minimal file (one route) is a complete config. The JSON Schema in schema/ is generated from this.
/** Statuses that are worth retrying: request timeout, throttling, and transient server errors. */
const DEFAULT_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const native_schema_retryPolicySchema = schemas/* strictObject */.rej({
    max_attempts: schemas/* int */.Whr()
        .min(1)
        .max(100)
        .default(2)
        .describe('Total attempts including the first; 1 means no retry. Default 2.'),
    initial_backoff_ms: schemas/* int */.Whr()
        .min(0)
        .default(500)
        .describe('Wait before the first retry, before jitter. Default 500.'),
    max_backoff_ms: schemas/* int */.Whr().min(0).default(8000).describe('Cap on any single wait. Default 8000.'),
    multiplier: schemas/* number */.aig()
        .min(1)
        .max(10)
        .default(2)
        .describe('Growth of the wait per retry. Default 2.'),
    jitter: schemas/* enum */.k5n(['none', 'full', 'equal'])
        .default('full')
        .describe('full: uniform in [0, wait]; equal: wait/2 + uniform in [0, wait/2]. Default full.'),
    retry_on: schemas/* array */.YOg(schemas/* int */.Whr().min(100).max(599))
        .default(DEFAULT_RETRY_STATUSES)
        .describe('HTTP statuses to retry. Default 408, 429, 500, 502, 503, 504.'),
    retry_on_network_errors: schemas/* boolean */.zMY()
        .default(true)
        .describe('Retry connection refused/reset and per-attempt timeouts. Default true.'),
    honour_retry_after: schemas/* boolean */.zMY()
        .default(true)
        .describe('Wait at least what retry-after / retry-after-ms announce. Default true.'),
    max_elapsed_ms: schemas/* int */.Whr()
        .min(1)
        .nullable()
        .default(30_000)
        .describe('No retry starts after this long since the first attempt; null is unbounded. Default 30000.'),
})
    .describe('A retry policy.');
const routeSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a route name uses letters, digits, ".", "_" or "-"')
        .describe('Unique route name, used by chains, scenarios and the ledger.'),
    endpoint_family: schemas/* enum */.k5n(['chat_completions', 'responses'])
        .describe('Which OpenAI-style endpoint the caller uses: /chat/completions or /responses.'),
    base_url: schemas/* url */.OZ5({
        protocol: /^https?$/,
        error: 'expected an http(s) URL such as https://api.openai.com/v1',
    })
        .describe('Base URL including the version prefix, as given to an OpenAI client.'),
    model: schemas/* string */.YjP().min(1).describe('Model name sent in the request body.'),
    api_key_env: schemas/* string */.YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the NAME of an environment variable, not a key')
        .optional()
        .describe('Environment variable that holds the credential. Never put the key itself here.'),
    timeout_ms: schemas/* int */.Whr()
        .min(1)
        .max(600_000)
        .default(30_000)
        .describe('Per-attempt deadline. Default 30000.'),
    stream: schemas/* boolean */.zMY()
        .default(false)
        .describe('Also smoke-test the streaming variant. Default false.'),
});
const layerSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).describe('For example openai-sdk, or app-wrapper.'),
    retry: native_schema_retryPolicySchema,
});
const chainSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).describe('Chain name, as reported in the plan and the ledger.'),
    primary: schemas/* string */.YjP().min(1).describe('Route name tried first.'),
    fallbacks: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Route names tried in order after the primary. Default none.'),
    retry: native_schema_retryPolicySchema
        .optional()
        .describe('Per-route retry policy for this chain; default: the top-level retry.'),
    layers: schemas/* array */.YOg(layerSchema)
        .optional()
        .describe('Retry layers stacked on this chain, outermost first; default: the top-level layers.'),
});
const scenarioSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a scenario name uses letters, digits, ".", "_" or "-"')
        .describe('Scenario name, as reported in the ledger.'),
    chain: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('The chain it runs against. Default: every chain.'),
    faults: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1))
        .describe('Route name -> fault plan (the fault plan language of the mock provider). Routes not named stay healthy.'),
    expect: schemas/* enum */.k5n(['usable', 'controlled_failure'])
        .default('usable')
        .describe('usable: the caller ends with a usable answer; controlled_failure: with an error, not a hang. Default usable.'),
})
    .describe('A user-defined error-path scenario, run besides the standard ones.');
const nativeConfigSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).default(1).describe('Config format version. Default 1.'),
    routes: schemas/* array */.YOg(routeSchema)
        .min(1, 'at least one route is required')
        .describe('Provider endpoints. Required: at least one.'),
    retry: native_schema_retryPolicySchema
        .default(native_schema_retryPolicySchema.parse({}))
        .describe('Retry policy applied to each route attempt (the gateway or router layer). Default: 2 attempts, 500 ms backoff doubling up to 8 s, full jitter, 30 s max elapsed.'),
    layers: schemas/* array */.YOg(layerSchema)
        .default([])
        .describe('Retry layers stacked on top of every chain, outermost first (for example the client SDK). Default none.'),
    chains: schemas/* array */.YOg(chainSchema)
        .optional()
        .describe('Default: one chain "default" with the first route as primary and the others as fallbacks.'),
    budget: schemas/* strictObject */.rej({
        max_attempts_per_request: schemas/* int */.Whr()
            .min(1)
            .default(4)
            .describe('Upstream attempts one caller request may cause, across layers and fallbacks. Default 4.'),
        max_elapsed_ms: schemas/* int */.Whr()
            .min(1)
            .nullable()
            .default(60_000)
            .describe('Worst-case time one caller request may take. Default 60000.'),
        max_amplification: schemas/* number */.aig()
            .min(1)
            .nullable()
            .default(3)
            .describe('Upstream attempts per caller request under an outage. Default 3.'),
    })
        .default({ max_attempts_per_request: 4, max_elapsed_ms: 60_000, max_amplification: 3 })
        .describe('Limits one caller request must stay within. Default: 4 attempts, 60 s, amplification 3.'),
    owners: schemas/* strictObject */.rej({
        operator_initials: schemas/* string */.YjP()
            .min(1)
            .max(8)
            .optional()
            .describe('Initials recorded in the ledger; the CLI --operator wins. Default none.'),
        follow_up_owner: schemas/* string */.YjP()
            .min(1)
            .max(100)
            .optional()
            .describe('Who follows up on a failed gate; the CLI --owner wins. Default none.'),
        required: schemas/* array */.YOg(schemas/* enum */.k5n(['operator_initials', 'follow_up_owner', 'evidence_links']))
            .optional()
            .describe('Ledger evidence fields that must be filled or the gate fails. Default operator_initials and follow_up_owner.'),
    })
        .default({})
        .describe('Who is accountable, recorded in the ledger. Default: nobody named.'),
    scenarios: schemas/* array */.YOg(scenarioSchema)
        .default([])
        .describe('User-defined error-path scenarios. Default none (the standard ones always run).'),
})
    .describe('fallback-gate native routing config.');

// EXTERNAL MODULE: ./lib/plan/user-fault-plan.js
var user_fault_plan = __webpack_require__(7229);
;// CONCATENATED MODULE: ./lib/plan/native.js




// The native config format (schema in native-schema.ts) read into a plan: routes, chains of
// them with their retry layers, user scenarios, the budget and the owners.
function planFromNative(source, digest) {
    const config = (0,adapter_common/* parseConfig */.o4)(nativeConfigSchema, source);
    const at = (path) => source.positionOf(path);
    const routes = nativeRoutes(source, config);
    const routeNames = new Set(routes.map((r) => r.name));
    const chains = nativeChains(source, config, routeNames);
    const chainNames = new Set(chains.map((c) => c.name));
    const scenarios = nativeScenarios(source, config, routeNames, chainNames);
    const budget = {
        maxAttemptsPerRequest: config.budget.max_attempts_per_request,
        maxElapsedMs: config.budget.max_elapsed_ms,
        maxAmplification: config.budget.max_amplification,
        at: at(['budget']),
    };
    const owners = {
        operatorInitials: config.owners.operator_initials ?? null,
        followUpOwner: config.owners.follow_up_owner ?? null,
        ...(config.owners.required ? { required: config.owners.required } : {}),
    };
    return {
        file: source.file,
        format: 'native',
        digest,
        routes,
        chains,
        budget,
        owners,
        scenarios,
        unsupported: [],
    };
}
/** Routes in file order; a name used twice is an error. */
function nativeRoutes(source, config) {
    const at = (path) => source.positionOf(path);
    const routes = config.routes.map((r, i) => ({
        name: r.name,
        family: r.endpoint_family,
        baseUrl: r.base_url.replace(/\/+$/, ''),
        model: r.model,
        apiKeyEnv: r.api_key_env ?? null,
        timeoutMs: r.timeout_ms,
        stream: r.stream,
        at: at(['routes', i]),
    }));
    const seen = new Map();
    config.routes.forEach((r, i) => {
        if (seen.has(r.name)) {
            throw new config_error/* ConfigError */.x(at(['routes', i, 'name']), `route name "${r.name}" is used twice`, 'give each route a unique name');
        }
        seen.set(r.name, i);
    });
    return routes;
}
/** The chains (by default one, "default": the first route, then the others), names unique. */
function nativeChains(source, config, seen) {
    const at = (path) => source.positionOf(path);
    const defaultRetry = toPolicy(config.retry, source.keyPositionOf(['retry']));
    const chainConfigs = config.chains ?? [
        {
            name: 'default',
            primary: config.routes[0]?.name ?? '',
            fallbacks: config.routes.slice(1).map((r) => r.name),
            retry: undefined,
            layers: undefined,
        },
    ];
    const layers = config.layers.map((l, i) => ({
        name: l.name,
        retry: toPolicy(l.retry, source.keyPositionOf(['layers', i, 'retry'])),
        at: at(['layers', i]),
    }));
    const chains = chainConfigs.map((c, i) => {
        const chainPath = config.chains ? ['chains', i] : ['routes', 0];
        const chainLayers = c.layers
            ? c.layers.map((l, j) => ({
                name: l.name,
                retry: toPolicy(l.retry, source.keyPositionOf([...chainPath, 'layers', j, 'retry'])),
                at: at([...chainPath, 'layers', j]),
            }))
            : layers;
        const retry = c.retry
            ? toPolicy(c.retry, source.keyPositionOf([...chainPath, 'retry']))
            : defaultRetry;
        const names = [c.primary, ...c.fallbacks];
        const targets = names.map((name, j) => {
            const path = j === 0 ? [...chainPath, 'primary'] : [...chainPath, 'fallbacks', j - 1];
            if (!seen.has(name)) {
                throw new config_error/* ConfigError */.x(config.chains ? source.positionOf(path) : at(['routes']), `chain "${c.name}" names route "${name}", which is not defined`, `define a route named "${name}" under routes, or use one of: ${[...seen.keys()].join(', ')}`);
            }
            return { kind: 'route', route: name, retry, at: at(path) };
        });
        const target = targets.length === 1 && targets[0]
            ? targets[0]
            : { kind: 'fallback', targets, retry: null, at: at(chainPath) };
        return { name: c.name, layers: chainLayers, target, at: at(chainPath) };
    });
    const chainNames = new Set();
    chains.forEach((chain, i) => {
        if (chainNames.has(chain.name)) {
            throw new config_error/* ConfigError */.x(at(['chains', i, 'name']), `chain name "${chain.name}" is used twice`, 'give each chain a unique name');
        }
        chainNames.add(chain.name);
    });
    return chains;
}
/** User scenarios, checked against the chains and routes, their fault plans read. */
function nativeScenarios(source, config, seen, chainNames) {
    const at = (path) => source.positionOf(path);
    return config.scenarios.map((s, i) => {
        if (s.chain !== undefined && !chainNames.has(s.chain)) {
            throw new config_error/* ConfigError */.x(at(['scenarios', i, 'chain']), `scenario "${s.name}" names chain "${s.chain}", which is not defined`, `use one of: ${[...chainNames].join(', ')}`);
        }
        for (const route of Object.keys(s.faults)) {
            if (!seen.has(route)) {
                throw new config_error/* ConfigError */.x(source.keyPositionOf(['scenarios', i, 'faults', route]), `scenario "${s.name}" injects faults into route "${route}", which is not defined`, `use one of: ${[...seen.keys()].join(', ')}`);
            }
            // The fault plan is read here, so `plan` reports a mistake in it as `check` would.
            (0,user_fault_plan/* faultPlanFromText */.H)(s.faults[route], { name: s.name, at: at(['scenarios', i]) }, route, at(['scenarios', i, 'faults', route]));
        }
        return {
            name: s.name,
            chain: s.chain ?? null,
            faults: { ...s.faults },
            expect: s.expect,
            at: at(['scenarios', i]),
        };
    });
}
function toPolicy(p, at) {
    return {
        maxAttempts: p.max_attempts,
        initialBackoffMs: p.initial_backoff_ms,
        maxBackoffMs: p.max_backoff_ms,
        multiplier: p.multiplier,
        jitter: p.jitter,
        retryOnStatuses: [...p.retry_on],
        retryOnNetworkErrors: p.retry_on_network_errors,
        honourRetryAfter: p.honour_retry_after,
        maxElapsedMs: p.max_elapsed_ms,
        at,
    };
}

;// CONCATENATED MODULE: ./lib/plan/portkey.js



// A Portkey gateway config (the JSON given in x-portkey-config, or a file of it), read as the
// open-source gateway (@portkey-ai/gateway) runs it.
//
// Counting, from Portkey's documentation "Automatic Retries"
// (portkey.ai/docs/product/ai-gateway/automatic-retries): `retry.attempts` is the number of
// retries ("Automatic retries are triggered up to 5 times"), so `attempts: 3` means 4 upstream
// calls, the first plus three retries; retries happen on [429, 500, 502, 503, 504] unless
// `on_status_codes` replaces that list ("retries will be triggered only on the error codes
// specified"), with exponential backoff, and `use_retry_after_header` makes the wait follow the
// provider's retry-after headers. The gateway runs the retry loop at each provider target and
// passes `retry`, `request_timeout`, `custom_host` and `override_params` down from a strategy to
// its targets unless a target sets its own, so a retry on a fallback group retries each target
// in it, never the group as a whole. Its backoff (async-retry, randomize off) waits 1 s, 2 s,
// 4 s … with no jitter; a request_timeout that expires becomes a 408 for the retry loop.
const PORTKEY_DEFAULT_RETRY_STATUSES = [429, 500, 502, 503, 504];
const portkey_status = schemas/* int */.Whr().min(100).max(599);
const retrySchema = schemas/* strictObject */.rej({
    attempts: schemas/* int */.Whr().min(0).max(100),
    on_status_codes: schemas/* array */.YOg(portkey_status).optional(),
    use_retry_after_header: schemas/* boolean */.zMY().optional(),
});
const portkeyNodeSchema = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({
    strategy: schemas/* looseObject */._H3({ mode: schemas/* enum */.k5n(['single', 'loadbalance', 'fallback', 'conditional']) })
        .optional(),
    targets: schemas/* array */.YOg(portkeyNodeSchema).min(1, 'a strategy needs at least one target').optional(),
    provider: schemas/* string */.YjP().min(1).optional(),
    api_key: schemas/* string */.YjP().optional(),
    virtual_key: schemas/* string */.YjP().min(1).optional(),
    custom_host: schemas/* string */.YjP().min(1).optional(),
    override_params: schemas/* looseObject */._H3({ model: schemas/* string */.YjP().min(1).optional() }).optional(),
    retry: retrySchema.optional(),
    request_timeout: schemas/* int */.Whr().min(1).max(3_600_000).optional(),
    weight: schemas/* number */.aig().min(0).optional(),
    resource_name: schemas/* string */.YjP().min(1).optional(),
    deployment_id: schemas/* string */.YjP().min(1).optional(),
}));
const MODELLED = [
    'strategy',
    'targets',
    'provider',
    'api_key',
    'virtual_key',
    'custom_host',
    'override_params',
    'retry',
    'request_timeout',
    'weight',
    'resource_name',
    'deployment_id',
];
const REASONS = {
    cache: 'a cache hit sends no request; the worst case assumes every lookup misses',
    forward_headers: 'does not change routing, retries or timeouts',
    api_version: 'provider API version; not needed for the plan',
    before_request_hooks: 'guardrails run around a request; not modelled',
    after_request_hooks: 'guardrails run around a request; not modelled',
    input_guardrails: 'guardrails run around a request; not modelled',
    output_guardrails: 'guardrails run around a request; not modelled',
    strict_open_ai_compliance: 'response shaping; not modelled',
    name: 'a label; the plan names targets by their place (config.targets[i])',
};
function planFromPortkey(source, digest, _options = {}) {
    const root = (0,adapter_common/* parseConfig */.o4)(portkeyNodeSchema, source);
    const walk = { source, routes: [], unsupported: [] };
    const target = buildTarget(walk, root, [], 'config', {
        retry: undefined,
        retryPath: [],
        requestTimeout: undefined,
        customHost: undefined,
        overrideModel: undefined,
    });
    const at = (path) => source.positionOf(path);
    if (!target) {
        throw new config_error/* ConfigError */.x(at([]), 'the config has no provider target', 'add a target with a provider');
    }
    // A client layer (--client-retries) is added by the loader, the same way for every format.
    const layers = [];
    return (0,adapter_common/* gatewayPlan */.U_)(source, 'portkey', digest, {
        routes: walk.routes,
        chains: [{ name: 'config', layers, target, at: at([]) }],
        unsupported: walk.unsupported,
        readFindings: [],
    });
}
/** A node of the tree as a target: a strategy over its targets, or a provider (a route). */
function buildTarget(walk, node, path, name, inherited) {
    const { source } = walk;
    const at = (p) => source.positionOf(p);
    collectNodeUnsupported(walk, node, path);
    const passed = inherit(node, path, inherited);
    if (node.targets && !node.strategy) {
        throw new config_error/* ConfigError */.x(source.keyPositionOf([...path, 'targets']), 'targets without a strategy', 'add strategy: { mode: fallback } (or loadbalance) next to targets');
    }
    if (node.strategy) {
        if (!node.targets) {
            throw new config_error/* ConfigError */.x(at([...path, 'strategy']), `strategy mode "${node.strategy.mode}" has no targets`, 'add a targets list next to strategy');
        }
        const children = node.targets.map((child, i) => buildTarget(walk, child, [...path, 'targets', i], `${name}.targets[${i}]`, passed));
        const position = at(path);
        const kept = children.filter((c) => c !== null);
        switch (node.strategy.mode) {
            case 'single':
                // Only the first target is ever used; the others stay unreachable.
                return kept[0] ?? null;
            case 'fallback':
                return { kind: 'fallback', targets: kept, retry: null, at: position };
            case 'loadbalance':
            case 'conditional':
                return { kind: 'loadbalance', targets: kept, retry: null, at: position };
        }
    }
    const route = leafRoute(source, node, path, name, passed);
    walk.routes.push(route);
    return {
        kind: 'route',
        route: route.name,
        retry: passed.retry
            ? portkeyPolicy(passed.retry, source.keyPositionOf(passed.retryPath))
            : null,
        at: at(path),
    };
}
/** What a node passes down: its own settings where it has them, else what it inherited. */
function inherit(node, path, inherited) {
    return {
        retry: node.retry ?? inherited.retry,
        retryPath: node.retry ? [...path, 'retry'] : inherited.retryPath,
        requestTimeout: node.request_timeout ?? inherited.requestTimeout,
        customHost: node.custom_host
            ? { value: node.custom_host, path: [...path, 'custom_host'] }
            : inherited.customHost,
        overrideModel: node.override_params?.model ?? inherited.overrideModel,
    };
}
function collectNodeUnsupported(walk, node, path) {
    const { source, unsupported } = walk;
    (0,adapter_common/* collectUnsupported */.yI)(source, path, node, MODELLED, unsupported, REASONS);
    if (node.strategy) {
        (0,adapter_common/* collectUnsupported */.yI)(source, [...path, 'strategy'], node.strategy, ['mode'], unsupported, {
            on_status_codes: 'fallback happens only on these statuses; the worst case assumes every failure falls back',
            conditions: 'the gate does not evaluate conditions; it assumes any target may be chosen',
            default: 'the gate does not evaluate conditions; it assumes any target may be chosen',
        });
    }
    if (node.override_params) {
        (0,adapter_common/* collectUnsupported */.yI)(source, [...path, 'override_params'], node.override_params, ['model'], unsupported, {});
    }
}
function portkeyPolicy(retry, at) {
    return {
        maxAttempts: retry.attempts + 1,
        initialBackoffMs: 1000,
        maxBackoffMs: 1000 * 2 ** Math.max(0, retry.attempts - 1),
        multiplier: 2,
        jitter: 'none',
        retryOnStatuses: retry.attempts > 0 ? [...(retry.on_status_codes ?? PORTKEY_DEFAULT_RETRY_STATUSES)] : [],
        retryOnNetworkErrors: retry.attempts > 0,
        honourRetryAfter: retry.use_retry_after_header ?? false,
        maxElapsedMs: null,
        at,
    };
}
function leafRoute(source, node, path, name, inherited) {
    const at = (p) => source.positionOf(p);
    if (!node.provider && !node.virtual_key) {
        throw new config_error/* ConfigError */.x(at(path), 'a target needs a provider (or a virtual_key)', 'add provider: openai (or the provider this target calls), or strategy and targets');
    }
    let baseUrl;
    if (inherited.customHost) {
        baseUrl = checkedUrl(source, inherited.customHost.value, inherited.customHost.path);
    }
    else if (node.provider === 'azure-openai' && node.resource_name && node.deployment_id) {
        baseUrl = `https://${node.resource_name}.openai.azure.com/openai/deployments/${node.deployment_id}`;
    }
    else {
        const known = node.provider ? adapter_common/* PROVIDER_BASE_URLS */.R1[node.provider] : undefined;
        if (!known) {
            throw new config_error/* ConfigError */.x(at(node.provider ? [...path, 'provider'] : path), node.provider
                ? `the gate cannot tell which host provider "${node.provider}" sends requests to`
                : 'a virtual_key hides which host this target calls', 'add custom_host with the OpenAI-compatible base URL of this target');
        }
        baseUrl = known;
    }
    if (!inherited.overrideModel) {
        throw new config_error/* ConfigError */.x(at(path), 'the target does not say which model it serves', 'add override_params: { model: <model name> } to this target or to its strategy');
    }
    const apiKeyEnv = (0,adapter_common/* apiKeyEnvOf */.kJ)(source, node.api_key, [...path, 'api_key'], 'write api_key: ${NAME} (or os.environ/NAME)', null);
    return {
        name,
        family: 'chat_completions',
        baseUrl: baseUrl.replace(/\/+$/, ''),
        model: inherited.overrideModel,
        apiKeyEnv,
        timeoutMs: inherited.requestTimeout ?? null,
        stream: false,
        at: at(path),
    };
}
function checkedUrl(source, value, path) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new config_error/* ConfigError */.x(source.positionOf(path), 'custom_host is not a URL', 'write the full base URL, such as https://api.example.com/v1');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new config_error/* ConfigError */.x(source.positionOf(path), `custom_host must be http(s), found the scheme "${url.protocol}"`, 'use an https:// base URL');
    }
    return value;
}

;// CONCATENATED MODULE: ./lib/plan/load.js







/** Reads, parses and validates a routing config into a plan. Throws ConfigError on bad input. */
async function loadPlan(file, options = {}) {
    const { text, bytes } = await (0,read_file/* readConfigText */.i)(file);
    return planFromText(file, text, options, bytes);
}
const HOW_TO_REFERENCE = {
    native: 'api_key_env: NAME',
    litellm: 'api_key: os.environ/NAME',
    portkey: 'api_key: ${NAME}',
};
function planFromText(file, text, options = {}, bytes = Buffer.from(text, 'utf8')) {
    const source = (0,yaml_source/* parseYamlSource */.W)(file, text);
    if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
        throw new config_error/* ConfigError */.x(source.positionOf([]), 'the config must be a mapping at the top level', 'start the file with keys such as "routes:" (see examples/)');
    }
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    const format = options.format ?? detectFormat(source);
    (0,credentials/* rejectLiteralCredentials */.ZS)(source, HOW_TO_REFERENCE[format]);
    const adapterOptions = options.env ? { env: options.env } : {};
    const plan = format === 'litellm'
        ? planFromLiteLLM(source, digest, adapterOptions)
        : format === 'portkey'
            ? planFromPortkey(source, digest, adapterOptions)
            : planFromNative(source, digest);
    if (options.clientRetries !== undefined) {
        const layer = (0,adapter_common/* clientSdkLayer */.$I)(options.clientRetries, (0,config_error/* positionAt */.t)(file));
        plan.chains = plan.chains.map((chain) => ({ ...chain, layers: [layer, ...chain.layers] }));
    }
    if (options.budget?.maxAttemptsPerRequest !== undefined) {
        plan.budget = { ...plan.budget, maxAttemptsPerRequest: options.budget.maxAttemptsPerRequest };
    }
    if (options.budget?.maxElapsedMs !== undefined) {
        plan.budget = { ...plan.budget, maxElapsedMs: options.budget.maxElapsedMs };
    }
    return plan;
}
/** Recognises a format by the top-level keys each tool documents. */
function detectFormat(source) {
    const keys = Object.keys(source.value);
    if (keys.includes('model_list') ||
        keys.includes('router_settings') ||
        keys.includes('litellm_settings')) {
        return 'litellm';
    }
    if (keys.includes('strategy') ||
        keys.includes('targets') ||
        (keys.includes('provider') && !keys.includes('routes'))) {
        return 'portkey';
    }
    return 'native';
}


/***/ }),

/***/ 3072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ runPlanStage)
});

// UNUSED EXPORTS: planLoadOptions

// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
// EXTERNAL MODULE: ./lib/plan/format.js
var format = __webpack_require__(7116);
;// CONCATENATED MODULE: ./lib/plan/findings-budget.js


// A chain's worst case (attempts, amplification, elapsed time) against the declared budget.
function budgetFindings(plan, chain, summary) {
    const out = [];
    const { budget } = plan;
    if (summary.attempts > budget.maxAttemptsPerRequest) {
        out.push({
            id: 'worst_case_over_budget',
            severity: 'error',
            message: `chain "${chain.name}": a full outage causes ${(0,worst_case/* isSaturated */.O0)(summary.attempts) ? `at least ${summary.attempts} (more than the gate counts exactly)` : summary.attempts} upstream attempts per request, over the budget of ${budget.maxAttemptsPerRequest}`,
            fix: 'lower the retries of one layer (keep retries in a single layer) or raise the budget deliberately',
            at: chain.at,
        });
    }
    else if (budget.maxAmplification !== null && summary.attempts > budget.maxAmplification) {
        // Only a bound: with every route down each request makes this many attempts, but whether
        // the retries amplify an outage past the budget is what `check` measures, by simulating the
        // outage (a fallback that answers ends the retries early). A notice here, so plan and check
        // do not disagree: check's amplification_within_budget verdict decides.
        out.push({
            id: 'amplification_over_budget',
            severity: 'notice',
            message: `chain "${chain.name}": if every route is down, each request becomes ${summary.attempts} upstream attempts, over max_amplification ${budget.maxAmplification}; check simulates the outage and judges the amplification`,
            fix: 'run check to measure it; if that fails, retry fewer times or add a stop rule that sheds load during an outage',
            at: chain.at,
        });
    }
    if (budget.maxElapsedMs !== null &&
        summary.elapsedMs !== null &&
        summary.elapsedMs > budget.maxElapsedMs) {
        out.push({
            id: 'worst_case_elapsed_over_budget',
            severity: 'error',
            message: `chain "${chain.name}": a full outage can hold a request for ${(0,format/* formatMs */._)(summary.elapsedMs)}, over the budget of ${(0,format/* formatMs */._)(budget.maxElapsedMs)}`,
            fix: 'shorten timeouts or backoff, retry less, or set max_elapsed_ms on the retry policy',
            at: chain.at,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/plan/findings-retry.js
// Retry policies: layers that multiply, retries with no wait, no jitter, no stop rule in time,
// or on statuses a retry cannot fix.
/** Statuses that do not change on a retry: the request itself is wrong or not allowed. */
const TERMINAL_STATUSES = [400, 401, 403, 404, 422];
function stackingFindings(chain, attempts) {
    const retrying = chain.layers
        .filter((l) => l.retry.maxAttempts > 1)
        .map((l) => ({ name: l.name, policy: l.retry, at: l.at }));
    const deepest = deepestRetryPath(chain.target);
    const all = [...retrying, ...deepest.map((p) => ({ name: 'routing', policy: p, at: p.at }))];
    if (all.length < 2)
        return [];
    // Point at a place in the file: a layer declared on the command line sits at 1:1.
    const first = all.find((a) => a.at.line !== 1 || a.at.column !== 1) ?? all[0];
    if (!first)
        return [];
    return [
        {
            id: 'stacked_retries',
            severity: 'warning',
            message: `chain "${chain.name}": retries are stacked in ${all.length} layers (${all.map((a) => `${a.name} ×${a.policy.maxAttempts}`).join(', ')}), so they multiply to ${attempts} attempts`,
            fix: 'retry in one layer only: set the other layers to a single attempt (for example the client SDK maxRetries: 0)',
            at: first.at,
        },
    ];
}
/** The retrying policies along the path through the tree that has the most of them. */
function deepestRetryPath(target) {
    const own = target.retry && target.retry.maxAttempts > 1 ? [target.retry] : [];
    if (target.kind === 'route')
        return own;
    const below = target.targets
        .map(deepestRetryPath)
        .reduce((best, p) => (p.length > best.length ? p : best), []);
    return [...own, ...below];
}
function allPolicies(plan) {
    const out = [];
    const walk = (t) => {
        if (t.retry)
            out.push(t.retry);
        if (t.kind !== 'route')
            t.targets.forEach(walk);
    };
    for (const chain of plan.chains) {
        chain.layers.forEach((l) => out.push(l.retry));
        walk(chain.target);
    }
    return out;
}
function policyFindings(plan) {
    const out = [];
    for (const policy of allPolicies(plan)) {
        if (policy.maxAttempts <= 1)
            continue;
        if (policy.initialBackoffMs === 0 || policy.maxBackoffMs === 0) {
            out.push({
                id: 'retry_without_backoff',
                severity: 'warning',
                message: 'retries are sent immediately, with no wait between attempts',
                fix: 'set an initial backoff (for example 500 ms) that grows with each retry',
                at: policy.at,
            });
        }
        if (policy.jitter === 'none') {
            out.push({
                id: 'retry_without_jitter',
                severity: 'warning',
                message: 'retry waits have no jitter, so clients that failed together retry together',
                fix: 'use full or equal jitter',
                at: policy.at,
            });
        }
        const terminal = policy.retryOnStatuses.filter((s) => TERMINAL_STATUSES.includes(s));
        if (terminal.length > 0) {
            out.push({
                id: 'retry_on_terminal_status',
                severity: 'error',
                message: `retries on ${terminal.join(', ')}, which a retry cannot fix (the request or its credential is wrong)`,
                fix: `remove ${terminal.join(', ')} from the retried statuses`,
                at: policy.at,
            });
        }
        if (policy.maxElapsedMs === null) {
            out.push({
                id: 'max_elapsed_missing',
                severity: 'warning',
                message: 'no stop rule in time: retries continue however long the request has taken',
                fix: 'set a maximum elapsed time after which no retry starts',
                at: policy.at,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./lib/plan/adapter-common.js
var adapter_common = __webpack_require__(9760);
;// CONCATENATED MODULE: ./lib/plan/findings-routes.js


// The shape of the fallback tree: cycles, fallbacks that share the primary's host or speak
// another endpoint family, and routes no chain reaches.
function fallbackFindings(target, routes) {
    if (target.kind === 'route')
        return [];
    const out = target.targets.flatMap((t) => fallbackFindings(t, routes));
    if (target.kind !== 'fallback')
        return out;
    const firstRoute = (t) => routes.get((0,worst_case/* routeOrder */.sG)(t)[0] ?? '');
    const [primaryTarget, ...rest] = target.targets;
    const primary = primaryTarget ? firstRoute(primaryTarget) : undefined;
    if (!primary)
        return out;
    const seen = new Set([primary.name]);
    for (const t of rest) {
        const fallback = firstRoute(t);
        if (!fallback)
            continue;
        if (t.kind === 'route' && seen.has(fallback.name)) {
            out.push({
                id: 'route_cycle',
                severity: 'error',
                message: `route "${fallback.name}" appears again as its own fallback`,
                fix: 'list each route once per chain',
                at: t.at,
            });
            continue;
        }
        seen.add(fallback.name);
        if ((0,adapter_common/* hostOf */.w4)(fallback.baseUrl) === (0,adapter_common/* hostOf */.w4)(primary.baseUrl)) {
            out.push({
                id: 'fallback_same_host',
                severity: 'warning',
                message: `fallback "${fallback.name}" is on the same host as "${primary.name}" (${(0,adapter_common/* hostOf */.w4)(primary.baseUrl)}): an outage of that host takes both down`,
                fix: 'fall back to another provider or region',
                at: t.at,
            });
        }
        if (fallback.family !== primary.family) {
            out.push({
                id: 'fallback_family_mismatch',
                severity: 'error',
                message: `fallback "${fallback.name}" speaks ${fallback.family} while "${primary.name}" speaks ${primary.family}: the caller cannot use its answer`,
                fix: 'fall back to a route of the same endpoint family',
                at: t.at,
            });
        }
    }
    return out;
}
function reachabilityFindings(plan) {
    const used = new Set(plan.chains.flatMap((c) => (0,worst_case/* routeOrder */.sG)(c.target)));
    return plan.routes
        .filter((r) => !used.has(r.name))
        .map((r) => ({
        id: 'route_unreachable',
        severity: 'warning',
        message: `route "${r.name}" is in no chain, so no request ever reaches it`,
        fix: 'add it to a chain as primary or fallback, or remove it',
        at: r.at,
    }));
}

;// CONCATENATED MODULE: ./lib/plan/findings-timeouts.js

// Per-attempt timeouts: missing, or longer than the whole request budget.
function timeoutFindings(plan) {
    const out = [];
    for (const route of plan.routes) {
        if (route.timeoutMs === null) {
            out.push({
                id: 'timeout_missing',
                severity: 'warning',
                message: plan.format === 'litellm'
                    ? `route "${route.name}" sets no timeout: LiteLLM's default of 6000 s per attempt applies, so a hung upstream holds the request for 100 minutes`
                    : `route "${route.name}" has no timeout: a hung upstream holds the request without limit`,
                fix: 'set a per-attempt timeout on this route',
                at: route.at,
            });
        }
        else if (plan.budget.maxElapsedMs !== null && route.timeoutMs > plan.budget.maxElapsedMs) {
            out.push({
                id: 'timeout_unbounded',
                severity: 'warning',
                message: `route "${route.name}": one attempt may take ${(0,format/* formatMs */._)(route.timeoutMs)}, longer than the whole request budget of ${(0,format/* formatMs */._)(plan.budget.maxElapsedMs)}`,
                fix: 'set the per-attempt timeout well below the request budget',
                at: route.at,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./lib/common/config-error.js
var config_error = __webpack_require__(1896);
// EXTERNAL MODULE: ./lib/plan/credential-gate.js
var credential_gate = __webpack_require__(4172);
;// CONCATENATED MODULE: ./lib/plan/findings-trust.js


// Where credentials may go: every host a key is sent to must be trusted by the base config or
// by --trusted-host (the verdict itself is credential-gate.ts).
function trustFindings(plan, options) {
    const credentialed = plan.routes.filter((r) => r.apiKeyEnv !== null);
    if (credentialed.length === 0)
        return [];
    const trust = {
        base: options.base ?? null,
        trustedHosts: options.trustedHosts,
        baseUnreadable: options.baseUnreadable ?? null,
    };
    if (!options.base && options.trustedHosts.length === 0 && trust.baseUnreadable === null) {
        return [
            {
                id: 'credential_trust_unchecked',
                severity: 'notice',
                message: 'credential hosts were not checked: no base config and no trusted hosts were given, so keys go to the hosts this config names',
                fix: 'pass --base-config (the config on the base branch) or --trusted-host HOST',
                at: (0,config_error/* positionAt */.t)(plan.file),
            },
        ];
    }
    return credentialed.flatMap((r) => {
        const verdict = (0,credential_gate/* credentialVerdict */.lu)(r, trust);
        if (verdict.send)
            return [];
        // An unreadable base is a gap in what the gate could check, not a fault of the change: the
        // key is withheld and the route checked against the mock, and the job is not failed for it.
        return [
            {
                id: trust.baseUnreadable !== null && !options.base
                    ? 'credential_base_unreadable'
                    : 'credential_untrusted_host',
                severity: trust.baseUnreadable !== null && !options.base ? 'warning' : 'error',
                message: `route "${r.name}": ${verdict.reason}`,
                fix: verdict.fix,
                at: r.at,
            },
        ];
    });
}

;// CONCATENATED MODULE: ./lib/plan/change-summary.js



// What a change does compared with the base config, and whether it mixes concerns.
/** A change that mixes a routing fix with a model migration or a retry redesign. */
function scopeFindings(plan, change) {
    if (!change?.mixedScope)
        return [];
    return [
        {
            id: 'scope_mixed',
            severity: 'warning',
            message: `the change mixes ${change.touches.join(', ')}: a routing fix and a model migration or retry redesign are hard to review and to roll back together`,
            fix: 'split the change into one pull request per concern',
            at: (0,config_error/* positionAt */.t)(plan.file),
        },
    ];
}
/** What the head config changes compared with the base config. */
function summariseChange(base, head) {
    const baseRoutes = new Map(base.routes.map((r) => [r.name, r]));
    const headRoutes = new Map(head.routes.map((r) => [r.name, r]));
    const routesAdded = [...headRoutes.keys()].filter((n) => !baseRoutes.has(n));
    const routesRemoved = [...baseRoutes.keys()].filter((n) => !headRoutes.has(n));
    const baseHosts = new Set(base.routes.map((r) => (0,adapter_common/* hostOf */.w4)(r.baseUrl)));
    const headHosts = new Set(head.routes.map((r) => (0,adapter_common/* hostOf */.w4)(r.baseUrl)));
    const hostsAdded = [...headHosts].filter((h) => !baseHosts.has(h)).sort();
    const hostsRemoved = [...baseHosts].filter((h) => !headHosts.has(h)).sort();
    const modelsChanged = [];
    let baseUrlChanged = false;
    for (const [name, route] of headRoutes) {
        const before = baseRoutes.get(name);
        if (!before)
            continue;
        if (before.model !== route.model)
            modelsChanged.push({ route: name, from: before.model, to: route.model });
        if (before.baseUrl !== route.baseUrl)
            baseUrlChanged = true;
    }
    const baseChains = new Map(base.chains.map((c) => [c.name, c]));
    const retryPoliciesChanged = [];
    let orderChanged = base.chains.length !== head.chains.length;
    for (const chain of head.chains) {
        const before = baseChains.get(chain.name);
        if (!before) {
            orderChanged = true;
            continue;
        }
        if ((0,worst_case/* routeOrder */.sG)(before.target).join('\n') !== (0,worst_case/* routeOrder */.sG)(chain.target).join('\n'))
            orderChanged = true;
        if (retrySignature(before) !== retrySignature(chain))
            retryPoliciesChanged.push(chain.name);
    }
    const budgetChanged = base.budget.maxAttemptsPerRequest !== head.budget.maxAttemptsPerRequest ||
        base.budget.maxElapsedMs !== head.budget.maxElapsedMs ||
        base.budget.maxAmplification !== head.budget.maxAmplification;
    const touches = [];
    if (routesAdded.length > 0 || routesRemoved.length > 0 || orderChanged)
        touches.push('routing');
    if (hostsAdded.length > 0 || hostsRemoved.length > 0 || baseUrlChanged)
        touches.push('hosts');
    if (modelsChanged.length > 0)
        touches.push('models');
    if (retryPoliciesChanged.length > 0)
        touches.push('retry_policy');
    if (budgetChanged)
        touches.push('budget');
    // A routing fix (order, routes, hosts) is one concern; a model migration and a retry
    // redesign are two more. Any two together are a mixed change.
    const concerns = [
        touches.includes('routing') || touches.includes('hosts'),
        touches.includes('models'),
        touches.includes('retry_policy'),
    ].filter(Boolean).length;
    return {
        baseDigest: base.digest,
        headDigest: head.digest,
        routesAdded,
        routesRemoved,
        hostsAdded,
        hostsRemoved,
        modelsChanged,
        retryPoliciesChanged,
        budgetChanged,
        touches,
        mixedScope: concerns >= 2,
    };
}
function retrySignature(chain) {
    const policy = (p) => p
        ? [
            p.maxAttempts,
            p.initialBackoffMs,
            p.maxBackoffMs,
            p.multiplier,
            p.jitter,
            p.retryOnStatuses.join(','),
            p.retryOnNetworkErrors,
            p.honourRetryAfter,
            p.maxElapsedMs,
        ].join('/')
        : '-';
    const walk = (t) => t.kind === 'route'
        ? `${t.route}:${policy(t.retry)}`
        : `${t.kind}:${policy(t.retry)}(${t.targets.map(walk).join(';')})`;
    return `${chain.layers.map((l) => policy(l.retry)).join('|')}#${walk(chain.target)}`;
}

;// CONCATENATED MODULE: ./lib/plan/analyse.js







function analysePlan(plan, options) {
    const findings = [...(plan.readFindings ?? [])];
    const routes = new Map(plan.routes.map((r) => [r.name, r]));
    const chains = summariseChains(plan);
    plan.chains.forEach((chain, i) => {
        const summary = chains[i];
        if (summary)
            findings.push(...budgetFindings(plan, chain, summary));
        findings.push(...stackingFindings(chain, summary?.attempts ?? 0));
        findings.push(...fallbackFindings(chain.target, routes));
    });
    findings.push(...policyFindings(plan));
    findings.push(...timeoutFindings(plan));
    findings.push(...reachabilityFindings(plan));
    findings.push(...keyFindings(plan));
    const change = options.base ? summariseChange(options.base, plan) : null;
    findings.push(...trustFindings(plan, options));
    findings.push(...scopeFindings(plan, change));
    return { findings: dedupe(findings), change, chains };
}
/** Worst case of every chain: attempts, elapsed time and the attempt order. */
function summariseChains(plan) {
    return plan.chains.map((chain) => {
        const attempts = (0,worst_case/* worstCaseChainAttempts */.FB)(chain);
        const elapsed = (0,worst_case/* worstCaseChainElapsedMs */.Zh)(chain, plan.routes);
        return {
            chain: chain.name,
            routeOrder: (0,worst_case/* routeOrder */.sG)(chain.target),
            attempts,
            elapsedMs: Number.isFinite(elapsed) ? Math.round(elapsed) : null,
            attemptOrder: (0,worst_case/* describeSequence */.dA)((0,worst_case/* attemptSequence */.Jh)(chain), attempts),
        };
    });
}
/** Keys the gate read but does not model; one close to a key it knows is probably a typo. */
function keyFindings(plan) {
    const findings = [];
    for (const key of plan.unsupported) {
        if (key.didYouMean) {
            findings.push({
                id: 'unknown_key',
                severity: 'warning',
                message: `"${key.key}" is not a key the gate knows here, so its default applies instead`,
                fix: `did you mean "${key.didYouMean}"?`,
                at: key.at,
            });
            continue;
        }
        findings.push({
            id: 'unsupported_key',
            severity: 'notice',
            message: `"${key.key}" is read but not modelled: ${key.reason ?? 'the plan ignores it'}`,
            fix: 'nothing to do if that is expected; otherwise check the key name',
            at: key.at,
        });
    }
    return findings;
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.id}@${f.at.file}:${f.at.line}:${f.at.column}:${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./lib/plan/load.js + 8 modules
var plan_load = __webpack_require__(3376);
;// CONCATENATED MODULE: ./lib/plan/stage.js


/** How the plan stage reads a config; a caller that reads the head itself uses the same. */
function planLoadOptions(options) {
    return {
        ...(options.format ? { format: options.format } : {}),
        ...(options.clientRetries !== undefined ? { clientRetries: options.clientRetries } : {}),
        ...(options.env ? { env: options.env } : {}),
        ...(options.budget ? { budget: options.budget } : {}),
    };
}
/** The whole plan stage: read the head (and base) config, then analyse it. Throws ConfigError. */
async function runPlanStage(options) {
    const load = planLoadOptions(options);
    const plan = options.head ?? (await (0,plan_load/* loadPlan */.Yq)(options.configPath, load));
    const base = options.baseConfigPath ? await (0,plan_load/* loadPlan */.Yq)(options.baseConfigPath, load) : null;
    const analysis = analysePlan(plan, {
        ...(base ? { base } : {}),
        trustedHosts: options.trustedHosts ?? [],
        baseUnreadable: options.baseUnreadable ?? null,
    });
    const trust = {
        base,
        trustedHosts: options.trustedHosts ?? [],
        baseUnreadable: base ? null : (options.baseUnreadable ?? null),
    };
    return { plan, base, analysis, trust };
}


/***/ })

};
