import { request } from 'undici';
import { parseRetryAfter, retryDelayMs, sleep, type RetrySettings } from './retry.js';
import { EXIT, type ExitStatus, GateError } from '../common/index.js';

// A small GitHub REST client: every call has a deadline, transient failures (5xx, 429, secondary
// rate limits, timeouts, resets) are retried a bounded number of times with jittered backoff, and
// errors carry the status and GitHub's message but never the token.

export interface GitHubApiOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  baseUrl: string;
  token: string;
  /** Deadline for one attempt, headers and body together. */
  timeoutMs: number;
  retry: RetrySettings;
  userAgent?: string;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | string[] | undefined>;
}

export class GitHubApiError extends GateError {
  readonly code = 'github_api';
  /** GitHub failed, not the caller's input. */
  override get exitStatus(): ExitStatus {
    return EXIT.internal;
  }
  readonly status: number | null;
  readonly attempts: number;
  constructor(message: string, status: number | null, attempts: number) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = status;
    this.attempts = attempts;
  }
}

export interface GitHubApi {
  request<T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
    options?: { acceptRedirect?: boolean },
  ): Promise<ApiResponse<T>>;
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async request<T>(
      method: 'GET' | 'POST' | 'PATCH',
      path: string,
      body?: unknown,
      requestOptions: { acceptRedirect?: boolean } = {},
    ): Promise<ApiResponse<T>> {
      const settings = options.retry;
      let lastError = 'no attempt made';
      let lastStatus: number | null = null;
      for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
        let retryAfter: number | null = null;
        try {
          const response = await request(`${base}${path}`, {
            method,
            headers: {
              accept: 'application/vnd.github+json',
              authorization: `Bearer ${options.token}`,
              'user-agent': options.userAgent ?? 'fallback-gate',
              'x-github-api-version': '2022-11-28',
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            headersTimeout: options.timeoutMs,
            bodyTimeout: options.timeoutMs,
            signal: AbortSignal.timeout(options.timeoutMs),
          });
          const text = await response.body.text();
          const status = response.statusCode;
          const headers = response.headers;
          if (status < 300 || (requestOptions.acceptRedirect && status >= 300 && status < 400)) {
            return { status, headers, data: (text ? JSON.parse(text) : null) as T };
          }
          lastStatus = status;
          lastError = `HTTP ${status}${githubMessage(text)}`;
          const secondaryRateLimit =
            status === 403 &&
            (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0');
          if (!(status >= 500 || status === 429 || secondaryRateLimit)) {
            throw new GitHubApiError(`${method} ${path}: ${lastError}`, status, attempt);
          }
          retryAfter = parseRetryAfter(headers);
        } catch (error) {
          if (error instanceof GitHubApiError) throw error;
          lastStatus = null;
          lastError = describeNetworkError(error);
        }
        if (attempt < settings.maxAttempts) {
          await sleep(retryDelayMs(attempt - 1, settings, Math.random, retryAfter));
        }
      }
      throw new GitHubApiError(
        `${method} ${path}: ${lastError} (after ${settings.maxAttempts} attempts)`,
        lastStatus,
        settings.maxAttempts,
      );
    },
  };
}

/** GitHub's error body has a `message`; keep it short, it is shown in a warning. */
function githubMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return `: ${parsed.message.slice(0, 200)}`;
  } catch {
    // not JSON: the status says enough
  }
  return '';
}

function describeNetworkError(error: unknown): string {
  const e = error as { code?: string; name?: string };
  if (
    e.name === 'TimeoutError' ||
    e.code === 'UND_ERR_HEADERS_TIMEOUT' ||
    e.code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return 'timed out';
  }
  if (e.name === 'AbortError') return 'timed out';
  return e.code ? `network error ${e.code}` : 'network error';
}
