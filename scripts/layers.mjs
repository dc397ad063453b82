// What each folder of src/ may import, kept true by eslint.config.mjs and drawn in the README's
// architecture section. A folder imports another only through its index.ts, and only if listed
// here; a folder not listed is an entry point (src/*.ts, src/action/, src/cli/) and may import any
// folder's index.ts.
export const LAYERS = {
  common: [],
  contract: ['common'],
  routing: ['common', 'contract'],
  retry: ['common', 'contract', 'routing'],
  plan: ['common', 'contract', 'routing', 'retry'],
  mock: ['common', 'contract'],
  observations: ['common', 'contract', 'routing'],
  storm: ['common', 'contract', 'routing', 'retry', 'observations'],
  probe: ['common', 'contract', 'routing', 'retry', 'plan', 'mock', 'observations'],
  judge: ['common', 'contract', 'routing', 'retry', 'plan', 'observations'],
  record: ['common', 'contract', 'routing', 'retry', 'plan', 'observations', 'judge'],
  publish: ['common', 'contract', 'routing', 'retry', 'plan', 'record'],
  incident: [
    'common',
    'contract',
    'routing',
    'retry',
    'plan',
    'observations',
    'judge',
    'record',
    'publish',
  ],
};
