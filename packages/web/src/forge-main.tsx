/**
 * Entry of the dialogs' Forge bundle (packages/forge `resources: dialogs`, built by
 * `vite.forge.config.ts`): the same dialogs as on Connect, over the `@forge/bridge` host adapter.
 * The byline item's frame is the inline dialog; a Modal opened with `context: { target: 'dialog' }`
 * is the large dialog.
 */
import '@atlaskit/css-reset';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/error-boundary.js';
import { InlineDialog } from './components/inline-dialog.js';
import { LargeDialog } from './components/large-dialog.js';
import { realForgeBridge } from './forge-bridge.js';
import { forgeApiClient, forgeHost, forgeTarget } from './forge-host.js';
import { I18nProvider } from './i18n/i18n-context.js';
import { loadTranslator } from './i18n/translator.js';
import { applyTheme } from './theme.js';

const root = document.getElementById('root');
if (root) {
  document.body.style.backgroundColor = 'var(--ds-surface, #fff)';
  const bridge = realForgeBridge();
  const host = forgeHost(bridge);
  const api = forgeApiClient(bridge);
  // The user's language comes from the invocation context's locale (English when absent or unsupported).
  const translator = host.getLocale().then((locale) => loadTranslator(locale));
  void Promise.all([forgeTarget(bridge).catch(() => 'inlinedialog' as const), translator, applyTheme('').catch(() => undefined)]).then(([target, t]) => {
    document.documentElement.lang = t.locale;
    createRoot(root).render(
      <StrictMode>
        <I18nProvider translator={t}>
          <ErrorBoundary>{target === 'dialog' ? <LargeDialog host={host} api={api} /> : <InlineDialog host={host} api={api} />}</ErrorBoundary>
        </I18nProvider>
      </StrictMode>,
    );
  });
}
