// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { LAYERS, reachable } from './scripts/layers.mjs';

// One block per folder of src/ and per nesting depth, because import paths are relative: from
// src/judge/x.ts another folder is `../probe/…`, from src/probe/drivers/x.ts it is `../../…`.
const FOLDERS = Object.keys(LAYERS);
const MAX_DEPTH = 4;
const escapeSlashes = (regex) => regex.replaceAll('/', '\\/');

function importRules(prefix, allowed, who) {
  const patterns = [];
  for (const folder of FOLDERS) {
    if (folder === who) continue;
    if (allowed.includes(folder)) {
      patterns.push({
        regex: `^${prefix}${folder}/(?!index\\.js$)`,
        message: `Import ${folder}/ through ${folder}/index.js, its public surface.`,
      });
    } else {
      patterns.push({
        regex: `^${prefix}${folder}(/|$)`,
        message: `${who ? `${who}/` : 'An entry'} may not import ${folder}/: see scripts/layers.mjs and the README's architecture section.`,
      });
    }
  }
  return {
    'no-restricted-imports': ['error', { patterns }],
    // no-restricted-imports does not look at import(); the same patterns, for lazy loads.
    'no-restricted-syntax': [
      'error',
      ...patterns.map((p) => ({
        selector: `ImportExpression[source.value=/${escapeSlashes(p.regex)}/]`,
        message: p.message,
      })),
    ],
  };
}

function layerBlocks() {
  const blocks = [];
  const nested = (base, depth) => `${base}/${'*/'.repeat(depth - 1)}*.ts`;
  for (const folder of FOLDERS) {
    const allowed = reachable(folder);
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      blocks.push({
        files: [nested(`src/${folder}`, depth)],
        rules: importRules(`(\\.\\./){${depth}}`, allowed, folder),
      });
    }
  }
  // Entry points see every folder, through its index.
  blocks.push({ files: ['src/*.ts'], rules: importRules('\\./', FOLDERS, null) });
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    blocks.push({
      files: [nested('src/{action,cli}', depth)],
      rules: importRules(`(\\.\\./){${depth}}`, FOLDERS, null),
    });
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'schema/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': 'off',
    },
  },
  ...layerBlocks(),
  {
    // A module does one job and a function one step: counted raw, comments and blank lines too.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
