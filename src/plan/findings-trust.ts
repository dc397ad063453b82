import { positionAt } from '../common/index.js';
import type { Finding, RoutingPlan } from '../routing/index.js';
import type { AnalyseOptions } from './analyse.js';
import { credentialVerdict, type CredentialTrust } from './credential-gate.js';

// Where credentials may go: every host a key is sent to must be trusted by the base config or
// by --trusted-host (the verdict itself is credential-gate.ts).

export function trustFindings(plan: RoutingPlan, options: AnalyseOptions): Finding[] {
  const credentialed = plan.routes.filter((r) => r.apiKeyEnv !== null);
  if (credentialed.length === 0) return [];
  const trust: CredentialTrust = {
    base: options.base ?? null,
    trustedHosts: options.trustedHosts,
    baseUnreadable: options.baseUnreadable ?? null,
  };
  if (!options.base && options.trustedHosts.length === 0 && trust.baseUnreadable === null) {
    return [
      {
        id: 'credential_trust_unchecked',
        severity: 'notice',
        message:
          'credential hosts were not checked: no base config and no trusted hosts were given, so keys go to the hosts this config names',
        fix: 'pass --base-config (the config on the base branch) or --trusted-host HOST',
        at: positionAt(plan.file),
      },
    ];
  }
  return credentialed.flatMap((r): Finding[] => {
    const verdict = credentialVerdict(r, trust);
    if (verdict.send) return [];
    // An unreadable base is a gap in what the gate could check, not a fault of the change: the
    // key is withheld and the route checked against the mock, and the job is not failed for it.
    return [
      {
        id:
          trust.baseUnreadable !== null && !options.base
            ? 'credential_base_unreadable'
            : 'credential_untrusted_host',
        severity: trust.baseUnreadable !== null && !options.base ? 'warning' : 'error',
        message: `route "${r.name}": ${verdict.reason}`,
        fix: verdict.fix,
        at: r.at,
      },
    ];
  });
}
