export const id = 698;
export const ids = [698];
export const modules = {

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
