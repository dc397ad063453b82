import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderNativeJsonSchema, SCHEMA_PATH } from '../../src/plan/json-schema.js';

describe('JSON Schema for editors', () => {
  it('is what the zod schema generates now (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed === renderNativeJsonSchema(), 'schema/ is stale: run `npm run schema`').toBe(
      true,
    );
  });

  it('documents the default of every field that has one', () => {
    const text = readFileSync(SCHEMA_PATH, 'utf8');
    const schema = JSON.parse(text) as { properties: Record<string, { description?: string }> };
    for (const key of ['version', 'retry', 'layers', 'chains', 'budget', 'owners', 'scenarios']) {
      expect(schema.properties[key]?.description, key).toMatch(/default/i);
    }
    // Every "default" value in the schema sits next to a description that states it.
    const defaults = [...text.matchAll(/"default": /g)].length;
    const documented = [...text.matchAll(/"description": "[^"]*Default[^"]*"/g)].length;
    expect(documented).toBeGreaterThanOrEqual(defaults);
  });
});
