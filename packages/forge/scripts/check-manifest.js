#!/usr/bin/env node
/**
 * Atlassian's own offline checks of packages/forge/manifest.yml, run by the test command:
 * 1. `@forge/manifest` full validation (schema, modules, resources, permissions, runtime);
 * 2. `@forge/lint` client-side linters (the ones `forge lint` runs before its server-side checks,
 *    which need a login) over the function sources — all but one: the PermissionLinter downloads
 *    Atlassian's REST OpenAPI specs at start (dac-static.atlassian.com), which a machine without
 *    network cannot; it maps `route\`...\`` literals to scopes, and our paths are built by the
 *    Confluence client (assumeTrustedRoute), which it cannot read anyway. The scopes are justified
 *    one by one in manifest.yml and exercised by the tests (a missing scope is refused there).
 * No Atlassian login and no network: feature flags that the CLI would fetch are answered "unknown"
 * (null), which the linters treat as their defaults. Exit code 1 on any error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StatsigReader } from '@forge/cli-shared';
import { getClientSideLintersOnly, lint, problemCount, reportLintResults } from '@forge/lint';
import { validate } from '@forge/manifest';
import { parse } from 'yaml';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(appDir, 'manifest.yml');

/** Feature flags without a network: every gate and config is unknown. */
class OfflineFlags extends StatsigReader {
  async checkGate() {
    return null;
  }
  async getDynamicConfig() {
    return null;
  }
}

const logger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
  debug: () => undefined,
  trace: () => undefined,
};

const result = await validate(false, manifestPath);
const errors = (result.errors ?? []).filter((e) => e.level === 'error');
for (const e of result.errors ?? []) console.log(`manifest ${e.level}: ${e.message}${e.line ? ` (line ${e.line})` : ''}`);
if (!result.success || errors.length > 0) {
  console.error(`@forge/manifest: ${errors.length} error(s) in ${relative(process.cwd(), manifestPath)}`);
  process.exit(1);
}
console.log('@forge/manifest: manifest.yml is valid');

const sources = readdirSync(join(appDir, 'src')).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
const previous = process.cwd();
process.chdir(appDir);
const manifest = parse(readFileSync(manifestPath, 'utf8'));
const flags = new OfflineFlags();
const linters = (await getClientSideLintersOnly(manifest, 'development', logger, flags)).filter((l) => l.constructor.name !== 'PermissionLinter');
console.log(`@forge/lint: ${linters.length} client-side linters: ${linters.map((l) => l.constructor.name).join(', ')}`);
const results = await lint(sources, manifest, 'development', logger, flags, { linter: { mode: 'client-side' }, linters });
reportLintResults(logger, results);
process.chdir(previous);
const count = problemCount(results);
console.log(`@forge/lint: ${count.errors} error(s), ${count.warnings} warning(s)`);
if (count.errors > 0 || count.warnings > 0) process.exit(1);
