// Types of eslint.config.js, for the architecture test that lints snippets with its layer rules.
import type { Linter } from 'eslint';
declare const config: Linter.Config[];
export default config;
