// Kept equal to package.json's version by a test; a constant avoids reading files at start-up.
export const GATE_VERSION = '0.1.0';
