import { describe, expect, it } from 'vitest';
import { eventFacts } from '../../src/action/event-facts.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function pr(headRepo: string | null) {
  return {
    pull_request: {
      number: 9,
      base: { sha: A, repo: { full_name: 'acme/routing' } },
      head: { sha: B, repo: headRepo ? { full_name: headRepo } : null },
    },
  };
}

describe('event facts', () => {
  it('compares the base and head commits of a pull request', () => {
    expect(eventFacts('pull_request', pr('acme/routing'))).toMatchObject({
      compare: { baseSha: A, headSha: B },
      pullRequest: { number: 9, isFork: false },
    });
  });

  it('marks a pull request from another repository, or a deleted one, as a fork', () => {
    expect(eventFacts('pull_request_target', pr('forker/routing')).pullRequest?.isFork).toBe(true);
    expect(eventFacts('pull_request', pr(null)).pullRequest?.isFork).toBe(true);
  });

  it('compares a push with the commit before it, except on a new branch', () => {
    expect(eventFacts('push', { before: A, after: B }).compare).toEqual({ baseSha: A, headSha: B });
    expect(eventFacts('push', { before: '0'.repeat(40), after: B }).compare).toBeNull();
  });

  it('has nothing to compare or comment on for a schedule', () => {
    expect(eventFacts('schedule', { schedule: '0 6 * * *' })).toEqual({
      name: 'schedule',
      compare: null,
      pullRequest: null,
      dispatchInputs: {},
    });
  });

  it('reads workflow_dispatch inputs as strings', () => {
    expect(
      eventFacts('workflow_dispatch', { inputs: { operator: 'AB', dry: true } }).dispatchInputs,
    ).toEqual({ operator: 'AB', dry: 'true' });
  });

  it('ignores a payload that does not have the expected shape', () => {
    expect(eventFacts('pull_request', { pull_request: { number: 'x' } }).pullRequest).toBeNull();
  });
});
