export const id = 636;
export const ids = [636];
export const modules = {

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

/***/ 8636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyPacketTextIfPacket: () => (/* binding */ verifyPacketTextIfPacket)
/* harmony export */ });
/* unused harmony export verifyPacketText */
/* harmony import */ var _record_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9782);
/* harmony import */ var _record_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9256);
/* harmony import */ var _record_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8932);
/* harmony import */ var _packet_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7498);




/** Checks a packet's text: schema, integrity digest, and nothing secret-shaped in it. */
function verifyPacketText(text, secrets) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, reasons: [`not valid JSON: ${error.message}`] };
    }
    const reasons = (0,_record_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .leakReasons */ .Vd)(value, secrets);
    const parsed = _packet_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .packetSchema */ .As.safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 10)) {
            reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
        return { ok: false, reasons };
    }
    const { integrity, ...rest } = parsed.data;
    if ((0,_record_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .integrityDigest */ .QB)(rest) !== integrity.sha256) {
        reasons.push('integrity.sha256 does not match the packet: it was edited after it was written');
    }
    return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
/** When the file is a support packet, verifies it; null when it is something else (a ledger). */
function verifyPacketTextIfPacket(file, text, env) {
    if (!text.includes(_packet_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKET_SCHEMA_VERSION */ .aH))
        return null;
    let schema;
    try {
        schema = JSON.parse(text).schema_version;
    }
    catch {
        return null;
    }
    if (schema !== _packet_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKET_SCHEMA_VERSION */ .aH)
        return null;
    const result = verifyPacketText(text, (0,_record_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secretsFromEnv */ .zr)(env));
    return result.ok
        ? {
            code: 0,
            stdout: `${file}: support packet valid (schema ${_packet_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKET_SCHEMA_VERSION */ .aH}, integrity and redaction checked)\n`,
            stderr: '',
        }
        : {
            code: 1,
            stdout: '',
            stderr: `${file}: not a valid support packet:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}\n`,
        };
}


/***/ })

};
