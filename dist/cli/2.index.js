export const id = 2;
export const ids = [2];
export const modules = {

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

/***/ 4610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1896);


// Generous for real configs, fatal for alias bombs ("billion laughs").
const MAX_ALIAS_COUNT = 100;
// Deep enough for any real config, shallow enough that no parser or validator runs out of stack.
const MAX_FLOW_DEPTH = 100;
function parseYamlSource(file, text) {
    rejectDeepFlowNesting(file, text);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter,
        prettyErrors: true,
        uniqueKeys: true,
        strict: true,
    });
    const toPos = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return (0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(file, line, col);
    };
    const firstError = doc.errors[0];
    if (firstError) {
        const pos = toPos(firstError.pos[0]);
        const message = firstError.message.split('\n')[0] ?? firstError.message;
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(pos, yamlMessage(firstError.code, message), /call stack/i.test(message)
            ? 'a routing config is shallow: check that this is the right file'
            : yamlFix(firstError.code));
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x((0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(file), `the YAML expands too far through aliases (${error.message.split('\n')[0]})`, `use at most ${MAX_ALIAS_COUNT} alias expansions; write the repeated parts out`);
    }
    const locate = (path, wantKey) => {
        const found = findNode(doc, path);
        const node = wantKey ? (found.key ?? found.node) : (found.node ?? found.key);
        if (node?.range)
            return toPos(node.range[0]);
        return (0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(file);
    };
    return {
        file,
        value,
        positionOf: (path) => locate(path, false),
        keyPositionOf: (path) => locate(path, true),
    };
}
/** Walks as deep as the path exists; returns the deepest node found and its key node. */
function findNode(doc, path) {
    let current = doc.contents;
    let keyNode;
    let lastFound = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(current) ? { node: current } : {};
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(current)) {
            const pair = current.items.find((item) => {
                const k = item.key;
                const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(k) && 'value' in k ? k.value : k;
                return String(raw) === String(segment);
            });
            if (!pair)
                return lastFound;
            keyNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.key) ? pair.key : undefined;
            current = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current) && typeof segment === 'number') {
            current = current.items[segment];
            keyNode = undefined;
        }
        else {
            return lastFound;
        }
        const node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(current) ? current : undefined;
        lastFound = { ...(node ? { node } : {}), ...(keyNode ? { key: keyNode } : {}) };
        if (!node)
            return lastFound;
    }
    return lastFound;
}
function yamlMessage(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'duplicate key: each key may appear once in a mapping';
    if (/call stack/i.test(message))
        return 'the document nests too deeply to be a routing config';
    return `invalid YAML: ${message}`;
}
function yamlFix(code) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return 'remove or rename one of the two keys';
        case 'TAB_AS_INDENT':
            return 'indent with spaces, not tabs';
        default:
            return 'correct the YAML syntax at this position (a YAML linter shows the detail)';
    }
}
/** Stops `[[[[…` and `{{{{…` before the parser recurses into them. Quoted text and comments are skipped. */
function rejectDeepFlowNesting(file, text) {
    let depth = 0;
    let line = 1;
    let lineStart = 0;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            line++;
            lineStart = i + 1;
            if (quote === "'")
                quote = null;
            continue;
        }
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = null;
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ''))) {
            const end = text.indexOf('\n', i);
            i = (end === -1 ? text.length : end) - 1;
        }
        else if (c === '[' || c === '{') {
            depth++;
            if (depth > MAX_FLOW_DEPTH) {
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x((0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(file, line, i - lineStart + 1), `the document nests more than ${MAX_FLOW_DEPTH} levels deep`, 'a routing config is shallow: check that this is the right file');
            }
        }
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
}


/***/ }),

/***/ 2574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ zodIssuesToConfigError),
/* harmony export */   du: () => (/* binding */ knownKeysOf),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);

/**
 * Turns the most telling zod issue into a positioned, fixable message. An unknown key comes
 * first: a misspelt key usually also shows up as a missing one, and the typo is the real cause.
 */
function zodIssuesToConfigError(source, issues, knownKeys = () => []) {
    const issue = issues.find((i) => i.code === 'unrecognized_keys') ??
        issues.find((i) => i.input === undefined) ??
        issues[0];
    if (!issue) {
        return new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf([]), 'the config is not valid', 'see examples/');
    }
    const path = issue.path;
    const where = describePath(path);
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const known = knownKeys(path);
        const guess = closest(key, known);
        const message = `unknown key "${key}"${where ? ` in ${where}` : ''}`;
        const fix = guess
            ? `did you mean "${guess}"?`
            : known.length > 0
                ? `allowed keys here: ${known.join(', ')}`
                : 'remove this key';
        return new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.keyPositionOf([...path, key]), message, fix);
    }
    if (issue.input === undefined && issue.path.length > 0) {
        const field = String(path[path.length - 1] ?? 'value');
        return new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf(path.slice(0, -1)), `missing required field "${field}"${path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : ''}`, issue.code === 'invalid_value'
            ? `add "${field}: " with one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
            : `add "${field}: <${issue.code === 'invalid_type' ? issue.expected : 'value'}>"`);
    }
    const found = issue.code === 'invalid_type' ? '' : describeValue(issue.input);
    const message = `${where || 'config'}: ${issue.message}${found ? ` (found ${found})` : ''}`;
    return new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf(path), message, fixFor(issue));
}
function fixFor(issue) {
    switch (issue.code) {
        case 'invalid_type':
            return `write ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected} here`;
        case 'invalid_value':
            return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'too_small':
            return `use a value of at least ${String(issue.minimum)}`;
        case 'too_big':
            return `use a value of at most ${String(issue.maximum)}`;
        default:
            return 'see the field description in schema/fallback-gate.schema.json';
    }
}
function describePath(path) {
    return path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join('');
}
function describeValue(value) {
    if (value === undefined)
        return '';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `a string of ${value.length} characters`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return `${typeof value} ${value}`;
    return typeof value;
}
/** The known key nearest to a typo, if it is near enough to be a plausible slip. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))
        ? best
        : undefined;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0] ?? 0;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j] ?? 0;
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return row[b.length] ?? 0;
}
/** Lists the keys an object schema accepts at a data path (unwrapping defaults, optionals, arrays). */
function knownKeysOf(schema) {
    return (path) => {
        let current = schema;
        for (const segment of [...path, null]) {
            current = unwrap(current);
            if (segment === null)
                break;
            const def = current.def;
            if (def?.type === 'object' && typeof segment === 'string')
                current = def.shape?.[segment];
            else if (def?.type === 'array' && typeof segment === 'number')
                current = def.element;
            else
                return [];
        }
        const def = current.def;
        return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    };
}
function unwrap(schema) {
    let current = schema;
    for (let i = 0; i < 10; i++) {
        const def = current?.def;
        if (def?.type === 'lazy' && def.getter) {
            current = def.getter();
            continue;
        }
        if (def &&
            ['default', 'optional', 'nullable', 'prefault'].includes(def.type ?? '') &&
            def.innerType) {
            current = def.innerType;
        }
        else
            break;
    }
    return current;
}


/***/ }),

/***/ 9760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ clientSdkLayer),
/* harmony export */   R1: () => (/* binding */ PROVIDER_BASE_URLS),
/* harmony export */   U_: () => (/* binding */ gatewayPlan),
/* harmony export */   ZJ: () => (/* binding */ defaultBudget),
/* harmony export */   kJ: () => (/* binding */ apiKeyEnvOf),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   w4: () => (/* binding */ hostOf),
/* harmony export */   yI: () => (/* binding */ collectUnsupported)
/* harmony export */ });
/* unused harmony export describeKeyPath */
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2574);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1896);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1989);


/** The config validated by its schema; a mistake becomes a ConfigError at its place in the file. */
function parseConfig(schema, source) {
    const parsed = schema.safeParse(source.value, { reportInput: true });
    if (!parsed.success) {
        throw (0,_common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .zodIssuesToConfigError */ .BW)(source, parsed.error.issues, (0,_common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .knownKeysOf */ .du)(schema));
    }
    return parsed.data;
}
/**
 * The environment variable an api_key value names. Absent or blank gives `otherwise`; a value
 * that is not a reference is refused, and never repeated in the error.
 */
function apiKeyEnvOf(source, value, path, fix, otherwise) {
    if (value === undefined || value.trim() === '')
        return otherwise;
    const name = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .envReferenceName */ .Gb)(value);
    if (name === null) {
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(source.positionOf(path), 'api_key must name an environment variable; the value is not shown', fix);
    }
    return name;
}
/** The plan of a gateway's config, which has no budget, owners or scenarios of its own. */
function gatewayPlan(source, format, digest, parts) {
    return {
        file: source.file,
        format,
        digest,
        routes: parts.routes,
        chains: parts.chains,
        budget: defaultBudget(source.file),
        owners: { operatorInitials: null, followUpOwner: null },
        scenarios: [],
        unsupported: parts.unsupported,
        readFindings: parts.readFindings,
    };
}
/**
 * OpenAI-compatible base URLs of providers, by the names LiteLLM (model prefix) and Portkey
 * (`provider`) use. A provider not listed needs an explicit api_base / custom_host.
 */
const PROVIDER_BASE_URLS = {
    openai: 'https://api.openai.com/v1',
    anthropic: 'https://api.anthropic.com/v1',
    groq: 'https://api.groq.com/openai/v1',
    mistral: 'https://api.mistral.ai/v1',
    'mistral-ai': 'https://api.mistral.ai/v1',
    together_ai: 'https://api.together.xyz/v1',
    'together-ai': 'https://api.together.xyz/v1',
    deepseek: 'https://api.deepseek.com/v1',
    openrouter: 'https://openrouter.ai/api/v1',
    fireworks_ai: 'https://api.fireworks.ai/inference/v1',
    'fireworks-ai': 'https://api.fireworks.ai/inference/v1',
    xai: 'https://api.x.ai/v1',
    'x-ai': 'https://api.x.ai/v1',
    perplexity: 'https://api.perplexity.ai',
    'perplexity-ai': 'https://api.perplexity.ai',
    gemini: 'https://generativelanguage.googleapis.com/v1beta/openai',
    google: 'https://generativelanguage.googleapis.com/v1beta/openai',
    cometapi: 'https://api.cometapi.com/v1',
};
/** The gate's own defaults, used when a format has no place to state a budget. */
function defaultBudget(file) {
    return {
        maxAttemptsPerRequest: 4,
        maxElapsedMs: 60_000,
        maxAmplification: 3,
        at: (0,_common_index_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(file),
    };
}
/**
 * The official OpenAI SDKs in front of a gateway: `maxRetries` retries (2 by default, so 3
 * attempts) on 408, 409, 429, 5xx and connection errors, waiting min(0.5 s × 2^n, 8 s) less up
 * to a quarter at random, honouring retry-after. "equal" is the nearest of the gate's jitter
 * kinds: a random share is taken off each wait, never all of it.
 */
function clientSdkLayer(retries, at) {
    return {
        name: 'client-sdk',
        retry: {
            maxAttempts: retries + 1,
            initialBackoffMs: 500,
            maxBackoffMs: 8000,
            multiplier: 2,
            jitter: 'equal',
            retryOnStatuses: [408, 409, 429, 500, 502, 503, 504],
            retryOnNetworkErrors: true,
            honourRetryAfter: true,
            maxElapsedMs: null,
            at,
        },
        at,
    };
}
/**
 * Records every key of a mapping that the gate does not model. A key close to one it does
 * model is probably a typo, so the reason says which.
 */
function collectUnsupported(source, path, value, modelled, out, reasons = {}) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return;
    for (const key of Object.keys(value)) {
        if (modelled.includes(key))
            continue;
        const guess = (0,_common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(key, modelled);
        const reason = reasons[key] ??
            (guess
                ? `not a key the gate knows here; did you mean "${guess}"?`
                : 'not modelled by the gate; the plan ignores it');
        out.push({
            key: describeKeyPath([...path, key]),
            at: source.keyPositionOf([...path, key]),
            reason,
            ...(guess && !reasons[key] ? { didYouMean: guess } : {}),
        });
    }
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return url.toLowerCase();
    }
}
/** `targets[1].override_params.max_tokens`: the path as a reader of the file writes it. */
function describeKeyPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}


/***/ }),

/***/ 1989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ envReferenceName),
/* harmony export */   ZS: () => (/* binding */ rejectLiteralCredentials)
/* harmony export */ });
/* unused harmony export ENV_REFERENCE */
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);

// A credential written into a routing config ends up in the repository's history and in every
// fork. The gate refuses such a file outright, names where the value is, and never repeats it.
/** Keys whose value is a secret when it is not a reference to the environment. */
const SECRET_KEY = /(^|[_-])(api[_-]?key|secret|token|password|passwd|authorization|access[_-]?key|master[_-]?key)$/i;
/** Shapes of well-known credentials, wherever they appear. */
const SECRET_SHAPES = [
    /^sk-[A-Za-z0-9_-]{16,}$/, // OpenAI, Anthropic (sk-ant-…), DeepSeek, LiteLLM virtual keys
    /^AIza[0-9A-Za-z_-]{30,}$/, // Google API keys
    /^gh[pousr]_[A-Za-z0-9]{30,}$/, // GitHub tokens
    /^xox[abprs]-[A-Za-z0-9-]{10,}$/, // Slack tokens
    /^gsk_[A-Za-z0-9]{20,}$/, // Groq
    /^Bearer\s+\S{8,}$/i,
    /^[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i, // a URL carrying user:password
];
/** References to a variable rather than a value: `os.environ/NAME`, `${NAME}`, `$NAME`, `env:NAME`. */
const ENV_REFERENCE = /^(?:os\.environ\/|env:|\$\{?)([A-Za-z_][A-Za-z0-9_]*)\}?$/;
function envReferenceName(value) {
    const match = ENV_REFERENCE.exec(value.trim());
    if (!match?.[1])
        return null;
    if (value.trim().startsWith('${') && !value.trim().endsWith('}'))
        return null;
    return match[1];
}
/**
 * Throws a ConfigError at the first literal credential in the document. The message says
 * where and what kind of field it is, never any part of the value.
 */
function rejectLiteralCredentials(source, howToReference) {
    const found = findLiteralCredential(source.value, []);
    if (!found)
        return;
    const key = found.path.length > 0 ? String(found.path[found.path.length - 1]) : 'value';
    throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(source.positionOf(found.path), `a literal credential is written in the config (field "${key}"); the value is not shown`, `delete it, rotate that key (it is now in the history), and reference an environment variable instead: ${howToReference}`);
}
function findLiteralCredential(value, path) {
    if (typeof value === 'string') {
        const key = path.length > 0 ? String(path[path.length - 1]) : '';
        if (looksSecret(key, value))
            return { path };
        return null;
    }
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const hit = findLiteralCredential(value[i], [...path, i]);
            if (hit)
                return hit;
        }
        return null;
    }
    if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            const hit = findLiteralCredential(v, [...path, k]);
            if (hit)
                return hit;
        }
    }
    return null;
}
function looksSecret(key, value) {
    const text = value.trim();
    if (text === '' || envReferenceName(text) !== null)
        return false;
    if (SECRET_SHAPES.some((shape) => shape.test(text)))
        return true;
    // Names of variables (api_key_env: OPENAI_API_KEY) are references, not secrets.
    if (/_env(_var)?$/i.test(key))
        return false;
    return SECRET_KEY.test(key);
}


/***/ })

};
