// Status classes: what one answer means to a caller. One table, used by the judge and the README.

export type StatusClass = '2xx_usable' | '2xx_unusable' | 'retryable' | 'terminal';

export interface Classified {
  statusClass: StatusClass;
  reason: string;
}

/** Network-level outcomes, named by cause rather than by an error message. */
export type NetworkFault =
  | 'connection_refused'
  | 'connection_reset'
  | 'connect_timeout'
  | 'headers_timeout'
  | 'body_timeout'
  | 'deadline_exceeded'
  | 'body_too_large'
  | 'other_network_error';

export function classifyHttpStatus(status: number): Classified | null {
  if (status >= 200 && status < 300) return null; // decided by the body
  if (status === 408) return { statusClass: 'retryable', reason: 'HTTP 408 request timeout' };
  if (status === 429) return { statusClass: 'retryable', reason: 'HTTP 429 throttled' };
  if (status >= 500) return { statusClass: 'retryable', reason: `HTTP ${status} server error` };
  if (status >= 400)
    return { statusClass: 'terminal', reason: `HTTP ${status} client error (not retryable)` };
  return { statusClass: 'terminal', reason: `HTTP ${status} unexpected status` };
}

export function classifyNetworkFault(fault: NetworkFault): Classified {
  if (fault === 'body_too_large') {
    return { statusClass: '2xx_unusable', reason: 'response body exceeded the size cap' };
  }
  if (fault === 'other_network_error') {
    return { statusClass: 'retryable', reason: 'network error' };
  }
  return { statusClass: 'retryable', reason: fault.replaceAll('_', ' ') };
}
