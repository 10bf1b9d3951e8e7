/**
 * Dependency direction for Label UP! (run in the test command: `npm run depcheck`).
 * Dependencies point inward: engine <- confluence-client <- core <- {service (Connect), forge (Forge)};
 * service <- cli. The core imports neither platform; neither platform imports the other; the
 * emulator imports nothing of the app; the web UI imports only types from the core.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'engine-is-pure',
      comment: 'The engine depends on nothing of ours and does no I/O (its tests beside the code may read fixture files).',
      severity: 'error',
      from: { path: '^packages/engine/src', pathNot: '\\.test\\.ts$' },
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
      name: 'core-imports-neither-platform',
      comment: 'The core is platform-neutral: no Connect service, no Forge app, no @forge/* packages, no web UI, no HTTP framework.',
      severity: 'error',
      from: { path: '^packages/core/(src|test)' },
      to: { path: ['^packages/(service|forge|web|cli)/', '(^|/)node_modules/@forge/', '(^|/)node_modules/(hono|@hono|atlassian-jwt|pino|bullmq|ioredis|pg|better-sqlite3)/'] },
    },
    {
      name: 'core-depends-only-on-engine-and-client',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: { path: '^packages/(?!(core|engine|confluence-client)/)' },
    },
    {
      name: 'connect-service-does-not-import-forge',
      severity: 'error',
      from: { path: '^packages/(service|cli)/' },
      to: { path: ['^packages/forge/', '(^|/)node_modules/@forge/'] },
    },
    {
      name: 'forge-app-does-not-import-connect-service',
      comment: 'The Forge app is the second thin adapter around the core: it reuses the core, never the Connect service. (Its tests may run the Connect job to prove both write the same property.)',
      severity: 'error',
      from: { path: '^packages/forge/(src|scripts)/' },
      to: { path: ['^packages/(service|cli|web/src)/', '(^|/)node_modules/(hono|@hono|atlassian-jwt|bullmq|ioredis|pg|better-sqlite3)/'] },
    },
    {
      name: 'forge-runtime-code-does-not-import-the-emulator',
      comment: 'Only the Forge app\'s tests may start the emulator (as the stand-in for Atlassian).',
      severity: 'error',
      from: { path: '^packages/forge/src' },
      to: { path: '^packages/emulator/' },
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
      name: 'web-imports-only-types-from-core',
      comment: 'Besides types (the contract, from packages/core), the web UI may use the engine\'s dependency-free pick rule (engine/src/pick.ts), so Our Pick has one definition.',
      severity: 'error',
      from: { path: '^packages/web/src' },
      to: { path: '^packages/(?!web/)', pathNot: '^packages/engine/src/pick\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-talks-to-the-core-contract-not-to-a-platform',
      comment: 'The dialogs speak the core\'s contract; they import nothing (not even types) of the Connect service or the Forge app.',
      severity: 'error',
      from: { path: '^packages/web/src' },
      to: { path: '^packages/(service|forge)/' },
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
    // npm packages are in the graph (so rules can name them: @forge/*, hono, …) but not followed.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['dist/', '^packages/forge/static/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    combinedDependencies: true,
  },
};
