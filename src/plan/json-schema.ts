import { z } from 'zod';
import { nativeConfigSchema } from './native-schema.js';

// The JSON Schema of the native format, for editors (YAML language servers, VS Code). It is
// generated from the zod schema, so the two cannot disagree; a test fails when the committed
// file is stale (run `npm run schema`).

export const SCHEMA_PATH = 'schema/fallback-gate.schema.json';

export function nativeJsonSchema(): Record<string, unknown> {
  // "input": what a user may write, so fields with defaults are optional.
  const schema = z.toJSONSchema(nativeConfigSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://github.com/fallback-gate/fallback-gate/schema/fallback-gate.schema.json',
    title: 'fallback-gate routing config',
  };
}

export function renderNativeJsonSchema(): string {
  return `${JSON.stringify(nativeJsonSchema(), null, 2)}\n`;
}
