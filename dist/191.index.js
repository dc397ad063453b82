export const id = 191;
export const ids = [191];
export const modules = {

/***/ 13191:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appendJobSummary: () => (/* reexport */ workflow_files/* appendJobSummary */.I),
  checkOutDir: () => (/* reexport */ checkOutDir),
  createGitHubApi: () => (/* reexport */ createGitHubApi),
  publishGateSinks: () => (/* reexport */ publishGateSinks),
  publishOnly: () => (/* reexport */ publishOnly),
  setStepOutputs: () => (/* reexport */ workflow_files/* setStepOutputs */.v),
  workflowRunFacts: () => (/* reexport */ workflowRunFacts),
  writeLedgerFiles: () => (/* reexport */ writeLedgerFiles)
});

// UNUSED EXPORTS: DEFAULT_API_TIMEOUT_MS, DEFAULT_RETRY, annotateFindings, checkedOutCommit, readBaseConfig, runnerArtifactClient, uniqueArtifactName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/common/write-atomically.js


/**
 * Writes through a temporary file renamed into place. The temporary name is random and created
 * exclusively (O_CREAT|O_EXCL, which never follows a symlink), so a link planted at a guessable
 * name cannot redirect the write.
 */
async function writeAtomically(path, text) {
    const temporary = `${path}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, text, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/common/config-error.js
var config_error = __webpack_require__(91896);
;// CONCATENATED MODULE: ./lib/publish/files.js




/** Writes the ledger to disk first, atomically, so no later sink can lose it. */
async function writeLedgerFiles(outDir, json, markdown) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const jsonPath = (0,external_node_path_.join)(outDir, 'ledger.json');
    const markdownPath = (0,external_node_path_.join)(outDir, 'ledger.md');
    await writeAtomically(jsonPath, json);
    await writeAtomically(markdownPath, markdown);
    return { jsonPath, markdownPath };
}
/**
 * Creates the output directory and proves it writable (a probe file created exclusively and
 * removed), before any probing: a ledger that cannot be written is a usage error up front.
 */
async function checkOutDir(outDir) {
    const at = (0,config_error/* positionAt */.t)(outDir);
    try {
        await (0,promises_.mkdir)(outDir, { recursive: true });
        const probe = (0,external_node_path_.join)(outDir, `.fallback-gate-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.probe`);
        await (0,promises_.writeFile)(probe, '', { flag: 'wx' });
        await (0,promises_.rm)(probe, { force: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new config_error/* ConfigError */.x(at, `the output directory cannot be written (${code}); nothing was probed`, 'choose another --out (the action input out-dir) that this user can create and write');
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./lib/retry/retry-after.js
var retry_after = __webpack_require__(28627);
// EXTERNAL MODULE: ./lib/publish/retry.js
var retry = __webpack_require__(72601);
// EXTERNAL MODULE: ./lib/common/errors.js
var errors = __webpack_require__(63302);
;// CONCATENATED MODULE: ./lib/publish/github-api.js



class GitHubApiError extends errors/* GateError */.ue {
    code = 'github_api';
    /** GitHub failed, not the caller's input. */
    get exitStatus() {
        return errors/* EXIT */.dc.internal;
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
                    const response = await (0,undici.request)(`${base}${path}`, {
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
                    retryAfter = (0,retry_after/* parseRetryAfter */.m)(headers);
                }
                catch (error) {
                    if (error instanceof GitHubApiError)
                        throw error;
                    lastStatus = null;
                    lastError = describeNetworkError(error);
                }
                if (attempt < settings.maxAttempts) {
                    await (0,retry/* sleep */.yy)((0,retry/* retryDelayMs */.qO)(attempt - 1, settings, Math.random, retryAfter));
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

// EXTERNAL MODULE: ./lib/publish/artifact.js + 1 modules
var publish_artifact = __webpack_require__(83800);
;// CONCATENATED MODULE: ./lib/publish/comment.js

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

;// CONCATENATED MODULE: ./lib/publish/sink.js
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

;// CONCATENATED MODULE: ./lib/publish/publish-gate.js







/** Written beside the ledger after the upload: the ledger cannot contain its own artifact's id. */
const SIDECAR_FILE = 'ledger.artifact.json';
async function publishGateSinks(options) {
    const result = { artifact: null, sidecarPath: null, comment: null, warnings: [] };
    const say = (text) => result.warnings.push(options.redactor.text(text));
    if (options.artifact) {
        const spec = options.artifact;
        const uploaded = await runSink(options.sinkDeadlineMs, async () => (0,publish_artifact/* uploadLedgerArtifact */.jO)({
            name: spec.name,
            files: [options.jsonPath, options.markdownPath],
            retentionDays: spec.retentionDays,
            runUrl: options.runUrl,
        }, await spec.client()));
        if (uploaded.ok) {
            result.artifact = uploaded.value;
            const ledgerBytes = await (0,promises_.readFile)(options.jsonPath);
            const sidecar = {
                ledger_id: options.entry.ledger_id,
                ledger_file: 'ledger.json',
                ledger_sha256: (0,external_node_crypto_.createHash)('sha256').update(ledgerBytes).digest('hex'),
                artifact: {
                    name: uploaded.value.name,
                    id: uploaded.value.id,
                    url: uploaded.value.url,
                    digest: uploaded.value.digest,
                },
            };
            result.sidecarPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(options.jsonPath), SIDECAR_FILE);
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

// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(87002);
// EXTERNAL MODULE: ./lib/judge/subject.js
var subject = __webpack_require__(12895);
// EXTERNAL MODULE: ./lib/judge/verdict-rules.js + 9 modules
var verdict_rules = __webpack_require__(67668);
// EXTERNAL MODULE: ./lib/record/ledger-schema.js + 5 modules
var ledger_schema = __webpack_require__(74711);
// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
// EXTERNAL MODULE: ./lib/record/ledger-json-schema.js
var ledger_json_schema = __webpack_require__(37095);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(19256);
;// CONCATENATED MODULE: ./lib/record/sealed-json.js



/** Checks a sealed file's text; `what` names it in the integrity reason ("entry", "packet"). */
function checkSealedText(text, schema, knownSecrets, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { reasons: [`not valid JSON: ${error.message}`] };
    }
    const reasons = leakReasons(value, knownSecrets);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 10)) {
            reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
        return { reasons };
    }
    if ((0,canonical_json/* integrityDigest */.QB)(parsed.data) !== parsed.data.integrity.sha256) {
        reasons.push(`integrity.sha256 does not match the ${what}: it was edited after it was written`);
    }
    return { value: parsed.data, reasons };
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

;// CONCATENATED MODULE: ./lib/record/verify.js



/**
 * Checks a ledger file's text: valid JSON; valid against the v1 schema; its integrity digest
 * matches (the entry was not edited after it was written); its parts agree with each other
 * (the headline decision is the most severe chain decision, `passed` matches the problems that
 * fail the job, and so on); and nothing in it looks like a secret (redacting it again changes
 * nothing). Reasons name the place, never the secret.
 */
function verifyLedgerText(text, knownSecrets = []) {
    const { value: entry, reasons } = checkSealedText(text, ledger_schema/* ledgerEntrySchema */.pJ, knownSecrets, 'entry');
    if (!entry)
        return { ok: false, reasons };
    reasons.push(...consistencyReasons(entry));
    return reasons.length === 0 ? { ok: true, entry } : { ok: false, reasons };
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
function consistencyReasons(entry) {
    return [...summaryReasons(entry), ...impliedProblemReasons(entry), ...gateReasons(entry)];
}
/** The entry's top-level fields summarise its chains. */
function summaryReasons(entry) {
    const reasons = [];
    if (entry.chains.length === 0)
        return reasons;
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
    return reasons;
}
/**
 * The problems follow from the entry's own decisions, verdicts and findings (the decision
 * table's output): none may be missing, so `passed` cannot be flipped by deleting one.
 */
function impliedProblemReasons(entry) {
    const chainSubject = (name) => (0,subject/* renderSubject */.TK)({ kind: 'chain', chain: name });
    const implied = [
        ...entry.chains
            .filter((c) => c.fallback_decision === 'escalate' && !c.decision_paused)
            .map((c) => ({
            category: 'escalate',
            subject: chainSubject(c.name),
            why: 'decision escalate',
        })),
        ...entry.chains
            .filter((c) => c.decision_paused)
            .map((c) => ({
            category: 'evidence',
            subject: chainSubject(c.name),
            why: 'a paused decision',
        })),
        ...entry.verdicts
            .filter((v) => v.status === 'fail' && (0,verdict_rules/* isBudgetVerdict */.LD)(v.id))
            .map((v) => ({ category: 'budget', subject: v.subject, why: `failed verdict ${v.id}` })),
        ...entry.findings
            .filter((f) => f.severity === 'error')
            .map((f) => ({
            category: 'findings',
            subject: (0,subject/* renderSubject */.TK)({
                kind: 'config',
                file: f.at.file,
                line: f.at.line,
                column: f.at.column,
            }),
            why: `error finding ${f.id}`,
        })),
    ];
    return implied
        .filter((need) => !entry.gate.problems.some((p) => p.category === need.category && p.subject === need.subject))
        .map((need) => `gate.problems lacks the ${need.category} problem of ${need.subject} that its ${need.why} implies`);
}
/** What fails the job follows from the problems and the policy. */
function gateReasons(entry) {
    const reasons = [];
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

// EXTERNAL MODULE: ./lib/record/render-markdown.js + 4 modules
var render_markdown = __webpack_require__(19281);
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
    const listed = await runSink(options.sinkDeadlineMs, async () => (0,publish_artifact/* listRunArtifacts */.NG)(otherRunOf(options), await options.artifactClient()));
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
    const downloaded = await runSink(options.sinkDeadlineMs, () => (0,publish_artifact/* downloadLedgerFromArtifact */.wm)(options.api, otherRunOf(options), artifact.id, {
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
    const folder = (0,external_node_path_.join)(options.workDir, String(artifact.id));
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, publish_artifact/* LEDGER_FILE */.th);
    await writeAtomically(path, text);
    const markdown = options.redactor.text((0,render_markdown/* renderMarkdown */.Gc)(verified.entry));
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

// EXTERNAL MODULE: ./lib/publish/workflow-files.js
var workflow_files = __webpack_require__(87568);
;// CONCATENATED MODULE: ./lib/publish/index.js












/***/ }),

/***/ 28627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export parseRetryAfterValue */
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


/***/ })

};
