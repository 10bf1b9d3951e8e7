import { validate } from '@forge/manifest';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ForgeError } from './errors.js';
import type { ForgeAppDefinition, ForgeBylineItem, ForgeConsumer, ForgeFunction, ForgeTrigger } from './types.js';

/** Options of {@link loadForgeApp}. */
export interface LoadForgeAppOptions {
  /**
   * Folder of the function code relative to the app directory; default `src` (what the Forge bundler reads).
   * Point it at built JavaScript (e.g. `dist`) when the host process cannot import TypeScript.
   */
  functionsDir?: string;
}

/** Default function memory when neither the function nor `app.runtime` sets `memoryMB` (manifest schema). */
export const DEFAULT_MEMORY_MB = 512;
const APP_ARI = /^ari:cloud:ecosystem::app\/([0-9a-f-]{36})$/;
/** The order in which a handler's file is looked for: JavaScript first (runnable by Node), then TypeScript. */
const HANDLER_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx'];

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(rec) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const memory = (v: unknown): number | undefined => {
  const n = rec(v)['memoryMB'];
  return typeof n === 'number' ? n : undefined;
};

function handlerFile(codeDir: string, handler: string, fnKey: string): { file: string; exportName: string } {
  const dot = handler.lastIndexOf('.');
  if (dot <= 0 || dot === handler.length - 1) throw new ForgeError(400, `function ${fnKey}: handler "${handler}" must be <file>.<export>`);
  const base = join(codeDir, handler.slice(0, dot));
  const file = HANDLER_EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f));
  if (!file) throw new ForgeError(400, `function ${fnKey}: no file for handler "${handler}" in ${codeDir}`);
  return { file, exportName: handler.slice(dot + 1) };
}

/**
 * Reads a Forge app from its directory: `manifest.yml` is parsed and validated by Atlassian's own
 * `@forge/manifest` (full validation: schema, handler files, resource folders); any error-level finding
 * refuses the app, with the validator's messages. Then the modules the emulator hosts are picked out:
 * functions (handler → file + export, `timeoutSeconds`, `memoryMB`), `confluence:contentBylineItem`,
 * `consumer`, `trigger`, resources, scopes and `app.connect.key`.
 */
export async function loadForgeApp(dir: string, options: LoadForgeAppOptions = {}): Promise<ForgeAppDefinition> {
  const appDir = resolve(dir);
  const manifestPath = join(appDir, 'manifest.yml');
  if (!existsSync(manifestPath)) throw new ForgeError(400, `No manifest.yml in ${appDir}`);
  const result = await validate(false, manifestPath);
  const errors = (result.errors ?? []).filter((e) => e.level === 'error');
  if (!result.success || errors.length > 0) {
    throw new ForgeError(400, `Invalid manifest: ${errors.map((e) => `${e.message} (line ${e.line})`).join('; ') || 'rejected by @forge/manifest'}`);
  }
  const manifest = rec(result.manifestObject?.yamlContent);
  const app = rec(manifest['app']);
  const appAri = str(app['id']) ?? '';
  const appId = APP_ARI.exec(appAri)?.[1];
  if (!appId) throw new ForgeError(400, `app.id must be ari:cloud:ecosystem::app/<uuid>, got "${appAri}"`);
  const modules = rec(manifest['modules']);
  const appMemory = memory(app['runtime']) ?? DEFAULT_MEMORY_MB;
  const codeDir = join(appDir, options.functionsDir ?? 'src');

  const functions = new Map<string, ForgeFunction>();
  for (const f of list(modules['function'])) {
    const key = str(f['key']) ?? '';
    const { file, exportName } = handlerFile(codeDir, str(f['handler']) ?? '', key);
    const timeout = f['timeoutSeconds'];
    functions.set(key, { key, file, exportName, memoryMB: memory(f['runtime']) ?? appMemory, ...(typeof timeout === 'number' ? { timeoutSeconds: timeout } : {}) });
  }
  const needFunction = (key: string | undefined, where: string): string => {
    if (key === undefined || !functions.has(key)) throw new ForgeError(400, `${where}: function ${String(key)} is not in modules.function`);
    return key;
  };

  const resources = new Map<string, string>();
  for (const r of list(manifest['resources'])) {
    const key = str(r['key']);
    const path = str(r['path']);
    if (!key || !path || isAbsolute(path)) continue;
    const abs = resolve(appDir, path);
    if (!abs.startsWith(appDir) || !existsSync(abs) || !statSync(abs).isDirectory()) throw new ForgeError(400, `resource ${key}: ${path} is not a folder of the app`);
    resources.set(key, abs);
  }

  const bylineItems: ForgeBylineItem[] = list(modules['confluence:contentBylineItem']).flatMap((m) => {
    const resource = str(m['resource']);
    if (!resource) return []; // UI Kit (`render: native`) items are not hosted (see README)
    if (!resources.has(resource)) throw new ForgeError(400, `confluence:contentBylineItem ${String(m['key'])}: unknown resource ${resource}`);
    const resolverFn = str(rec(m['resolver'])['function']);
    const item: ForgeBylineItem = {
      key: str(m['key']) ?? '',
      title: str(m['title']) ?? str(m['key']) ?? '',
      resource,
      unlicensedAccess: strings(m['unlicensedAccess']),
      ...(str(m['tooltip']) ? { tooltip: str(m['tooltip']) } : {}),
      ...(str(m['icon']) ? { icon: str(m['icon']) } : {}),
      ...(str(m['viewportSize']) ? { viewportSize: str(m['viewportSize']) } : {}),
      ...(resolverFn ? { resolverFunction: needFunction(resolverFn, `confluence:contentBylineItem ${String(m['key'])}`) } : {}),
      ...(m['displayConditions'] ? { displayConditions: rec(m['displayConditions']) } : {}),
    };
    return [item];
  });
  const consumers: ForgeConsumer[] = list(modules['consumer']).map((m) => {
    const fn = str(m['function']) ?? str(rec(m['resolver'])['function']);
    return { key: str(m['key']) ?? '', queue: str(m['queue']) ?? '', function: needFunction(fn, `consumer ${String(m['key'])}`) };
  });
  const triggers: ForgeTrigger[] = list(modules['trigger']).map((m) => {
    const events = Array.isArray(m['events']) ? strings(m['events']) : strings(rec(m['events'])['events']);
    return { key: str(m['key']) ?? '', events, function: needFunction(str(m['function']), `trigger ${String(m['key'])}`) };
  });
  const permissions = rec(manifest['permissions']);
  const content = rec(permissions['content']);
  const connectKey = str(rec(app['connect'])['key']);
  return {
    appId,
    appAri,
    dir: appDir,
    ...(connectKey ? { connectKey } : {}),
    licensingEnabled: rec(app['licensing'])['enabled'] === true,
    scopes: strings(permissions['scopes']),
    contentPermissions: { scripts: strings(content['scripts']), styles: strings(content['styles']) },
    externalFetchClient: list(rec(rec(permissions['external'])['fetch'])['client'])
      .map((e) => str(e['address']) ?? '')
      .concat(strings(rec(rec(permissions['external'])['fetch'])['client']))
      .filter((a) => a !== ''),
    resources,
    functions,
    bylineItems,
    consumers,
    triggers,
    manifest,
  };
}
