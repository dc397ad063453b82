export const id = 166;
export const ids = [166];
export const modules = {

/***/ 6166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareGateway: () => (/* binding */ prepareGateway)
/* harmony export */ });
/* unused harmony exports DEFAULT_START_TIMEOUT_MS, GATEWAY_CONCURRENCY, gatewayEnvironment, Semaphore */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7598);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1896);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4610);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6491);







// Before any scenario runs: the gateway fits the config and is installed, its version is read
// once, the config is read back (and must not have changed since it was planned), and the
// gateway's environment is made safe. A mismatch is the user's to fix: a ConfigError (exit 2).
/** How long a gateway may take to answer its first request, by kind. */
const DEFAULT_START_TIMEOUT_MS = {
    portkey: 20_000,
    // A Python proxy imports a lot before it listens; on a busy two-core runner that takes a while.
    litellm: 90_000,
    command: 60_000,
};
/**
 * Gateways alive at the same time, by kind, so a two-core runner is not swamped by start-ups: a
 * Portkey process is a light Node server (one per standard scenario at once), a Python proxy is
 * not. A scenario waiting for a slot counts that wait in its wall time, never in a caller's.
 */
const GATEWAY_CONCURRENCY = {
    portkey: 8,
    litellm: 2,
    command: 3,
};
const VERSION_TIMEOUT_MS = 30_000;
/**
 * Checks once per run that the gateway fits the config and is installed, and reads its version.
 * A mismatch is the user's to fix: a ConfigError (exit 2) with what to do.
 */
async function prepareGateway(plan, spec, options) {
    const at = (0,_common_index_js__WEBPACK_IMPORTED_MODULE_5__/* .positionAt */ .t)(plan.file);
    if (spec.kind === 'portkey' && plan.format !== 'portkey') {
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(at, `--gateway portkey runs Portkey gateway configs; this file is read as ${plan.format}`, plan.format === 'litellm' ? 'use --gateway litellm' : 'use --driver reference or command');
    }
    if (spec.kind === 'litellm' && plan.format !== 'litellm') {
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(at, `--gateway litellm runs LiteLLM proxy configs; this file is read as ${plan.format}`, plan.format === 'portkey' ? 'use --gateway portkey' : 'use --driver reference or command');
    }
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(plan.file);
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)('sha256').update(bytes).digest('hex')}`;
    if (digest !== plan.digest) {
        throw new _common_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(at, 'the config changed while the gate ran', 'run the gate again');
    }
    const config = (0,_common_index_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYamlSource */ .W)(plan.file, bytes.toString('utf8')).value;
    const env = gatewayEnvironment(options.env);
    const prepared = {
        spec,
        format: plan.format,
        config,
        version: null,
        cwd: options.cwd,
        env,
        startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS[spec.kind],
        slots: new Semaphore(GATEWAY_CONCURRENCY[spec.kind]),
    };
    if (spec.kind === 'portkey') {
        const found = resolvePortkey(options.cwd);
        if (!found) {
            throw new _common_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(at, 'the Portkey gateway (@portkey-ai/gateway) is not installed where the gate runs', 'install the version you deploy next to the config, e.g. `npm install --no-save @portkey-ai/gateway@1.15.2`, then run the gate from that directory');
        }
        prepared.portkeyScript = found.script;
        prepared.version = found.version;
    }
    else if (spec.kind === 'litellm') {
        prepared.version = await litellmVersion(env, options.cwd);
        if (prepared.version === null) {
            throw new _common_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(at, 'the litellm command was not found on PATH (or did not report a version)', "add a workflow step `pip install 'litellm[proxy]'` (pin the version you deploy) before the gate");
        }
    }
    return prepared;
}
/**
 * The gateway's environment: credentials as placeholders (as for the command driver), and no
 * outbound proxy, so its calls to the loopback fault proxies cannot be sent anywhere else.
 */
function gatewayEnvironment(baseEnv) {
    const env = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .withoutCredentials */ .ri)(baseEnv);
    for (const name of Object.keys(env)) {
        if (/^(https?|all)_proxy$/i.test(name))
            delete env[name];
    }
    env.NO_PROXY = env.no_proxy = '127.0.0.1,localhost';
    return env;
}
function resolvePortkey(cwd) {
    try {
        const require = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, 'package.json'));
        const manifestPath = require.resolve('@portkey-ai/gateway/package.json');
        const manifest = require(manifestPath);
        const bin = typeof manifest.bin === 'string'
            ? manifest.bin
            : typeof manifest.bin?.gateway === 'string'
                ? manifest.bin.gateway
                : 'build/start-server.js';
        return {
            script: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(manifestPath), bin),
            version: typeof manifest.version === 'string' ? manifest.version : null,
        };
    }
    catch {
        return null;
    }
}
function litellmVersion(env, cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('litellm', ['--version'], { env, cwd, timeout: VERSION_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 }, (error, stdout, stderr) => {
            const text = `${stdout}\n${stderr}`;
            const version = /(\d+\.\d+\.\d+[\w.-]*)/.exec(text)?.[1] ?? null;
            resolve(error && version === null ? null : version);
        });
    });
}
/** A counting semaphore: at most `size` holders at once. */
class Semaphore {
    free;
    waiting = [];
    constructor(size) {
        this.free = size;
    }
    async acquire() {
        if (this.free > 0)
            this.free -= 1;
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.free += 1;
        };
    }
}


/***/ })

};
