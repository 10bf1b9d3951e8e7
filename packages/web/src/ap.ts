/**
 * Typed wrapper over the Atlassian Connect JavaScript API (`window.AP`), the dialogs' only way to
 * talk to Confluence. Every call works with both the callback and the promise style of `all.js`.
 */

/** The part of `window.AP` the dialogs use. */
export interface ApGlobal {
  readonly context: {
    getToken(callback?: (token: string) => void): Promise<string> | void;
    getContext(callback?: (context: unknown) => void): Promise<unknown> | void;
  };
  /** Absent from hosts that predate it; the dialogs then speak English. */
  readonly user?: { getLocale(callback?: (locale: string) => void): Promise<string> | void };
  readonly dialog: { create(options: { key: string; chrome?: boolean; size?: string }): unknown; close(data?: unknown): void };
  readonly inlineDialog?: { hide(): void };
  readonly navigator: { reload(): void };
  readonly flag?: { create(options: { title: string; body?: string; type?: 'info' | 'success' | 'warning' | 'error'; close?: 'auto' | 'manual' }): unknown };
  resize?(width?: string | number, height?: string | number): void;
  sizeToParent?(): void;
}

/** What the dialogs need from Confluence. */
export interface Host {
  /** A fresh context JWT (call once per request). */
  getToken(): Promise<string>;
  /**
   * The person's locale as the host gives it (`de-DE`, `pt_BR`), or undefined when it gives none.
   * Never rejects. Connect: `AP.user.getLocale`; a Forge adapter: `view.getContext()`'s `locale`.
   */
  getLocale(): Promise<string | undefined>;
  /** Opens the large dialog (advanced dashboard). */
  openLargeDialog(): void;
  /** Closes the large dialog this code runs in. */
  closeDialog(): void;
  /** Hides the inline dialog this code runs in. */
  hideInlineDialog(): void;
  /** Reloads the page so that new labels show. */
  reloadPage(): void;
  /** Shows a Confluence flag (toast). */
  flag(title: string, body: string, type: 'success' | 'error'): void;
  /** Tells Confluence the iframe's content size changed. */
  resize(): void;
  /** Makes the iframe fill its container (the large dialog; it scrolls inside). */
  sizeToParent(): void;
}

/** Key of the large dialog module in the app descriptor. */
export const largeDialogKey = 'labelup-dashboard';

/** How long the dialogs wait for `AP.user.getLocale` before speaking English. */
export const localeTimeoutMs = 3_000;

/** Wraps `ap` into a `Host`. */
export function apHost(ap: ApGlobal): Host {
  return {
    getToken: () => callbackOrPromise<string>((cb) => ap.context.getToken(cb)),
    getLocale: () => {
      const user = ap.user;
      if (!user || typeof user.getLocale !== 'function') return Promise.resolve(undefined);
      return new Promise<string | undefined>((resolve) => {
        const timer = setTimeout(() => resolve(undefined), localeTimeoutMs);
        const done = (locale: unknown) => {
          clearTimeout(timer);
          resolve(typeof locale === 'string' && locale.trim() !== '' ? locale : undefined);
        };
        callbackOrPromise<string>((cb) => user.getLocale(cb)).then(done, () => done(undefined));
      });
    },
    openLargeDialog: () => fire(() => ap.dialog.create({ key: largeDialogKey })),
    closeDialog: () => fire(() => ap.dialog.close()),
    hideInlineDialog: () => fire(() => ap.inlineDialog?.hide()),
    reloadPage: () => fire(() => ap.navigator.reload()),
    flag: (title, body, type) => fire(() => ap.flag?.create({ title, body, type, close: 'auto' })),
    resize: () => fire(() => ap.resize?.()),
    sizeToParent: () => fire(() => ap.sizeToParent?.()),
  };
}

/**
 * Calls a fire-and-forget AP method. Some versions of all.js return a promise from these: its
 * rejection (e.g. the iframe is already going away) must not surface as an unhandled rejection.
 */
function fire(call: () => unknown): void {
  try {
    const result = call() as { then?: unknown; catch?: (f: () => void) => unknown } | undefined;
    if (result && typeof result.then === 'function' && typeof result.catch === 'function') result.catch(() => undefined);
  } catch {
    // The host refused the call: nothing the person can do about it here.
  }
}

/** Resolves with the value an AP method gives to its callback or its returned promise, whichever comes. */
function callbackOrPromise<T>(call: (callback: (value: T) => void) => Promise<T> | void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      const returned = call(resolve);
      if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
