export const id = 743;
export const ids = [743,25,698,936];
export const modules = {

/***/ 10282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, MAX_COMMENT_PAGES, ACTIONS_BOT_LOGIN, tokenIdentity */
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72025);

// The sticky pull request comment: one per gated config file, found again by a hidden marker and
// edited in place, so a pull request that is pushed ten times still carries one comment.
/** GitHub rejects an issue comment body longer than this. */
const COMMENT_LIMIT = 65_536;
/** A pull request with more comments than this is searched only this far (100 per page). */
const MAX_COMMENT_PAGES = 30;
/** The hidden marker for one config path; encoded so no path can close the HTML comment. */
function stickyMarker(configPath) {
    const normalized = configPath.replace(/^\.\//, '').replaceAll('\\', '/');
    return `<!-- fallback-gate:sticky config=${encodeURIComponent(normalized)} -->`;
}
/**
 * The comment body: the marker first, then the rendering, cut at a line boundary with a stated
 * truncation when it would not fit GitHub's limit.
 */
function commentBody(marker, markdown, footer = '') {
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
        if (!(error instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O) || (error.status !== 403 && error.status !== 404)) {
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
async function upsertStickyComment(api, target, marker, body, maxPages = MAX_COMMENT_PAGES) {
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


/***/ }),

/***/ 27936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOutDir: () => (/* binding */ checkOutDir),
/* harmony export */   v: () => (/* binding */ writeAtomically),
/* harmony export */   writeLedgerFiles: () => (/* binding */ writeLedgerFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54642);




/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
async function writeLedgerFiles(outDir, json, markdown) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
    const jsonPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.json');
    const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, 'ledger.md');
    await writeAtomically(jsonPath, json);
    await writeAtomically(markdownPath, markdown);
    return { jsonPath, markdownPath };
}
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
/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
async function checkOutDir(outDir) {
    const at = (0,_plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t)(outDir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outDir, `.fallback-gate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.probe`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(probe, '', { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new _plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(at, `the output directory cannot be written (${code}); nothing was probed`, 'choose another --out (the action input out-dir) that this user can create and write');
    }
}


/***/ }),

/***/ 72025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72601);


class GitHubApiError extends Error {
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
                    const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__.request)(`${base}${path}`, {
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
                        throw new GitHubApiError(`${method} ${path}: ${lastError}`, status, attempt);
                    }
                    retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(headers);
                }
                catch (error) {
                    if (error instanceof GitHubApiError)
                        throw error;
                    lastStatus = null;
                    lastError = describeNetworkError(error);
                }
                if (attempt < settings.maxAttempts) {
                    await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryDelayMs */ .qO)(attempt - 1, settings, Math.random, retryAfter));
                }
            }
            throw new GitHubApiError(`${method} ${path}: ${lastError} (after ${settings.maxAttempts} attempts)`, lastStatus, settings.maxAttempts);
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


/***/ }),

/***/ 54743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishOnly: () => (/* binding */ publishOnly)
});

// UNUSED EXPORTS: MAX_LEDGER_BYTES, matchesArtifactName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/record/render-markdown.js + 2 modules
var render_markdown = __webpack_require__(1914);
// EXTERNAL MODULE: ./lib/judge/decision-facts.js
var decision_facts = __webpack_require__(9079);
// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(87002);
// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
// EXTERNAL MODULE: ./lib/record/ledger-schema.js + 1 modules
var ledger_schema = __webpack_require__(68235);
// EXTERNAL MODULE: ./lib/record/ledger-json-schema.js
var ledger_json_schema = __webpack_require__(37095);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(19256);
;// CONCATENATED MODULE: ./lib/record/verify.js






/**
 * Checks a ledger file's text: valid JSON; valid against the v1 schema; its integrity digest
 * matches (the entry was not edited after it was written); its parts agree with each other
 * (the headline decision is the most severe chain decision, `passed` matches the problems that
 * fail the job, and so on); and nothing in it looks like a secret (redacting it again changes
 * nothing). Reasons name the place, never the secret.
 */
function verifyLedgerText(text, knownSecrets = []) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, reasons: [`not valid JSON: ${error.message}`] };
    }
    const reasons = leakReasons(value, knownSecrets);
    const parsed = ledger_schema/* ledgerEntrySchema */.pJ.safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 10)) {
            reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
        return { ok: false, reasons };
    }
    reasons.push(...consistencyReasons(parsed.data));
    return reasons.length === 0 ? { ok: true, entry: parsed.data } : { ok: false, reasons };
}
/** A history file (JSON Lines): every line must verify; reasons carry the line number. */
function verifyHistoryText(text, knownSecrets = []) {
    const lines = text.split('\n').filter((l) => l.trim().length > 0);
    if (lines.length === 0)
        return { ok: false, reasons: ['the history file holds no entry'] };
    const reasons = [];
    let last;
    lines.forEach((line, i) => {
        const result = verifyLedgerText(line, knownSecrets);
        if (result.ok)
            last = result.entry;
        else
            reasons.push(...result.reasons.map((r) => `line ${i + 1}: ${r}`));
    });
    return reasons.length === 0 && last
        ? { ok: true, entry: last, entries: lines.length }
        : { ok: false, reasons };
}
function leakReasons(value, knownSecrets) {
    const redactor = (0,ledger_json_schema/* ledgerRedactor */.c1)(knownSecrets);
    const reasons = [];
    const walk = (node, path) => {
        if (reasons.length >= 10)
            return;
        if (typeof node === 'string') {
            if (redactor.text(node) !== node)
                reasons.push(`${path || '(root)'}: contains a credential or secret-shaped value`);
            return;
        }
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
            return;
        }
        if (node !== null && typeof node === 'object') {
            for (const [k, v] of Object.entries(node)) {
                const here = path ? `${path}.${k}` : k;
                if (redactor.text(k) !== k)
                    reasons.push(`${path || '(root)'}: a key contains a credential or secret-shaped value`);
                // A credential-named field must hold nothing but the redaction marker.
                if (typeof v === 'string' && (0,redact/* isCredentialField */.qc)(k) && v !== redact/* REDACTED */.XF && v !== '') {
                    reasons.push(`${here}: a credential field holds a value`);
                }
                walk(v, here);
            }
        }
    };
    walk(value, '');
    return reasons;
}
function consistencyReasons(entry) {
    const reasons = [];
    if ((0,canonical_json/* integrityDigest */.QB)(entry) !== entry.integrity.sha256) {
        reasons.push('integrity.sha256 does not match the entry: it was edited after it was written');
    }
    if (entry.chains.length > 0) {
        const worst = entry.chains
            .map((c) => c.fallback_decision)
            .reduce((a, b) => (types/* DECISION_SEVERITY */.b4[b] > types/* DECISION_SEVERITY */.b4[a] ? b : a), 'keep_primary');
        if (entry.fallback_decision !== worst) {
            reasons.push(`fallback_decision is ${entry.fallback_decision} but the most severe chain decision is ${worst}`);
        }
        if (entry.decision_paused !== entry.chains.some((c) => c.decision_paused)) {
            reasons.push('decision_paused does not match the chains');
        }
        const retries = Math.max(0, ...entry.chains.map((c) => c.retry_attempts));
        if (entry.retry_attempts !== retries) {
            reasons.push(`retry_attempts is ${entry.retry_attempts} but the chains observed at most ${retries}`);
        }
    }
    // The problems follow from the entry's own decisions, verdicts and findings (the decision
    // table's output): none may be missing, so `passed` cannot be flipped by deleting one.
    const implied = [
        ...entry.chains
            .filter((c) => c.fallback_decision === 'escalate' && !c.decision_paused)
            .map((c) => ({ category: 'escalate', subject: `chain:${c.name}`, why: 'decision escalate' })),
        ...entry.chains
            .filter((c) => c.decision_paused)
            .map((c) => ({ category: 'evidence', subject: `chain:${c.name}`, why: 'a paused decision' })),
        ...entry.verdicts
            .filter((v) => v.status === 'fail' && (0,decision_facts/* isBudgetVerdict */.LD)(v.id))
            .map((v) => ({ category: 'budget', subject: v.subject, why: `failed verdict ${v.id}` })),
        ...entry.findings
            .filter((f) => f.severity === 'error')
            .map((f) => ({
            category: 'findings',
            subject: `config:${f.at.file}:${f.at.line}:${f.at.column}`,
            why: `error finding ${f.id}`,
        })),
    ];
    for (const need of implied) {
        if (!entry.gate.problems.some((p) => p.category === need.category && p.subject === need.subject)) {
            reasons.push(`gate.problems lacks the ${need.category} problem of ${need.subject} that its ${need.why} implies`);
        }
    }
    const failing = entry.gate.problems.filter((p) => p.fails_job);
    if (entry.gate.problems.some((p) => p.fails_job !== entry.gate.fail_on.includes(p.category))) {
        reasons.push('gate.problems: fails_job does not follow gate.fail_on');
    }
    if (entry.passed !== entry.gate.passed || entry.passed !== (failing.length === 0)) {
        reasons.push('passed does not match the problems that fail the job');
    }
    if (entry.failures.length !== failing.length) {
        reasons.push(`failures lists ${entry.failures.length} lines but ${failing.length} problems fail the job`);
    }
    const missing = ledger_schema/* NOT_ASSERTED */.uw.filter((n) => !entry.does_not_assert.includes(n));
    if (missing.length > 0)
        reasons.push(`does_not_assert is missing ${missing.join(', ')}`);
    return reasons;
}

// EXTERNAL MODULE: ./lib/publish/artifact.js + 1 modules
var publish_artifact = __webpack_require__(83800);
// EXTERNAL MODULE: ./lib/publish/comment.js
var comment = __webpack_require__(10282);
// EXTERNAL MODULE: ./lib/publish/files.js
var files = __webpack_require__(27936);
// EXTERNAL MODULE: ./lib/publish/sink.js
var sink = __webpack_require__(99724);
// EXTERNAL MODULE: ./lib/publish/workflow-run.js
var workflow_run = __webpack_require__(32698);
;// CONCATENATED MODULE: ./lib/publish/publish-only.js









// Publish-only mode: the trusted half of the fork-safe pair. It downloads the ledger artifacts of
// the gate run named by the workflow_run event, verifies each (schema and redaction), renders the
// comment itself from the verified entry, and posts it on that run's pull request. Nothing from
// the artifact is executed, and the artifact's own Markdown is never used: the rendering escapes
// every value from the entry exactly as it does for the gate's own run.
/** A ledger is a few kilobytes; anything far larger is not one. */
const MAX_LEDGER_BYTES = 2 * 1024 * 1024;
function matchesArtifactName(name, base) {
    return (name === base ||
        (name.startsWith(`${base}-`) && /^[A-Za-z0-9._-]+$/.test(name.slice(base.length + 1))));
}
async function publishOnly(options) {
    const { run } = options;
    const result = { pullRequest: null, published: [], refused: [], warnings: [] };
    const otherRun = { runId: run.runId, owner: run.owner, repo: run.repo, token: options.token };
    const listed = await (0,sink/* runSink */.T)(options.sinkDeadlineMs, () => (0,publish_artifact/* listRunArtifacts */.NG)(otherRun));
    if (!listed.ok) {
        result.warnings.push(`could not list the artifacts of run ${run.runId}: ${options.redactor.text(listed.reason)}`);
        return result;
    }
    const candidates = listed.value.filter((a) => matchesArtifactName(a.name, options.artifactName));
    if (candidates.length === 0) {
        result.warnings.push(`run ${run.runId} has no artifact named "${options.artifactName}" or "${options.artifactName}-…": ` +
            'nothing to publish (check that the gate job uploaded its ledger and that artifact-name matches in both workflows)');
        return result;
    }
    for (const artifact of candidates) {
        const refuse = (reasons) => result.refused.push({ artifact: artifact.name, reasons });
        if (artifact.size > MAX_LEDGER_BYTES) {
            refuse([
                `the artifact is ${artifact.size} bytes, larger than a ledger can be (${MAX_LEDGER_BYTES})`,
            ]);
            continue;
        }
        const downloaded = await (0,sink/* runSink */.T)(options.sinkDeadlineMs, () => (0,publish_artifact/* downloadLedgerFromArtifact */.wm)(options.api, otherRun, artifact.id, {
            maxUncompressedBytes: MAX_LEDGER_BYTES,
            timeoutMs: options.sinkDeadlineMs,
        }));
        if (!downloaded.ok) {
            refuse([`download failed: ${options.redactor.text(downloaded.reason)}`]);
            continue;
        }
        const text = downloaded.value.toString('utf8');
        const verified = verifyLedgerText(text, options.knownSecrets);
        if (!verified.ok) {
            refuse(verified.reasons);
            continue;
        }
        if (options.configPath !== null &&
            normalize(verified.entry.config.file) !== normalize(options.configPath)) {
            refuse([
                `the ledger is for ${verified.entry.config.file}, not for ${options.configPath} (the config input)`,
            ]);
            continue;
        }
        // The digest detects corruption, not forgery: a passing ledger is believed only from a run
        // that GitHub itself says succeeded.
        if (verified.entry.passed && run.conclusion !== 'success') {
            refuse([
                `the ledger says the gate passed, but run ${run.runId} concluded ${run.conclusion ?? 'without a conclusion'}: a passing ledger is published only from a successful run (another job may have failed, or the ledger was altered)`,
            ]);
            continue;
        }
        const folder = (0,external_node_path_.join)(options.workDir, String(artifact.id));
        await (0,promises_.mkdir)(folder, { recursive: true });
        const path = (0,external_node_path_.join)(folder, publish_artifact/* LEDGER_FILE */.th);
        await (0,files/* writeAtomically */.v)(path, text);
        const markdown = options.redactor.text((0,render_markdown/* renderMarkdown */.Gc)(verified.entry));
        result.published.push({ artifact, entry: verified.entry, path, markdown, commentUrl: null });
    }
    if (!options.comment || result.published.length === 0)
        return result;
    const found = await (0,sink/* runSink */.T)(options.sinkDeadlineMs, () => (0,workflow_run/* findPullRequest */._)(options.api, run));
    if (!found.ok) {
        result.warnings.push(`could not find the pull request of run ${run.runId}: ${options.redactor.text(found.reason)}`);
        return result;
    }
    result.pullRequest = found.value;
    if (found.value === null) {
        result.warnings.push(`no open pull request has head commit ${run.headSha.slice(0, 12)}; nothing to comment on`);
        return result;
    }
    for (const ledger of result.published) {
        const footer = `\n<sub>Published by fallback-gate from run ${run.runUrl ?? run.runId} (head ${run.headSha.slice(0, 12)}); ledger verified before posting.</sub>\n`;
        const marker = (0,comment/* stickyMarker */.YL)(ledger.entry.config.file);
        const posted = await (0,sink/* runSink */.T)(options.sinkDeadlineMs, () => (0,comment/* upsertStickyComment */.qD)(options.api, { owner: run.owner, repo: run.repo, issueNumber: found.value }, marker, (0,comment/* commentBody */.I2)(marker, ledger.markdown, footer)));
        if (posted.ok)
            ledger.commentUrl = posted.value.url;
        else
            result.warnings.push(`the pull request comment was not posted: ${options.redactor.text(posted.reason)}`);
    }
    return result;
}
function normalize(path) {
    return path.replace(/^\.\//, '').replaceAll('\\', '/');
}


/***/ }),

/***/ 99724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runSink)
/* harmony export */ });
// A network sink (artifact, comment) that fails or overruns is reported and never changes the
// job's result: the ledger is already on disk and in the job summary.
async function runSink(deadlineMs, work) {
    let timer;
    const overrun = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, reason: `did not finish within ${deadlineMs} ms` }), deadlineMs);
    });
    const done = work().then((value) => ({ ok: true, value }), (error) => ({
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
    }));
    try {
        return await Promise.race([done, overrun]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 32698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ findPullRequest),
/* harmony export */   workflowRunFacts: () => (/* binding */ workflowRunFacts)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);

// The publish-only job runs on workflow_run, in the base repository, with the base repository's
// workflow file. It trusts only what GitHub wrote into the event: the run id, the head commit
// and the pull requests; never anything the gate run's artifact says about itself.
const workflowRunPayload = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    workflow_run: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive(),
        head_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/),
        head_branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
        html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
        conclusion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
        pull_requests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ number: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive(), head: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }) }))
            .nullish(),
        head_repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ owner: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }) }).nullish(),
    }),
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), owner: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }) }),
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
async function findPullRequest(api, run) {
    const attached = run.pullRequests.find((pr) => pr.headSha === run.headSha);
    if (attached)
        return attached.number;
    if (!run.headOwner || !run.headBranch)
        return null;
    const head = encodeURIComponent(`${run.headOwner}:${run.headBranch}`);
    const { data } = await api.request('GET', `/repos/${encodeURIComponent(run.owner)}/${encodeURIComponent(run.repo)}/pulls?state=open&head=${head}&per_page=100`);
    return data.find((pr) => pr.head.sha === run.headSha)?.number ?? null;
}


/***/ })

};
