/**
 * Dependency direction for Label UP! (run in the test command: `npm run depcheck`).
 * Dependencies point inward: engine <- confluence-client <- service <- cli; the emulator imports
 * nothing of the app; the web UI imports only types from the service.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'engine-is-pure',
      comment: 'The engine depends on nothing of ours and does no I/O.',
      severity: 'error',
      from: { path: '^packages/engine/src' },
      to: { path: ['^packages/(?!engine/)', '^(node:)?(fs|net|http|https|child_process|dgram|worker_threads|fs/promises)$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'client-knows-only-engine-free',
      severity: 'error',
      from: { path: '^packages/confluence-client/src' },
      to: { path: '^packages/(?!confluence-client/)' },
    },
    {
      name: 'emulator-imports-nothing-of-the-app',
      comment: 'The emulator behaves like Confluence, not like our app.',
      severity: 'error',
      from: { path: '^packages/emulator/src' },
      to: { path: '^packages/(?!emulator/)' },
    },
    {
      name: 'service-does-not-import-outer-layers',
      severity: 'error',
      from: { path: '^packages/service/src' },
      to: { path: '^packages/(cli|web|emulator)/' },
    },
    {
      name: 'service-tests-may-use-emulator-only-from-tests',
      severity: 'error',
      from: { path: '^packages/service/src', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/emulator/' },
    },
    {
      name: 'web-imports-only-types-from-service',
      comment: 'Besides types, the web UI may use the engine\'s dependency-free pick rule (engine/src/pick.ts), so Our Pick has one definition.',
      severity: 'error',
      from: { path: '^packages/web/src' },
      to: { path: '^packages/(?!web/)', pathNot: '^packages/engine/src/pick\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'connect-glue-stays-in-its-folder',
      comment: 'Platform glue lives in service/src/connect; the rest of the service must not depend on it except main wiring.',
      severity: 'error',
      from: { path: '^packages/service/src/(core|jobs|stores|queues)/' },
      to: { path: '^packages/service/src/connect/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['dist/', 'node_modules/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    combinedDependencies: true,
  },
};
