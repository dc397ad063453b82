import { GitHubApiError, type GitHubApi } from './github-api.js';

// The sticky pull request comment: one per gated config file, found again by a hidden marker and
// edited in place, so a pull request that is pushed ten times still carries one comment.

/** GitHub rejects an issue comment body longer than this. */
export const COMMENT_LIMIT = 65_536;
/** A pull request with more comments than this is searched only this far (100 per page). */
export const MAX_COMMENT_PAGES = 30;

/** The hidden marker for one config path; encoded so no path can close the HTML comment. */
export function stickyMarker(configPath: string): string {
  const normalized = configPath.replace(/^\.\//, '').replaceAll('\\', '/');
  return `<!-- fallback-gate:sticky config=${encodeURIComponent(normalized)} -->`;
}

/**
 * The comment body: the marker first, then the rendering, cut at a line boundary with a stated
 * truncation when it would not fit GitHub's limit.
 */
export function commentBody(marker: string, markdown: string, footer = ''): string {
  const notice =
    '\n\n_The rendering was truncated to fit a GitHub comment; the full ledger is in the job summary and the artifact._\n';
  const fixed = `${marker}\n`.length + footer.length;
  if (fixed + markdown.length < COMMENT_LIMIT) return `${marker}\n${markdown}${footer}`;
  const closeDetails = '\n</details>';
  const room = COMMENT_LIMIT - fixed - notice.length - closeDetails.length - 1;
  let cut = markdown.slice(0, room);
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > 0) cut = cut.slice(0, lastLine);
  // An open <details> would swallow the notice; close it.
  if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) {
    cut += closeDetails;
  }
  return `${marker}\n${cut}${notice}${footer}`;
}

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyResult {
  action: 'created' | 'updated';
  url: string;
  id: number;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string | null } | null;
}

/** Who the workflow's GITHUB_TOKEN writes as: an installation token has no `/user`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login the token writes comments as: `GET /user` for a user's token; for an app
 * installation token (which that endpoint refuses with 403), the Actions bot that
 * GITHUB_TOKEN is. Only comments by this login are taken for the gate's own.
 */
export async function tokenIdentity(api: GitHubApi): Promise<string> {
  try {
    const { data } = await api.request<{ login?: unknown }>('GET', '/user');
    if (typeof data.login === 'string' && data.login !== '') return data.login;
  } catch (error) {
    if (!(error instanceof GitHubApiError) || (error.status !== 403 && error.status !== 404)) {
      throw error;
    }
  }
  return ACTIONS_BOT_LOGIN;
}

/**
 * Finds the marked comment the token's own identity wrote (every page, up to a bound) and
 * updates it, or creates one. A marked comment written by anyone else is ignored: a pull
 * request author cannot plant one for the gate to edit.
 */
export async function upsertStickyComment(
  api: GitHubApi,
  target: StickyTarget,
  marker: string,
  body: string,
  maxPages = MAX_COMMENT_PAGES,
): Promise<StickyResult> {
  const base = `/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}/issues`;
  const author = await tokenIdentity(api);
  const existing = await findMarkedComment(api, base, target.issueNumber, marker, author, maxPages);
  if (existing) {
    const { data } = await api.request<IssueComment>('PATCH', `${base}/comments/${existing.id}`, {
      body,
    });
    return { action: 'updated', url: data.html_url, id: data.id };
  }
  const { data } = await api.request<IssueComment>(
    'POST',
    `${base}/${target.issueNumber}/comments`,
    { body },
  );
  return { action: 'created', url: data.html_url, id: data.id };
}

async function findMarkedComment(
  api: GitHubApi,
  base: string,
  issueNumber: number,
  marker: string,
  author: string,
  maxPages: number,
): Promise<IssueComment | null> {
  const perPage = 100;
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await api.request<IssueComment[]>(
      'GET',
      `${base}/${issueNumber}/comments?per_page=${perPage}&page=${page}`,
    );
    // The oldest marked comment is the sticky one; later copies are never created by the gate.
    const found = data.find(
      (comment) => comment.user?.login === author && comment.body?.startsWith(marker),
    );
    if (found) return found;
    if (data.length < perPage) return null;
  }
  return null;
}
