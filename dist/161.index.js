export const id = 161;
export const ids = [161];
export const modules = {

/***/ 80161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyPacketTextIfPacket: () => (/* reexport */ verifyPacketTextIfPacket)
});

// UNUSED EXPORTS: registerIncidentCommands

// EXTERNAL MODULE: ./lib/judge/index.js + 9 modules
var judge = __webpack_require__(21072);
// EXTERNAL MODULE: ./lib/contract/index.js + 6 modules
var contract = __webpack_require__(66858);
// EXTERNAL MODULE: ./lib/observations/index.js + 2 modules
var observations = __webpack_require__(41071);
// EXTERNAL MODULE: ./node_modules/commander/index.js + 6 modules
var commander = __webpack_require__(67375);
// EXTERNAL MODULE: ./lib/common/index.js + 10 modules
var common = __webpack_require__(71871);
;// CONCATENATED MODULE: ./lib/incident/commands.js





const collect = (value, previous = []) => [...previous, value];
function whole(min, max) {
    return (value) => {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n < min || n > max) {
            throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
        }
        return n;
    };
}
function registerIncidentCommands(program, ledger, finish) {
    program
        .command('record')
        .description('record a decision made after an incident, with the attempt timeline rebuilt from logs')
        .option('--from-log <file>', 'a log of the incident (repeatable): HAR, LiteLLM, Portkey, OpenAI SDK debug', collect, [])
        .addOption(new Option('--log-format <format>', 'force the log format (default: detected)').choices(LOG_FORMATS))
        .option('--note <file>', 'a YAML note with the facts (flags win over it)')
        .option('--config <file>', 'the routing config in force, to judge the logs against its policy')
        .option('--chain <name>', 'with --config: the chain the requests went through')
        .addOption(new Option('--endpoint-family <family>', 'endpoint family of the requests').choices(ENDPOINT_FAMILIES))
        .option('--route <name>', 'the route the decision is about')
        .option('--request-id <id>', 'the request in question (repeatable); also selects it from the logs', collect, [])
        .addOption(new Option('--status-class <class>', 'status class the caller saw').choices(STATUS_CLASSES))
        .option('--retry-attempts <n>', 'retries of the request in question', whole(0, 10_000))
        .addOption(new Option('--decision <decision>', 'what the team decided').choices(FALLBACK_DECISIONS))
        .option('--evidence-link <url>', 'a link to evidence (repeatable)', collect, [])
        .option('--operator <initials>', 'initials of the person recording')
        .option('--owner <owner>', 'follow-up owner')
        .option('--what-changed <text>', 'what was changed (route switched, retries lowered, …)')
        .option('--uncertain <text>', 'something still not known (repeatable)', collect, [])
        .option('--prompt-class <class>', 'a class of prompt, never the prompt itself')
        .option('--max-attempts <n>', 'budget the logged requests are held to (default: config, else 4)', whole(1, 10_000))
        .option('--max-elapsed-ms <ms>', 'time budget per request (default: config, else 60000)', whole(1, 86_400_000))
        .option('-o, --out <dir>', 'where ledger.json and ledger.md are written', '.fallback-gate')
        .option('--history <file>', 'append the entry to this JSON Lines history file')
        .addHelpText('after', '\nRequired facts: endpoint family, request id, status class, retry count, decision,\n' +
        'operator and owner. Logs supply the first four; a missing or contradicted fact pauses\n' +
        'the decision and names it. Exit codes: 0 recorded, 1 recorded but paused, 2 bad input.\n' +
        'Example: fallback-gate record --from-log examples/logs/openai-debug.log --decision retry_primary --status-class 2xx_usable --operator AB --owner team-llm --out incident/')
        .action(async (flags) => {
        const { runRecord } = await __webpack_require__.e(/* import() */ 623).then(__webpack_require__.bind(__webpack_require__, 98623));
        const { consoleStyleFor } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 76));
        const result = await runRecord({
            facts: {
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
            },
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
            env: process.env,
            now: new Date(),
            gateVersion: GATE_VERSION,
            style: consoleStyleFor(process.stdout, process.env),
        });
        finish({ code: result.code, stdout: result.stdout, stderr: '' });
    });
    program
        .command('packet')
        .description('write an escalation support packet (Markdown and JSON) from ledger entries')
        .requiredOption('--ledger <file...>', 'verified ledger.json files (one or more)')
        .option('-o, --out <dir>', 'where packet.json and packet.md are written', '.fallback-gate/packet')
        .addHelpText('after', '\nEvery ledger is verified first. The packet holds request ids, times, status classes,\n' +
        'retries and their timing, routes, decision, uncertainty and owner; never a credential,\n' +
        'prompt, output or customer data. Exit codes: 0 written, 1 a ledger failed verification, 2 unreadable.\n' +
        'Example: fallback-gate packet --ledger incident/ledger.json --out incident/packet')
        .action(async (flags) => {
        const { runPacket } = await __webpack_require__.e(/* import() */ 63).then(__webpack_require__.bind(__webpack_require__, 11063));
        finish(await runPacket(flags.ledger, flags.out, process.env, new Date()));
    });
    ledger
        .command('trend')
        .description('decisions, attempts and amplification over a history file (table and Mermaid)')
        .argument('<history>', 'a JSON Lines history file (check/record --history)')
        .option('--mermaid <file>', 'also write the Markdown with a Mermaid chart here (e.g. $GITHUB_STEP_SUMMARY)')
        .addHelpText('after', '\nExit codes: 0 shown, 1 an entry failed verification, 2 unreadable.\n' +
        'Example: fallback-gate ledger trend history.jsonl --mermaid "$GITHUB_STEP_SUMMARY"')
        .action(async (history, flags) => {
        const { runTrend } = await __webpack_require__.e(/* import() */ 63).then(__webpack_require__.bind(__webpack_require__, 11063));
        finish(await runTrend(history, flags.mermaid, process.env));
    });
}

// EXTERNAL MODULE: ./lib/record/index.js + 18 modules
var record = __webpack_require__(76);
// EXTERNAL MODULE: ./lib/incident/packet-schema.js
var packet_schema = __webpack_require__(67498);
;// CONCATENATED MODULE: ./lib/incident/packet-verify.js


/** Checks a packet's text: schema, integrity digest, and nothing secret-shaped in it. */
function verifyPacketText(text, secrets) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, reasons: [`not valid JSON: ${error.message}`] };
    }
    const reasons = (0,record/* leakReasons */.Vd)(value, secrets);
    const parsed = packet_schema/* packetSchema */.As.safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 10)) {
            reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
        return { ok: false, reasons };
    }
    const { integrity, ...rest } = parsed.data;
    if ((0,record/* integrityDigest */.QB)(rest) !== integrity.sha256) {
        reasons.push('integrity.sha256 does not match the packet: it was edited after it was written');
    }
    return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
/** When the file is a support packet, verifies it; null when it is something else (a ledger). */
function verifyPacketTextIfPacket(file, text, env) {
    if (!text.includes(packet_schema/* PACKET_SCHEMA_VERSION */.aH))
        return null;
    let schema;
    try {
        schema = JSON.parse(text).schema_version;
    }
    catch {
        return null;
    }
    if (schema !== packet_schema/* PACKET_SCHEMA_VERSION */.aH)
        return null;
    const result = verifyPacketText(text, (0,record/* secretsFromEnv */.zr)(env));
    return result.ok
        ? {
            code: 0,
            stdout: `${file}: support packet valid (schema ${packet_schema/* PACKET_SCHEMA_VERSION */.aH}, integrity and redaction checked)\n`,
            stderr: '',
        }
        : {
            code: 1,
            stdout: '',
            stderr: `${file}: not a valid support packet:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}\n`,
        };
}

;// CONCATENATED MODULE: ./lib/incident/index.js




/***/ }),

/***/ 67498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ packetSchema),
/* harmony export */   Sh: () => (/* binding */ NEVER_INCLUDED),
/* harmony export */   aH: () => (/* binding */ PACKET_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _contract_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66858);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);


// The escalation support packet: what a provider's support needs to find the requests in its
// own systems (request ids, times, status classes, retries and their timing, routes, endpoint
// family) and what the team decided, from one or more ledger entries. It carries no
// credential, prompt, output or customer data: it is built only from ledger fields, which are
// redacted, and `ledger verify` checks it like a ledger.
const PACKET_SCHEMA_VERSION = 'fallback-gate.packet/v1';
const statusClass = _contract_index_js__WEBPACK_IMPORTED_MODULE_0__/* .StatusClassSchema */ .KZ;
const packetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PACKET_SCHEMA_VERSION),
    packet_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID'),
    created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('One paragraph for the support ticket.'),
    time_window: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        first: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().nullable(),
        last: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().nullable(),
    }),
    entries: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        ledger_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ledger_sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^[0-9a-f]{64}$/)
            .describe("The entry's integrity digest."),
        origin: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['gate', 'recorded']),
        timestamp: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
        endpoint_family: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        routes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        hosts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        request_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status_class: statusClass.nullable(),
        status_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        retry_attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nonnegative(),
        decision: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        decision_paused: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        follow_up_owner: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        operator_initials: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        evidence_links: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        remaining_uncertainty: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        failed_checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Verdicts that failed, one line each.'),
        requests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            request_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
            started_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().nullable(),
            attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                seq: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().positive(),
                at_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                    .nonnegative()
                    .nullable()
                    .describe('Since the first attempt of the request; null when the log had no times.'),
                duration_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().nullable(),
                route: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
                method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
                path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
                status: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nullable(),
                status_class: statusClass.nullable(),
                retry_after_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().nullable(),
                request_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
                retry_headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
            })),
        })),
    })),
    account_safe_context: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        gate_versions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        endpoint_families: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        hosts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        request_ids: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    })
        .describe('Identifiers support can search for; no account key, prompt or output.'),
    never_included: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    does_not_assert: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    integrity: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
})
    .describe('fallback-gate escalation support packet, v1.');
const NEVER_INCLUDED = ['credentials', 'prompts', 'generated output', 'customer data'];


/***/ })

};
