import { consoleSafe } from './console-safe.js';
import type { LedgerEntry } from './ledger-schema.js';

export interface ConsoleStyle {
  colour: boolean;
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function consoleStyleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ConsoleStyle {
  return { colour: stream.isTTY === true && !env.NO_COLOR };
}

const RED = 31;
const GREEN = 32;
const YELLOW = 33;
const DIM = 2;

export function renderConsole(raw: LedgerEntry, style: ConsoleStyle): string {
  // A ledger read from a file is input: no value of it may steer the terminal or the job log.
  const entry = consoleSafe(raw);
  const paint = (code: number, text: string) =>
    style.colour ? `\u001b[${code}m${text}\u001b[0m` : text;
  const verdict = entry.passed ? paint(GREEN, 'PASSED') : paint(RED, 'FAILED');
  const paused = entry.decision_paused ? ` ${paint(YELLOW, '(paused: evidence missing)')}` : '';
  const lines = [
    `fallback-gate ${verdict}: decision ${entry.fallback_decision}${paused}`,
    `  config   ${entry.config.file} (${entry.config.format}), ledger ${entry.ledger_id}`,
  ];
  if (entry.recorded) lines.push(`  recorded ${entry.recorded.statement}`);
  for (const chain of entry.chains) {
    lines.push(
      `  chain    ${chain.name}: ${chain.route_order.join(' -> ')}, worst case ${chain.worst_case_attempts === null ? 'not declared' : `${chain.worst_case_attempts} attempts`}, observed retries ${chain.retry_attempts}, ${chain.fallback_decision}${chain.decision_paused ? ' (paused)' : ''} [${chain.decision_rule}]`,
    );
    lines.push(`           ${chain.reason}`);
    for (const gap of chain.evidence_gaps)
      lines.push(`           ${paint(YELLOW, 'not observed')}: ${gap}`);
    for (const s of chain.scenarios) {
      lines.push(
        `  scenario ${s.name} (${s.driver}): ${s.samples} samples, max retries ${s.retry_attempts}, usable ${s.outcomes.usable}, controlled ${s.outcomes.controlled_failure}, hang ${s.outcomes.hang}, unknown ${s.outcomes.unknown}`,
      );
    }
  }
  for (const route of entry.routes) {
    const where = route.upstream === 'mock' ? 'embedded mock' : 'live';
    lines.push(
      `  route    ${route.name}: ${route.status_class} (${route.status_reason}) via ${where}`,
    );
  }
  for (const storm of entry.storm) {
    lines.push(
      `  storm    ${storm.chain}: amplification ${storm.amplification.toFixed(2)} over ${storm.callers} callers, peak ${storm.peak_attempts_per_second}/s (baseline ${storm.baseline_peak_attempts_per_second}/s)`,
    );
  }
  for (const p of entry.gate.problems) {
    const head = p.fails_job ? paint(RED, 'failure ') : paint(DIM, 'noted   ');
    lines.push(`  ${head} [${p.category}] ${p.subject}: ${p.message}`);
    if (p.fails_job && !p.message.includes(p.fix)) lines.push(`           fix: ${p.fix}`);
  }
  lines.push(`  ${paint(DIM, `does not assert: ${entry.does_not_assert.join(', ')}`)}`);
  return lines.join('\n') + '\n';
}
