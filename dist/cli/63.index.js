export const id = 63;
export const ids = [63,784,936];
export const modules = {

/***/ 1063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPacket: () => (/* binding */ runPacket),
  runTrend: () => (/* binding */ runTrend)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/plan/bounded-read.js
var bounded_read = __webpack_require__(9187);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/publish/files.js
var publish_files = __webpack_require__(7936);
// EXTERNAL MODULE: ./lib/record/ledger-commands.js + 1 modules
var ledger_commands = __webpack_require__(9784);
// EXTERNAL MODULE: ./lib/record/ledger-json-schema.js
var ledger_json_schema = __webpack_require__(7095);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
// EXTERNAL MODULE: ./lib/record/verify.js
var verify = __webpack_require__(8932);
// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./lib/contract/status-class.js
var status_class = __webpack_require__(8435);
// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
// EXTERNAL MODULE: ./lib/incident/packet-schema.js
var packet_schema = __webpack_require__(7498);
;// CONCATENATED MODULE: ./lib/incident/packet.js




const defaultId = (0,node/* monotonicFactory */.BD)();
/** Builds a packet from verified entries; every string passes the redactor once more. */
function buildPacket(entries, options) {
    const packetEntries = entries.map(packetEntry);
    const times = packetEntries.flatMap((e) => [
        e.timestamp,
        ...e.requests.flatMap((r) => (r.started_at ? [r.started_at] : [])),
    ]);
    const sorted = [...times].sort();
    const ids = unique(packetEntries.flatMap((e) => [
        ...(e.request_id !== 'not_observed' ? [e.request_id] : []),
        ...e.requests.flatMap((r) => [
            ...(r.request_id ? [r.request_id] : []),
            ...r.attempts.flatMap((a) => (a.request_id ? [a.request_id] : [])),
        ]),
    ]));
    const decisions = unique(packetEntries.map((e) => e.decision));
    const summary = [
        `${packetEntries.length} fallback decision ledger entr${packetEntries.length === 1 ? 'y' : 'ies'}`,
        `endpoint family ${unique(packetEntries.map((e) => e.endpoint_family)).join(', ')}`,
        `decision ${decisions.join(', ')}`,
        `${ids.length} request id(s) between ${sorted[0] ?? '?'} and ${sorted.at(-1) ?? '?'}`,
        `worst retry count ${Math.max(0, ...packetEntries.map((e) => e.retry_attempts))}`,
        `follow-up owner ${unique(packetEntries.map((e) => e.follow_up_owner ?? 'not recorded')).join(', ')}`,
    ].join('; ');
    const draft = {
        schema_version: packet_schema/* PACKET_SCHEMA_VERSION */.aH,
        packet_id: (options.makeId ?? defaultId)(options.now.getTime()),
        created_at: options.now.toISOString(),
        summary: `${summary}.`,
        time_window: { first: sorted[0] ?? null, last: sorted.at(-1) ?? null },
        entries: packetEntries,
        account_safe_context: {
            gate_versions: unique(entries.map((e) => e.environment.gate_version)),
            endpoint_families: unique(packetEntries.map((e) => e.endpoint_family)),
            hosts: unique(packetEntries.flatMap((e) => e.hosts)),
            paths: unique(packetEntries.flatMap((e) => e.requests.flatMap((r) => r.attempts.map((a) => a.path)))),
            request_ids: ids,
        },
        never_included: [...packet_schema/* NEVER_INCLUDED */.Sh],
        does_not_assert: unique(entries.flatMap((e) => e.does_not_assert)),
    };
    const clean = options.redactor.value(draft);
    return packet_schema/* packetSchema */.As.parse({ ...clean, integrity: { sha256: (0,canonical_json/* integrityDigest */.QB)(clean) } });
}
function packetEntry(entry) {
    const scenarios = entry.chains.flatMap((c) => c.scenarios);
    const recordedRequests = entry.recorded?.requests ?? [];
    // Timelines: a recorded entry's logged requests, or a gate run's first samples per scenario.
    const requests = scenarios.flatMap((s) => {
        const samples = [...new Set(s.timeline.map((a) => a.sample))];
        return samples.map((sample) => {
            const attempts = s.timeline.filter((a) => a.sample === sample);
            const recorded = entry.recorded ? recordedRequests[sample] : undefined;
            return {
                request_id: recorded?.request_id ??
                    attempts.findLast((a) => a.request_id !== null)?.request_id ??
                    null,
                started_at: recorded?.started_at ?? null,
                attempts: attempts.map((a) => ({
                    seq: a.seq,
                    at_ms: recorded?.timed === false ? null : a.at_ms,
                    duration_ms: a.duration_ms,
                    route: a.route,
                    method: a.method,
                    path: a.path,
                    status: a.status,
                    status_class: a.status === null
                        ? 'retryable'
                        : ((0,status_class/* classifyHttpStatus */.n1)(a.status)?.statusClass ?? null),
                    retry_after_ms: a.retry_after_ms,
                    request_id: a.request_id,
                    retry_headers: { ...a.retry_headers },
                })),
            };
        });
    });
    return {
        ledger_id: entry.ledger_id,
        ledger_sha256: entry.integrity.sha256,
        origin: entry.origin ?? 'gate',
        timestamp: entry.timestamp,
        endpoint_family: entry.endpoint_family,
        routes: unique(entry.chains.flatMap((c) => c.route_order)),
        hosts: unique([
            ...recordedRequests.flatMap((r) => r.hosts),
            ...entry.routes.map((r) => r.name),
        ]).filter((h) => h.length > 0),
        request_id: entry.request_id,
        status_class: entry.status_class,
        status_reason: entry.status_reason,
        retry_attempts: entry.retry_attempts,
        decision: entry.fallback_decision,
        decision_paused: entry.decision_paused,
        follow_up_owner: entry.follow_up_owner,
        operator_initials: entry.operator_initials,
        evidence_links: [...entry.evidence_links],
        remaining_uncertainty: [...entry.remaining_uncertainty],
        failed_checks: entry.verdicts
            .filter((v) => v.status === 'fail')
            .map((v) => `${v.id} (${v.subject}): ${v.reason}`),
        requests,
    };
}
function renderPacketJson(packet) {
    return (0,canonical_json/* canonicalJson */.dj)(packet);
}
function renderPacketMarkdown(packet) {
    const cell = (text) => String(text ?? '—')
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ');
    const lines = [
        '# Escalation support packet',
        '',
        `Packet \`${packet.packet_id}\` · ${packet.created_at} · ${packet_schema/* PACKET_SCHEMA_VERSION */.aH}`,
        '',
        packet.summary,
        '',
        `Time window: ${packet.time_window.first ?? '?'} to ${packet.time_window.last ?? '?'}`,
        '',
        '## Account-safe context',
        '',
        `- Endpoint families: ${packet.account_safe_context.endpoint_families.join(', ') || '—'}`,
        `- Hosts: ${packet.account_safe_context.hosts.map((h) => `\`${h}\``).join(', ') || '—'}`,
        `- Paths: ${packet.account_safe_context.paths.map((p) => `\`${p}\``).join(', ') || '—'}`,
        `- Request ids: ${packet.account_safe_context.request_ids.map((r) => `\`${r}\``).join(', ') || '—'}`,
        `- Never included: ${packet.never_included.join(', ')}`,
        `- Not asserted: ${packet.does_not_assert.join(', ')}`,
    ];
    for (const e of packet.entries) {
        lines.push('', `## Entry \`${e.ledger_id}\` (${e.origin === 'recorded' ? 'recorded by an operator' : 'measured by a gate run'})`, '', '| field | value |', '| --- | --- |', `| decision | \`${e.decision}\`${e.decision_paused ? ' (paused: facts missing)' : ''} |`, `| endpoint family | ${cell(e.endpoint_family)} |`, `| routes | ${cell(e.routes.join(', '))} |`, `| request id | \`${cell(e.request_id)}\` |`, `| status class | ${cell(e.status_class)} (${cell(e.status_reason)}) |`, `| retry attempts | ${e.retry_attempts} |`, `| follow-up owner | ${cell(e.follow_up_owner)} |`, `| operator | ${cell(e.operator_initials)} |`, `| ledger digest | \`${e.ledger_sha256}\` |`);
        for (const r of e.requests) {
            lines.push('', `### Request \`${cell(r.request_id)}\`${r.started_at ? ` started ${r.started_at}` : ''}`, '', '| # | +ms | took ms | route | method path | status | class | retry-after ms | request id | retry bookkeeping |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...r.attempts.map((a) => `| ${a.seq} | ${a.at_ms === null ? 'untimed' : Math.round(a.at_ms)} | ${a.duration_ms === null ? '—' : Math.round(a.duration_ms)} | ${cell(a.route)} | ${cell(`${a.method} ${a.path}`)} | ${a.status ?? 'no answer'} | ${cell(a.status_class)} | ${cell(a.retry_after_ms)} | ${cell(a.request_id)} | ${cell(Object.entries(a.retry_headers)
                .map(([k, v]) => `${k}=${v}`)
                .join(' ') || '—')} |`));
        }
        if (e.failed_checks.length > 0) {
            lines.push('', '**Failed checks**', '', ...e.failed_checks.map((f) => `- ${cell(f)}`));
        }
        if (e.remaining_uncertainty.length > 0) {
            lines.push('', '**Remaining uncertainty**', '', ...e.remaining_uncertainty.map((u) => `- ${cell(u)}`));
        }
        if (e.evidence_links.length > 0) {
            lines.push('', '**Evidence**', '', ...e.evidence_links.map((l) => `- <${l}>`));
        }
    }
    return `${lines.join('\n')}\n`;
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./lib/incident/trend.js
function trendRows(entries) {
    return entries
        .map((e) => ({
        timestamp: e.timestamp,
        ledger_id: e.ledger_id,
        origin: e.origin ?? 'gate',
        decision: e.fallback_decision,
        paused: e.decision_paused,
        passed: e.passed,
        attempts: e.retry_attempts + 1,
        amplification: e.storm.length > 0 ? Math.max(...e.storm.map((s) => s.amplification)) : null,
    }))
        .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}
function renderTrendTable(rows) {
    const header = ['when', 'ledger', 'origin', 'decision', 'result', 'attempts', 'amplification'];
    const body = rows.map((r) => [
        r.timestamp.replace(/\.\d+Z$/, 'Z'),
        r.ledger_id,
        r.origin,
        `${r.decision}${r.paused ? ' (paused)' : ''}`,
        r.passed ? 'passed' : 'failed',
        String(r.attempts),
        r.amplification === null ? '-' : r.amplification.toFixed(2),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const counts = new Map();
    for (const r of rows)
        counts.set(r.decision, (counts.get(r.decision) ?? 0) + 1);
    return [
        line(header),
        ...body.map(line),
        '',
        `${rows.length} entries: ${[...counts].map(([d, n]) => `${d} ${n}`).join(', ')}; ${rows.filter((r) => !r.passed).length} failed, ${rows.filter((r) => r.paused).length} paused`,
        '',
    ].join('\n');
}
/** At most this many runs are drawn (the latest). */
const TREND_MAX_POINTS = 60;
function renderTrendMermaid(rows) {
    const shown = rows.slice(-TREND_MAX_POINTS);
    const labels = shown.map((r) => `"${r.timestamp.slice(5, 16).replace('T', ' ')}"`);
    const attempts = shown.map((r) => r.attempts);
    const amplification = shown.map((r) => r.amplification === null ? 0 : Number(r.amplification.toFixed(2)));
    const top = Math.max(1, ...attempts, ...amplification);
    const chart = [
        '```mermaid',
        'xychart-beta',
        '  title "Attempts per request (bars) and storm amplification (line)"',
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "per caller request" 0 --> ${Math.ceil(top)}`,
        `  bar [${attempts.join(', ')}]`,
        `  line [${amplification.join(', ')}]`,
        '```',
    ];
    const decisions = shown.map((r) => `| ${r.timestamp.replace(/\.\d+Z$/, 'Z')} | \`${r.decision}\`${r.paused ? ' (paused)' : ''} | ${r.passed ? 'passed' : 'failed'} | ${r.origin} |`);
    return [
        '## fallback-gate trend',
        '',
        ...chart,
        '',
        '| when | decision | result | origin |',
        '| --- | --- | --- | --- |',
        ...decisions,
        '',
        'Amplification 0 means no storm simulation ran in that entry.',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/incident/packet-command.js










const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
async function runPacket(files, out, env, now) {
    const loaded = await (0,ledger_commands/* loadAll */.g)(files, env);
    if (!loaded.ok)
        return loaded.result;
    const entries = loaded.entries;
    const redactor = (0,ledger_json_schema/* ledgerRedactor */.c1)((0,redact/* secretsFromEnv */.zr)(env));
    const packet = buildPacket(entries, { now, redactor });
    await (0,promises_.mkdir)(out, { recursive: true });
    const jsonPath = (0,external_node_path_.join)(out, 'packet.json');
    const markdownPath = (0,external_node_path_.join)(out, 'packet.md');
    await (0,publish_files/* writeAtomically */.v)(jsonPath, redactor.text(renderPacketJson(packet)));
    await (0,publish_files/* writeAtomically */.v)(markdownPath, redactor.text(renderPacketMarkdown(packet)));
    return {
        code: 0,
        stdout: `support packet ${packet.packet_id} from ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}: ${jsonPath}, ${markdownPath}\n`,
        stderr: '',
    };
}
async function runTrend(file, mermaidPath, env) {
    let text;
    try {
        text = (await (0,bounded_read/* readBoundedFile */.M)(file, MAX_HISTORY_BYTES)).toString('utf8');
    }
    catch (error) {
        if (!(error instanceof bounded_read/* BoundedReadError */.u))
            throw error;
        return {
            code: 2,
            stdout: '',
            stderr: `${file}: ${error.problem === 'not_found' ? 'no such file' : error.problem === 'too_large' ? `${error.message}: not a history file` : error.message}\n`,
        };
    }
    const secrets = (0,redact/* secretsFromEnv */.zr)(env);
    const entries = [];
    const reasons = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        const result = (0,verify/* verifyLedgerText */.cy)(line, secrets);
        if (result.ok)
            entries.push(result.entry);
        else
            reasons.push(...result.reasons.map((r) => `line ${i + 1}: ${r}`));
    });
    if (reasons.length > 0 || entries.length === 0) {
        return {
            code: 1,
            stdout: '',
            stderr: `${file}: not a valid history:\n${(reasons.length > 0 ? reasons : ['the history file holds no entry']).map((r) => `  - ${r}`).join('\n')}\n`,
        };
    }
    const rows = trendRows(entries);
    if (mermaidPath) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(mermaidPath), { recursive: true });
        await (0,promises_.appendFile)(mermaidPath, renderTrendMermaid(rows), 'utf8');
    }
    return { code: 0, stdout: renderTrendTable(rows), stderr: '' };
}


/***/ }),

/***/ 7498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ packetSchema),
/* harmony export */   Sh: () => (/* binding */ NEVER_INCLUDED),
/* harmony export */   aH: () => (/* binding */ PACKET_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4377);

// The escalation support packet: what a provider's support needs to find the requests in its
// own systems (request ids, times, status classes, retries and their timing, routes, endpoint
// family) and what the team decided, from one or more ledger entries. It carries no
// credential, prompt, output or customer data: it is built only from ledger fields, which are
// redacted, and `ledger verify` checks it like a ledger.
const PACKET_SCHEMA_VERSION = 'fallback-gate.packet/v1';
const statusClass = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['2xx_usable', '2xx_unusable', 'retryable', 'terminal']);
const packetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(PACKET_SCHEMA_VERSION),
    packet_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a ULID'),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$(),
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('One paragraph for the support ticket.'),
    time_window: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        first: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$().nullable(),
        last: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$().nullable(),
    }),
    entries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ledger_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        ledger_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
            .regex(/^[0-9a-f]{64}$/)
            .describe("The entry's integrity digest."),
        origin: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['gate', 'recorded']),
        timestamp: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$(),
        endpoint_family: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        routes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        hosts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        request_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status_class: statusClass.nullable(),
        status_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        retry_attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative(),
        decision: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        decision_paused: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        follow_up_owner: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        operator_initials: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        evidence_links: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        remaining_uncertainty: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        failed_checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).describe('Verdicts that failed, one line each.'),
        requests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            request_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
            started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$().nullable(),
            attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
                seq: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive(),
                at_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
                    .nonnegative()
                    .nullable()
                    .describe('Since the first attempt of the request; null when the log had no times.'),
                duration_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable(),
                route: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
                method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
                path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
                status: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nullable(),
                status_class: statusClass.nullable(),
                retry_after_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable(),
                request_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
                retry_headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
            })),
        })),
    })),
    account_safe_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        gate_versions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        endpoint_families: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        hosts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        request_ids: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    })
        .describe('Identifiers support can search for; no account key, prompt or output.'),
    never_included: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    does_not_assert: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    integrity: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
})
    .describe('fallback-gate escalation support packet, v1.');
const NEVER_INCLUDED = ['credentials', 'prompts', 'generated output', 'customer data'];


/***/ }),

/***/ 7936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOutDir: () => (/* binding */ checkOutDir),
/* harmony export */   v: () => (/* binding */ writeAtomically),
/* harmony export */   writeLedgerFiles: () => (/* binding */ writeLedgerFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _plan_config_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4642);




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

/***/ 9784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  forEachFile: () => (/* binding */ forEachFile),
  g: () => (/* binding */ loadAll),
  mergeLedgerFiles: () => (/* binding */ mergeLedgerFiles),
  showLedgerFile: () => (/* binding */ showLedgerFile),
  verifyLedgerFile: () => (/* binding */ verifyLedgerFile)
});

// UNUSED EXPORTS: load

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/plan/bounded-read.js
var bounded_read = __webpack_require__(9187);
// EXTERNAL MODULE: ./lib/publish/files.js
var publish_files = __webpack_require__(7936);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/record/canonical-json.js
var canonical_json = __webpack_require__(9782);
// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(4125);
// EXTERNAL MODULE: ./lib/judge/judge.js + 2 modules
var judge = __webpack_require__(1234);
// EXTERNAL MODULE: ./lib/judge/types.js
var types = __webpack_require__(7002);
// EXTERNAL MODULE: ./lib/record/build-ledger.js
var build_ledger = __webpack_require__(8711);
// EXTERNAL MODULE: ./lib/record/ledger-schema.js
var ledger_schema = __webpack_require__(7642);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
;// CONCATENATED MODULE: ./lib/record/merge.js






// Matrix jobs each write an entry; `ledger merge` makes one entry of them. The merged decision is
// the most severe one, it passed only if every job passed, and every chain keeps the id of the
// entry it came from.
const defaultId = (0,node/* monotonicFactory */.BD)();
class MergeError extends Error {
}
function mergeLedgers(entries, options) {
    const first = entries[0];
    if (!first)
        throw new MergeError('nothing to merge: give at least one ledger file');
    const policy = first.gate.fail_on.join(',');
    const odd = entries.find((e) => e.gate.fail_on.join(',') !== policy);
    if (odd) {
        throw new MergeError(`entries ${first.ledger_id} and ${odd.ledger_id} were judged with different fail-on policies (${policy || 'none'} and ${odd.gate.fail_on.join(',') || 'none'}): run every job with the same --fail-on`);
    }
    // Each run counts once: the same entry given twice, or a run that is already inside a merged
    // ledger given again, would count its chains and problems twice.
    const digests = new Set();
    const mergedIds = new Map();
    for (const entry of entries) {
        if (digests.has(entry.integrity.sha256)) {
            throw new MergeError(`ledger ${entry.ledger_id} is given more than once: give each run's ledger once`);
        }
        digests.add(entry.integrity.sha256);
    }
    for (const entry of entries) {
        const ids = entry.merged_from.length > 0 ? entry.merged_from.map((m) => m.ledger_id) : [];
        for (const id of ids) {
            const other = mergedIds.get(id);
            if (other !== undefined && other !== entry.integrity.sha256) {
                throw new MergeError(`ledger ${id} is inside more than one of the merged ledgers given: give each run's ledger once`);
            }
            mergedIds.set(id, entry.integrity.sha256);
        }
    }
    for (const entry of entries) {
        if (entry.merged_from.length === 0 && mergedIds.has(entry.ledger_id)) {
            throw new MergeError(`ledger ${entry.ledger_id} is given both on its own and inside a merged ledger: give each run's ledger once`);
        }
    }
    const decision = (0,judge/* mostSevere */.u)(entries.map((e) => e.fallback_decision));
    const headline = entries.find((e) => e.fallback_decision === decision) ?? first;
    const chains = entries.flatMap((e) => e.chains.map((c) => ({ ...c, source_ledger_id: c.source_ledger_id ?? e.ledger_id })));
    const families = unique(entries.map((e) => e.endpoint_family));
    const drivers = unique(entries.map((e) => e.environment.driver));
    const upstreams = unique(entries.map((e) => e.environment.upstream).filter((u) => u !== 'none'));
    const formats = unique(entries.map((e) => e.config.format));
    const recorded = entries.flatMap((e) => (e.recorded ? [e.recorded] : []));
    const draft = {
        schema_version: ledger_schema/* LEDGER_SCHEMA_VERSION */.F_,
        // Any recorded part means not everything in the merged entry was measured by the gate.
        ...(recorded.length > 0 ? { origin: 'recorded' } : {}),
        ledger_id: (options.makeId ?? defaultId)(options.now.getTime()),
        timestamp: options.now.toISOString(),
        endpoint_family: families.length === 1 ? families[0] : 'mixed',
        request_id: headline.request_id,
        prompt_class: headline.prompt_class,
        status_class: headline.status_class,
        status_reason: headline.status_reason,
        retry_attempts: Math.max(0, ...entries.map((e) => e.retry_attempts)),
        fallback_decision: decision,
        decision_paused: entries.some((e) => e.decision_paused),
        passed: entries.every((e) => e.passed),
        operator_initials: joined(entries.map((e) => e.operator_initials)),
        follow_up_owner: joined(entries.map((e) => e.follow_up_owner)),
        evidence_links: unique(entries.flatMap((e) => e.evidence_links)),
        run: first.run,
        config: {
            file: unique(entries.map((e) => e.config.file)).join(', '),
            format: formats.length === 1 ? formats[0] : 'mixed',
            digest: unique(entries.map((e) => e.config.digest)).join(', '),
        },
        change: entries.find((e) => e.change !== null)?.change ?? null,
        environment: {
            gate_version: unique(entries.map((e) => e.environment.gate_version)).join(', '),
            node_version: unique(entries.map((e) => e.environment.node_version)).join(', '),
            runner_os: unique(entries.map((e) => e.environment.runner_os)).join(', '),
            driver: drivers.length === 1 ? drivers[0] : 'mixed',
            upstream: upstreams.length === 0 ? 'none' : upstreams.length === 1 ? upstreams[0] : 'mixed',
            environment_mismatch: entries.some((e) => e.environment.environment_mismatch),
            mismatch_reasons: unique(entries.flatMap((e) => e.environment.mismatch_reasons)),
        },
        chains: chains.sort((a, b) => types/* DECISION_SEVERITY */.b4[b.fallback_decision] - types/* DECISION_SEVERITY */.b4[a.fallback_decision]),
        routes: entries.flatMap((e) => e.routes),
        storm: entries.flatMap((e) => e.storm),
        findings: uniqueBy(entries.flatMap((e) => e.findings)),
        verdicts: entries.flatMap((e) => e.verdicts),
        gate: {
            passed: entries.every((e) => e.gate.passed),
            fail_on: first.gate.fail_on,
            problems: entries.flatMap((e) => e.gate.problems),
        },
        failures: entries.flatMap((e) => e.failures),
        remaining_uncertainty: unique(entries.flatMap((e) => e.remaining_uncertainty)),
        does_not_assert: [...ledger_schema/* NOT_ASSERTED */.uw],
        ...(recorded.length > 0
            ? {
                recorded: {
                    recorded_by: 'operator',
                    statement: unique(recorded.map((r) => r.statement)).join(' '),
                    route: joined(recorded.map((r) => r.route)),
                    what_changed: joined(recorded.map((r) => r.what_changed)),
                    facts_missing: unique(recorded.flatMap((r) => r.facts_missing)),
                    facts_conflicting: unique(recorded.flatMap((r) => r.facts_conflicting)),
                    note: joined(recorded.map((r) => r.note)),
                    sources: recorded.flatMap((r) => r.sources),
                    requests: recorded.flatMap((r) => r.requests),
                    requests_omitted: recorded.reduce((n, r) => n + r.requests_omitted, 0),
                },
            }
            : {}),
        merged_from: entries.flatMap((e) => e.merged_from.length > 0
            ? e.merged_from
            : [
                {
                    ledger_id: e.ledger_id,
                    passed: e.passed,
                    fallback_decision: e.fallback_decision,
                    runner_os: e.environment.runner_os,
                },
            ]),
    };
    return (0,build_ledger/* sealLedger */.po)((0,redact/* createRedactor */.lY)([]).value(draft));
}
function unique(values) {
    return [...new Set(values)];
}
function uniqueBy(values) {
    const seen = new Map();
    for (const v of values)
        seen.set(JSON.stringify(v), v);
    return [...seen.values()];
}
function joined(values) {
    const present = unique(values.filter((v) => v !== null && v.length > 0));
    return present.length > 0 ? present.join(', ') : null;
}

// EXTERNAL MODULE: ./lib/record/render-console.js
var render_console = __webpack_require__(2485);
// EXTERNAL MODULE: ./lib/record/verify.js
var verify = __webpack_require__(8932);
;// CONCATENATED MODULE: ./lib/record/ledger-commands.js









/** Ledger files are small; anything larger is not one of ours. */
const MAX_LEDGER_BYTES = 32 * 1024 * 1024;
/** Reads a ledger-like file with the size cap fixed before the first byte is read. */
async function readLedgerText(file) {
    try {
        return { ok: true, text: (await (0,bounded_read/* readBoundedFile */.M)(file, MAX_LEDGER_BYTES)).toString('utf8') };
    }
    catch (error) {
        if (!(error instanceof bounded_read/* BoundedReadError */.u))
            throw error;
        const why = error.problem === 'directory'
            ? 'is a directory, expected a ledger.json file'
            : error.problem === 'too_large'
                ? `${error.message}: not a ledger file`
                : error.message;
        return fail(2, `${file}: ${why}`);
    }
}
async function load(file, env) {
    const read = await readLedgerText(file);
    return read.ok ? parseLoaded(file, read.text, env) : read;
}
/** Loads and verifies every file, stopping at the first that fails. */
async function loadAll(files, env) {
    const entries = [];
    for (const file of files) {
        const loaded = await load(file, env);
        if (!loaded.ok)
            return loaded;
        entries.push(loaded.entry);
    }
    return { ok: true, entries };
}
function parseLoaded(file, text, env) {
    const secrets = (0,redact/* secretsFromEnv */.zr)(env);
    const history = /\.(jsonl|ndjson)$/i.test(file);
    const result = history ? (0,verify/* verifyHistoryText */.TI)(text, secrets) : (0,verify/* verifyLedgerText */.cy)(text, secrets);
    if (!result.ok) {
        return fail(1, `${file}: not a valid ledger:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`);
    }
    // Every line verified above, so each parses to an entry.
    const all = history
        ? text
            .split('\n')
            .filter((l) => l.trim())
            .flatMap((line) => {
            const one = (0,verify/* verifyLedgerText */.cy)(line, secrets);
            return one.ok ? [one.entry] : [];
        })
        : [result.entry];
    return { ok: true, entry: result.entry, entries: all.length, all };
}
function fail(code, message) {
    return { ok: false, result: { code, stdout: '', stderr: `${message}\n` } };
}
async function verifyLedgerFile(file, env) {
    const read = await readLedgerText(file);
    if (!read.ok)
        return read.result;
    // A support packet (fallback-gate packet) is verified by its own schema.
    const { verifyPacketTextIfPacket } = await __webpack_require__.e(/* import() */ 636).then(__webpack_require__.bind(__webpack_require__, 8636));
    const packet = verifyPacketTextIfPacket(file, read.text, env);
    if (packet)
        return packet;
    const loaded = parseLoaded(file, read.text, env);
    if (!loaded.ok)
        return loaded.result;
    const what = loaded.entries > 1 ? `${loaded.entries} entries` : `ledger ${loaded.entry.ledger_id}`;
    return {
        code: 0,
        stdout: `${file}: ${what} valid (schema ${loaded.entry.schema_version}, integrity and redaction checked)\n`,
        stderr: '',
    };
}
async function showLedgerFile(file, env, style) {
    const loaded = await load(file, env);
    if (!loaded.ok)
        return loaded.result;
    if (loaded.all.length === 1) {
        return { code: 0, stdout: (0,render_console/* renderConsole */.q)(loaded.entry, style), stderr: '' };
    }
    // A history: every entry, oldest first, each under a line saying which it is.
    const parts = loaded.all.map((entry, i) => `== ${file}: entry ${i + 1} of ${loaded.all.length} (ledger ${entry.ledger_id}, ${entry.timestamp})\n${(0,render_console/* renderConsole */.q)(entry, style)}`);
    return { code: 0, stdout: parts.join('\n'), stderr: '' };
}
/** Runs one ledger command on each file; the exit code is the worst of them. */
async function forEachFile(files, run) {
    const results = [];
    for (const file of files)
        results.push(await run(file));
    return {
        code: Math.max(0, ...results.map((r) => r.code)),
        stdout: results
            .map((r) => r.stdout)
            .filter(Boolean)
            .join(files.length > 1 ? '\n' : ''),
        stderr: results.map((r) => r.stderr).join(''),
    };
}
async function mergeLedgerFiles(files, out, env, now) {
    const loaded = await loadAll(files, env);
    if (!loaded.ok)
        return loaded.result;
    const entries = loaded.entries;
    let merged;
    try {
        merged = mergeLedgers(entries, { now });
    }
    catch (error) {
        if (error instanceof MergeError)
            return fail(2, `ledger merge: ${error.message}`).result;
        throw error;
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(out), { recursive: true });
    await (0,publish_files/* writeAtomically */.v)(out, (0,canonical_json/* canonicalJson */.dj)(merged));
    return {
        code: 0,
        stdout: `merged ${entries.length} entries into ${out}: decision ${merged.fallback_decision}, ${merged.passed ? 'passed' : 'failed'} (ledger ${merged.ledger_id})\n`,
        stderr: '',
    };
}


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TI: () => (/* binding */ verifyHistoryText),
/* harmony export */   Vd: () => (/* binding */ leakReasons),
/* harmony export */   cy: () => (/* binding */ verifyLedgerText)
/* harmony export */ });
/* harmony import */ var _judge_decision_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9079);
/* harmony import */ var _judge_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7002);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9782);
/* harmony import */ var _ledger_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7642);
/* harmony import */ var _ledger_json_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7095);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9256);






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
    const parsed = _ledger_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerEntrySchema */ .pJ.safeParse(value);
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
    const redactor = (0,_ledger_json_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ledgerRedactor */ .c1)(knownSecrets);
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
                if (typeof v === 'string' && (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .isCredentialField */ .qc)(k) && v !== _redact_js__WEBPACK_IMPORTED_MODULE_5__/* .REDACTED */ .XF && v !== '') {
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
    if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .integrityDigest */ .QB)(entry) !== entry.integrity.sha256) {
        reasons.push('integrity.sha256 does not match the entry: it was edited after it was written');
    }
    if (entry.chains.length > 0) {
        const worst = entry.chains
            .map((c) => c.fallback_decision)
            .reduce((a, b) => (_judge_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DECISION_SEVERITY */ .b4[b] > _judge_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DECISION_SEVERITY */ .b4[a] ? b : a), 'keep_primary');
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
            .filter((v) => v.status === 'fail' && (0,_judge_decision_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .isBudgetVerdict */ .LD)(v.id))
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
    const missing = _ledger_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_ASSERTED */ .uw.filter((n) => !entry.does_not_assert.includes(n));
    if (missing.length > 0)
        reasons.push(`does_not_assert is missing ${missing.join(', ')}`);
    return reasons;
}


/***/ })

};
