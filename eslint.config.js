import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', 'tests/fixtures/', 'public/pagefind/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // No TypeScript enum: fixed lists are string unions (oneOf() in src/schemas/common.ts). With enums banned by this
      // cheap syntax rule, the type-aware no-unsafe-enum-assignment (a third of lint's time) has nothing left to check.
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Pas d’enum TypeScript : une union de chaînes (oneOf() pour un schéma).' }],
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true, extraFileExtensions: ['.astro'] } },
    // The Astro parser cannot type JSX expressions: these rules only see "error" types there. `astro check` types .astro files.
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    files: ['**/*.js', 'public/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        URLSearchParams: 'readonly',
        history: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
