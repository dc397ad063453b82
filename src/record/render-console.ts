import type { LedgerEntry } from './ledger-schema.js';

export interface ConsoleStyle {
  colour: boolean;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function consoleStyleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ConsoleStyle {
  return { colour: stream.isTTY === true && !env.NO_COLOR };
}

export function renderConsole(entry: LedgerEntry, style: ConsoleStyle): string {
  const paint = (code: number, text: string) =>
    style.colour ? `\u001b[${code}m${text}\u001b[0m` : text;
  const verdict = entry.passed ? paint(32, 'PASSED') : paint(31, 'FAILED');
  const lines = [
    `fallback-gate ${verdict}: decision ${entry.fallback_decision}${entry.decision_paused ? ' (paused)' : ''}`,
    `  config   ${entry.config.file} (${entry.config.format})`,
  ];
  for (const route of entry.routes) {
    const where = route.upstream === 'mock' ? 'embedded mock' : 'live';
    lines.push(
      `  route    ${route.name}: ${route.status_class} (${route.status_reason}) via ${where}`,
    );
  }
  for (const chain of entry.chains) {
    lines.push(
      `  chain    ${chain.name}: ${chain.route_order.join(' -> ')}, worst case ${chain.worst_case_attempts} attempts, ${chain.fallback_decision}`,
    );
  }
  for (const failure of entry.failures) lines.push(`  ${paint(31, 'failure')}  ${failure}`);
  return lines.join('\n') + '\n';
}
