import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Module boundaries (docs/decisions/0020-one-owner-per-table-and-module-boundaries.md).
//
// Server modules are layered: a module may use the modules listed before it here, never one after
// it, so no two modules depend on each other. Routes files are exempt from the order (only app.ts
// imports them, so they cannot close a loop). A new folder in server/modules must be placed here.
const MODULE_LAYERS = [
  'events',
  'audit',
  'outbox',
  'notifications',
  'accounts',
  'limits',
  'profile',
  'mentors',
  'inbox',
  'mentoring',
  'moderation',
  'admin',
  // Inviting alumni in bulk: the console's rule (admin.policy), accounts, the audit log, the outbox (ADR 0028).
  'invitations',
  // Deleting and exporting a member asks every module that holds their data (ADR 0025).
  'lifecycle',
  'retention',
  'metrics',
  'dev-mailbox',
  'health',
  'site',
];
const folders = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const unplaced = folders('./server/modules/').filter((name) => !MODULE_LAYERS.includes(name));
if (unplaced.length) throw new Error(`eslint.config.js: put server/modules/${unplaced.join(', ')} in MODULE_LAYERS`);
const FEATURES = folders('./web/src/features/');
const anyOf = (names) => names.join('|');

/** What one server module may import of another: its services and policies (and the request gate), nothing else. */
const otherModuleInternals = (module) => ({
  regex: `^(?:\\.\\./)+(?:modules/)?(?:${anyOf(MODULE_LAYERS.filter((name) => name !== module))})/(?![\\w.-]+\\.(?:service|policy)$)(?!(?<=accounts/)session$)`,
  message:
    'Another module is used only through its *.service.ts (or *.policy.ts, or accounts/session.ts): its repos, views and helpers are its own (ADR 0020). Call the owning module\'s service.',
});
const laterModules = (module) => ({
  regex: `^(?:\\.\\./)+(?:modules/)?(?:${anyOf(MODULE_LAYERS.slice(MODULE_LAYERS.indexOf(module) + 1))})/`,
  message: `server/modules/${module} may use only modules listed before it in MODULE_LAYERS (eslint.config.js): this import would let two modules depend on each other (ADR 0020).`,
});
const jobsFromModules = {
  regex: '^(?:\\.\\./)+jobs/',
  message: 'Modules do not import jobs/: jobs schedule and call modules, not the other way round (ADR 0020).',
};
const moduleInternalsFromJobs = {
  regex: '^(?:\\.\\./)+modules/[\\w-]+/(?![\\w.-]+\\.service$)',
  message: 'jobs/ only schedules: it calls a module\'s *.service.ts, never its repos or internals (ADR 0020).',
};
const tablesFromJobs = {
  regex: '^(?:\\.\\./)+db/schema$',
  message: 'jobs/ only schedules: the tables are the modules\' business (ADR 0020).',
};
const modulesFromInfrastructure = {
  regex: '^(?:\\.\\./)+(?:modules|jobs)/',
  message: 'server/lib, db and mail sit below the modules and jobs and never import them (ADR 0020).',
};
/** A web feature uses another feature only through its index.ts (or the shared lib/ and components/). */
const otherFeatureInternals = (feature) => ({
  regex: `^(?:\\.\\./)+(?:features/)?(?:${anyOf(FEATURES.filter((name) => name !== feature))})/.`,
  message: 'Another web feature is used only through its index.ts (import the feature folder), or move what is shared to web/src/lib or web/src/components (ADR 0020).',
});
const restrict = (...patterns) => ['error', { patterns }];
const boundaries = [
  ...MODULE_LAYERS.flatMap((module) => [
    {
      files: [`server/modules/${module}/**/*.ts`],
      rules: { 'no-restricted-imports': restrict(otherModuleInternals(module), laterModules(module), jobsFromModules) },
    },
    {
      // Routes are leaves (only app.ts imports them); tests may drive a module through the job that runs it.
      files: [`server/modules/${module}/**/*.routes.ts`, `server/modules/${module}/**/*.test.ts`],
      rules: { 'no-restricted-imports': restrict(otherModuleInternals(module)) },
    },
  ]),
  { files: ['server/jobs/**/*.ts'], rules: { 'no-restricted-imports': restrict(moduleInternalsFromJobs, tablesFromJobs) } },
  { files: ['server/jobs/**/*.test.ts'], rules: { 'no-restricted-imports': restrict(moduleInternalsFromJobs) } },
  {
    files: ['server/lib/**/*.ts', 'server/db/**/*.ts', 'server/mail/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(modulesFromInfrastructure) },
  },
  ...FEATURES.map((feature) => ({
    files: [`web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrict(otherFeatureInternals(feature)) },
  })),
];

export default tseslint.config(
  // test/fixtures/ holds deliberate violations that scripts/lint-rules.test.ts lints on purpose.
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'e2e/screenshots/', 'server/db/migrations/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/src/**/*.tsx', 'web/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...boundaries,
);
