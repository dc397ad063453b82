export const id = 390;
export const ids = [390];
export const modules = {

/***/ 6390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPacketCommand: () => (/* binding */ runPacketCommand)
});

// UNUSED EXPORTS: runPacket

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/common/write-atomically.js
var write_atomically = __webpack_require__(5832);
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

// EXTERNAL MODULE: ./lib/record/ledger-json-schema.js
var ledger_json_schema = __webpack_require__(7095);
// EXTERNAL MODULE: ./lib/record/redact.js
var redact = __webpack_require__(9256);
// EXTERNAL MODULE: ./lib/cli/commands/emit.js
var emit = __webpack_require__(5738);
// EXTERNAL MODULE: ./lib/cli/commands/ledger-files.js + 2 modules
var ledger_files = __webpack_require__(4327);
;// CONCATENATED MODULE: ./lib/cli/commands/packet.js







// `fallback-gate packet`: an escalation support packet from verified ledger files.
async function runPacket(files, out, env, now) {
    const loaded = await (0,ledger_files/* loadAll */.gh)(files, env);
    if (!loaded.ok)
        return loaded.result;
    const entries = loaded.entries;
    const redactor = (0,ledger_json_schema/* ledgerRedactor */.c1)((0,redact/* secretsFromEnv */.zr)(env));
    const packet = buildPacket(entries, { now, redactor });
    await (0,promises_.mkdir)(out, { recursive: true });
    const jsonPath = (0,external_node_path_.join)(out, 'packet.json');
    const markdownPath = (0,external_node_path_.join)(out, 'packet.md');
    await (0,write_atomically/* writeAtomically */.v)(jsonPath, redactor.text(renderPacketJson(packet)));
    await (0,write_atomically/* writeAtomically */.v)(markdownPath, redactor.text(renderPacketMarkdown(packet)));
    return {
        code: 0,
        stdout: `support packet ${packet.packet_id} from ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}: ${jsonPath}, ${markdownPath}\n`,
        stderr: '',
    };
}
async function runPacketCommand(flags, io) {
    return (0,emit/* emit */.I)(io, await runPacket(flags.ledger, flags.out, io.env, new Date()));
}


/***/ })

};
