import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { ForgeError } from './errors.js';
import type { ForgeFunction, ForgeInstallation } from './types.js';

/** The first argument of `global.__forge_fetch__`, as `@forge/api` 8.3.0 `out/api/fetch.js` builds it. */
export interface ForgeFetchOptions {
  /** `fpp` (first-party product), `tpp` (third-party remote). */
  type?: string;
  /** `app` (asApp), `user` (asUser), `none` (plain `requestConfluence`). */
  provider?: string;
  /** `confluence`, `jira`, `bitbucket`, `stargate` (Atlassian's own APIs, e.g. the queue). */
  remote?: string;
  accountId?: string;
  contextAri?: string;
}

/** `global.__forge_fetch__`: every product request of `@forge/api` and `@forge/events` goes through it. */
export type ForgeFetch = (options: ForgeFetchOptions, path: string, init?: RequestInit) => Promise<Response>;

/** A timer of the runtime's `metrics` (the real one reports to Atlassian; here it counts). */
interface Timer {
  stop(tags?: Record<string, string>): void;
}

/** `global.__forge_runtime__` as `@forge/api` reads it (`out/api/runtime.js`). */
export interface ForgeRuntimeGlobal {
  appContext: {
    appId: string;
    appVersion: string;
    environmentId: string;
    environmentType: string;
    invocationId: string;
    installationId: string;
    moduleKey: string;
    functionKey: string;
    license?: { isActive: boolean };
    installation: { ari: string; contexts: string[] };
    permissions: { scopes: string[]; external: Record<string, unknown> };
  };
  lambdaContext: { functionName: string; awsRequestId: string; memoryLimitInMB: string; getRemainingTimeInMillis: () => number };
  metrics: {
    counter(name: string, tags?: Record<string, string>): { incr(): void };
    timing(name: string, tags?: Record<string, string>): { measure(): Timer };
  };
  externalAuth: unknown[];
}

/** One running invocation: its runtime global and the fetch that answers it. */
export interface InvocationScope {
  runtime: ForgeRuntimeGlobal;
  fetch: ForgeFetch;
  /** The invoking user (resolvers); undefined for consumers and triggers without one. */
  principalAccountId?: string;
}

const scopes = new AsyncLocalStorage<InvocationScope>();
type ForgeGlobals = { __forge_fetch__?: ForgeFetch; __forge_runtime__?: ForgeRuntimeGlobal };

/**
 * Puts `__forge_fetch__` and `__forge_runtime__` on the process's `global`, once. They read the current
 * invocation from an AsyncLocalStorage, so concurrent invocations (of several apps or emulators in one
 * process) each see their own context and fetch, while the real `@forge/api` reads plain globals.
 */
function installGlobals(): void {
  const g = globalThis as unknown as ForgeGlobals;
  if (Object.getOwnPropertyDescriptor(g, '__forge_runtime__')?.get) return;
  Object.defineProperty(g, '__forge_runtime__', { configurable: true, get: () => scopes.getStore()?.runtime });
  Object.defineProperty(g, '__forge_fetch__', {
    configurable: true,
    get: () => {
      const scope = scopes.getStore();
      return scope ? scope.fetch : undefined;
    },
  });
}

/** The invocation the calling code runs in (for the product fetch). */
export const currentInvocation = (): InvocationScope | undefined => scopes.getStore();

/** Loads a function's module and returns its export; the module is imported once per process (as a warm Lambda). */
async function loadHandler(fn: ForgeFunction): Promise<(...args: unknown[]) => unknown> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(fn.file).href)) as Record<string, unknown>;
  } catch (e) {
    throw new ForgeError(500, `function ${fn.key}: cannot load ${fn.file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const handler = mod[fn.exportName];
  if (typeof handler !== 'function') throw new ForgeError(500, `function ${fn.key}: ${fn.file} has no exported function ${fn.exportName}`);
  return handler as (...args: unknown[]) => unknown;
}

const noopMetrics: ForgeRuntimeGlobal['metrics'] = {
  counter: () => ({ incr: () => undefined }),
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
};

/** Input of {@link runFunction}. */
export interface RunFunctionInput {
  installation: ForgeInstallation;
  fn: ForgeFunction;
  moduleKey: string;
  timeoutSeconds: number;
  args: unknown[];
  fetch: ForgeFetch;
  principalAccountId?: string;
  /** Installation contexts (`ari:cloud:confluence::site/<cloudId>`). */
  installContext: string;
}

/**
 * Runs one Forge function in this Node process with a fresh `__forge_runtime__` (app, environment,
 * installation, module, license, scopes; `lambdaContext.getRemainingTimeInMillis`). The function's promise
 * is raced against its timeout: past it the invocation fails with a 504 ForgeError. The function's own
 * work is not killed (in process there is nothing to kill), but its result is dropped.
 */
export async function runFunction(input: RunFunctionInput): Promise<unknown> {
  installGlobals();
  const { installation, fn } = input;
  const handler = await loadHandler(fn);
  const started = Date.now();
  const timeoutMs = input.timeoutSeconds * 1000;
  const license = installation.app.licensingEnabled ? { isActive: installation.license === 'active' } : undefined;
  const runtime: ForgeRuntimeGlobal = {
    appContext: {
      appId: installation.app.appId,
      appVersion: installation.appVersion,
      environmentId: installation.environmentId,
      environmentType: installation.environmentType,
      invocationId: randomUUID(),
      installationId: installation.installationId,
      moduleKey: input.moduleKey,
      functionKey: fn.key,
      ...(license ? { license } : {}),
      installation: { ari: `ari:cloud:ecosystem::installation/${installation.installationId}`, contexts: [input.installContext] },
      permissions: { scopes: installation.app.scopes, external: {} },
    },
    lambdaContext: {
      functionName: fn.key,
      awsRequestId: randomUUID(),
      memoryLimitInMB: String(fn.memoryMB),
      getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    },
    metrics: noopMetrics,
    externalAuth: [],
  };
  const scope: InvocationScope = { runtime, fetch: input.fetch, ...(input.principalAccountId ? { principalAccountId: input.principalAccountId } : {}) };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ForgeError(504, `function ${fn.key} timed out after ${input.timeoutSeconds} s`)), timeoutMs);
  });
  try {
    return await Promise.race([scopes.run(scope, () => Promise.resolve().then(() => handler(...input.args))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
