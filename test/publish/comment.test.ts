import { afterEach, describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  commentBody,
  stickyMarker,
  upsertStickyComment,
} from '../../src/publish/comment.js';
import { createGitHubApi } from '../../src/publish/github-api.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js';

let github: FakeGitHub | null = null;
afterEach(async () => {
  await github?.close();
  github = null;
});

async function apiWithComments(count: number) {
  github = await startFakeGitHub();
  github.comments.set(
    3,
    Array.from({ length: count }, (_, i) => ({
      id: i + 1,
      body: `comment ${i + 1}`,
      html_url: `https://github.com/acme/routing/pull/3#issuecomment-${i + 1}`,
      user: { login: 'someone', type: 'User' },
    })),
  );
  const api = createGitHubApi({
    baseUrl: github.url,
    token: 'ghs_x',
    timeoutMs: 1_000,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
  return { api, fake: github };
}

const target = { owner: 'acme', repo: 'routing', issueNumber: 3 };

describe('the sticky comment marker', () => {
  it('differs per config path, so several gated configs keep their own comments', () => {
    expect(stickyMarker('config/a.yaml')).not.toBe(stickyMarker('config/b.yaml'));
    expect(stickyMarker('./config/a.yaml')).toBe(stickyMarker('config/a.yaml'));
  });

  it('cannot be closed early by a path', () => {
    const marker = stickyMarker('evil-->.yaml');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });
});

describe('the comment body', () => {
  it('keeps a short rendering whole, after the marker', () => {
    expect(commentBody('<!-- m -->', 'hello\n', '\nfoot\n')).toBe('<!-- m -->\nhello\n\nfoot\n');
  });

  it('cuts a huge rendering at a line, closes an open details block and says it was cut', () => {
    const markdown = `<details>\n${'| a | b |\n'.repeat(20_000)}</details>\n`;
    const body = commentBody('<!-- m -->', markdown, '\nfoot\n');
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toMatch(/\| a \| b \|\n<\/details>\n\n_The rendering was truncated/);
    expect(body.endsWith('\nfoot\n')).toBe(true);
  });
});

describe('upserting the sticky comment', () => {
  it('finds the marked comment on a later page and updates it in place', async () => {
    const { api, fake } = await apiWithComments(250);
    const marker = stickyMarker('config/a.yaml');
    fake.comments.get(3)![230]!.body = `${marker}\nold`;
    fake.comments.get(3)![230]!.user = { login: 'github-actions[bot]', type: 'Bot' };
    const result = await upsertStickyComment(api, target, marker, `${marker}\nnew`);
    expect(result).toMatchObject({ action: 'updated', id: 231 });
    expect(fake.comments.get(3)).toHaveLength(250);
    expect(fake.comments.get(3)![230]!.body).toBe(`${marker}\nnew`);
    expect(
      fake.requests.map((r) => `${r.method} ${r.url.replace(/\?.*page=(\d+)$/, ' page $1')}`),
    ).toEqual([
      'GET /user',
      'GET /repos/acme/routing/issues/3/comments page 1',
      'GET /repos/acme/routing/issues/3/comments page 2',
      'GET /repos/acme/routing/issues/3/comments page 3',
      'PATCH /repos/acme/routing/issues/comments/231',
    ]);
  });

  it("creates one comment when no page carries the marker, and ignores another config's", async () => {
    const { api, fake } = await apiWithComments(120);
    fake.comments.get(3)![5]!.body = `${stickyMarker('config/other.yaml')}\nx`;
    const marker = stickyMarker('config/a.yaml');
    const result = await upsertStickyComment(api, target, marker, `${marker}\nnew`);
    expect(result.action).toBe('created');
    expect(fake.comments.get(3)).toHaveLength(121);
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('stops searching at the page bound', async () => {
    const { api, fake } = await apiWithComments(450);
    const marker = stickyMarker('config/a.yaml');
    await upsertStickyComment(api, target, marker, `${marker}\nnew`, 2);
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it("ignores a marked comment someone else planted first, and edits only the Actions bot's own", async () => {
    const { api, fake } = await apiWithComments(3);
    const marker = stickyMarker('config/a.yaml');
    const list = fake.comments.get(3)!;
    list[0]!.body = `${marker}\nplanted by the pull request author`;
    list[2]!.body = `${marker}\nold`;
    list[2]!.user = { login: 'github-actions[bot]', type: 'Bot' };
    const result = await upsertStickyComment(api, target, marker, `${marker}\nnew`);
    expect(result).toMatchObject({ action: 'updated', id: 3 });
    expect(list[0]!.body).toBe(`${marker}\nplanted by the pull request author`);
    expect(list[2]!.body).toBe(`${marker}\nnew`);
  });

  it("with a user's token, counts only comments that user wrote (GET /user)", async () => {
    const { api, fake } = await apiWithComments(2);
    fake.viewer = { login: 'release-bot-user', type: 'User' };
    const marker = stickyMarker('config/a.yaml');
    const list = fake.comments.get(3)!;
    list[0]!.body = `${marker}\nwritten by the Actions bot, not this token`;
    list[0]!.user = { login: 'github-actions[bot]', type: 'Bot' };
    const first = await upsertStickyComment(api, target, marker, `${marker}\none`);
    expect(first.action).toBe('created');
    expect(list[0]!.body).toMatch(/not this token/);
    const second = await upsertStickyComment(api, target, marker, `${marker}\ntwo`);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(fake.comments.get(3)).toHaveLength(3);
  });
});
