export const id = 261;
export const ids = [261];
export const modules = {

/***/ 5738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emit)
/* harmony export */ });
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(352);

/** Prints a file command's result through io; its code becomes the exit status. */
function emit(io, result) {
    // `show` renders through consoleSafe already (stdout may carry its colours); reasons quoting
    // names and paths are made safe here.
    io.stdout.write(result.stdout);
    io.stderr.write((0,_record_index_js__WEBPACK_IMPORTED_MODULE_0__/* .consoleLines */ .$1)(result.stderr));
    return { exitStatus: result.code };
}


/***/ }),

/***/ 261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRecordCommand: () => (/* binding */ runRecordCommand)
});

// UNUSED EXPORTS: runRecord

// EXTERNAL MODULE: ./lib/common/config-error.js
var config_error = __webpack_require__(1896);
// EXTERNAL MODULE: ./lib/contract/families.js
var families = __webpack_require__(4908);
// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./lib/common/read-file.js
var read_file = __webpack_require__(7712);
// EXTERNAL MODULE: ./lib/common/yaml-source.js
var yaml_source = __webpack_require__(4610);
// EXTERNAL MODULE: ./lib/common/zod-position.js
var zod_position = __webpack_require__(2574);
;// CONCATENATED MODULE: ./lib/incident/facts.js



/** The facts a recorded decision needs; any one missing pauses it. */
const REQUIRED_FACTS = [
    ['endpointFamily', 'endpoint family', '--endpoint-family', 'endpoint_family'],
    ['requestId', 'request id', '--request-id', 'request_id'],
    ['statusClass', 'status class', '--status-class', 'status_class'],
    ['retryAttempts', 'retry count', '--retry-attempts', 'retry_attempts'],
    ['decision', 'decision', '--decision', 'fallback_decision'],
    ['operator', 'operator initials', '--operator', 'operator_initials'],
    ['owner', 'follow-up owner', '--owner', 'follow_up_owner'],
];
const facts_text = (max) => schemas/* string */.YjP().trim().min(1).max(max);
const noteSchema = schemas/* strictObject */.rej({
    endpoint_family: families/* EndpointFamilySchema */.ni.optional(),
    route: facts_text(200).optional(),
    request_id: facts_text(200).optional(),
    status_class: status_class/* StatusClassSchema */.KZ.optional(),
    retry_attempts: schemas/* int */.Whr().min(0).max(10_000).optional(),
    fallback_decision: schemas/* enum */.k5n(['keep_primary', 'retry_primary', 'use_fallback', 'escalate'])
        .optional(),
    evidence_links: schemas/* array */.YOg(facts_text(2000)).max(50).optional(),
    operator_initials: facts_text(20).optional(),
    follow_up_owner: facts_text(200).optional(),
    what_changed: facts_text(2000).optional(),
    remaining_uncertainty: schemas/* array */.YOg(facts_text(2000)).max(50).optional(),
    prompt_class: facts_text(100).optional(),
});
const NOTE_KEYS = Object.keys(noteSchema.shape);
/** Reads a YAML note; errors name file:line:col and the key. */
async function readNote(file) {
    const { text: body } = await (0,read_file/* readConfigText */.i)(file).catch((error) => {
        if (error instanceof config_error/* ConfigError */.x) {
            throw new config_error/* ConfigError */.x(error.at, error.message.replace('config file', 'note'), error.fix);
        }
        throw error;
    });
    const source = (0,yaml_source/* parseYamlSource */.W)(file, body);
    if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file), 'a note is a YAML mapping of facts', `use keys such as ${NOTE_KEYS.slice(0, 5).join(', ')}`);
    }
    const parsed = noteSchema.safeParse(source.value);
    if (!parsed.success)
        throw (0,zod_position/* zodIssuesToConfigError */.BW)(source, parsed.error.issues, () => NOTE_KEYS);
    const n = parsed.data;
    return {
        ...(n.endpoint_family ? { endpointFamily: n.endpoint_family } : {}),
        ...(n.route ? { route: n.route } : {}),
        ...(n.request_id ? { requestId: n.request_id } : {}),
        ...(n.status_class ? { statusClass: n.status_class } : {}),
        ...(n.retry_attempts !== undefined ? { retryAttempts: n.retry_attempts } : {}),
        ...(n.fallback_decision ? { decision: n.fallback_decision } : {}),
        ...(n.evidence_links ? { evidenceLinks: n.evidence_links } : {}),
        ...(n.operator_initials ? { operator: n.operator_initials } : {}),
        ...(n.follow_up_owner ? { owner: n.follow_up_owner } : {}),
        ...(n.what_changed ? { whatChanged: n.what_changed } : {}),
        ...(n.remaining_uncertainty ? { uncertainty: n.remaining_uncertainty } : {}),
        ...(n.prompt_class ? { promptClass: n.prompt_class } : {}),
    };
}
/** Flags over the note; lists are joined. */
function mergeFacts(note, flags) {
    const merged = {
        ...note,
        ...stripUndefined(flags),
        evidenceLinks: [],
        uncertainty: [],
    };
    merged.evidenceLinks = [
        ...new Set([...(note.evidenceLinks ?? []), ...(flags.evidenceLinks ?? [])]),
    ];
    merged.uncertainty = [...(note.uncertainty ?? []), ...(flags.uncertainty ?? [])];
    return merged;
}
function stripUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/common/bounded-read.js
var bounded_read = __webpack_require__(8829);
;// CONCATENATED MODULE: ./lib/incident/log-fields.js
// Allow-list readers for log fields. A log can hold anything (prompts, outputs, keys in URLs,
// authorization headers); these functions let through only values of a known, harmless shape,
// so nothing else can reach a ledger whatever the log holds.
/** Headers and fields through which a retrying stack reports its own retry count. */
const RETRY_BOOKKEEPING = [
    'x-stainless-retry-count',
    'x-portkey-retry-attempt-count',
    'x-portkey-last-used-option-index',
    'x-litellm-attempted-retries',
    'x-litellm-attempted-fallbacks',
    'x-litellm-max-retries',
    'retry_success_count',
];
/** Response headers that carry the provider's (or gateway's) request id, first match wins. */
const REQUEST_ID_HEADERS = [
    'x-request-id',
    'request-id',
    'x-litellm-call-id',
    'x-portkey-trace-id',
    'apim-request-id',
];
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,99}$/;
const PATH_SEGMENT = /^[A-Za-z0-9._~-]{1,64}$/;
const METHOD = /^[A-Za-z]{3,10}$/;
// Path segments that look like ids or keys rather than route words.
const KEY_LIKE = /\d{6,}|[A-Za-z0-9_-]{32,}|^(?:sk|pk|rk)-|^AIza|^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{20,}$/;
/** A request id or trace id: short, of id characters only; anything else is dropped. */
function safeId(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value);
    return typeof value === 'string' && ID.test(value) ? value : null;
}
function safeModel(value) {
    return typeof value === 'string' && MODEL.test(value) ? value : null;
}
function safeMethod(value) {
    return typeof value === 'string' && METHOD.test(value) ? value.toUpperCase() : 'POST';
}
/**
 * Host and path of a URL: no userinfo, no query string, no fragment; path segments that do not
 * look like route words (ids, tokens) are replaced by `*`.
 */
function safeUrl(value) {
    if (typeof value !== 'string' || value.length > 8192)
        return null;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return null;
    const segments = url.pathname
        .split('/')
        .filter((s) => s.length > 0)
        .slice(0, 12)
        .map((s) => (PATH_SEGMENT.test(s) && !KEY_LIKE.test(s) ? s : '*'));
    return { host: url.host, path: `/${segments.join('/')}` };
}
function safeStatus(value) {
    const n = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}
function safeCount(value) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e6) {
        return String(value);
    }
    return typeof value === 'string' && /^\d{1,6}$/.test(value) ? value : null;
}
function safeMs(value) {
    const n = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 864e5 ? n : null;
}
/** Epoch milliseconds from an ISO date, or from epoch seconds or milliseconds. */
function safeTime(value) {
    if (typeof value === 'number' && Number.isFinite(value)) {
        // Epoch seconds (LiteLLM's standard payload) or milliseconds.
        const ms = value < 1e11 ? value * 1000 : value;
        return ms > 0 ? ms : null;
    }
    if (typeof value !== 'string' || value.length > 64)
        return null;
    if (!/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(value))
        return null;
    // A time without a zone is taken as UTC, as the log exports write it.
    const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
    const ms = Date.parse(zoned.replace(' ', 'T'));
    return Number.isFinite(ms) ? ms : null;
}
/** A header map with lower-case names, from an object or a list of {name, value}. */
function headerMap(value) {
    const out = new Map();
    if (Array.isArray(value)) {
        for (const h of value) {
            if (h && typeof h === 'object' && 'name' in h && 'value' in h) {
                const { name, value: v } = h;
                if (typeof name === 'string' && (typeof v === 'string' || typeof v === 'number')) {
                    out.set(name.toLowerCase(), String(v));
                }
            }
        }
    }
    else if (value && typeof value === 'object') {
        for (const [name, v] of Object.entries(value)) {
            if (typeof v === 'string' || typeof v === 'number')
                out.set(name.toLowerCase(), String(v));
        }
    }
    return out;
}
/** retry-after-ms, else retry-after in seconds or as an HTTP date (against the answer's time). */
function retryAfterFrom(headers, answeredMs) {
    const ms = headers.get('retry-after-ms');
    if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim()))
        return Number(ms);
    const after = headers.get('retry-after')?.trim();
    if (after === undefined)
        return null;
    if (/^\d+(\.\d+)?$/.test(after))
        return Number(after) * 1000;
    const date = Date.parse(after);
    if (Number.isFinite(date) && answeredMs !== null)
        return Math.max(0, date - answeredMs);
    return null;
}
function bookkeepingFrom(headers) {
    const out = {};
    for (const name of RETRY_BOOKKEEPING) {
        const v = safeCount(headers.get(name));
        if (v !== null)
            out[name] = v;
    }
    return out;
}
function requestIdFrom(headers) {
    for (const name of REQUEST_ID_HEADERS) {
        const id = safeId(headers.get(name));
        if (id)
            return id;
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/incident/formats/position.js

/**
 * The position of a path inside a JSON document, found only when an error needs it (parsing a
 * large log with positions would be slow). Falls back to the file's start.
 */
function jsonPosition(file, text, path) {
    return jsonLocator(file, text)(path);
}
/** Above this size positions are not looked up (the file's start is named instead). */
const MAX_LOCATE_BYTES = 4 * 1024 * 1024;
/**
 * Where each attempt came from is worth a parse only for small documents (the parse costs about
 * 2 s per MiB); larger ones name the file's start, and only errors pay for a position.
 */
const MAX_ATTEMPT_LOCATE_BYTES = 256 * 1024;
/** A position finder that parses the document once, on first use. */
function jsonLocator(file, text, maxBytes = MAX_LOCATE_BYTES) {
    let source;
    return (path) => {
        if (source === undefined) {
            try {
                source = text.length <= maxBytes ? (0,yaml_source/* parseYamlSource */.W)(file, text) : null;
            }
            catch {
                source = null;
            }
        }
        return source ? source.positionOf(path) : (0,config_error/* positionAt */.t)(file);
    };
}
function recordError(at, what, fix) {
    return new ConfigError(at, what, fix);
}

;// CONCATENATED MODULE: ./lib/incident/formats/har.js



// HAR 1.2 (browser devtools "Save all as HAR", mitmproxy, Charles, Proxyman): log.entries[] with
// startedDateTime, time (ms), request {method, url, headers[]} and response {status, headers[]}.
// Request and response bodies (postData, content) are never read.
function parseHar(file, text, doc) {
    const entries = doc.log.entries;
    const attempts = [];
    const locate = jsonLocator(file, text);
    const cheap = text.length <= MAX_ATTEMPT_LOCATE_BYTES;
    entries.forEach((raw, i) => {
        const path = ['log', 'entries', i];
        const where = (...rest) => locate([...path, ...rest]);
        const entry = (raw ?? {});
        const request = (entry.request ?? null);
        const response = (entry.response ?? null);
        if (!request || typeof request !== 'object') {
            throw new config_error/* ConfigError */.x(where(), `HAR entry ${i} has no "request" object`, 'export the HAR again from the tool that recorded it');
        }
        const url = safeUrl(request.url);
        if (!url) {
            throw new config_error/* ConfigError */.x(where('request', 'url'), `HAR entry ${i}: "request.url" is not an http(s) URL`, 'export the HAR again from the tool that recorded it');
        }
        const startedMs = safeTime(entry.startedDateTime);
        if (startedMs === null) {
            throw new config_error/* ConfigError */.x(where('startedDateTime'), `HAR entry ${i}: "startedDateTime" is not an ISO 8601 time`, 'HAR 1.2 requires startedDateTime on every entry');
        }
        const requestHeaders = headerMap(request.headers);
        const responseHeaders = headerMap(response?.headers);
        const durationMs = safeMs(entry.time);
        // HAR writes status 0 when no answer came (refused, reset, timed out).
        const status = safeStatus(response?.status);
        attempts.push({
            at: cheap ? where() : (0,config_error/* positionAt */.t)(file),
            group: null,
            startedMs,
            durationMs,
            method: safeMethod(request.method),
            host: url.host,
            path: url.path,
            status,
            retryAfterMs: retryAfterFrom(responseHeaders, durationMs !== null ? startedMs + durationMs : startedMs),
            requestId: requestIdFrom(responseHeaders),
            retryHeaders: { ...bookkeepingFrom(requestHeaders), ...bookkeepingFrom(responseHeaders) },
            model: null,
        });
    });
    return { format: 'har', records: entries.length, attempts };
}

;// CONCATENATED MODULE: ./lib/incident/formats/json-records.js


function readJsonRecords(records, locate, reader) {
    const attempts = records.map((record, i) => {
        const r = (record.value ?? {});
        if (typeof r !== 'object' || !reader.is(r)) {
            throw new config_error/* ConfigError */.x(locate(record, []), `record ${i + 1} is not ${reader.notARecord.what}`, reader.notARecord.fix);
        }
        const { field } = reader.startTime;
        const startedMs = safeTime(r[field]);
        if (startedMs === null) {
            throw new config_error/* ConfigError */.x(locate(record, [field]), `record ${i + 1}: "${field}" is not ${reader.startTime.what}`, reader.startTime.fix);
        }
        return { at: locate(record), ...reader.attempt(r, startedMs, record, i) };
    });
    return { format: reader.format, records: records.length, attempts };
}

;// CONCATENATED MODULE: ./lib/incident/formats/litellm.js


// LiteLLM proxy: rows of the spend-log table (UI "Logs" export, GET /spend/logs; request_id,
// startTime, endTime, api_base, model_group, status, metadata.error_information) and the
// standard logging payload its JSON logs and callbacks carry (id, trace_id, call_type, status,
// startTime/endTime in epoch seconds, error_information, hidden_params.additional_headers).
// One record is one upstream call; trace_id groups the retries and fallbacks of one request.
// messages, response, proxy_server_request and every key field are never read.
function isLiteLlmRecord(value) {
    if (!value || typeof value !== 'object')
        return false;
    const r = value;
    return (('request_id' in r || ('id' in r && 'call_type' in r)) &&
        'startTime' in r &&
        ('api_base' in r || 'model_group' in r || 'call_type' in r));
}
// Exception classes LiteLLM maps provider errors to, and the status each stands for.
const ERROR_CLASS_STATUS = {
    RateLimitError: 429,
    ServiceUnavailableError: 503,
    InternalServerError: 500,
    BadGatewayError: 502,
    BadRequestError: 400,
    ContextWindowExceededError: 400,
    ContentPolicyViolationError: 400,
    AuthenticationError: 401,
    PermissionDeniedError: 403,
    NotFoundError: 404,
    UnprocessableEntityError: 422,
};
const LITELLM = {
    format: 'litellm',
    is: isLiteLlmRecord,
    notARecord: {
        what: 'a LiteLLM log record (request_id or id, startTime, api_base or model_group expected)',
        fix: 'export only spend-log rows or standard logging payloads into one file',
    },
    startTime: {
        field: 'startTime',
        what: 'a time (ISO 8601 or epoch seconds expected)',
        fix: 'export the spend logs again; startTime is written by the proxy',
    },
    attempt: (r, startedMs) => {
        const endMs = safeTime(r.endTime);
        const metadata = (r.metadata && typeof r.metadata === 'object' ? r.metadata : {});
        const info = (r.error_information ?? metadata.error_information ?? null);
        const hidden = (r.hidden_params ?? {});
        const headers = headerMap(hidden.additional_headers);
        for (const [name, value] of headerMap(hidden.additional_headers)) {
            // Provider headers are passed on with an `llm_provider-` prefix.
            if (name.startsWith('llm_provider-'))
                headers.set(name.slice('llm_provider-'.length), value);
        }
        const url = safeUrl(r.api_base) ?? { host: 'unknown', path: '/' };
        const callType = typeof r.call_type === 'string' ? r.call_type : '';
        const path = /responses/i.test(callType)
            ? joinPath(url.path, 'responses')
            : /completion/i.test(callType)
                ? joinPath(url.path, 'chat/completions')
                : url.path;
        return {
            group: safeId(r.trace_id) ?? safeId(metadata.litellm_trace_id) ?? safeId(r.session_id),
            startedMs,
            durationMs: endMs !== null && endMs >= startedMs ? endMs - startedMs : null,
            method: 'POST',
            host: url.host,
            path,
            status: statusOf(r.status, info),
            retryAfterMs: retryAfterFrom(headers, endMs),
            requestId: safeId(r.request_id) ?? safeId(r.id),
            retryHeaders: bookkeepingFrom(headers),
            model: safeModel(r.model_group) ?? safeModel(r.model),
        };
    },
};
function parseLiteLlmRecords(file, records, locate) {
    return readJsonRecords(records, locate, LITELLM);
}
function statusOf(status, info) {
    if (info) {
        const code = safeStatus(info.error_code);
        if (code !== null)
            return code;
        const byClass = typeof info.error_class === 'string' ? ERROR_CLASS_STATUS[info.error_class] : undefined;
        if (byClass !== undefined)
            return byClass;
    }
    // The proxy logs success without a status code: a success is read as 200.
    if (status === 'success')
        return 200;
    return null;
}
function joinPath(base, tail) {
    if (base.endsWith(`/${tail}`))
        return base;
    return `${base === '/' ? '' : base}/${tail}`;
}

;// CONCATENATED MODULE: ./lib/incident/formats/openai-debug.js


// The debug log of the OpenAI Node SDK (v5 and later) with OPENAI_LOG=debug: per attempt a
// "[log_xxxxxx] sending request {…}" block (method, url, request headers such as
// x-stainless-retry-count, retryOf), one summary line "[log_xxxxxx, retryOf: log_yyyyyy,
// x-request-id: "…"] post URL failed with status 429 in 32ms - retrying …", and a
// "response start" / "response error" block (status, response headers, durationMs) or a
// "connection failed / timed out" line. Blocks are Node's inspect output, one key per line.
// The SDK writes no time of day; a line prefix with an ISO 8601 time (from a logger or a tool
// such as `ts`, followed by one space) is used when present, else the timeline is untimed.
const openai_debug_ID = /log_[0-9a-f]{6}/;
const PREFIX = /^(?:\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)\]? )?/;
const BLOCK_START = new RegExp(`^\\[(${openai_debug_ID.source})\\] (sending request|response start|response error[^{]*|connection (?:failed|timed out)[^{]*?)\\s*\\{\\s*$`);
const SUMMARY = new RegExp(`^\\[(${openai_debug_ID.source})(?:, retryOf: (${openai_debug_ID.source}))?(?:, x-request-id: "([^"]*)")?\\] ([A-Za-z]+) (\\S+) (succeeded|failed) with status (\\d{3}) in (\\d+)ms`);
const CONNECTION = new RegExp(`^\\[(${openai_debug_ID.source})(?:, retryOf: (${openai_debug_ID.source}))?\\] connection (failed|timed out)`);
// One `key: value` line of an inspected object; quotes stripped.
const FIELD = /^\s*'?([A-Za-z0-9_-]+)'?: (?:'((?:[^'\\]|\\.)*)'|(\d+(?:\.\d+)?)|([A-Za-z]+))?,?\s*$/;
function looksLikeOpenAiDebug(text) {
    return text
        .slice(0, 64 * 1024)
        .split('\n')
        .some((line) => {
        const content = line.replace(PREFIX, '');
        return BLOCK_START.test(content) || SUMMARY.test(content);
    });
}
function parseOpenAiDebug(file, text) {
    const drafts = new Map();
    const draft = (id, line) => {
        let d = drafts.get(id);
        if (!d) {
            d = emptyDraft(id, line);
            drafts.set(id, d);
        }
        return d;
    };
    const lines = text.split('\n');
    let records = 0;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const stamp = PREFIX.exec(raw)?.[1];
        const content = raw.replace(PREFIX, '');
        const start = BLOCK_START.exec(content);
        if (start) {
            records++;
            i = readBlock(file, lines, i, draft(start[1], i + 1), start[2], stamp);
            continue;
        }
        const summary = SUMMARY.exec(content);
        if (summary) {
            records++;
            readSummary(draft(summary[1], i + 1), summary, stamp);
            continue;
        }
        const connection = CONNECTION.exec(content);
        if (connection) {
            records++;
            const d = draft(connection[1], i + 1);
            d.retryOf ??= connection[2] ?? null;
            d.answered = true;
        }
    }
    if (drafts.size === 0) {
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file), 'no OpenAI SDK debug entries ("[log_xxxxxx] sending request") in this file', 'run the client with OPENAI_LOG=debug (openai npm 5 or later) and keep its standard output');
    }
    const attempts = [...drafts.values()].map((d) => attemptOf(file, d));
    return { format: 'openai_debug', records, attempts };
}
function emptyDraft(id, line) {
    return {
        id,
        line,
        retryOf: null,
        startedMs: null,
        method: null,
        url: null,
        requestHeaders: new Map(),
        responseHeaders: new Map(),
        status: null,
        answered: false,
        durationMs: null,
        requestId: null,
    };
}
/** Reads the block opened on line `i` into its draft; returns the line of its closing brace. */
function readBlock(file, lines, i, d, kind, stamp) {
    const sending = kind.startsWith('sending');
    if (sending && stamp)
        d.startedMs = safeTime(stamp);
    // The block runs to the closing brace at the start of a line.
    let nested = '';
    let j = i + 1;
    for (; j < lines.length; j++) {
        const inner = lines[j].replace(PREFIX, '');
        if (/^\}/.test(inner))
            break;
        const open = /^\s*'?([A-Za-z0-9_-]+)'?: (?:[A-Za-z]+ )?\{\s*$/.exec(inner);
        if (open) {
            nested = open[1];
            continue;
        }
        if (/^\s*\},?\s*$/.test(inner)) {
            nested = '';
            continue;
        }
        const field = FIELD.exec(inner);
        if (!field)
            continue;
        const [, key, quoted, numeric, word] = field;
        const value = quoted ?? numeric ?? word ?? '';
        if (nested === 'headers') {
            (sending ? d.requestHeaders : d.responseHeaders).set(key.toLowerCase(), value);
        }
        else if (nested === '') {
            if (key === 'retryOf')
                d.retryOf = safeId(value);
            else if (key === 'method' && sending)
                d.method = safeMethod(value);
            else if (key === 'url')
                d.url ??= safeUrl(value);
            else if (key === 'status') {
                d.status = safeStatus(Number(value));
                d.answered = true;
            }
            else if (key === 'durationMs')
                d.durationMs = safeMs(value);
        }
    }
    if (j >= lines.length) {
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file, i + 1), `the block opened here ("${kind.trim()}") has no closing "}"`, 'the log was cut in the middle of an entry: include the whole entry or cut before it');
    }
    if (kind.startsWith('connection'))
        d.answered = true;
    return j;
}
/** The one-line summary of an attempt: ids, method, URL, status and duration. */
function readSummary(d, summary, stamp) {
    d.retryOf ??= summary[2] ?? null;
    d.requestId ??= safeId(summary[3]);
    d.method ??= safeMethod(summary[4]);
    d.url ??= safeUrl(summary[5]);
    d.status = safeStatus(Number(summary[7]));
    d.answered = true;
    d.durationMs ??= safeMs(summary[8]);
    if (stamp && d.startedMs === null)
        d.startedMs = safeTime(stamp);
}
function attemptOf(file, d) {
    if (!d.url) {
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file, d.line), `entry ${d.id} has no request URL`, 'include the "sending request" block of every attempt');
    }
    return {
        at: (0,config_error/* positionAt */.t)(file, d.line),
        group: d.retryOf ?? d.id,
        startedMs: d.startedMs,
        durationMs: d.durationMs,
        method: d.method ?? 'POST',
        host: d.url.host,
        path: d.url.path,
        status: d.status,
        retryAfterMs: retryAfterFrom(d.responseHeaders, d.startedMs !== null ? d.startedMs + (d.durationMs ?? 0) : null),
        requestId: d.requestId ?? requestIdFrom(d.responseHeaders),
        retryHeaders: { ...bookkeepingFrom(d.requestHeaders), ...bookkeepingFrom(d.responseHeaders) },
        model: null,
    };
}

;// CONCATENATED MODULE: ./lib/incident/formats/portkey.js


// Portkey log export (JSONL, one request per line): created_at, request_url (the final provider
// URL), request_method, response_status_code, response_time (ms), is_success, ai_org, ai_model,
// retry_success_count, trace_id, and optionally request.body / response.body, which are never
// read. One line is one request as the gateway answered it; its retries inside the gateway are
// not separate lines, so retry_success_count is kept as the gateway's own retry bookkeeping.
function isPortkeyRecord(value) {
    if (!value || typeof value !== 'object')
        return false;
    const r = value;
    return 'created_at' in r && ('response_status_code' in r || 'request_url' in r);
}
const PORTKEY = {
    format: 'portkey',
    is: isPortkeyRecord,
    notARecord: {
        what: 'a Portkey log export record (created_at and response_status_code or request_url expected)',
        fix: 'request the export with the created_at, request_url and response_status_code fields',
    },
    startTime: {
        field: 'created_at',
        what: 'an ISO 8601 time',
        fix: 'export the logs again; created_at is written by Portkey',
    },
    attempt: (r, startedMs, record, i) => {
        const url = safeUrl(r.request_url) ?? { host: 'unknown', path: '/' };
        const retries = safeCount(r.retry_success_count);
        const status = safeStatus(r.response_status_code);
        return {
            // Each line is a whole request (its retries happened inside the gateway).
            group: `line:${record.line ?? i + 1}`,
            startedMs,
            durationMs: safeMs(r.response_time),
            method: safeMethod(r.request_method),
            host: url.host,
            path: url.path,
            status,
            retryAfterMs: null,
            requestId: safeId(r.id) ?? safeId(r.trace_id),
            retryHeaders: retries !== null ? { retry_success_count: retries } : {},
            model: safeModel(r.ai_model),
        };
    },
};
function parsePortkeyRecords(file, records, locate) {
    return readJsonRecords(records, locate, PORTKEY);
}

;// CONCATENATED MODULE: ./lib/incident/log-types.js
const LOG_FORMAT_NAMES = {
    har: 'HAR (browser or proxy HTTP archive)',
    openai_debug: 'OpenAI Node SDK debug log (OPENAI_LOG=debug)',
    litellm: 'LiteLLM spend-log export or JSON log (standard logging payload)',
    portkey: 'Portkey log export (JSONL)',
};

;// CONCATENATED MODULE: ./lib/incident/log-read.js








// Reads one log file, tells its format from its content, and hands it to that format's reader.
// Every problem is a ConfigError naming file:line:col, what was expected and how to fix it; no
// error message quotes the log's content, which may hold secrets.
/** Logs larger than this are refused: cut the log to the incident's time window first. */
const MAX_LOG_BYTES = 32 * 1024 * 1024;
const FIX_FORMAT = `give one of: ${Object.values(LOG_FORMAT_NAMES).join('; ')}`;
async function readLogFile(file, forced) {
    const text = await readLogText(file);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    const parsed = parseLogText(file, text, forced);
    return { file, sha256, ...parsed };
}
function parseLogText(file, text, forced) {
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') {
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file), 'the log file is empty', FIX_FORMAT);
    }
    const first = body.trimStart()[0];
    if (forced === 'openai_debug' ||
        (!forced &&
            (first !== '{' || looksLikeOpenAiDebug(body)) &&
            (first !== '[' || looksLikeOpenAiDebug(body)))) {
        if (forced === 'openai_debug' || looksLikeOpenAiDebug(body))
            return parseOpenAiDebug(file, body);
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file), 'not a log format fallback-gate reads (no JSON, and no OpenAI SDK debug lines such as "[log_1a2b3c] sending request")', FIX_FORMAT);
    }
    // One JSON document (HAR, or an array / {data: [...]} export), else JSON Lines.
    let whole;
    let wholeError = null;
    try {
        whole = JSON.parse(body);
    }
    catch (error) {
        wholeError = error;
    }
    if (wholeError === null) {
        if (forced === 'har' || (!forced && isHar(whole)))
            return parseHar(file, body, whole);
        const found = recordsOf(whole);
        if (!found) {
            throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file), 'a JSON document that is neither a HAR file ({"log": {"entries": [...]}}) nor a list of log records', FIX_FORMAT);
        }
        const locate = jsonLocator(file, body);
        return parseRecords(file, found.records.map((value, i) => ({ value, line: null, path: [...found.path, i] })), (record, field) => record.line !== null
            ? (0,config_error/* positionAt */.t)(file, record.line)
            : // Errors (a field named) always get a position; attempts only in small documents.
                field !== undefined || body.length <= MAX_ATTEMPT_LOCATE_BYTES
                    ? locate([...record.path, ...(field ?? [])])
                    : (0,config_error/* positionAt */.t)(file), forced);
    }
    const lines = body.split('\n');
    if (lines.filter((l) => l.trim()).length <= 1) {
        throw jsonError(file, body, wholeError);
    }
    const records = [];
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        try {
            records.push({ value: JSON.parse(line), line: i + 1, path: [] });
        }
        catch (error) {
            throw jsonError(file, line, error, i + 1);
        }
    });
    return parseRecords(file, records, (record) => (0,config_error/* positionAt */.t)(file, record.line ?? 1), forced);
}
function parseRecords(file, records, locate, forced) {
    const sample = records.find((r) => r.value && typeof r.value === 'object');
    const format = forced ??
        (sample && isLiteLlmRecord(sample.value)
            ? 'litellm'
            : sample && isPortkeyRecord(sample.value)
                ? 'portkey'
                : null);
    if (format === 'litellm')
        return parseLiteLlmRecords(file, records, locate);
    if (format === 'portkey')
        return parsePortkeyRecords(file, records, locate);
    throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file, sample?.line ?? 1), 'log records without the fields of a LiteLLM (request_id or id, startTime, api_base or model_group) or Portkey export (request_url, response_status_code, created_at)', `${FIX_FORMAT}; or name the format with --log-format`);
}
function isHar(value) {
    return (!!value &&
        typeof value === 'object' &&
        'log' in value &&
        !!value.log &&
        typeof value.log === 'object' &&
        Array.isArray(value.log.entries));
}
function recordsOf(value) {
    if (Array.isArray(value))
        return { records: value, path: [] };
    if (value && typeof value === 'object') {
        for (const key of ['data', 'logs', 'records']) {
            const inner = value[key];
            if (Array.isArray(inner))
                return { records: inner, path: [key] };
        }
        // A single record.
        if (isLiteLlmRecord(value) || isPortkeyRecord(value))
            return { records: [value], path: [] };
    }
    return null;
}
function jsonError(file, text, error, line) {
    // V8 says "... at position N" (and sometimes "(line L column C)"); never quote the content.
    const position = /position (\d+)/.exec(error.message);
    let at = (0,config_error/* positionAt */.t)(file, line ?? 1, 1);
    if (position) {
        const offset = Number(position[1]);
        const before = text.slice(0, offset);
        const lineInText = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        at = (0,config_error/* positionAt */.t)(file, (line ?? 1) + lineInText - 1, column);
    }
    return new config_error/* ConfigError */.x(at, line ? 'this line is not valid JSON (expected one log record per line)' : 'not valid JSON', 'export the log again, or cut it at whole records');
}
async function readLogText(file) {
    const at = (0,config_error/* positionAt */.t)(file);
    let bytes;
    try {
        bytes = await (0,bounded_read/* readBoundedFile */.M)(file, MAX_LOG_BYTES);
    }
    catch (error) {
        if (!(error instanceof bounded_read/* BoundedReadError */.u))
            throw error;
        const messages = {
            not_found: ['log file not found', 'check the path (it is relative to the working directory)'],
            directory: ['this is a directory, not a log file', 'name the log file inside it'],
            not_regular: [`log file ${error.message}`, 'save the log to a regular file first'],
            too_large: [
                `log file ${error.message} (32 MiB)`,
                "cut the log to the incident's time window (or to the requests in question) first",
            ],
            permission: ['log file cannot be read (permission denied)', 'check its permissions'],
            unreadable: [`log file cannot be read (${error.message})`, 'check the path and permissions'],
        };
        const [what, fix] = messages[error.problem];
        throw new config_error/* ConfigError */.x(at, what, fix);
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(file, line), 'binary data (a NUL byte) in the log file', 'decompress the export first (logs are read as UTF-8 text)');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new config_error/* ConfigError */.x(at, 'the log file is not valid UTF-8', 'convert the log to UTF-8');
    }
}

// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(7002);
// EXTERNAL MODULE: ./lib/judge/subject.js
var subject = __webpack_require__(2895);
// EXTERNAL MODULE: ./lib/judge/verdict-rules.js + 9 modules
var verdict_rules = __webpack_require__(7668);
// EXTERNAL MODULE: ./lib/retry/worst-case.js
var worst_case = __webpack_require__(8082);
// EXTERNAL MODULE: ./lib/record/ledger-draft.js
var ledger_draft = __webpack_require__(5558);
// EXTERNAL MODULE: ./lib/record/build-ledger.js
var build_ledger = __webpack_require__(8711);
;// CONCATENATED MODULE: ./lib/incident/timeline.js
function rebuildRequests(logs) {
    const out = [];
    for (const log of logs) {
        const grouped = new Map();
        let current = null;
        const sequence = [];
        for (const a of orderOf(log.attempts)) {
            if (a.group !== null) {
                const list = grouped.get(a.group);
                if (list)
                    list.push(a);
                else
                    grouped.set(a.group, [a]);
                continue;
            }
            const first = Object.values(a.retryHeaders).length > 0 && retryCountOf(a) === 0;
            if (!current || first) {
                current = [];
                sequence.push(current);
            }
            current.push(a);
            if (a.status !== null && a.status >= 200 && a.status < 300)
                current = null;
        }
        for (const attempts of [...grouped.values(), ...sequence]) {
            out.push({ file: log.file, attempts, timed: attempts.every((a) => a.startedMs !== null) });
        }
    }
    return out.sort((a, b) => (a.attempts[0]?.startedMs ?? 0) - (b.attempts[0]?.startedMs ?? 0));
}
function orderOf(attempts) {
    const timed = attempts.every((a) => a.startedMs !== null);
    // Stable: attempts without times keep the log's order.
    return timed ? [...attempts].sort((a, b) => a.startedMs - b.startedMs) : [...attempts];
}
/** The retry number an attempt's bookkeeping states (0 = first attempt), or null. */
function retryCountOf(a) {
    const v = a.retryHeaders['x-stainless-retry-count'] ??
        a.retryHeaders['x-portkey-retry-attempt-count'] ??
        a.retryHeaders['x-litellm-attempted-retries'];
    return v === undefined ? null : Number(v);
}
/** Retries the stack itself reported for the request: the largest count any attempt carries. */
function reportedRetries(request) {
    const values = request.attempts.flatMap((a) => [
        a.retryHeaders['x-stainless-retry-count'],
        a.retryHeaders['x-portkey-retry-attempt-count'],
        a.retryHeaders['x-litellm-attempted-retries'],
        a.retryHeaders.retry_success_count,
    ]
        .filter((v) => v !== undefined)
        .map(Number));
    return values.length > 0 ? Math.max(...values) : null;
}
/** Keeps the requests that contain one of the ids (request id or the log's own group id). */
function selectRequests(requests, ids) {
    if (ids.length === 0)
        return [...requests];
    return requests.filter((r) => r.attempts.some((a) => ids.includes(a.requestId ?? '') || ids.includes(a.group ?? '')));
}
/**
 * The route an attempt went to: the config's route on that host (and model, when both are
 * known), else the host itself.
 */
function routeNameOf(a, plan) {
    if (plan) {
        const onHost = plan.routes.filter((r) => hostOf(r.baseUrl) === a.host);
        const exact = onHost.find((r) => a.model !== null && r.model === a.model);
        const route = exact ?? (onHost.length === 1 ? onHost[0] : undefined);
        if (route)
            return route.name;
    }
    return a.host;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return null;
    }
}
/** The endpoint family a path belongs to, when the path says so. */
function familyOfPath(path) {
    if (/\/chat\/completions$/.test(path))
        return 'chat_completions';
    if (/\/responses$/.test(path))
        return 'responses';
    return null;
}

;// CONCATENATED MODULE: ./lib/incident/logged-facts.js



function observedFacts(request, plan) {
    const last = request.attempts.at(-1);
    const families = new Set(request.attempts.map((a) => familyOfPath(a.path)));
    const family = families.size === 1 ? [...families][0] : null;
    return {
        family,
        requestId: last.requestId ?? request.attempts.find((a) => a.requestId !== null)?.requestId ?? null,
        // A logged 2xx says nothing about whether the body was usable: that stays the operator's to say.
        statusClass: last.status === null ? 'retryable' : ((0,status_class/* classifyHttpStatus */.n1)(last.status)?.statusClass ?? null),
        status: last.status,
        retries: retriesOf(request),
        route: routeNameOf(last, plan),
    };
}
/** Retries of a request: the attempts logged, or what the stack reported when that is more. */
function retriesOf(request) {
    return Math.max(request.attempts.length - 1, reportedRetries(request) ?? 0);
}
function statusReason(stated, observed) {
    if (stated)
        return 'stated by the operator';
    if (!observed)
        return 'not recorded';
    if (observed.statusClass === null) {
        return `HTTP ${observed.status ?? '?'} on the last logged attempt; whether the body was usable is not in the log`;
    }
    return observed.status === null
        ? 'no answer on the last logged attempt (connection failed or timed out)'
        : `HTTP ${observed.status} on the last logged attempt`;
}
function requestRecord(r) {
    const last = r.attempts.at(-1);
    const first = r.attempts[0];
    return {
        request_id: last.requestId ?? r.attempts.find((a) => a.requestId !== null)?.requestId ?? null,
        started_at: first.startedMs !== null ? new Date(first.startedMs).toISOString() : null,
        hosts: [...new Set(r.attempts.map((a) => a.host))],
        paths: [...new Set(r.attempts.map((a) => a.path))],
        attempts: r.attempts.length,
        retry_attempts: r.attempts.length - 1,
        reported_retries: reportedRetries(r),
        final_status: last.status,
        final_status_class: last.status === null ? 'retryable' : ((0,status_class/* classifyHttpStatus */.n1)(last.status)?.statusClass ?? null),
        timed: r.timed,
        source: `${first.at.file}:${first.at.line}`,
    };
}
function scenarioRecord(s, total, untimed) {
    const shown = s.samples
        .slice(0, build_ledger/* TIMELINE_SAMPLES */.E_)
        .flatMap((sample) => sample.attempts)
        .slice(0, build_ledger/* TIMELINE_ATTEMPTS */.tW);
    const attempts = s.samples.reduce((n, x) => n + x.attempts.length, 0);
    return {
        name: s.scenario,
        driver: 'command',
        expectation: s.expectation,
        samples: total,
        wall_ms: s.wallMs,
        longest_mandated_wait_ms: 0,
        retry_attempts: Math.max(0, ...s.samples.map((x) => x.attempts.length - 1)),
        outcomes: { usable: 0, controlled_failure: 0, hang: 0, unknown: total },
        evidence_gaps: untimed > 0
            ? [
                `${untimed} logged request(s) carry no time of day: their attempts are in logged order with at_ms 0, and their waits were not judged`,
            ]
            : [],
        timeline: shown.map((a) => ({
            sample: a.sample,
            seq: a.seq,
            route: a.route,
            at_ms: a.atMs,
            duration_ms: a.durationMs,
            method: a.method,
            path: a.path,
            fault: 'logged',
            status: a.status,
            retry_after_ms: a.retryAfterMs,
            retry_headers: { ...a.retryHeaders },
            request_id: a.requestId,
        })),
        timeline_omitted: attempts - shown.length,
    };
}

// EXTERNAL MODULE: ./lib/judge/scenario-verdicts.js + 2 modules
var scenario_verdicts = __webpack_require__(6895);
;// CONCATENATED MODULE: ./lib/incident/timeline-judge.js



// The one adapter between a timeline rebuilt from logs and the judge: the requests become the
// samples of one observed scenario, and the error path's own verdict functions judge them, so
// a logged incident is held to exactly the rules an injected fault is.
/** Verdicts a logged timeline can support; the rest need the gate's own probes. */
const TIMELINE_VERDICTS = [
    'attempts_within_budget',
    'attempts_within_declared_policy',
    'backoff_present',
    'jitter_present',
    'retry_after_honoured',
    'terminal_not_retried',
    'stop_rule',
];
/** These compare waits with a declared policy: without a routing config there is none. */
const NEEDS_POLICY = new Set([
    'attempts_within_declared_policy',
    'backoff_present',
    'jitter_present',
]);
/** These compare times: an untimed log cannot support them. */
const NEEDS_TIME = new Set([
    'backoff_present',
    'jitter_present',
    'retry_after_honoured',
    'stop_rule',
]);
const INCIDENT_CHAIN = 'incident';
const INCIDENT_SCENARIO = 'logged';
function judgeTimeline(input) {
    const plan = input.plan
        ? { ...input.plan, budget: input.budget }
        : syntheticPlan(input.requests, input.budget);
    const chain = input.chain ?? plan.chains[0]?.name ?? INCIDENT_CHAIN;
    const all = loggedScenario(input.requests, chain, input.plan);
    const timedRequests = input.requests.filter((r) => r.timed);
    const byId = (verdicts) => new Map(verdicts.map((v) => [v.id, v]));
    const judged = {
        configGiven: input.plan !== null,
        subject: { kind: 'scenario', chain, scenario: INCIDENT_SCENARIO },
        counted: byId((0,scenario_verdicts/* errorPathVerdicts */.k)(plan, [all])),
        timed: byId(timedRequests.length > 0
            ? (0,scenario_verdicts/* errorPathVerdicts */.k)(plan, [loggedScenario(timedRequests, chain, input.plan)])
            : []),
        timedRequests: timedRequests.length,
        untimed: input.requests.length - timedRequests.length,
    };
    const verdicts = TIMELINE_VERDICTS.flatMap((id) => timelineVerdict(id, judged) ?? []);
    return { plan, chain, verdicts, scenario: all };
}
/** The logged requests as the samples of one observed scenario. */
function loggedScenario(requests, chain, config) {
    const samples = requests.map((r, sample) => loggedSample(r, sample, config));
    return {
        scenario: INCIDENT_SCENARIO,
        chain,
        driver: 'command',
        expectation: 'the logged requests stayed within the budget and the declared retry policy',
        samples,
        wallMs: Math.max(0, ...samples.map((s) => s.elapsedMs)),
        longestMandatedWaitMs: 0,
        evidenceGaps: [],
        kind: 'user',
        fallbackExpected: false,
    };
}
function loggedSample(r, sample, config) {
    const t0 = r.attempts[0]?.startedMs ?? 0;
    const attempts = r.attempts.map((a, i) => ({
        sample,
        seq: i + 1,
        route: routeNameOf(a, config),
        atMs: a.startedMs !== null ? a.startedMs - t0 : 0,
        durationMs: a.durationMs,
        method: a.method,
        path: a.path,
        fault: a.status === null ? 'reset' : a.status < 300 ? 'ok' : 'status',
        status: a.status,
        retryAfterMs: a.retryAfterMs,
        retryHeaders: a.retryHeaders,
        requestId: a.requestId,
        // A logged 2xx says nothing about the body; only retryable and terminal matter here.
        statusClass: a.status === null ? 'retryable' : null,
    }));
    const last = attempts.at(-1);
    return {
        sample,
        attempts,
        outcome: {
            kind: 'unknown',
            reason: 'a log shows the attempts, not what the caller received',
        },
        elapsedMs: last ? last.atMs + (last.durationMs ?? 0) : 0,
    };
}
/** One verdict of the timeline, as far as a log (and a config, when given) can support it. */
function timelineVerdict(id, judged) {
    const { subject, untimed } = judged;
    if (NEEDS_POLICY.has(id) && !judged.configGiven) {
        return {
            id,
            subject,
            status: 'unknown',
            figures: {},
            reason: 'no routing config was given (--config), so there is no declared policy to compare with',
        };
    }
    const verdict = NEEDS_TIME.has(id) ? judged.timed.get(id) : judged.counted.get(id);
    if (NEEDS_TIME.has(id) && judged.timedRequests === 0) {
        return {
            id,
            subject,
            status: 'unknown',
            figures: { untimed_requests: untimed },
            reason: 'the log carries no time of day for the attempts, so waits cannot be measured',
        };
    }
    if (!verdict)
        return null;
    if (id === 'retry_after_honoured' && !judged.configGiven && verdict.status === 'pass') {
        // Without the caller's declared policy a retry after the announced time may be its own
        // backoff: only a retry sooner than announced is a finding here.
        return {
            ...verdict,
            status: 'unknown',
            reason: `${verdict.reason}; with no routing config (--config) it cannot be told from the caller's own backoff`,
        };
    }
    return NEEDS_TIME.has(id) && untimed > 0
        ? { ...verdict, figures: { ...verdict.figures, untimed_requests_left_out: untimed } }
        : verdict;
}
const honoursRetryAfter = (maxAttempts) => ({
    maxAttempts,
    initialBackoffMs: 0,
    maxBackoffMs: 0,
    multiplier: 1,
    jitter: 'none',
    retryOnStatuses: [],
    retryOnNetworkErrors: true,
    honourRetryAfter: true,
    maxElapsedMs: null,
    at: (0,config_error/* positionAt */.t)('(no config)'),
});
function syntheticPlan(requests, budget) {
    const at = (0,config_error/* positionAt */.t)('(no config)');
    const hosts = [...new Set(requests.flatMap((r) => r.attempts.map((a) => routeNameOf(a, null))))];
    const chain = {
        name: INCIDENT_CHAIN,
        layers: [],
        target: {
            kind: 'fallback',
            targets: hosts.map((route) => ({ kind: 'route', route, retry: null, at })),
            // Stands for "a caller that honours retry-after", so that a retry sooner than announced
            // is judged; what it proves without a config is limited in judgeTimeline.
            retry: honoursRetryAfter(Math.max(1, ...requests.map((r) => r.attempts.length))),
            at,
        },
        at,
    };
    return {
        file: '(none)',
        format: 'native',
        digest: '',
        routes: [],
        chains: [chain],
        budget,
        owners: { operatorInitials: null, followUpOwner: null },
        scenarios: [],
        unsupported: [],
    };
}

;// CONCATENATED MODULE: ./lib/incident/record-entry.js







// A ledger entry for a decision a person made after an incident: the facts they state, the
// attempt timeline their logs show, and the error path's verdicts on that timeline. It is the
// same v1 entry as a gate run's, marked `origin: recorded`, and it says it was not measured.
/** recorded.requests keeps at most this many requests. */
const MAX_RECORDED_REQUESTS = 50;
function buildRecordedEntry(input) {
    const { facts, plan } = input;
    const requests = selectRequests(rebuildRequests(input.logs), input.select);
    const judged = requests.length > 0
        ? judgeTimeline({ plan, chain: input.chain, budget: input.budget, requests })
        : null;
    const verdicts = judged?.verdicts ?? [];
    // The request the entry is about: the one named, else the one with the most attempts.
    const headline = [...requests].sort((a, b) => retriesOf(b) - retriesOf(a))[0] ?? null;
    const observed = headline ? observedFacts(headline, plan) : null;
    const resolved = resolveFacts(facts, observed);
    const chainName = judged?.chain ?? input.chain ?? plan?.chains[0]?.name ?? 'incident';
    const problems = recordedProblems(facts, resolved, chainName, verdicts);
    const failing = problems.filter((p) => p.fails_job);
    const chain = recordedChain(input, resolved, { chainName, judged, requests, observed });
    return (0,ledger_draft/* assembleLedger */.I)(input, {
        endpoint_family: resolved.family ?? 'mixed',
        request_id: resolved.requestId ?? 'not_observed',
        prompt_class: facts.promptClass ?? 'not_recorded',
        status_class: resolved.statusClass ?? null,
        status_reason: chain.status_reason,
        retry_attempts: chain.retry_attempts,
        fallback_decision: resolved.decision,
        decision_paused: resolved.paused,
        passed: failing.length === 0,
        operator_initials: facts.operator ?? null,
        follow_up_owner: facts.owner ?? null,
        evidence_links: facts.evidenceLinks,
        config: plan
            ? { file: plan.file, format: plan.format, digest: plan.digest }
            : { file: '(none)', format: 'none', digest: '' },
        change: null,
        environment: {
            driver: 'none',
            upstream: 'none',
            environment_mismatch: false,
            mismatch_reasons: [],
        },
        chains: [chain],
        routes: [],
        storm: [],
        findings: [],
        verdicts: verdicts.map(build_ledger/* verdictRecord */.Z5),
        gate: { passed: failing.length === 0, fail_on: [...types/* DEFAULT_FAIL_POLICY */.mR], problems },
        failures: failing.map((p) => `${p.category}: ${p.subject}: ${p.message}`),
        remaining_uncertainty: uncertainty(input, requests, verdicts, resolved.paused, resolved.missing.map(([, n]) => n)),
        merged_from: [],
        recorded: recordedRecord(input, resolved, requests),
    }, 'recorded');
}
function resolveFacts(facts, observed) {
    const conflicts = [];
    const pick = (name, stated, logged) => {
        if (stated !== undefined && logged !== null && logged !== undefined && stated !== logged) {
            conflicts.push(`${name}: stated ${String(stated)}, the logs show ${String(logged)}`);
        }
        return stated ?? logged ?? undefined;
    };
    const family = pick('endpoint family', facts.endpointFamily, observed?.family);
    const requestId = facts.requestId ?? observed?.requestId ?? undefined;
    const statusClass = pick('status class', facts.statusClass, observed?.statusClass);
    const retries = pick('retry count', facts.retryAttempts, observed?.retries);
    const route = facts.route ?? observed?.route ?? null;
    const resolved = {
        endpointFamily: family,
        requestId,
        statusClass,
        retryAttempts: retries,
        decision: facts.decision,
        operator: facts.operator,
        owner: facts.owner,
    };
    const missing = REQUIRED_FACTS.filter(([key]) => resolved[key] === undefined);
    const paused = missing.length > 0 || conflicts.length > 0;
    const decision = facts.decision ?? 'escalate';
    return { family, requestId, statusClass, retries, route, missing, conflicts, paused, decision };
}
/** What fails the recorded entry: missing or conflicting facts, budget verdicts, an escalation. */
function recordedProblems(facts, { missing, conflicts, paused, decision }, chainName, verdicts) {
    return [
        ...missing.map(([, name, flag, key]) => ({
            category: 'evidence',
            subject: (0,subject/* renderSubject */.TK)({ kind: 'ledger', field: key }),
            message: `the ${name} was not recorded, so the decision is paused`,
            fix: `give ${flag} or \`${key}\` in the note`,
            fails_job: true,
        })),
        ...conflicts.map((c) => ({
            category: 'evidence',
            subject: (0,subject/* renderSubject */.TK)({ kind: 'ledger', field: 'facts' }),
            message: `a stated fact disagrees with the logs (${c}), so the decision is paused`,
            fix: 'correct the stated fact, or give the logs of the request in question (--request-id)',
            fails_job: true,
        })),
        // The chain's decision is paused, as a gate entry's would be: `ledger verify` expects it.
        ...(paused
            ? [
                {
                    category: 'evidence',
                    subject: (0,subject/* renderSubject */.TK)({ kind: 'chain', chain: chainName }),
                    message: `decision ${decision} paused until the facts above are recorded`,
                    fix: 'record the missing facts, then run record again',
                    fails_job: true,
                },
            ]
            : []),
        ...verdicts
            .filter((v) => v.status === 'fail' && (0,verdict_rules/* isBudgetVerdict */.LD)(v.id))
            .map((v) => ({
            category: 'budget',
            subject: (0,subject/* renderSubject */.TK)(v.subject),
            message: `${v.id}: ${v.reason}`,
            fix: 'reduce the retries stacked on this path, or raise the budget deliberately',
            fails_job: true,
        })),
        ...(decision === 'escalate' && facts.decision
            ? [
                {
                    category: 'escalate',
                    subject: (0,subject/* renderSubject */.TK)({ kind: 'chain', chain: chainName }),
                    message: 'the recorded decision is to escalate',
                    fix: 'send the support packet (fallback-gate packet) to the provider and track the follow-up owner',
                    fails_job: true,
                },
            ]
            : []),
    ];
}
function recordedChain(input, resolved, found) {
    const { facts, plan } = input;
    const { chainName, judged, requests, observed } = found;
    const { missing, conflicts, paused, decision } = resolved;
    const planChain = plan?.chains.find((c) => c.name === chainName) ?? null;
    const reason = paused
        ? `paused: ${[...missing.map(([, name]) => `${name} missing`), ...conflicts].join('; ')}`
        : `recorded by ${facts.operator ?? '?'}: ${decision}${facts.whatChanged ? ` (${facts.whatChanged})` : ''}`;
    const scenario = judged
        ? scenarioRecord(judged.scenario, requests.length, requests.filter((r) => !r.timed).length)
        : null;
    return {
        name: chainName,
        route_order: planChain
            ? (0,worst_case/* routeOrder */.sG)(planChain.target)
            : [...new Set(requests.flatMap((r) => r.attempts.map((a) => routeNameOf(a, plan))))],
        endpoint_family: resolved.family ?? 'mixed',
        request_id: resolved.requestId ?? null,
        prompt_class: facts.promptClass ?? 'not_recorded',
        status_class: resolved.statusClass ?? null,
        status_reason: statusReason(facts.statusClass, observed),
        retry_attempts: resolved.retries ?? 0,
        retry_attempts_source: facts.retryAttempts !== undefined ? 'stated' : observed ? 'logged' : 'not_observed',
        worst_case_attempts: planChain ? (0,worst_case/* worstCaseChainAttempts */.FB)(planChain) : null,
        caller_outcome: 'not_observed',
        fallback_decision: decision,
        decision_rule: 'recorded_by_operator',
        decision_paused: paused,
        evidence_gaps: [
            ...missing.map(([, name]) => `${name} (not recorded)`),
            ...conflicts.map((c) => `conflicting ${c}`),
        ],
        reason,
        source_ledger_id: null,
        scenarios: scenario ? [scenario] : [],
        verdicts: (judged?.verdicts ?? []).map(build_ledger/* verdictRecord */.Z5),
    };
}
function recordedRecord(input, { route, missing, conflicts }, requests) {
    const { facts } = input;
    return {
        recorded_by: 'operator',
        statement: `Recorded by ${facts.operator ?? 'an unnamed operator'}${input.logs.length > 0 ? ` from ${input.logs.length} log file(s)` : ''}${input.noteFile ? ' and a note' : ''}; not measured by fallback-gate.`,
        route,
        what_changed: facts.whatChanged ?? null,
        facts_missing: missing.map(([, name]) => name),
        facts_conflicting: conflicts,
        note: input.noteFile,
        sources: input.logs.map((log) => ({
            file: log.file,
            format: log.format,
            sha256: log.sha256,
            records: log.records,
            attempts: log.attempts.length,
        })),
        requests: requests.slice(0, MAX_RECORDED_REQUESTS).map(requestRecord),
        requests_omitted: Math.max(0, requests.length - MAX_RECORDED_REQUESTS),
    };
}
function uncertainty(input, requests, verdicts, paused, missing) {
    const lines = [
        'recorded by a person after the fact: the gate did not send these requests or measure these answers',
        ...input.facts.uncertainty,
    ];
    if (paused && missing.length > 0)
        lines.push(`decision paused until recorded: ${missing.join(', ')}`);
    if (input.logs.length === 0) {
        lines.push('no log was given (--from-log): the attempt timeline is not evidenced');
    }
    else if (requests.length === 0) {
        lines.push('the logs hold no request matching the ones in question (--request-id)');
    }
    if (requests.some((r) => r.attempts.some((a) => a.status !== null && a.status < 300))) {
        lines.push('2xx answers in the logs say nothing about whether the body was usable to the caller');
    }
    if (requests.some((r) => !r.timed)) {
        lines.push('some logged requests carry no time of day, so their waits were not judged');
    }
    for (const v of verdicts.filter((x) => x.status === 'unknown')) {
        lines.push(`not established: ${v.id}: ${v.reason}`);
    }
    return lines;
}

// EXTERNAL MODULE: ./lib/plan/adapter-common.js
var adapter_common = __webpack_require__(9760);
// EXTERNAL MODULE: ./lib/publish/files.js
var publish_files = __webpack_require__(7936);
// EXTERNAL MODULE: ./lib/record/ledger-json-schema.js
var ledger_json_schema = __webpack_require__(7095);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
// EXTERNAL MODULE: ./lib/record/run-context.js
var run_context = __webpack_require__(6058);
// EXTERNAL MODULE: ./lib/record/outputs.js + 5 modules
var outputs = __webpack_require__(1112);
// EXTERNAL MODULE: ./lib/record/history.js
var record_history = __webpack_require__(4729);
// EXTERNAL MODULE: ./lib/record/render-console.js
var render_console = __webpack_require__(2485);
// EXTERNAL MODULE: ./lib/common/version.js
var version = __webpack_require__(8945);
// EXTERNAL MODULE: ./lib/cli/commands/emit.js
var emit = __webpack_require__(5738);
;// CONCATENATED MODULE: ./lib/cli/commands/record.js







async function runRecord(options) {
    const note = options.note ? await readNote(options.note) : {};
    const facts = mergeFacts(note, options.facts);
    const logs = [];
    for (const file of options.logs)
        logs.push(await readLogFile(file, options.logFormat));
    let plan = null;
    if (options.config) {
        const { runPlanStage } = await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 5517));
        plan = (await runPlanStage({ configPath: options.config, env: options.env })).plan;
        if (options.chain && !plan.chains.some((c) => c.name === options.chain)) {
            throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)(options.config), `no chain named "${options.chain}" in this config`, `name one of: ${plan.chains.map((c) => c.name).join(', ')}`);
        }
    }
    else if (options.chain) {
        throw new config_error/* ConfigError */.x((0,config_error/* positionAt */.t)('--chain'), '--chain needs --config', 'give the routing config the chain is in');
    }
    const base = plan?.budget ?? (0,adapter_common/* defaultBudget */.ZJ)('(no config)');
    const budget = {
        ...base,
        ...(options.maxAttempts !== undefined ? { maxAttemptsPerRequest: options.maxAttempts } : {}),
        ...(options.maxElapsedMs !== undefined ? { maxElapsedMs: options.maxElapsedMs } : {}),
    };
    if (!plan && options.maxAttempts === undefined && logs.length > 0) {
        facts.uncertainty.push(`no routing config or --max-attempts: the logged requests were held to the gate's default budget (${budget.maxAttemptsPerRequest} attempts, ${budget.maxElapsedMs ?? 'no'} ms)`);
    }
    const redactor = (0,ledger_json_schema/* ledgerRedactor */.c1)((0,redact/* runSecrets */.To)(options.env, plan));
    const entry = buildRecordedEntry({
        facts,
        noteFile: options.note ?? null,
        logs,
        select: options.select,
        plan,
        chain: options.chain ?? null,
        budget,
        context: {
            gateVersion: options.gateVersion,
            nodeVersion: options.runtime.nodeVersion,
            runnerOs: options.runtime.runnerOs,
            now: options.now,
            run: (0,run_context/* workflowRunFromEnv */.w)(options.env),
        },
        redactor,
    });
    const { json, markdown, historyLine } = (0,outputs/* renderOutputs */.$)(entry, redactor);
    const files = await (0,publish_files/* writeLedgerFiles */.q)(options.out, json, markdown);
    if (options.history)
        await (0,record_history/* appendHistoryLine */.h)(options.history, historyLine);
    const lines = [
        redactor.text((0,render_console/* renderConsole */.q)(entry, options.style)).trimEnd(),
        ...logs.map((l) => `  log      ${l.file}: ${l.format}, ${l.records} records, ${l.attempts.length} attempts`),
        `ledger: ${files.jsonPath}`,
    ];
    if (entry.decision_paused) {
        lines.push(`paused: ${entry.recorded?.facts_missing.length ? `record ${entry.recorded.facts_missing.join(', ')}` : 'resolve the conflicting facts'} and run record again`);
    }
    return { code: entry.decision_paused ? 1 : 0, stdout: `${lines.join('\n')}\n`, entry };
}
async function runRecordCommand(flags, io) {
    const result = await runRecord({
        facts: factsFromFlags(flags),
        ...(flags.note ? { note: flags.note } : {}),
        logs: flags.fromLog,
        ...(flags.logFormat ? { logFormat: flags.logFormat } : {}),
        select: flags.requestId,
        ...(flags.config ? { config: flags.config } : {}),
        ...(flags.chain ? { chain: flags.chain } : {}),
        ...(flags.maxAttempts !== undefined ? { maxAttempts: flags.maxAttempts } : {}),
        ...(flags.maxElapsedMs !== undefined ? { maxElapsedMs: flags.maxElapsedMs } : {}),
        out: flags.out,
        ...(flags.history ? { history: flags.history } : {}),
        env: io.env,
        now: new Date(),
        gateVersion: version/* GATE_VERSION */.d,
        style: (0,render_console/* consoleStyleFor */.S)(io.stdout, io.env),
        runtime: io.runtime,
    });
    return (0,emit/* emit */.I)(io, { code: result.code, stdout: result.stdout, stderr: '' });
}
function factsFromFlags(flags) {
    return {
        ...(flags.endpointFamily ? { endpointFamily: flags.endpointFamily } : {}),
        ...(flags.route ? { route: flags.route } : {}),
        ...(flags.requestId[0] ? { requestId: flags.requestId[0] } : {}),
        ...(flags.statusClass ? { statusClass: flags.statusClass } : {}),
        ...(flags.retryAttempts !== undefined ? { retryAttempts: flags.retryAttempts } : {}),
        ...(flags.decision ? { decision: flags.decision } : {}),
        evidenceLinks: flags.evidenceLink,
        ...(flags.operator ? { operator: flags.operator } : {}),
        ...(flags.owner ? { owner: flags.owner } : {}),
        ...(flags.whatChanged ? { whatChanged: flags.whatChanged } : {}),
        uncertainty: flags.uncertain,
        ...(flags.promptClass ? { promptClass: flags.promptClass } : {}),
    };
}


/***/ }),

/***/ 5832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ writeAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);


/**
 * Writes through a temporary file renamed into place. The temporary name is random and created
 * exclusively (O_CREAT|O_EXCL, which never follows a symlink), so a link planted at a guessable
 * name cannot redirect the write.
 */
async function writeAtomically(path, text) {
    const temporary = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, text, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}


/***/ }),

/***/ 7936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ checkOutDir),
/* harmony export */   q: () => (/* binding */ writeLedgerFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5832);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1896);




/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
async function writeLedgerFiles(outDir, json, markdown) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
    const jsonPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.json');
    const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.md');
    await (0,_common_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAtomically */ .v)(jsonPath, json);
    await (0,_common_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAtomically */ .v)(markdownPath, markdown);
    return { jsonPath, markdownPath };
}
/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
async function checkOutDir(outDir) {
    const at = (0,_common_index_js__WEBPACK_IMPORTED_MODULE_4__/* .positionAt */ .t)(outDir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, `.fallback-gate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.probe`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(probe, '', { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x(at, `the output directory cannot be written (${code}); nothing was probed`, 'choose another --out (the action input out-dir) that this user can create and write');
    }
}


/***/ })

};
