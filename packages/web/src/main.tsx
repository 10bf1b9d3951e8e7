/**
 * Entry of the dialogs' bundle: `/app/index.html?target=inlinedialog|dialog` inside a Confluence
 * iframe.
 */
import '@atlaskit/css-reset';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type Target } from './components/app.js';
import { ErrorBoundary } from './components/error-boundary.js';
import { applyTheme } from './theme.js';

const search = window.location.search;
const target: Target = new URLSearchParams(search).get('target') === 'dialog' ? 'dialog' : 'inlinedialog';
const root = document.getElementById('root');
if (root) {
  document.body.style.backgroundColor = 'var(--ds-surface, #fff)';
  applyTheme(search).catch(() => undefined).finally(() => {
    createRoot(root).render(<StrictMode><ErrorBoundary><App target={target} search={search} pageUrl={window.location.href} /></ErrorBoundary></StrictMode>);
  });
}
