export const id = 743;
export const ids = [743,698];
export const modules = {

/***/ 10282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, MAX_COMMENT_PAGES */
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
/** Finds the marked comment (every page, up to a bound) and updates it, or creates one. */
async function upsertStickyComment(api, target, marker, body, maxPages = MAX_COMMENT_PAGES) {
    const base = `/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}/issues`;
    const existing = await findMarkedComment(api, base, target.issueNumber, marker, maxPages);
    if (existing) {
        const { data } = await api.request('PATCH', `${base}/comments/${existing.id}`, {
            body,
        });
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    const { data } = await api.request('POST', `${base}/${target.issueNumber}/comments`, { body });
    return { action: 'created', url: data.html_url, id: data.id };
}
async function findMarkedComment(api, base, issueNumber, marker, maxPages) {
    const perPage = 100;
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await api.request('GET', `${base}/${issueNumber}/comments?per_page=${perPage}&page=${page}`);
        // The oldest marked comment is the sticky one; later copies are never created by the gate.
        const found = data.find((comment) => comment.body?.startsWith(marker));
        if (found)
            return found;
        if (data.length < perPage)
            return null;
    }
    return null;
}


/***/ }),

/***/ 54743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishOnly: () => (/* binding */ publishOnly)
});

// UNUSED EXPORTS: MAX_LEDGER_BYTES, defang, matchesArtifactName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/record/render-markdown.js + 1 modules
var render_markdown = __webpack_require__(97266);
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

// EXTERNAL MODULE: ./lib/publish/artifact.js
var publish_artifact = __webpack_require__(85529);
// EXTERNAL MODULE: ./lib/publish/comment.js
var comment = __webpack_require__(10282);
// EXTERNAL MODULE: ./lib/publish/sink.js
var sink = __webpack_require__(99724);
// EXTERNAL MODULE: ./lib/publish/workflow-run.js
var workflow_run = __webpack_require__(32698);
;// CONCATENATED MODULE: ./lib/publish/publish-only.js








// Publish-only mode: the trusted half of the fork-safe pair. It downloads the ledger artifacts of
// the gate run named by the workflow_run event, verifies each (schema and redaction), renders the
// comment itself from the verified entry, and posts it on that run's pull request. Nothing from
// the artifact is executed, and the artifact's own Markdown is never used.
/** A ledger is a few kilobytes; anything far larger is not one. */
const MAX_LEDGER_BYTES = 2 * 1024 * 1024;
function matchesArtifactName(name, base) {
    return (name === base ||
        (name.startsWith(`${base}-`) && /^[0-9a-f]{10}$/.test(name.slice(base.length + 1))));
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
        const folder = (0,external_node_path_.join)(options.workDir, String(artifact.id));
        await (0,promises_.mkdir)(folder, { recursive: true });
        const downloaded = await (0,sink/* runSink */.T)(options.sinkDeadlineMs, () => (0,publish_artifact/* downloadRunArtifact */.qA)(otherRun, artifact.id, folder));
        if (!downloaded.ok) {
            refuse([`download failed: ${options.redactor.text(downloaded.reason)}`]);
            continue;
        }
        const path = (0,external_node_path_.join)(downloaded.value, publish_artifact/* LEDGER_FILE */.th);
        let text;
        try {
            const size = (await (0,promises_.stat)(path)).size;
            if (size > MAX_LEDGER_BYTES) {
                refuse([`${publish_artifact/* LEDGER_FILE */.th} is ${size} bytes, larger than a ledger can be`]);
                continue;
            }
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            refuse([`the artifact holds no ${publish_artifact/* LEDGER_FILE */.th}`]);
            continue;
        }
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
        const markdown = options.redactor.text((0,render_markdown/* renderMarkdown */.Gc)(defang(verified.entry)));
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
/**
 * The entry's text came from a run of someone else's code: keep it from pinging people or
 * showing links and images in a comment the repository's bot signs. A zero-width space after
 * "@" and between "](" leaves the text readable and inert.
 */
function defang(entry) {
    const inert = (text) => text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b').replaceAll('](', ']\u200b(');
    const walk = (value) => {
        if (typeof value === 'string')
            return inert(value);
        if (Array.isArray(value))
            return value.map(walk);
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
        }
        return value;
    };
    return walk(entry);
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
