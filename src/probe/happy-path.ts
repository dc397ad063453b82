import { createHash } from 'node:crypto';
import { buildSmokeRequest, checkSuccessBody } from '../contract/families.js';
import { classifyHttpStatus, classifyNetworkFault } from '../contract/status-class.js';
import type { Route } from '../plan/types.js';
import { postJson } from './http.js';
import type { HappyPathObservation } from './types.js';
import type { UpstreamChoice } from './upstream.js';

/** Sends the family's smoke request once and classifies what came back. */
export async function probeHappyPath(
  route: Route,
  upstream: UpstreamChoice,
): Promise<HappyPathObservation> {
  const { path, body } = buildSmokeRequest(route.family, route.model);
  const startedAt = new Date().toISOString();
  const result = await postJson({
    url: `${upstream.baseUrl}${path}`,
    body,
    apiKey: upstream.apiKey,
    deadlineMs: route.timeoutMs ?? 30_000,
  });
  const base = {
    route: route.name,
    family: route.family,
    upstream: upstream.upstream,
    environmentMismatch: upstream.mismatch,
    startedAt,
    durationMs: result.durationMs,
  };
  if (result.kind === 'fault') {
    const c = classifyNetworkFault(result.fault);
    return {
      ...base,
      requestId: result.clientRequestId,
      requestIdSource: 'generated',
      httpStatus: null,
      statusClass: c.statusClass,
      reason: c.reason,
      output: null,
    };
  }
  const providerId = result.headers['x-request-id'] ?? result.headers['request-id'];
  const ids = providerId
    ? { requestId: providerId, requestIdSource: 'provider' as const }
    : { requestId: result.clientRequestId, requestIdSource: 'generated' as const };
  const byStatus = classifyHttpStatus(result.status);
  if (byStatus) {
    return { ...base, ...ids, httpStatus: result.status, ...byStatus, output: null };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.bodyText);
  } catch {
    return {
      ...base,
      ...ids,
      httpStatus: result.status,
      statusClass: '2xx_unusable',
      reason: `HTTP ${result.status} with a body that is not JSON`,
      output: null,
    };
  }
  const check = checkSuccessBody(route.family, parsed);
  if (!check.usable) {
    return {
      ...base,
      ...ids,
      httpStatus: result.status,
      statusClass: '2xx_unusable',
      reason: check.reason,
      output: null,
    };
  }
  return {
    ...base,
    ...ids,
    httpStatus: result.status,
    statusClass: '2xx_usable',
    reason: `HTTP ${result.status} with a valid ${route.family} body`,
    output: {
      sha256: createHash('sha256').update(check.text).digest('hex'),
      length: check.text.length,
    },
  };
}
