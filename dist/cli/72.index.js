export const id = 72;
export const ids = [72,937];
export const modules = {

/***/ 94072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRecordCommand: () => (/* binding */ runRecordCommand)
/* harmony export */ });
/* unused harmony export runRecord */
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71871);
/* harmony import */ var _incident_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78606);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42527);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31937);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18717);
/* harmony import */ var _emit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95738);







async function runRecord(options) {
    const note = options.note ? await (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readNote */ .VC)(options.note) : {};
    const facts = (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeFacts */ .yx)(note, options.facts);
    const logs = [];
    for (const file of options.logs)
        logs.push(await (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readLogFile */ .jQ)(file, options.logFormat));
    let plan = null;
    if (options.config) {
        const { runPlanStage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 42527));
        plan = (await runPlanStage({ configPath: options.config, env: options.env })).plan;
        if (options.chain && !plan.chains.some((c) => c.name === options.chain)) {
            throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL((0,_common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(options.config), `no chain named "${options.chain}" in this config`, `name one of: ${plan.chains.map((c) => c.name).join(', ')}`);
        }
    }
    else if (options.chain) {
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL((0,_common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)('--chain'), '--chain needs --config', 'give the routing config the chain is in');
    }
    const base = plan?.budget ?? (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultBudget */ .ZJ)('(no config)');
    const budget = {
        ...base,
        ...(options.maxAttempts !== undefined ? { maxAttemptsPerRequest: options.maxAttempts } : {}),
        ...(options.maxElapsedMs !== undefined ? { maxElapsedMs: options.maxElapsedMs } : {}),
    };
    if (!plan && options.maxAttempts === undefined && logs.length > 0) {
        facts.uncertainty.push(`no routing config or --max-attempts: the logged requests were held to the gate's default budget (${budget.maxAttemptsPerRequest} attempts, ${budget.maxElapsedMs ?? 'no'} ms)`);
    }
    const redactor = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ledgerRedactor */ .c1)((0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .runSecrets */ .To)(options.env, plan));
    const entry = (0,_incident_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRecordedEntry */ .tM)({
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
            run: (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .workflowRunFromEnv */ .wL)(options.env),
        },
        redactor,
    });
    const { json, markdown, historyLine } = (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderOutputs */ .$Z)(entry, redactor);
    const files = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_3__.writeLedgerFiles)(options.out, json, markdown);
    if (options.history)
        await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .appendHistoryLine */ .ho)(options.history, historyLine);
    const lines = [
        redactor.text((0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderConsole */ .qP)(entry, options.style)).trimEnd(),
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
        gateVersion: _common_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_VERSION */ .dS,
        style: (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleStyleFor */ .SJ)(io.stdout, io.env),
        runtime: io.runtime,
    });
    return (0,_emit_js__WEBPACK_IMPORTED_MODULE_5__/* .emit */ .I)(io, { code: result.code, stdout: result.stdout, stderr: '' });
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

/***/ 31937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appendJobSummary: () => (/* reexport */ appendJobSummary),
  checkOutDir: () => (/* reexport */ checkOutDir),
  setStepOutputs: () => (/* reexport */ setStepOutputs),
  writeLedgerFiles: () => (/* reexport */ writeLedgerFiles)
});

// UNUSED EXPORTS: DEFAULT_API_TIMEOUT_MS, DEFAULT_RETRY, annotateFindings, checkedOutCommit, createGitHubApi, publishGateSinks, publishOnly, readBaseConfig, runnerArtifactClient, uniqueArtifactName, workflowRunFacts

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./lib/common/index.js + 10 modules
var common = __webpack_require__(71871);
;// CONCATENATED MODULE: ./lib/publish/zip-read.js


// Reads one file out of a downloaded artifact archive without trusting the archive: the sizes
// every entry declares are checked against a cap before anything is inflated, and inflating is
// itself capped, so an archive that lies about its sizes still cannot expand past the limit.
class zip_read_ZipLimitError extends common/* GateError */.ue {
    code = 'zip_limit';
    constructor(message) {
        super(message);
        this.name = 'ZipLimitError';
    }
}
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/**
 * The bytes of `wanted` in `archive`. Throws ZipLimitError when the archive is malformed, when
 * any entry (or all of them together) declares more than `maxUncompressed` bytes, or when
 * `wanted` is missing or inflates past the cap.
 */
function zip_read_extractCapped(archive, wanted, maxUncompressed) {
    const entries = centralDirectory(archive);
    let total = 0;
    for (const entry of entries) {
        total += entry.uncompressedSize;
        if (entry.uncompressedSize > maxUncompressed || total > maxUncompressed) {
            throw new zip_read_ZipLimitError(`the archive declares ${total} uncompressed bytes (entry "${entry.name.slice(0, 80)}"), over the limit of ${maxUncompressed}; nothing was extracted`);
        }
    }
    const entry = entries.find((e) => e.name === wanted);
    if (!entry)
        throw new zip_read_ZipLimitError(`the archive holds no ${wanted}`);
    if (archive.length < entry.localOffset + 30 ||
        archive.readUInt32LE(entry.localOffset) !== LOCAL_HEADER) {
        throw new zip_read_ZipLimitError('the archive is malformed (bad local header)');
    }
    const start = entry.localOffset +
        30 +
        archive.readUInt16LE(entry.localOffset + 26) +
        archive.readUInt16LE(entry.localOffset + 28);
    const data = archive.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) {
        throw new zip_read_ZipLimitError('the archive is malformed (truncated entry)');
    }
    let out;
    if (entry.method === 0)
        out = Buffer.from(data);
    else if (entry.method === 8) {
        try {
            out = inflateRawSync(data, { maxOutputLength: maxUncompressed });
        }
        catch {
            throw new zip_read_ZipLimitError(`${wanted} does not inflate within the limit of ${maxUncompressed} bytes`);
        }
    }
    else
        throw new zip_read_ZipLimitError(`${wanted} uses an unsupported compression method (${entry.method})`);
    if (out.length !== entry.uncompressedSize) {
        throw new zip_read_ZipLimitError(`${wanted} is not the size the archive declares`);
    }
    return out;
}
function centralDirectory(archive) {
    // The end record is in the last 22 + 65535 (comment) bytes.
    let end = archive.length - 22;
    const stop = Math.max(0, archive.length - 22 - 0xffff);
    while (end >= stop && archive.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY)
        end--;
    if (end < stop || end < 0)
        throw new zip_read_ZipLimitError('not a zip archive');
    const count = archive.readUInt16LE(end + 10);
    let offset = archive.readUInt32LE(end + 16);
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== CENTRAL_HEADER) {
            throw new zip_read_ZipLimitError('the archive is malformed (bad central directory)');
        }
        const compressedSize = archive.readUInt32LE(offset + 20);
        const uncompressedSize = archive.readUInt32LE(offset + 24);
        if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
            throw new zip_read_ZipLimitError('the archive uses zip64 sizes, far beyond what a ledger needs');
        }
        const nameLength = archive.readUInt16LE(offset + 28);
        entries.push({
            name: archive.toString('utf8', offset + 46, offset + 46 + nameLength),
            method: archive.readUInt16LE(offset + 10),
            compressedSize,
            uncompressedSize,
            localOffset: archive.readUInt32LE(offset + 42),
        });
        offset +=
            46 + nameLength + archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);
    }
    return entries;
}

;// CONCATENATED MODULE: ./lib/publish/artifact.js


/**
 * The runner's artifact client. It reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from
 * process.env when it is called, and @actions/github (which it loads) reads GITHUB_API_URL once.
 */
async function runnerArtifactClient() {
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.bind(__webpack_require__, 7291));
    return new DefaultArtifactClient();
}
/** Longest artifact name this writes; the readable parts are cut to fit. */
const MAX_ARTIFACT_NAME = 200;
/**
 * Artifact names must be unique within a run, so matrix legs cannot collide: the base name, then
 * the job, the matrix key and the config path, each reduced to the characters an artifact name
 * allows. Readable in the run's artifact list (fallback-gate-ledger-gate-linux-config-routing.yaml)
 * rather than an opaque digest. The job and the matrix key, with the config path, are what set
 * two legs of one run apart.
 */
function uniqueArtifactName(base, parts) {
    const slug = (text) => text
        .replace(/^\.\//, '')
        .replace(/[^A-Za-z0-9._]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    const safeBase = slug(base) || 'ledger';
    const suffix = [parts.job, parts.matrixKey, parts.configPath].map(slug).filter(Boolean);
    return [safeBase, ...suffix]
        .join('-')
        .slice(0, MAX_ARTIFACT_NAME)
        .replace(/[-.]+$/, '');
}
async function artifact_uploadLedgerArtifact(request, client) {
    const root = dirname(request.files[0] ?? '.');
    const response = await client.uploadArtifact(request.name, request.files, root, {
        ...(request.retentionDays !== null ? { retentionDays: request.retentionDays } : {}),
    });
    if (response.id === undefined)
        throw new Error('the artifact service returned no artifact id');
    return {
        name: request.name,
        id: response.id,
        url: request.runUrl ? `${request.runUrl}/artifacts/${response.id}` : null,
        digest: response.digest ?? null,
    };
}
/** Lists another run's artifacts (the public REST API; the token needs actions: read). */
async function artifact_listRunArtifacts(run, client) {
    const { artifacts } = await client.listArtifacts({ latest: true, findBy: findBy(run) });
    return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size }));
}
function findBy(run) {
    return {
        token: run.token,
        workflowRunId: run.runId,
        repositoryOwner: run.owner,
        repositoryName: run.repo,
    };
}
/** The file name the ledger has inside its artifact. */
const artifact_LEDGER_FILE = 'ledger.json';
/** An artifact archive holding a ledger is a few kilobytes; this is far above it. */
const MAX_ARCHIVE_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/**
 * Downloads another run's artifact archive (REST API redirect to a signed URL) with its size
 * capped while it streams, and returns `ledger.json` from it, the uncompressed sizes checked
 * before anything is inflated (zip-read.ts). Nothing is written to disk.
 */
async function artifact_downloadLedgerFromArtifact(api, run, artifactId, limits) {
    const path = `/repos/${encodeURIComponent(run.owner)}/${encodeURIComponent(run.repo)}/actions/artifacts/${artifactId}/zip`;
    const redirect = await api.request('GET', path, undefined, { acceptRedirect: true });
    const location = redirect.headers.location;
    const url = Array.isArray(location) ? location[0] : location;
    if (!url)
        throw new Error(`the artifact download answered ${redirect.status} without a location`);
    const { request } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    const response = await request(url, {
        method: 'GET',
        headersTimeout: limits.timeoutMs,
        bodyTimeout: limits.timeoutMs,
        signal: AbortSignal.timeout(limits.timeoutMs),
    });
    if (response.statusCode !== 200) {
        await response.body.dump();
        throw new Error(`the artifact download answered HTTP ${response.statusCode}`);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.length;
        if (size > MAX_ARCHIVE_BYTES) {
            response.body.destroy();
            throw new ZipLimitError(`the artifact archive is over ${MAX_ARCHIVE_BYTES} bytes`);
        }
        chunks.push(chunk);
    }
    return extractCapped(Buffer.concat(chunks), artifact_LEDGER_FILE, limits.maxUncompressedBytes);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/publish/base-config.js





const GIT_TIMEOUT_MS = 15_000;
function git(args, cwd) {
    return new Promise((resolve) => {
        execFile('git', args, { cwd, timeout: GIT_TIMEOUT_MS, encoding: 'buffer', maxBuffer: MAX_CONFIG_BYTES + 1 }, (error, stdout) => resolve({ ok: !error, stdout }));
    });
}
/**
 * Writes the base version of `configPath` to a temporary file. A commit missing from the checkout
 * (the default shallow clone) is explained with the two ways to fix it.
 */
async function readBaseConfig(configPath, baseSha, options) {
    const commit = await git(['cat-file', '-e', `${baseSha}^{commit}`], options.cwd);
    if (!commit.ok) {
        return {
            kind: 'unavailable',
            message: `the base commit ${baseSha.slice(0, 12)} is not in this checkout (a shallow clone), so the ` +
                `config cannot be compared with its base version. Fix: give actions/checkout ` +
                `"fetch-depth: 0", or run "git fetch --depth=1 origin ${baseSha}" before this step, ` +
                `or pass the base version with the base-config input.`,
        };
    }
    const absolute = resolve(options.cwd, configPath);
    // "./" makes git read the path relative to the working directory, not the repository root.
    const shown = await git(['show', `${baseSha}:./${relative(options.cwd, absolute)}`], options.cwd);
    if (!shown.ok) {
        return { kind: 'absent', reason: `${configPath} does not exist on the base commit` };
    }
    const folder = await mkdtemp(join(options.tempDir ?? tmpdir(), 'fallback-gate-base-'));
    const path = join(folder, basename(configPath));
    await writeFile(path, shown.stdout);
    const head = await readBoundedFile(absolute, MAX_CONFIG_BYTES).catch(() => null);
    return { kind: 'found', path, sameAsHead: head !== null && head.equals(shown.stdout) };
}
/** The commit checked out in `cwd`, or null outside a git checkout. */
async function checkedOutCommit(cwd) {
    const head = await git(['rev-parse', 'HEAD'], cwd);
    return head.ok ? head.stdout.toString('utf8').trim() : null;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/publish/files.js




/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
async function writeLedgerFiles(outDir, json, markdown) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const jsonPath = (0,external_node_path_.join)(outDir, 'ledger.json');
    const markdownPath = (0,external_node_path_.join)(outDir, 'ledger.md');
    await (0,common/* writeAtomically */.vK)(jsonPath, json);
    await (0,common/* writeAtomically */.vK)(markdownPath, markdown);
    return { jsonPath, markdownPath };
}
/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
async function checkOutDir(outDir) {
    const at = (0,common/* positionAt */.t$)(outDir);
    try {
        await (0,promises_.mkdir)(outDir, { recursive: true });
        const probe = (0,external_node_path_.join)(outDir, `.fallback-gate-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.probe`);
        await (0,promises_.writeFile)(probe, '', { flag: 'wx' });
        await (0,promises_.rm)(probe, { force: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new common/* ConfigError */.xL(at, `the output directory cannot be written (${code}); nothing was probed`, 'choose another --out (the action input out-dir) that this user can create and write');
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./lib/retry/index.js + 7 modules
var retry = __webpack_require__(98780);
;// CONCATENATED MODULE: ./lib/publish/retry.js

/** Deadline of one GitHub API request. */
const DEFAULT_API_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };
/**
 * The wait before retry number `retry` (0-based): full jitter, uniformly in
 * [0, min(max, base·2^retry)], so concurrent jobs do not retry in step. A server's Retry-After wins
 * when it is longer, up to the cap.
 */
function retry_retryDelayMs(retry, settings, random = Math.random, retryAfterMs = null) {
    const policy = {
        initialBackoffMs: settings.baseDelayMs,
        maxBackoffMs: settings.maxDelayMs,
        multiplier: 2,
        jitter: 'full',
    };
    const jittered = Math.floor(random() * backoffCeiling(policy, retry + 1));
    return waitBeforeRetry(jittered, retryAfterMs, true, settings.maxDelayMs).waitMs;
}

function retry_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./lib/publish/github-api.js



class github_api_GitHubApiError extends common/* GateError */.ue {
    code = 'github_api';
    /** GitHub failed, not the caller's input. */
    get exitStatus() {
        return common/* EXIT */.dc.internal;
    }
    status;
    attempts;
    constructor(message, status, attempts) {
        super(message);
        this.name = 'GitHubApiError';
        this.status = status;
        this.attempts = attempts;
    }
}
function createGitHubApi(options) {
    const base = options.baseUrl.replace(/\/+$/, '');
    return {
        async request(method, path, body, requestOptions = {}) {
            const settings = options.retry;
            let lastError = 'no attempt made';
            let lastStatus = null;
            for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
                let retryAfter = null;
                try {
                    const response = await request(`${base}${path}`, {
                        method,
                        headers: {
                            accept: 'application/vnd.github+json',
                            authorization: `Bearer ${options.token}`,
                            'user-agent': options.userAgent ?? 'fallback-gate',
                            'x-github-api-version': '2022-11-28',
                            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                        },
                        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                        headersTimeout: options.timeoutMs,
                        bodyTimeout: options.timeoutMs,
                        signal: AbortSignal.timeout(options.timeoutMs),
                    });
                    const text = await response.body.text();
                    const status = response.statusCode;
                    const headers = response.headers;
                    if (status < 300 || (requestOptions.acceptRedirect && status >= 300 && status < 400)) {
                        return { status, headers, data: (text ? JSON.parse(text) : null) };
                    }
                    lastStatus = status;
                    lastError = `HTTP ${status}${githubMessage(text)}`;
                    const secondaryRateLimit = status === 403 &&
                        (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0');
                    if (!(status >= 500 || status === 429 || secondaryRateLimit)) {
                        throw new github_api_GitHubApiError(`${method} ${path}: ${lastError}`, status, attempt);
                    }
                    retryAfter = parseRetryAfter(headers);
                }
                catch (error) {
                    if (error instanceof github_api_GitHubApiError)
                        throw error;
                    lastStatus = null;
                    lastError = describeNetworkError(error);
                }
                if (attempt < settings.maxAttempts) {
                    await sleep(retryDelayMs(attempt - 1, settings, Math.random, retryAfter));
                }
            }
            throw new github_api_GitHubApiError(`${method} ${path}: ${lastError} (after ${settings.maxAttempts} attempts)`, lastStatus, settings.maxAttempts);
        },
    };
}
/** GitHub's error body has a `message`; keep it short, it is shown in a warning. */
function githubMessage(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.message === 'string')
            return `: ${parsed.message.slice(0, 200)}`;
    }
    catch {
        // not JSON: the status says enough
    }
    return '';
}
function describeNetworkError(error) {
    const e = error;
    if (e.name === 'TimeoutError' ||
        e.code === 'UND_ERR_HEADERS_TIMEOUT' ||
        e.code === 'UND_ERR_BODY_TIMEOUT') {
        return 'timed out';
    }
    if (e.name === 'AbortError')
        return 'timed out';
    return e.code ? `network error ${e.code}` : 'network error';
}

;// CONCATENATED MODULE: ./lib/publish/comment.js

// The sticky pull request comment: one per gated config file, found again by a hidden marker and
// edited in place, so a pull request that is pushed ten times still carries one comment.
/** GitHub rejects an issue comment body longer than this. */
const COMMENT_LIMIT = 65_536;
/** A pull request with more comments than this is searched only this far (100 per page). */
const MAX_COMMENT_PAGES = 30;
/** The hidden marker for one config path; encoded so no path can close the HTML comment. */
function comment_stickyMarker(configPath) {
    const normalized = configPath.replace(/^\.\//, '').replaceAll('\\', '/');
    return `<!-- fallback-gate:sticky config=${encodeURIComponent(normalized)} -->`;
}
/**
 * The comment body: the marker first, then the rendering, cut at a line boundary with a stated
 * truncation when it would not fit GitHub's limit.
 */
function comment_commentBody(marker, markdown, footer = '') {
    const notice = '\n\n_The rendering was truncated to fit a GitHub comment; the full ledger is in the job summary and the artifact._\n';
    const fixed = `${marker}\n`.length + footer.length;
    if (fixed + markdown.length < COMMENT_LIMIT)
        return `${marker}\n${markdown}${footer}`;
    const closeDetails = '\n</details>';
    const room = COMMENT_LIMIT - fixed - notice.length - closeDetails.length - 1;
    let cut = markdown.slice(0, room);
    const lastLine = cut.lastIndexOf('\n');
    if (lastLine > 0)
        cut = cut.slice(0, lastLine);
    // An open <details> would swallow the notice; close it.
    if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) {
        cut += closeDetails;
    }
    return `${marker}\n${cut}${notice}${footer}`;
}
/** Who the workflow's GITHUB_TOKEN writes as: an installation token has no `/user`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login the token writes comments as: `GET /user` for a user's token; for an app
 * installation token (which that endpoint refuses with 403), the Actions bot that
 * GITHUB_TOKEN is. Only comments by this login are taken for the gate's own.
 */
async function tokenIdentity(api) {
    try {
        const { data } = await api.request('GET', '/user');
        if (typeof data.login === 'string' && data.login !== '')
            return data.login;
    }
    catch (error) {
        if (!(error instanceof GitHubApiError) || (error.status !== 403 && error.status !== 404)) {
            throw error;
        }
    }
    return ACTIONS_BOT_LOGIN;
}
/**
 * Finds the marked comment the token's own identity wrote (every page, up to a bound) and
 * updates it, or creates one. A marked comment written by anyone else is ignored: a pull
 * request author cannot plant one for the gate to edit.
 */
async function comment_upsertStickyComment(api, target, marker, body, maxPages = MAX_COMMENT_PAGES) {
    const base = `/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}/issues`;
    const author = await tokenIdentity(api);
    const existing = await findMarkedComment(api, base, target.issueNumber, marker, author, maxPages);
    if (existing) {
        const { data } = await api.request('PATCH', `${base}/comments/${existing.id}`, {
            body,
        });
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    const { data } = await api.request('POST', `${base}/${target.issueNumber}/comments`, { body });
    return { action: 'created', url: data.html_url, id: data.id };
}
async function findMarkedComment(api, base, issueNumber, marker, author, maxPages) {
    const perPage = 100;
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await api.request('GET', `${base}/${issueNumber}/comments?per_page=${perPage}&page=${page}`);
        // The oldest marked comment is the sticky one; later copies are never created by the gate.
        const found = data.find((comment) => comment.user?.login === author && comment.body?.startsWith(marker));
        if (found)
            return found;
        if (data.length < perPage)
            return null;
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/publish/publish-gate.js







/** Written beside the ledger after the upload: the ledger cannot contain its own artifact's id. */
const SIDECAR_FILE = 'ledger.artifact.json';
async function publishGateSinks(options) {
    const result = { artifact: null, sidecarPath: null, comment: null, warnings: [] };
    const say = (text) => result.warnings.push(options.redactor.text(text));
    if (options.artifact) {
        const spec = options.artifact;
        const uploaded = await runSink(options.sinkDeadlineMs, async () => uploadLedgerArtifact({
            name: spec.name,
            files: [options.jsonPath, options.markdownPath],
            retentionDays: spec.retentionDays,
            runUrl: options.runUrl,
        }, await spec.client()));
        if (uploaded.ok) {
            result.artifact = uploaded.value;
            const ledgerBytes = await readFile(options.jsonPath);
            const sidecar = {
                ledger_id: options.entry.ledger_id,
                ledger_file: 'ledger.json',
                ledger_sha256: createHash('sha256').update(ledgerBytes).digest('hex'),
                artifact: {
                    name: uploaded.value.name,
                    id: uploaded.value.id,
                    url: uploaded.value.url,
                    digest: uploaded.value.digest,
                },
            };
            result.sidecarPath = join(dirname(options.jsonPath), SIDECAR_FILE);
            await writeAtomically(result.sidecarPath, `${JSON.stringify(sidecar, null, 2)}\n`);
        }
        else {
            say(`the ledger artifact was not uploaded: ${uploaded.reason}. The ledger is on disk at ${options.jsonPath} and in the job summary.`);
        }
    }
    if (options.comment) {
        const target = options.comment;
        const marker = stickyMarker(options.entry.config.file);
        const links = [
            options.runUrl ? `[run](${options.runUrl})` : null,
            result.artifact?.url ? `[ledger artifact](${result.artifact.url})` : null,
        ].filter((x) => x !== null);
        const footer = links.length > 0 ? `\n<sub>${links.join(' · ')}</sub>\n` : '';
        const posted = await runSink(options.sinkDeadlineMs, () => upsertStickyComment(target.api, { owner: target.owner, repo: target.repo, issueNumber: target.issueNumber }, marker, options.redactor.text(commentBody(marker, options.markdown, footer))));
        if (posted.ok) {
            result.comment = posted.value;
        }
        else if (target.isFork && isPermissionDenied(posted.reason)) {
            say(`the pull request comment was not posted: this pull request comes from a fork, and its ` +
                `token is read-only (${posted.reason}). The ledger is in the artifact and the job summary. ` +
                `To comment on fork pull requests, add the publish-only workflow on workflow_run (see README).`);
        }
        else {
            say(`the pull request comment was not posted: ${posted.reason}`);
        }
    }
    return result;
}
function isPermissionDenied(reason) {
    return /HTTP 40[13]\b/.test(reason) || /not accessible by integration/i.test(reason);
}

// EXTERNAL MODULE: ./lib/record/index.js + 22 modules
var record = __webpack_require__(18717);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
;// CONCATENATED MODULE: ./lib/publish/workflow-run.js

// The publish-only job runs on workflow_run, in the base repository, with the base repository's
// workflow file. It trusts only what GitHub wrote into the event: the run id, the head commit
// and the pull requests; never anything the gate run's artifact says about itself.
const workflowRunPayload = schemas/* looseObject */._H3({
    workflow_run: schemas/* looseObject */._H3({
        id: schemas/* int */.Whr().positive(),
        head_sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/),
        head_branch: schemas/* string */.YjP().nullish(),
        html_url: schemas/* string */.YjP().nullish(),
        conclusion: schemas/* string */.YjP().nullish(),
        pull_requests: schemas/* array */.YOg(schemas/* looseObject */._H3({ number: schemas/* int */.Whr().positive(), head: schemas/* looseObject */._H3({ sha: schemas/* string */.YjP() }) }))
            .nullish(),
        head_repository: schemas/* looseObject */._H3({ owner: schemas/* looseObject */._H3({ login: schemas/* string */.YjP() }) }).nullish(),
    }),
    repository: schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), owner: schemas/* looseObject */._H3({ login: schemas/* string */.YjP() }) }),
});
function workflowRunFacts(payload) {
    const parsed = workflowRunPayload.safeParse(payload);
    if (!parsed.success)
        return null;
    const run = parsed.data.workflow_run;
    return {
        runId: run.id,
        runUrl: run.html_url ?? null,
        conclusion: run.conclusion ?? null,
        headSha: run.head_sha,
        headBranch: run.head_branch ?? null,
        headOwner: run.head_repository?.owner.login ?? null,
        owner: parsed.data.repository.owner.login,
        repo: parsed.data.repository.name,
        pullRequests: (run.pull_requests ?? []).map((pr) => ({
            number: pr.number,
            headSha: pr.head.sha,
        })),
    };
}
/**
 * The pull request whose head is the run's head commit. GitHub leaves `pull_requests` empty for
 * runs from forks, so those are found by listing open pull requests for the fork's branch and
 * matching the exact head commit.
 */
async function workflow_run_findPullRequest(api, run) {
    const attached = run.pullRequests.find((pr) => pr.headSha === run.headSha);
    if (attached)
        return attached.number;
    if (!run.headOwner || !run.headBranch)
        return null;
    const head = encodeURIComponent(`${run.headOwner}:${run.headBranch}`);
    const { data } = await api.request('GET', `/repos/${encodeURIComponent(run.owner)}/${encodeURIComponent(run.repo)}/pulls?state=open&head=${head}&per_page=100`);
    return data.find((pr) => pr.head.sha === run.headSha)?.number ?? null;
}

;// CONCATENATED MODULE: ./lib/publish/publish-only.js








// Publish-only mode: the trusted half of the fork-safe pair. It downloads the ledger artifacts of
// the gate run named by the workflow_run event, verifies each (schema and redaction), renders the
// comment itself from the verified entry, and posts it on that run's pull request. Nothing from
// the artifact is executed, and the artifact's own Markdown is never used: the rendering escapes
// every value from the entry exactly as it does for the gate's own run.
/** A ledger is a few kilobytes; anything far larger is not one. */
const MAX_LEDGER_BYTES = (/* unused pure expression or super */ null && (2 * 1024 * 1024));
function matchesArtifactName(name, base) {
    return (name === base ||
        (name.startsWith(`${base}-`) && /^[A-Za-z0-9._-]+$/.test(name.slice(base.length + 1))));
}
async function publishOnly(options) {
    const result = { pullRequest: null, published: [], refused: [], warnings: [] };
    const candidates = await candidateArtifacts(options, result.warnings);
    for (const artifact of candidates) {
        const outcome = await verifiedLedger(options, artifact);
        if ('reasons' in outcome)
            result.refused.push({ artifact: artifact.name, reasons: outcome.reasons });
        else
            result.published.push(outcome);
    }
    if (!options.comment || result.published.length === 0)
        return result;
    await commentOnPullRequest(options, result);
    return result;
}
function otherRunOf(options) {
    const { run } = options;
    return { runId: run.runId, owner: run.owner, repo: run.repo, token: options.token };
}
/** The run's artifacts that carry the ledger's name; none (with a warning) when there are none. */
async function candidateArtifacts(options, warnings) {
    const { run } = options;
    const listed = await runSink(options.sinkDeadlineMs, async () => listRunArtifacts(otherRunOf(options), await options.artifactClient()));
    if (!listed.ok) {
        warnings.push(`could not list the artifacts of run ${run.runId}: ${options.redactor.text(listed.reason)}`);
        return [];
    }
    const candidates = listed.value.filter((a) => matchesArtifactName(a.name, options.artifactName));
    if (candidates.length === 0) {
        warnings.push(`run ${run.runId} has no artifact named "${options.artifactName}" or "${options.artifactName}-…": ` +
            'nothing to publish (check that the gate job uploaded its ledger and that artifact-name matches in both workflows)');
    }
    return candidates;
}
/**
 * Downloads one artifact's ledger and believes it only when it verifies, is for the config asked
 * about, and (when it says the gate passed) comes from a run that succeeded; then writes it to
 * the work folder and renders it.
 */
async function verifiedLedger(options, artifact) {
    const { run } = options;
    if (artifact.size > MAX_LEDGER_BYTES) {
        return {
            reasons: [
                `the artifact is ${artifact.size} bytes, larger than a ledger can be (${MAX_LEDGER_BYTES})`,
            ],
        };
    }
    const downloaded = await runSink(options.sinkDeadlineMs, () => downloadLedgerFromArtifact(options.api, otherRunOf(options), artifact.id, {
        maxUncompressedBytes: MAX_LEDGER_BYTES,
        timeoutMs: options.sinkDeadlineMs,
    }));
    if (!downloaded.ok) {
        return { reasons: [`download failed: ${options.redactor.text(downloaded.reason)}`] };
    }
    const text = downloaded.value.toString('utf8');
    const verified = verifyLedgerText(text, options.knownSecrets);
    if (!verified.ok)
        return { reasons: verified.reasons };
    if (options.configPath !== null &&
        normalize(verified.entry.config.file) !== normalize(options.configPath)) {
        return {
            reasons: [
                `the ledger is for ${verified.entry.config.file}, not for ${options.configPath} (the config input)`,
            ],
        };
    }
    // The digest detects corruption, not forgery: a passing ledger is believed only from a run
    // that GitHub itself says succeeded.
    if (verified.entry.passed && run.conclusion !== 'success') {
        return {
            reasons: [
                `the ledger says the gate passed, but run ${run.runId} concluded ${run.conclusion ?? 'without a conclusion'}: a passing ledger is published only from a successful run (another job may have failed, or the ledger was altered)`,
            ],
        };
    }
    const folder = join(options.workDir, String(artifact.id));
    await mkdir(folder, { recursive: true });
    const path = join(folder, LEDGER_FILE);
    await writeAtomically(path, text);
    const markdown = options.redactor.text(renderMarkdown(verified.entry));
    return { artifact, entry: verified.entry, path, markdown, commentUrl: null };
}
/** Posts (or updates) one sticky comment per published ledger on the run's pull request. */
async function commentOnPullRequest(options, result) {
    const { run } = options;
    const found = await runSink(options.sinkDeadlineMs, () => findPullRequest(options.api, run));
    if (!found.ok) {
        result.warnings.push(`could not find the pull request of run ${run.runId}: ${options.redactor.text(found.reason)}`);
        return;
    }
    result.pullRequest = found.value;
    if (found.value === null) {
        result.warnings.push(`no open pull request has head commit ${run.headSha.slice(0, 12)}; nothing to comment on`);
        return;
    }
    const issueNumber = found.value;
    for (const ledger of result.published) {
        const footer = `\n<sub>Published by fallback-gate from run ${run.runUrl ?? run.runId} (head ${run.headSha.slice(0, 12)}); ledger verified before posting.</sub>\n`;
        const marker = stickyMarker(ledger.entry.config.file);
        const posted = await runSink(options.sinkDeadlineMs, () => upsertStickyComment(options.api, { owner: run.owner, repo: run.repo, issueNumber }, marker, commentBody(marker, ledger.markdown, footer)));
        if (posted.ok)
            ledger.commentUrl = posted.value.url;
        else
            result.warnings.push(`the pull request comment was not posted: ${options.redactor.text(posted.reason)}`);
    }
}
function normalize(path) {
    return path.replace(/^\.\//, '').replaceAll('\\', '/');
}

;// CONCATENATED MODULE: ./lib/publish/workflow-files.js



// The runner's file commands: job summary and step outputs, appended to the files the runner
// names in `env` (the same format @actions/core writes). Both are sinks after the ledger is on
// disk: a file that cannot be written (a missing directory, a directory, a full disk) is a
// warning, never a change of verdict or exit code.
/** Appends to the job summary; returns a warning when it could not, null otherwise. */
async function appendJobSummary(markdown, env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return null;
    try {
        await (0,promises_.appendFile)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : `${markdown}${external_node_os_.EOL}`, 'utf8');
        return null;
    }
    catch (error) {
        return `the job summary (GITHUB_STEP_SUMMARY) could not be written (${reasonOf(error)}); the ledger is on disk and the verdict is unchanged`;
    }
}
/** Sets step outputs; returns a warning when the output file could not be written. */
async function setStepOutputs(outputs, env) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
        return null;
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
        text += `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
    }
    try {
        await (0,promises_.appendFile)(file, text, 'utf8');
        return null;
    }
    catch (error) {
        return `the step outputs (GITHUB_OUTPUT) could not be written (${reasonOf(error)}); the verdict is unchanged`;
    }
}
function reasonOf(error) {
    const code = error?.code;
    return typeof code === 'string' && /^[A-Z0-9_]+$/.test(code) ? code : 'error';
}

;// CONCATENATED MODULE: ./lib/publish/index.js












/***/ })

};
