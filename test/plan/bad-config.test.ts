import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/common/config-error.js';
import { loadPlan, type LoadOptions } from '../../src/plan/load.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// The bad-input corpus: every case must end in one ConfigError naming FILE:LINE:COL, saying
// what is wrong, never echoing a credential, and never anything else (no other exception).

const SECRET = 'sk-proj-Zq8vN3xK5mW2pL7rT9yB4cF6hJ1dS0aE';

const ROUTE = `routes:
  - name: primary
    endpoint_family: chat_completions
    base_url: https://api.example.test/v1
    model: m1
`;

interface BadCase {
  name: string;
  /** File name inside the temporary folder; its extension is only a hint to the reader. */
  file?: string;
  content: string | Buffer | ((dir: string) => string);
  options?: LoadOptions;
  message: RegExp;
  line: number;
  column: number;
  fix?: RegExp;
}

const cases: BadCase[] = [
  // reading the file
  { name: 'empty file', content: '', message: /^config file is empty$/, line: 1, column: 1 },
  { name: 'only whitespace', content: '  \n\n\t\n', message: /empty/, line: 1, column: 1 },
  {
    name: 'a directory instead of a file',
    content: (dir) => {
      const sub = join(dir, 'configs');
      mkdirSync(sub);
      return sub;
    },
    message: /this is a directory, not a config file/,
    line: 1,
    column: 1,
  },
  {
    name: 'a missing file',
    content: (dir) => join(dir, 'nope.yaml'),
    message: /config file not found/,
    line: 1,
    column: 1,
  },
  {
    name: 'a file over 1 MiB',
    content: `# ${'x'.repeat(1024 * 1024)}\n${ROUTE}`,
    message: /bytes; the limit is 1048576 \(1 MiB\)/,
    line: 1,
    column: 1,
  },
  {
    name: 'binary data',
    content: Buffer.concat([
      Buffer.from('routes:\n  - na'),
      Buffer.from([0, 1, 2]),
      Buffer.from('me'),
    ]),
    message: /binary data/,
    line: 2,
    column: 7,
  },
  {
    name: 'Latin-1 text (invalid UTF-8)',
    content: Buffer.concat([
      Buffer.from('routes:\n  - name: caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]),
    message: /not valid UTF-8/,
    line: 2,
    column: 14,
    fix: /save the file as UTF-8/,
  },
  {
    name: 'UTF-16 text',
    content: Buffer.from('\ufeffroutes: []\n', 'utf16le'),
    message: /binary data/,
    line: 1,
    column: 4,
  },
  // YAML and JSON syntax
  {
    name: 'an unclosed flow sequence',
    content: 'routes: [\n  {name: a}\n',
    message: /^invalid YAML/,
    line: 3,
    column: 1,
  },
  {
    name: 'tab indentation',
    content: 'routes:\n\t- name: a\n',
    message: /^invalid YAML/,
    line: 2,
    column: 1,
    fix: /spaces, not tabs/,
  },
  {
    name: 'a duplicate top-level key',
    content: `${ROUTE}budget: {}\nbudget: {}\n`,
    message: /^duplicate key/,
    line: 7,
    column: 1,
  },
  {
    name: 'a duplicate key inside a route',
    content: `${ROUTE}    model: m2\n`,
    message: /^duplicate key/,
    line: 6,
    column: 5,
  },
  {
    name: 'an alias bomb',
    content:
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
    message: /expands too far through aliases/,
    line: 1,
    column: 1,
  },
  {
    name: 'a list at the top level',
    content: '- name: a\n',
    message: /must be a mapping at the top level/,
    line: 1,
    column: 1,
  },
  {
    name: 'a plain string at the top level',
    content: 'hello\n',
    message: /must be a mapping at the top level/,
    line: 1,
    column: 1,
  },
  {
    name: 'an unterminated quoted string',
    content: 'routes:\n  - name: "primary\n',
    message: /^invalid YAML: Missing closing "quote/,
    line: 3,
    column: 1,
  },
  {
    name: 'JSON with a missing comma',
    file: 'config.json',
    content: '{\n  "strategy": { "mode": "fallback" }\n  "targets": []\n}\n',
    message: /^invalid YAML/,
    line: 3,
    column: 3,
  },
  {
    name: 'a mapping value where none is allowed',
    content: 'routes: a: b\n',
    message: /^invalid YAML/,
    line: 1,
    column: 9,
  },
  {
    name: 'nesting deep enough to exhaust the parser',
    content: `routes: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    message: /nests more than 100 levels deep/,
    line: 1,
    column: 109,
  },
  {
    name: 'a password inside a URL',
    content: `${ROUTE}    base_url_note: postgres://gate:hunter2@db.example.test/ledger\n`,
    message: /literal credential .*field "base_url_note"/,
    line: 6,
    column: 20,
  },
  // native format
  {
    name: 'no routes',
    content: 'budget: {}\n',
    message: /^missing required field "routes"$/,
    line: 1,
    column: 1,
  },
  {
    name: 'an empty route list',
    content: 'routes: []\n',
    message: /at least one route is required/,
    line: 1,
    column: 9,
  },
  {
    name: 'routes given as a mapping',
    content: 'routes:\n  primary: {}\n',
    message: /^routes: .*expected array/,
    line: 2,
    column: 3,
  },
  {
    name: 'a timeout written as words',
    content: `${ROUTE}    timeout_ms: soon\n`,
    message: /^routes\[0\]\.timeout_ms: .*expected number/,
    line: 6,
    column: 17,
  },
  {
    name: 'a negative timeout',
    content: `${ROUTE}    timeout_ms: -5\n`,
    message: /^routes\[0\]\.timeout_ms: .*\(found number -5\)/,
    line: 6,
    column: 17,
    fix: /at least 1/,
  },
  {
    name: 'an unknown endpoint family',
    content: ROUTE.replace('chat_completions', 'completions'),
    message: /^routes\[0\]\.endpoint_family: /,
    line: 3,
    column: 22,
    fix: /"chat_completions", "responses"/,
  },
  {
    name: 'a base URL that is not a URL',
    content: ROUTE.replace('https://api.example.test/v1', 'api.example.test'),
    message: /expected an http\(s\) URL/,
    line: 4,
    column: 15,
  },
  {
    name: 'a base URL with another scheme',
    content: ROUTE.replace('https://api.example.test/v1', 'ftp://api.example.test/v1'),
    message: /expected an http\(s\) URL/,
    line: 4,
    column: 15,
  },
  {
    name: 'a misspelt top-level key',
    content: `${ROUTE}retyr: {}\n`,
    message: /^unknown key "retyr"$/,
    line: 6,
    column: 1,
    fix: /did you mean "retry"\?/,
  },
  {
    name: 'a misspelt retry key',
    content: `${ROUTE}retry:\n  max_attempt: 3\n`,
    message: /^unknown key "max_attempt" in retry$/,
    line: 7,
    column: 3,
    fix: /did you mean "max_attempts"\?/,
  },
  {
    name: 'a misspelt budget key',
    content: `${ROUTE}budget:\n  max_attempts: 3\n`,
    message: /^unknown key "max_attempts" in budget$/,
    line: 7,
    column: 3,
    fix: /did you mean "max_attempts_per_request"\?|allowed keys here/,
  },
  {
    name: 'an unknown jitter kind',
    content: `${ROUTE}retry:\n  jitter: random\n`,
    message: /^retry\.jitter: /,
    line: 7,
    column: 11,
    fix: /"none", "full", "equal"/,
  },
  {
    name: 'zero attempts',
    content: `${ROUTE}retry:\n  max_attempts: 0\n`,
    message: /^retry\.max_attempts: /,
    line: 7,
    column: 17,
    fix: /at least 1/,
  },
  {
    name: 'a status code out of range',
    content: `${ROUTE}retry:\n  retry_on: [429, 99]\n`,
    message: /^retry\.retry_on\[1\]: /,
    line: 7,
    column: 19,
  },
  {
    name: 'a key where the variable name belongs',
    content: `${ROUTE}    api_key_env: ${SECRET}\n`,
    message:
      /^a literal credential is written in the config \(field "api_key_env"\); the value is not shown$/,
    line: 6,
    column: 18,
    fix: /api_key_env: NAME/,
  },
  {
    name: 'a literal api_key on a route',
    content: `${ROUTE}    api_key: hunter2-not-a-reference\n`,
    message: /literal credential .*field "api_key"/,
    line: 6,
    column: 14,
  },
  {
    name: 'a route name used twice',
    content: `${ROUTE}${ROUTE.replace('routes:\n', '')}`,
    message: /route name "primary" is used twice/,
    line: 6,
    column: 11,
  },
  {
    name: 'a chain naming an undefined route',
    content: `${ROUTE}chains:\n  - name: c\n    primary: primary\n    fallbacks: [ghost]\n`,
    message: /chain "c" names route "ghost", which is not defined/,
    line: 9,
    column: 17,
  },
  {
    name: 'a chain name used twice',
    content: `${ROUTE}chains:\n  - name: c\n    primary: primary\n  - name: c\n    primary: primary\n`,
    message: /chain name "c" is used twice/,
    line: 9,
    column: 11,
  },
  {
    name: 'a scenario faulting an undefined route',
    content: `${ROUTE}scenarios:\n  - name: s\n    faults:\n      backup: "503"\n`,
    message: /injects faults into route "backup", which is not defined/,
    line: 9,
    column: 7,
  },
  {
    name: 'a scenario on an undefined chain',
    content: `${ROUTE}scenarios:\n  - name: s\n    chain: nightly\n    faults: {}\n`,
    message: /names chain "nightly", which is not defined/,
    line: 8,
    column: 12,
  },
  {
    name: 'a config version from the future',
    content: `version: 2\n${ROUTE}`,
    message: /^version: /,
    line: 1,
    column: 10,
  },
  {
    name: 'operator initials that are a sentence',
    content: `${ROUTE}owners:\n  operator_initials: the platform team on call\n`,
    message: /^owners\.operator_initials: /,
    line: 7,
    column: 22,
  },
  // LiteLLM
  {
    name: 'LiteLLM: an empty model_list',
    content: 'model_list: []\n',
    message: /model_list needs at least one deployment/,
    line: 1,
    column: 13,
  },
  {
    name: 'LiteLLM: litellm_params without model',
    content:
      'model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      api_base: https://x.test/v1\n',
    message: /^missing required field "model" in model_list\[0\]\.litellm_params$/,
    line: 4,
    column: 7,
  },
  {
    name: 'LiteLLM: a literal api_key',
    content: `model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: ${SECRET}\n`,
    message: /literal credential .*field "api_key"/,
    line: 5,
    column: 16,
    fix: /os\.environ\/NAME/,
  },
  {
    name: 'LiteLLM: a fallback to an undefined model group',
    content:
      'model_list:\n  - model_name: gpt-4o\n    litellm_params: { model: openai/gpt-4o }\n  - model_name: claude\n    litellm_params: { model: anthropic/claude-sonnet-4-5 }\nrouter_settings:\n  fallbacks: [{ gpt-4o: [claud] }]\n',
    message: /model group "claud" is not defined in model_list/,
    line: 7,
    column: 26,
    fix: /did you mean "claude"\?/,
  },
  {
    name: 'LiteLLM: negative num_retries',
    content:
      'model_list:\n  - model_name: m\n    litellm_params: { model: openai/m }\nrouter_settings:\n  num_retries: -1\n',
    message: /^router_settings\.num_retries: /,
    line: 5,
    column: 16,
  },
  {
    name: 'LiteLLM: a misspelt retry_policy kind',
    content:
      'model_list:\n  - model_name: m\n    litellm_params: { model: openai/m }\nrouter_settings:\n  retry_policy:\n    RateLimitErrorRetry: 3\n',
    message: /^unknown key "RateLimitErrorRetry" in router_settings\.retry_policy$/,
    line: 6,
    column: 5,
    fix: /did you mean "RateLimitErrorRetries"\?/,
  },
  {
    name: 'LiteLLM: api_base from an unset environment variable',
    content:
      'model_list:\n  - model_name: m\n    litellm_params:\n      model: azure/m\n      api_base: os.environ/AZURE_API_BASE\n',
    options: { env: {} },
    message: /comes from environment variable AZURE_API_BASE, which is not set/,
    line: 5,
    column: 17,
  },
  {
    name: 'LiteLLM: a provider with no known host',
    content:
      'model_list:\n  - model_name: m\n    litellm_params:\n      model: bedrock/anthropic.claude-v2\n',
    message: /cannot tell which host provider "bedrock"/,
    line: 4,
    column: 14,
    fix: /api_base/,
  },
  {
    name: 'LiteLLM: timeout as words',
    content:
      'model_list:\n  - model_name: m\n    litellm_params: { model: openai/m, timeout: long }\n',
    message: /^model_list\[0\]\.litellm_params\.timeout: /,
    line: 3,
    column: 49,
  },
  // Portkey
  {
    name: 'Portkey: attempts as a string',
    file: 'portkey.json',
    content:
      '{\n  "provider": "openai",\n  "override_params": { "model": "m" },\n  "retry": { "attempts": "3" }\n}\n',
    message: /^retry\.attempts: .*expected number/,
    line: 4,
    column: 26,
  },
  {
    name: 'Portkey: an unknown strategy mode',
    file: 'portkey.json',
    content:
      '{\n  "strategy": { "mode": "round-robin" },\n  "targets": [{ "provider": "openai" }]\n}\n',
    message: /^strategy\.mode: /,
    line: 2,
    column: 25,
    fix: /"fallback"/,
  },
  {
    name: 'Portkey: targets without a strategy',
    file: 'portkey.json',
    content: '{\n  "targets": [{ "provider": "openai", "override_params": { "model": "m" } }]\n}\n',
    message: /targets without a strategy/,
    line: 2,
    column: 3,
  },
  {
    name: 'Portkey: a strategy without targets',
    file: 'portkey.json',
    content: '{\n  "strategy": { "mode": "fallback" }\n}\n',
    message: /strategy mode "fallback" has no targets/,
    line: 2,
    column: 15,
  },
  {
    name: 'Portkey: a target without a provider',
    file: 'portkey.json',
    content:
      '{\n  "strategy": { "mode": "fallback" },\n  "targets": [\n    { "override_params": { "model": "m" } }\n  ]\n}\n',
    message: /a target needs a provider/,
    line: 4,
    column: 5,
  },
  {
    name: 'Portkey: a target that names no model',
    file: 'portkey.json',
    content:
      '{\n  "strategy": { "mode": "fallback" },\n  "targets": [\n    { "provider": "openai" }\n  ]\n}\n',
    message: /does not say which model it serves/,
    line: 4,
    column: 5,
    fix: /override_params/,
  },
  {
    name: 'Portkey: a literal api_key',
    file: 'portkey.json',
    content: `{\n  "provider": "openai",\n  "api_key": "${SECRET}",\n  "override_params": { "model": "m" }\n}\n`,
    message: /literal credential .*field "api_key"/,
    line: 3,
    column: 14,
    fix: /\$\{NAME\}/,
  },
  {
    name: 'Portkey: a custom_host that is not a URL',
    file: 'portkey.json',
    content:
      '{\n  "provider": "openai",\n  "custom_host": "llm.internal",\n  "override_params": { "model": "m" }\n}\n',
    message: /custom_host is not a URL/,
    line: 3,
    column: 18,
  },
  {
    name: 'Portkey: a misspelt retry key',
    file: 'portkey.json',
    content:
      '{\n  "provider": "openai",\n  "override_params": { "model": "m" },\n  "retry": { "attempts": 2, "on_status_code": [429] }\n}\n',
    message: /^unknown key "on_status_code" in retry$/,
    line: 4,
    column: 29,
    fix: /did you mean "on_status_codes"\?/,
  },
  {
    name: 'Portkey: a provider with no known host',
    file: 'portkey.json',
    content: '{\n  "provider": "bedrock",\n  "override_params": { "model": "m" }\n}\n',
    message: /cannot tell which host provider "bedrock"/,
    line: 2,
    column: 15,
    fix: /custom_host/,
  },
  {
    name: 'Portkey forced onto a native file',
    content: ROUTE,
    options: { format: 'portkey' },
    message: /a target needs a provider/,
    line: 1,
    column: 1,
  },
];

describe('bad config corpus', () => {
  const tmp = useTmpDir();

  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name', async (c) => {
    const dir = tmp();
    const path =
      typeof c.content === 'function'
        ? c.content(dir)
        : writeFile(dir, c.file ?? 'config.yaml', c.content);
    let caught: unknown;
    try {
      await loadPlan(path, c.options ?? {});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.message).toMatch(c.message);
    expect({ line: error.at.line, column: error.at.column }).toEqual({
      line: c.line,
      column: c.column,
    });
    expect(error.at.file).toBe(path);
    if (c.fix) expect(error.fix).toMatch(c.fix);
    expect(error.format()).toMatch(/^.+:\d+:\d+: .+\n {2}fix: .+/);
    expect(error.format()).not.toContain(SECRET);
    expect(error.format()).not.toContain('hunter2');
  });
});
