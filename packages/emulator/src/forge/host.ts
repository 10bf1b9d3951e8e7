import { randomUUID } from 'node:crypto';
import { addUser, currentVersion, nowIso, type Site } from '../state/index.js';
import { installContext, isVisible, uiContext, type FrameTarget } from './context.js';
import { ForgeError } from './errors.js';
import { loadForgeApp, type LoadForgeAppOptions } from './manifest.js';
import { productFetch } from './product-fetch.js';
import { ForgeQueues, type AsyncEvent, type ConsumerOutcome } from './queue.js';
import { runFunction } from './runtime.js';
import type { ForgeConsumer, ForgeFunction, ForgeInstallation, ForgeLicenseState } from './types.js';

/** Default timeouts in seconds (https://developer.atlassian.com/platform/forge/limits-invocation). */
export const FORGE_TIMEOUTS = { resolver: 25, consumer: 55, trigger: 55 } as const;

/** Options of {@link ForgeHost.install}. */
export interface InstallForgeAppOptions extends LoadForgeAppOptions {
  /** Initial license of a paid app; default `active`. */
  license?: ForgeLicenseState;
  environmentType?: ForgeInstallation['environmentType'];
  /** Default timeouts by module kind in seconds (tests shorten them); a function's `timeoutSeconds` wins. */
  timeouts?: Partial<Record<keyof typeof FORGE_TIMEOUTS, number>>;
}

/** What the Forge host needs from the emulator. */
export interface ForgeHostDeps {
  site: Site;
  /** The emulator's HTTP app (`app.request`), for product requests. */
  request: (request: Request) => Promise<Response>;
}

/** Result of an install: the installation and, for a Connect app upgraded in place, its key. */
export interface ForgeInstallResult {
  installation: ForgeInstallation;
  upgradedConnectKey?: string;
}

/** Which frame: an app (id or installation id), a byline item, a content and the user looking at it. */
export interface FrameInput {
  app: string;
  moduleKey?: string;
  contentId: string;
  accountId?: string;
  version?: number;
  modal?: Record<string, unknown>;
}

/** Input of {@link ForgeHost.invoke}. */
export interface InvokeInput extends FrameInput {
  functionKey: string;
  payload?: unknown;
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The emulator's Forge platform: installs Forge apps from their manifest directory, runs their functions
 * (resolvers for Custom UI `invoke`, queue consumers, product-event triggers) in this process with a
 * `__forge_runtime__` context, and answers their `__forge_fetch__` product requests with the emulator's
 * REST API (see `product-fetch.ts`). One installation per app id.
 */
export class ForgeHost {
  readonly installations = new Map<string, ForgeInstallation>();
  readonly queues: ForgeQueues;
  private readonly timeouts = new Map<string, Partial<Record<keyof typeof FORGE_TIMEOUTS, number>>>();

  /** Sends a request to the emulator's REST API (for the bridge's `requestConfluence`). */
  readonly request: (request: Request) => Promise<Response>;
  /** The site the apps are installed on. */
  readonly site: Site;
  private readonly background = new Set<Promise<unknown>>();

  constructor(private readonly deps: ForgeHostDeps) {
    this.request = deps.request;
    this.site = deps.site;
    this.queues = new ForgeQueues({ now: () => Date.now(), runConsumer: (i, c, e) => this.runConsumer(i, c, e) });
  }

  /**
   * Installs (or re-installs, keeping the installation id) the app in `dir`. With `app.connect.key` set
   * and that Connect app installed, the Connect installation is upgraded in place: the Forge installation
   * keeps its client key and bot user, and the Connect app's modules are replaced by the manifest's
   * `connectModules` (none for a Forge-only app), so its Connect UI disappears.
   */
  async install(dir: string, options: InstallForgeAppOptions = {}): Promise<ForgeInstallResult> {
    const app = await loadForgeApp(dir, options);
    const { site } = this.deps;
    const previous = this.installations.get(app.appId);
    const connect = app.connectKey ? site.apps.get(app.connectKey) : undefined;
    const accountId = previous?.accountId ?? connect?.accountId ?? addUser(site, { accountType: 'app', displayName: app.appId, email: `${app.appId}@forge.atlassian.invalid` }).accountId;
    const installation: ForgeInstallation = {
      app,
      installationId: previous?.installationId ?? randomUUID(),
      environmentId: previous?.environmentId ?? randomUUID(),
      environmentType: options.environmentType ?? previous?.environmentType ?? 'DEVELOPMENT',
      appVersion: String(Number((previous?.appVersion ?? '0').split('.')[0]) + 1) + '.0.0',
      accountId,
      license: options.license ?? previous?.license ?? 'active',
      installedAt: previous?.installedAt ?? nowIso(site),
      ...((previous?.clientKey ?? connect?.clientKey) ? { clientKey: previous?.clientKey ?? connect?.clientKey } : {}),
    };
    this.installations.set(app.appId, installation);
    this.timeouts.set(app.appId, options.timeouts ?? {});
    if (connect) connect.descriptor = { ...connect.descriptor, modules: (app.manifest['connectModules'] as Record<string, unknown> | undefined) ?? {} };
    return { installation, ...(connect ? { upgradedConnectKey: connect.key } : {}) };
  }

  /** Uninstalls; false when the app was not installed. Its queued events are dropped with it. */
  uninstall(appId: string): boolean {
    return this.installations.delete(appId);
  }

  /** An installation by app id or installation id. */
  find(id: string): ForgeInstallation | undefined {
    return this.installations.get(id) ?? [...this.installations.values()].find((i) => i.installationId === id);
  }

  /**
   * Test entry to a resolver without a browser: what `invoke(functionKey, payload)` in the Custom UI of
   * byline item `moduleKey` (default the app's first) does on content `contentId` for `accountId`. The
   * item must be visible to that user there, as in the page view.
   */
  async invoke(input: InvokeInput): Promise<unknown> {
    return this.invokeResolver(this.frameTarget(input), input.functionKey, input.payload ?? {});
  }

  /** The frame of a byline item for a user on a content, after the page view's visibility rules. */
  frameTarget(input: FrameInput): FrameTarget {
    const { site } = this.deps;
    const installation = this.find(input.app);
    if (!installation) throw new ForgeError(404, `Forge app ${input.app} is not installed`);
    const item = input.moduleKey === undefined ? installation.app.bylineItems[0] : installation.app.bylineItems.find((b) => b.key === input.moduleKey);
    if (!item) throw new ForgeError(404, `App ${installation.app.appId} has no byline item ${input.moduleKey ?? ''}`);
    const content = site.contents.get(input.contentId);
    if (!content || !isVisible(site, installation, item, content, input.accountId)) throw new ForgeError(404, `Byline item ${item.key} is not shown on content ${input.contentId} to this user`);
    const version = input.version ?? currentVersion(content).number;
    return { installation, item, content, version, ...(input.accountId ? { accountId: input.accountId } : {}), ...(input.modal ? { modal: input.modal } : {}) };
  }

  private timeoutOf(installation: ForgeInstallation, fn: ForgeFunction, kind: keyof typeof FORGE_TIMEOUTS): number {
    return fn.timeoutSeconds ?? this.timeouts.get(installation.app.appId)?.[kind] ?? FORGE_TIMEOUTS[kind];
  }

  private fn(installation: ForgeInstallation, key: string): ForgeFunction {
    const fn = installation.app.functions.get(key);
    if (!fn) throw new ForgeError(404, `App ${installation.app.appId} has no function ${key}`);
    return fn;
  }

  /**
   * Runs the resolver of a Custom UI frame for `invoke(functionKey, payload)`, as `@forge/resolver`'s
   * handler expects: `({call: {functionKey, payload}, context}, {principal, installContext, license,
   * installation})`. Errors thrown by the app become a 500 ForgeError with the app's message; timeouts 504.
   */
  async invokeResolver(target: FrameTarget, functionKey: string, payload: unknown): Promise<unknown> {
    const { installation, item } = target;
    if (!item.resolverFunction) throw new ForgeError(400, `Module ${item.key} has no resolver`);
    const fn = this.fn(installation, item.resolverFunction);
    const context = uiContext(this.deps.site, target);
    const license = installation.app.licensingEnabled ? { isActive: installation.license === 'active' } : undefined;
    const backend = {
      principal: target.accountId ? { accountId: target.accountId } : undefined,
      installContext: installContext(this.deps.site),
      license,
      installation: { ari: `ari:cloud:ecosystem::installation/${installation.installationId}`, contexts: [installContext(this.deps.site)] },
    };
    try {
      return await runFunction({
        installation,
        fn,
        moduleKey: item.key,
        timeoutSeconds: this.timeoutOf(installation, fn, 'resolver'),
        args: [{ call: { functionKey, payload }, context }, backend],
        fetch: productFetch({ ...this.deps, queues: this.queues }, installation, target.accountId),
        installContext: installContext(this.deps.site),
        ...(target.accountId ? { principalAccountId: target.accountId } : {}),
      });
    } catch (e) {
      if (e instanceof ForgeError) throw e;
      throw new ForgeError(500, errorMessage(e));
    }
  }

  private async runConsumer(installation: ForgeInstallation, consumer: ForgeConsumer, event: AsyncEvent): Promise<ConsumerOutcome> {
    if (this.installations.get(installation.app.appId) !== installation) return { retry: false }; // uninstalled meanwhile
    const fn = this.fn(installation, consumer.function);
    try {
      const result = await runFunction({
        installation,
        fn,
        moduleKey: consumer.key,
        timeoutSeconds: this.timeoutOf(installation, fn, 'consumer'),
        args: [event, { installContext: installContext(this.deps.site) }],
        fetch: productFetch({ ...this.deps, queues: this.queues }, installation, undefined),
        installContext: installContext(this.deps.site),
      });
      const r = result && typeof result === 'object' ? (result as { _retry?: unknown; retryOptions?: { retryAfter?: unknown; retryReason?: unknown; retryData?: unknown } }) : undefined;
      if (r?._retry === true) {
        const o = r.retryOptions ?? {};
        return { retry: true, afterSeconds: typeof o.retryAfter === 'number' ? o.retryAfter : 1, reason: typeof o.retryReason === 'string' ? o.retryReason : 'FUNCTION_RETRY_REQUEST', data: o.retryData };
      }
      return { retry: false };
    } catch (e) {
      const timedOut = e instanceof ForgeError && e.status === 504;
      if (!timedOut) console.error(`forge: consumer ${consumer.key} failed: ${errorMessage(e)}`);
      return { retry: true, afterSeconds: 1, reason: timedOut ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR' };
    }
  }

  /**
   * Delivers a Confluence product event (e.g. `avi:confluence:updated:page`) to every trigger that
   * listens for it, as `{eventType, atlassianId, content: {id, type, title, space}, …}`; resolves when all
   * have run. A failing trigger is logged, not retried (INFERRED).
   */
  async emitProductEvent(eventType: string, contentId: string, atlassianId?: string): Promise<number> {
    const { site } = this.deps;
    const content = site.contents.get(contentId);
    if (!content) throw new ForgeError(404, `No content with id ${contentId}`);
    const space = site.spaces.get(content.spaceId);
    const version = currentVersion(content);
    const event = {
      eventType,
      atlassianId: atlassianId ?? version.authorId,
      content: { id: content.id, type: content.type, status: content.status, title: version.title, version: { number: version.number }, space: { id: space?.id, key: space?.key } },
    };
    const runs: Promise<void>[] = [];
    for (const installation of this.installations.values()) {
      for (const trigger of installation.app.triggers.filter((t) => t.events.includes(eventType))) {
        const fn = this.fn(installation, trigger.function);
        runs.push(
          runFunction({
            installation,
            fn,
            moduleKey: trigger.key,
            timeoutSeconds: this.timeoutOf(installation, fn, 'trigger'),
            args: [event, { installContext: installContext(site) }],
            fetch: productFetch({ ...this.deps, queues: this.queues }, installation, undefined),
            installContext: installContext(site),
          }).then(
            () => undefined,
            (e: unknown) => console.error(`forge: trigger ${trigger.key} failed: ${errorMessage(e)}`),
          ),
        );
      }
    }
    await Promise.all(runs);
    return runs.length;
  }

  /** {@link emitProductEvent} without waiting (product events from content writes); {@link idle} waits. */
  emitInBackground(eventType: string, contentId: string): void {
    const run = this.emitProductEvent(eventType, contentId).catch((e: unknown) => console.error(`forge: ${eventType}: ${errorMessage(e)}`));
    this.background.add(run);
    void run.finally(() => this.background.delete(run));
  }

  /** Resolves when no product event, queued event or retry is waiting or running. */
  async idle(): Promise<void> {
    while (this.background.size > 0) await Promise.all([...this.background]);
    await this.queues.idle();
  }

  /** Forgets every installation and queued event (the emulator's reset). */
  reset(): void {
    this.installations.clear();
    this.queues.reset();
  }
}
