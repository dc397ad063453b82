import { z } from 'zod';
import { LEDGER_SCHEMA_VERSION, ledgerEntrySchema } from './ledger-schema.js';

// The shipped JSON Schema (schema/ledger.schema.json), generated from the zod schema so the two
// cannot drift; a test fails when the file is stale.

export const LEDGER_JSON_SCHEMA_PATH = 'schema/ledger.schema.json';

export function ledgerJsonSchemaText(): string {
  const generated = z.toJSONSchema(ledgerEntrySchema, { target: 'draft-2020-12' });
  const schema = {
    $schema: generated.$schema,
    $id: `https://github.com/fallback-gate/fallback-gate/${LEDGER_JSON_SCHEMA_PATH}`,
    title: LEDGER_SCHEMA_VERSION,
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
