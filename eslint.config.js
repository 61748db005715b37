// ESLint (flat config): typescript-eslint's recommended rules, and the boundaries between libraries and
// apps: a library is imported by its @oneplan/ name, never by a relative path, and libraries never
// import apps. `npm test` runs it (npm run lint).
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ACROSS_LIBRARIES = { regex: '^(\\.\\./)+([^./][^/]*/)*(src|libs|apps)/', message: 'Import another library through its @oneplan/ name, not a relative path.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'libs/prisma/src/generated/**', 'apps/web/dist/**', 'apps/web/src/gql/**', 'test-results/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    // Tests read GraphQL responses as untyped JSON.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['libs/**/*.ts', 'apps/**/*.ts', 'apps/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ACROSS_LIBRARIES] }] },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ACROSS_LIBRARIES, { group: ['**/apps/**', '@oneplan/api', '@oneplan/worker', '@oneplan/web'], message: 'Libraries never import apps.' }] }],
    },
  },
);
