import { describe, expect, it } from 'vitest';
import { ruleOf, type StatusRuleId } from '../../src/contract/status-class.js';
import { FAULT_KINDS, type FaultKind } from '../../src/contract/fault-plan.js';
import type { EndpointFamily, Route } from '../../src/routing/types.js';
import { probeHappyPath } from '../../src/probe/happy-path.js';
import { chooseUpstream } from '../../src/probe/upstream.js';
import { mockServer, type Closer } from './happy-path-servers.js';

// Every fault the mock can play, for both families, plain and streamed: the happy path names it
// with the class the status class table gives it.

const PLAN: Record<FaultKind, string> = {
  ok: 'ok*',
  status: '429(retry-after=2)*',
  hang: 'hang*',
  reset: 'reset*',
  truncate: 'truncate*',
  malformed_json: 'malformed*',
  wrong_family: 'wrong-family*',
  empty_output: 'empty*',
  html: 'html*',
  // Gaps well inside the bounds: slow, but a caller still gets its answer.
  slow_stream: 'slow(chunk-delay=5ms)*',
};

const EXPECTED: Record<FaultKind, { plain: StatusRuleId; stream: StatusRuleId }> = {
  ok: { plain: 'usable_body', stream: 'usable_stream' },
  status: { plain: 'http_429', stream: 'http_429' },
  hang: { plain: 'headers_timeout', stream: 'headers_timeout' },
  reset: { plain: 'connection_reset', stream: 'connection_reset' },
  truncate: { plain: 'body_truncated', stream: 'body_truncated' },
  malformed_json: { plain: 'not_json', stream: 'stream_error_event' },
  wrong_family: { plain: 'other_family', stream: 'other_family' },
  empty_output: { plain: 'empty_output', stream: 'empty_output' },
  html: { plain: 'not_json', stream: 'not_a_stream' },
  slow_stream: { plain: 'usable_body', stream: 'usable_stream' },
};

const families: EndpointFamily[] = ['chat_completions', 'responses'];
const rows = FAULT_KINDS.flatMap((kind) =>
  families.flatMap((family) => [
    [kind, family, 'plain'] as const,
    [kind, family, 'stream'] as const,
  ]),
);

function matches(result: { statusClass: string; reason: string }, id: StatusRuleId): boolean {
  const rule = ruleOf(id);
  return (
    result.statusClass === rule.statusClass &&
    (result.reason === rule.reason || result.reason.startsWith(`${rule.reason}: `))
  );
}

describe.concurrent('every mock fault kind, both families, plain and streamed', () => {
  it.each(rows)('%s on %s (%s)', async (kind, family, mode) => {
    const closers: Closer[] = [];
    try {
      const mock = await mockServer(PLAN[kind], closers);
      const route: Route = {
        name: 'r',
        family,
        baseUrl: mock.url,
        model: 'm',
        apiKeyEnv: null,
        timeoutMs: 3000,
        stream: mode === 'stream',
        at: { file: 'routes.yaml', line: 1, column: 1 },
      };
      const obs = await probeHappyPath(
        route,
        chooseUpstream(route, 'auto', {}, () => ''),
        {
          headersTimeoutMs: 200,
        },
      );
      const result = mode === 'stream' ? obs.stream : obs;
      const expected = EXPECTED[kind][mode];
      expect(result, 'observation').toBeTruthy();
      expect(
        matches(result!, expected),
        `${result!.statusClass} "${result!.reason}" should be ${expected}`,
      ).toBe(true);
      // The mock logged exactly the requests sent, each with the planned step.
      expect(mock.requests.map((r) => r.step)).toEqual(mode === 'stream' ? [kind, kind] : [kind]);
      expect(mock.requests.map((r) => r.stream)).toEqual(
        mode === 'stream' ? [false, true] : [false],
      );
    } finally {
      for (const close of closers) await close();
    }
  });

  it('covers every fault kind the plan language has', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...FAULT_KINDS].sort());
  });
});
