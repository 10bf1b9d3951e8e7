/**
 * The second host adapter beside AP (ap.ts + api-client.ts): the dialogs' `Host` and `ApiClient`
 * over `@forge/bridge`, for the Forge app's Custom UI (packages/forge). The dialogs themselves do
 * not change: they see the same interfaces on Connect and on Forge.
 *
 * - API calls are `invoke(<resolver>, payload)`; Forge authenticates them and binds them to the
 *   page in the extension context, so there is no token. A resolver answers core's
 *   `ResolverAnswer`: the value, or the error body (code, status) Connect would have sent.
 * - The large dialog is a Forge `Modal` of the same resource, with `context: { target: 'dialog' }`.
 * - Pending → ready without the person polling: a bounded, backed-off re-read (see
 *   packages/forge/README.md). Whenever a call sees `pending`, a watcher re-reads the status after
 *   1, 2, 3, 5, 8, 13 s and then every 15 s, for at most `PENDING_WATCH_MS`, and tells the dialog
 *   (as the Connect event stream would) when the status is no longer pending.
 */
import type { AddLabelsBody, AddLabelsResult, LabelsView, RequestSuggestionsBody, ResolverAnswer, ServerEvent, SuggestionsView } from '../../core/src/contract.js';
import type { Host } from './ap.js';
import type { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';

/** The part of `@forge/bridge` the adapter uses (the real module satisfies it; see forge-main.tsx). */
export interface ForgeBridge {
  invoke(functionKey: string, payload?: Record<string, unknown>): Promise<unknown>;
  readonly view: { getContext(): Promise<unknown>; close(payload?: unknown): Promise<void> };
  readonly router: { reload(): Promise<void> };
  showFlag(options: { id: string; title?: string; description?: string; type?: 'success' | 'error'; isAutoDismiss?: boolean }): unknown;
  /** `new Modal(options).open()` of @forge/bridge. */
  openModal(options: { size: 'xlarge'; context: { target: 'dialog' }; onClose?: () => void }): Promise<void>;
}

/** Which dialog a Custom UI frame is: the byline's inline dialog, or the large dialog in a Modal. */
export type ForgeTarget = 'inlinedialog' | 'dialog';

/** How long a pending status is watched: the property's own pending timeout (10 minutes). */
export const PENDING_WATCH_MS = 10 * 60_000;
/** Seconds between re-reads while pending; the last one repeats. */
export const PENDING_BACKOFF_S: readonly number[] = [1, 2, 3, 5, 8, 13, 15];

/** The dialog of this frame, from `view.getContext()` (`extension.modal` is the Modal's context). */
export async function forgeTarget(bridge: ForgeBridge): Promise<ForgeTarget> {
  const context = (await bridge.view.getContext()) as { extension?: { modal?: { target?: unknown } } } | null;
  return context?.extension?.modal?.target === 'dialog' ? 'dialog' : 'inlinedialog';
}

/** Fire and forget: a host that refuses (the frame is going away) is nothing the person can act on. */
function fire(call: () => unknown): void {
  try {
    const result = call() as { catch?: (f: () => void) => unknown } | undefined;
    if (result && typeof result.catch === 'function') result.catch(() => undefined);
  } catch {
    // ignored, as in ap.ts
  }
}

/** The dialogs' Host on Forge. */
export function forgeHost(bridge: ForgeBridge): Host {
  let flags = 0;
  return {
    // Forge authenticates invoke() itself: no token travels through the dialogs.
    getToken: async () => '',
    // The user's Confluence locale is in the invocation context; never rejects (English then).
    getLocale: async () => {
      try {
        const context = (await bridge.view.getContext()) as { locale?: unknown } | null;
        return typeof context?.locale === 'string' ? context.locale : undefined;
      } catch {
        return undefined;
      }
    },
    openLargeDialog: () => fire(() => bridge.openModal({ size: 'xlarge', context: { target: 'dialog' } })),
    closeDialog: () => fire(() => bridge.view.close()),
    hideInlineDialog: () => fire(() => bridge.view.close()),
    reloadPage: () => fire(() => bridge.router.reload()),
    flag: (title, body, type) => fire(() => bridge.showFlag({ id: `labelup-${(flags += 1)}`, title, description: body, type, isAutoDismiss: true })),
    // Custom UI frames size to their content; nothing to tell the host.
    resize: () => undefined,
    sizeToParent: () => undefined,
  };
}

const isAnswer = (value: unknown): value is ResolverAnswer<unknown> =>
  value !== null && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean';

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });

/** Options of `forgeApiClient` (tests shorten the waits). */
export interface ForgeApiOptions {
  readonly backoffS?: readonly number[];
  readonly watchMs?: number;
  readonly now?: () => number;
}

/** The dialogs' ApiClient on Forge: one resolver per route. */
export function forgeApiClient(bridge: ForgeBridge, options: ForgeApiOptions = {}): ApiClient {
  const backoff = options.backoffS ?? PENDING_BACKOFF_S;
  const watchMs = options.watchMs ?? PENDING_WATCH_MS;
  const now = options.now ?? Date.now;
  const watchers = new Set<() => void>();
  const kick = () => { for (const wake of watchers) wake(); };

  async function call<T>(functionKey: string, payload: Record<string, unknown>): Promise<T> {
    let answer: unknown;
    try {
      answer = await bridge.invoke(functionKey, payload);
    } catch (error) {
      throw new ApiError('network', 0, error instanceof Error ? error.message : String(error));
    }
    if (!isAnswer(answer)) throw new ApiError('network', 0, 'Unreadable resolver answer');
    if (!answer.ok) throw new ApiError(answer.error.code, answer.status, answer.error.message);
    return answer.value as T;
  }
  const view = async (functionKey: string, payload: Record<string, unknown>) => {
    const result = await call<SuggestionsView>(functionKey, payload);
    if (result.status === 'pending') kick();
    return result;
  };

  return {
    getSuggestions: () => view('getSuggestions', {}),
    requestSuggestions: (body: RequestSuggestionsBody) => view('requestSuggestions', { ...body }),
    getLabels: () => call<LabelsView>('getLabels', {}),
    addLabels: (body: AddLabelsBody) => call<AddLabelsResult>('addLabels', { labels: [...body.labels] }),
    async events(onEvent: (event: ServerEvent) => void, rest) {
      const { signal } = rest;
      rest.onConnection?.(true);
      while (!signal.aborted) {
        // Sleep until some call sees `pending` (or the dialog closes).
        await new Promise<void>((resolve) => {
          const wake = () => { watchers.delete(wake); resolve(); };
          watchers.add(wake);
          signal.addEventListener('abort', wake, { once: true });
        });
        const until = now() + watchMs;
        for (let step = 0; !signal.aborted && now() < until; step += 1) {
          await pause((backoff[Math.min(step, backoff.length - 1)] ?? 15) * 1000, signal);
          if (signal.aborted) break;
          let current: SuggestionsView;
          try {
            current = await call<SuggestionsView>('getSuggestions', {});
          } catch {
            continue; // a failed re-read is retried at the next step
          }
          if (current.status === 'pending') continue;
          onEvent(current.status === 'failed'
            ? { type: 'suggestions-failed', pageId: current.page.id, version: current.page.version, code: current.failure?.code ?? 'internal' }
            : { type: 'suggestions-ready', pageId: current.page.id, version: current.page.version });
          break;
        }
      }
    },
  };
}
