import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-in-process.js';
import { useTmpDir, writeFile } from '../helpers/tmp.js';

// The command line, called in-process, on the shipped sample logs: logs to a
// verified recorded entry and a support packet in two commands, each format detected, the
// timeline judged, and bad input reported with file:line and exit 2.

const tmp = useTmpDir();

interface Entry {
  origin: string;
  endpoint_family: string;
  request_id: string;
  status_class: string | null;
  retry_attempts: number;
  fallback_decision: string;
  decision_paused: boolean;
  verdicts: { id: string; status: string; figures: Record<string, unknown> }[];
  recorded: {
    sources: { format: string }[];
    requests: { attempts: number; reported_retries: number | null }[];
    facts_missing: string[];
  };
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Entry;

async function recordThenPacket(log: string, facts: string[]) {
  const dir = tmp();
  const rec = await runCli([
    'record',
    '--from-log',
    log,
    ...facts,
    '--operator',
    'AB',
    '--owner',
    'team-llm',
    '--out',
    dir,
  ]);
  const pkt = await runCli([
    'packet',
    '--ledger',
    join(dir, 'ledger.json'),
    '--out',
    join(dir, 'packet'),
  ]);
  const verifyLedger = await runCli(['ledger', 'verify', join(dir, 'ledger.json')]);
  const verifyPacket = await runCli(['ledger', 'verify', join(dir, 'packet', 'packet.json')]);
  return { dir, rec, pkt, verifyLedger, verifyPacket, entry: read(join(dir, 'ledger.json')) };
}

describe('fallback-gate record and packet on the shipped sample logs', () => {
  it('HAR: three attempts, retries after a 2 s retry-after (unknown without a config), verified entry and packet', async () => {
    const r = await recordThenPacket('examples/logs/incident.har', [
      '--decision',
      'retry_primary',
      '--status-class',
      '2xx_usable',
    ]);
    expect(r.rec.code, r.rec.stderr).toBe(0);
    expect(r.pkt.code, r.pkt.stderr).toBe(0);
    expect(r.verifyLedger.code, r.verifyLedger.stderr).toBe(0);
    expect(r.verifyPacket.stdout).toMatch(/support packet valid/);
    expect(r.entry.origin).toBe('recorded');
    expect(r.entry.recorded.sources[0]!.format).toBe('har');
    expect(r.entry.retry_attempts).toBe(2);
    expect(r.entry.request_id).toBe('req_9f2c41aa03');
    expect(r.entry.endpoint_family).toBe('chat_completions');
    const retryAfter = r.entry.verdicts.find((v) => v.id === 'retry_after_honoured')!;
    expect(retryAfter.status).toBe('unknown');
    expect(retryAfter.figures.shortest_gap_ms).toBe(2049);
    const md = readFileSync(join(r.dir, 'packet', 'packet.md'), 'utf8');
    expect(md).toMatch(/req_9f2c41aa01/);
    expect(md).toMatch(
      /\| 1 \| 0 \| 41 \| api\.openai\.com \| POST \/v1\/chat\/completions \| 429 \| retryable \| 2000 \|/,
    );
    expect(md).not.toMatch(/prompt removed|output removed|Bearer/);
  });

  it('LiteLLM spend logs: the session groups a fallback to a second host', async () => {
    const r = await recordThenPacket('examples/logs/litellm-spend-logs.json', [
      '--decision',
      'use_fallback',
      '--status-class',
      '2xx_usable',
    ]);
    expect(r.rec.code, r.rec.stderr).toBe(0);
    expect(r.verifyPacket.code).toBe(0);
    expect(r.entry.recorded.sources[0]!.format).toBe('litellm');
    expect(r.entry.recorded.requests).toHaveLength(1);
    expect(r.entry.recorded.requests[0]!.attempts).toBe(3);
    expect(r.rec.stdout).toMatch(/api\.openai\.com -> api\.anthropic\.com/);
  });

  it('Portkey export: the retries the gateway reported count, the 429 request is the one in question', async () => {
    const r = await recordThenPacket('examples/logs/portkey-export.jsonl', [
      '--decision',
      'escalate',
      '--status-class',
      'retryable',
    ]);
    expect(r.rec.code, r.rec.stdout).toBe(0);
    expect(r.entry.recorded.sources[0]!.format).toBe('portkey');
    expect(r.entry.retry_attempts).toBe(3);
    expect(r.entry.recorded.requests[0]!.reported_retries).toBe(3);
    expect(r.verifyPacket.code).toBe(0);
  });

  it('OpenAI SDK debug log: retryOf groups three attempts; untimed, so waits are unknown, not passed', async () => {
    const r = await recordThenPacket('examples/logs/openai-debug.log', [
      '--decision',
      'retry_primary',
      '--status-class',
      '2xx_usable',
    ]);
    expect(r.rec.code, r.rec.stderr).toBe(0);
    expect(r.entry.recorded.sources[0]!.format).toBe('openai_debug');
    expect(r.entry.retry_attempts).toBe(2);
    expect(r.entry.recorded.requests[0]!.reported_retries).toBe(2);
    expect(r.entry.verdicts.find((v) => v.id === 'retry_after_honoured')!.status).toBe('unknown');
    expect(r.entry.verdicts.find((v) => v.id === 'attempts_within_budget')!.status).toBe('pass');
    expect(r.verifyPacket.code).toBe(0);
    // No time of day in the log: the packet says untimed rather than inventing offsets.
    const packet = JSON.parse(readFileSync(join(r.dir, 'packet', 'packet.json'), 'utf8')) as {
      entries: {
        requests: { attempts: { at_ms: number | null; duration_ms: number | null }[] }[];
      }[];
    };
    const attempts = packet.entries[0]!.requests[0]!.attempts;
    expect(attempts.map((a) => a.at_ms)).toEqual([null, null, null]);
    expect(attempts.every((a) => a.duration_ms !== null)).toBe(true);
  });

  it('a missing decision pauses the entry, names the fact, and exits 1 with the entry written', async () => {
    const dir = tmp();
    const rec = await runCli(['record', '--from-log', 'examples/logs/incident.har', '--out', dir]);
    expect(rec.code).toBe(1);
    const entry = read(join(dir, 'ledger.json'));
    expect(entry.decision_paused).toBe(true);
    // The log ends in HTTP 200, which says nothing about the body: the status class stays missing.
    expect(entry.recorded.facts_missing).toEqual([
      'status class',
      'decision',
      'operator initials',
      'follow-up owner',
    ]);
    expect(rec.stdout).toMatch(
      /paused: record status class, decision, operator initials, follow-up owner/,
    );
  });

  it('a broken JSON Lines log is reported with file:line and exit 2, no stack trace', async () => {
    const dir = tmp();
    const log = writeFile(
      dir,
      'bad.jsonl',
      '{"created_at":"2026-11-30T14:02:07Z","response_status_code":429}\n{"created_at": oops\n',
    );
    const rec = await runCli(['record', '--from-log', log, '--out', dir]);
    expect(rec.code).toBe(2);
    expect(rec.stderr).toMatch(/bad\.jsonl:2:\d+: this line is not valid JSON/);
    expect(rec.stderr).not.toMatch(/ at .*\.js:\d+/);
  });

  it('a note with an unknown key is reported at its line and column', async () => {
    const dir = tmp();
    const note = writeFile(dir, 'note.yaml', 'operator_initials: AB\nfollow_up_ownr: team\n');
    const rec = await runCli(['record', '--note', note, '--out', dir]);
    expect(rec.code).toBe(2);
    expect(rec.stderr).toMatch(/note\.yaml:2:1: unknown key "follow_up_ownr"/);
    expect(rec.stderr).toMatch(/follow_up_owner/);
  });

  it('ledger trend shows decisions and attempts over a history and writes a Mermaid chart', async () => {
    const dir = tmp();
    const history = join(dir, 'history.jsonl');
    for (const [log, decision] of [
      ['examples/logs/incident.har', 'retry_primary'],
      ['examples/logs/litellm-spend-logs.json', 'use_fallback'],
    ] as const) {
      const rec = await runCli([
        'record',
        '--from-log',
        log,
        '--decision',
        decision,
        '--status-class',
        '2xx_usable',
        '--operator',
        'AB',
        '--owner',
        'team',
        '--out',
        join(dir, decision),
        '--history',
        history,
      ]);
      expect(rec.code, rec.stdout).toBe(0);
    }
    const summary = join(dir, 'summary.md');
    const trend = await runCli(['ledger', 'trend', history, '--mermaid', summary]);
    expect(trend.code, trend.stderr).toBe(0);
    expect(trend.stdout).toMatch(/retry_primary .* 3 /);
    expect(trend.stdout).toMatch(/2 entries: retry_primary 1, use_fallback 1/);
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/xychart-beta/);
    expect(md).toMatch(/bar \[3, 3\]/);
  });

  it("with --config, names attempts by the config's routes and compares them with the declared policy", async () => {
    const dir = tmp();
    const rec = await runCli([
      'record',
      '--from-log',
      'examples/logs/incident.har',
      '--config',
      'examples/basic.yaml',
      '--decision',
      'retry_primary',
      '--status-class',
      '2xx_usable',
      '--operator',
      'AB',
      '--owner',
      'team',
      '--out',
      dir,
    ]);
    expect(rec.code, rec.stderr).toBe(0);
    const entry = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as {
      config: { format: string };
      chains: {
        route_order: string[];
        worst_case_attempts: number | null;
        scenarios: { timeline: { route: string }[] }[];
      }[];
      verdicts: { id: string; status: string }[];
    };
    expect(entry.config.format).toBe('native');
    expect(entry.chains[0]!.route_order).toEqual(['primary', 'backup']);
    expect(entry.chains[0]!.worst_case_attempts).toBe(4);
    expect(entry.chains[0]!.scenarios[0]!.timeline.map((a) => a.route)).toEqual([
      'primary',
      'primary',
      'primary',
    ]);
    expect(entry.verdicts.find((v) => v.id === 'attempts_within_declared_policy')!.status).toBe(
      'pass',
    );
  });

  it('merges a recorded entry with a gate run, and packs both into one verified packet', async () => {
    const dir = tmp();
    const gate = await runCli(
      [
        'check',
        '--config',
        'examples/basic.yaml',
        '--upstream',
        'mock',
        '--no-storm',
        '--scenario',
        'throttle-then-recover',
        '--samples',
        '1',
        '--operator',
        'CI',
        '--owner',
        'team',
        '--out',
        join(dir, 'gate'),
      ],
      { timeoutMs: 60_000 },
    );
    expect([0, 1]).toContain(gate.code);
    const rec = await runCli([
      'record',
      '--from-log',
      'examples/logs/incident.har',
      '--decision',
      'use_fallback',
      '--status-class',
      '2xx_usable',
      '--operator',
      'AB',
      '--owner',
      'team',
      '--out',
      join(dir, 'rec'),
    ]);
    expect(rec.code, rec.stdout).toBe(0);
    const ledgers = [join(dir, 'gate', 'ledger.json'), join(dir, 'rec', 'ledger.json')];
    const merged = await runCli(['ledger', 'merge', ...ledgers, '--out', join(dir, 'merged.json')]);
    expect(merged.code, merged.stderr).toBe(0);
    const verified = await runCli(['ledger', 'verify', join(dir, 'merged.json')]);
    expect(verified.code, verified.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')) as {
      origin?: string;
      recorded?: { requests: unknown[] };
      chains: unknown[];
    };
    expect(m.origin).toBe('recorded');
    expect(m.recorded!.requests).toHaveLength(1);
    const pkt = await runCli(['packet', '--ledger', ...ledgers, '--out', join(dir, 'packet')]);
    expect(pkt.code, pkt.stderr).toBe(0);
    const packet = JSON.parse(readFileSync(join(dir, 'packet', 'packet.json'), 'utf8')) as {
      entries: { origin: string }[];
    };
    expect(packet.entries.map((e) => e.origin)).toEqual(['gate', 'recorded']);
    expect((await runCli(['ledger', 'verify', join(dir, 'packet', 'packet.json')])).code).toBe(0);
  }, 90_000);

  it('ledger verify rejects a packet edited after it was written', async () => {
    const r = await recordThenPacket('examples/logs/incident.har', [
      '--decision',
      'retry_primary',
      '--status-class',
      '2xx_usable',
    ]);
    const path = join(r.dir, 'packet', 'packet.json');
    writeFile(
      r.dir,
      'packet/packet.json',
      readFileSync(path, 'utf8').replace('"retry_primary"', '"keep_primary"'),
    );
    const verified = await runCli(['ledger', 'verify', path]);
    expect(verified.code).toBe(1);
    expect(verified.stderr).toMatch(/integrity\.sha256 does not match the packet/);
  });

  it('records from flags alone, with no log: complete, and says the timeline is not evidenced', async () => {
    const dir = tmp();
    const rec = await runCli([
      'record',
      '--endpoint-family',
      'responses',
      '--request-id',
      'req_abc123',
      '--status-class',
      'terminal',
      '--retry-attempts',
      '0',
      '--decision',
      'escalate',
      '--operator',
      'AB',
      '--owner',
      'team',
      '--out',
      dir,
    ]);
    expect(rec.code, rec.stdout).toBe(0);
    const entry = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as Entry & {
      remaining_uncertainty: string[];
      chains: { retry_attempts_source: string }[];
    };
    expect(entry.decision_paused).toBe(false);
    expect(entry.request_id).toBe('req_abc123');
    expect(entry.chains[0]!.retry_attempts_source).toBe('stated');
    expect(entry.remaining_uncertainty).toContain(
      'no log was given (--from-log): the attempt timeline is not evidenced',
    );
  });

  it('takes the facts from a YAML note, flags winning over it', async () => {
    const dir = tmp();
    const note = writeFile(
      dir,
      'note.yaml',
      [
        'endpoint_family: chat_completions',
        'request_id: req_note_1',
        'status_class: retryable',
        'retry_attempts: 3',
        'fallback_decision: retry_primary',
        'operator_initials: CD',
        'follow_up_owner: team-note',
        'what_changed: lowered client retries to 1',
        'remaining_uncertainty:',
        '  - whether the provider throttled other tenants',
        '',
      ].join('\n'),
    );
    const rec = await runCli([
      'record',
      '--note',
      note,
      '--decision',
      'use_fallback',
      '--out',
      dir,
    ]);
    expect(rec.code, rec.stdout).toBe(0);
    const entry = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as Entry & {
      operator_initials: string;
      remaining_uncertainty: string[];
      recorded: { what_changed: string; note: string };
    };
    expect(entry.fallback_decision).toBe('use_fallback');
    expect(entry.operator_initials).toBe('CD');
    expect(entry.retry_attempts).toBe(3);
    expect(entry.recorded.what_changed).toBe('lowered client retries to 1');
    expect(entry.remaining_uncertainty).toContain('whether the provider throttled other tenants');
  });

  it('refuses a log over the size cap before reading it', async () => {
    const dir = tmp();
    const big = join(dir, 'big.jsonl');
    writeFile(dir, 'big.jsonl', '');
    truncateSync(big, 33 * 1024 * 1024);
    const rec = await runCli(['record', '--from-log', big, '--out', dir]);
    expect(rec.code).toBe(2);
    expect(rec.stderr).toMatch(/big\.jsonl:1:1: log file is 34603008 bytes; the limit is 33554432/);
  });
});
