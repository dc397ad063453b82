import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LEDGER_JSON_SCHEMA_PATH,
  ledgerJsonSchemaText,
} from '../../src/record/ledger-json-schema.js';

describe('the shipped ledger JSON Schema', () => {
  it('is what the zod schema generates', () => {
    const fresh = ledgerJsonSchemaText();
    if (process.env.FALLBACK_GATE_WRITE_SCHEMA === '1')
      writeFileSync(LEDGER_JSON_SCHEMA_PATH, fresh);
    let shipped = '';
    try {
      shipped = readFileSync(LEDGER_JSON_SCHEMA_PATH, 'utf8');
    } catch {
      // reported by the assertion below
    }
    expect(
      shipped === fresh,
      `${LEDGER_JSON_SCHEMA_PATH} is stale: run FALLBACK_GATE_WRITE_SCHEMA=1 npx vitest run test/record/json-schema.test.ts`,
    ).toBe(true);
  });

  it('requires the seed fields and names the schema version', () => {
    const schema = JSON.parse(ledgerJsonSchemaText()) as {
      title: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.title).toBe('fallback-gate.ledger/v1');
    for (const field of [
      'ledger_id',
      'timestamp',
      'endpoint_family',
      'request_id',
      'status_class',
      'retry_attempts',
      'fallback_decision',
      'operator_initials',
      'follow_up_owner',
      'evidence_links',
      'does_not_assert',
    ]) {
      expect(schema.required).toContain(field);
    }
  });
});
