import { afterEach, describe, expect, it, vi } from 'vitest';
import { apHost, localeTimeoutMs, type ApGlobal } from './ap.js';

/** An AP with only what `getLocale` reads; `user` as given. */
function ap(user: ApGlobal['user']): ApGlobal {
  const none = () => undefined;
  return { context: { getToken: none, getContext: none }, dialog: { create: none, close: none }, navigator: { reload: none }, ...(user ? { user } : {}) };
}

describe('apHost getLocale (AP.user.getLocale)', () => {
  afterEach(() => void vi.useRealTimers());

  it('gives the locale of the callback style and of the promise style', async () => {
    await expect(apHost(ap({ getLocale: (cb) => void cb?.('de-DE') })).getLocale()).resolves.toBe('de-DE');
    await expect(apHost(ap({ getLocale: () => Promise.resolve('pt_BR') })).getLocale()).resolves.toBe('pt_BR');
  });

  it('gives undefined, never a rejection, when the host has no getLocale, fails, or answers nothing useful', async () => {
    await expect(apHost(ap(undefined)).getLocale()).resolves.toBeUndefined();
    await expect(apHost(ap({ getLocale: () => Promise.reject(new Error('nope')) })).getLocale()).resolves.toBeUndefined();
    await expect(apHost(ap({ getLocale: () => { throw new Error('nope'); } })).getLocale()).resolves.toBeUndefined();
    await expect(apHost(ap({ getLocale: (cb) => void cb?.('  ') })).getLocale()).resolves.toBeUndefined();
  });

  it('stops waiting for a host that never answers', async () => {
    vi.useFakeTimers();
    const locale = apHost(ap({ getLocale: () => new Promise<string>(() => undefined) })).getLocale();
    vi.advanceTimersByTime(localeTimeoutMs);
    await expect(locale).resolves.toBeUndefined();
  });
});
