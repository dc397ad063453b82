import { z } from 'zod';
import { LEDGER_SCHEMA_VERSION, ledgerEntrySchema } from './ledger-schema.js';
import { createRedactor, type Redactor } from './redact.js';

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

let vocabulary: string[] | undefined;

/** Every enum and constant value the ledger schema allows: the format's own words. */
export function ledgerVocabulary(): readonly string[] {
  if (!vocabulary) {
    const words = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'enum' && Array.isArray(value)) {
            for (const v of value) if (typeof v === 'string') words.add(v);
          } else if (key === 'const' && typeof value === 'string') words.add(value);
          else walk(value);
        }
      }
    };
    walk(z.toJSONSchema(ledgerEntrySchema));
    vocabulary = [...words];
  }
  return vocabulary;
}

/** The redactor for ledger outputs: known secrets, minus the ledger's own vocabulary. */
export function ledgerRedactor(secrets: readonly string[]): Redactor {
  return createRedactor(secrets, ledgerVocabulary());
}
