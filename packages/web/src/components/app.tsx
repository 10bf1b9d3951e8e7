/**
 * The root: loads the Connect bridge (`all.js`), asks the host for the person's locale, fetches that
 * language's catalog, then renders the dialog named by `?target=` (`inlinedialog` or `dialog`) in it. Without a Confluence
 * host it says so instead of failing silently.
 */
import { Box, Inline, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useMemo, useState } from 'react';
import { apHost, type Host } from '../ap.js';
import { createApiClient, defaultApiBase } from '../api-client.js';
import { I18nProvider, useI18n } from '../i18n/i18n-context.js';
import { loadTranslator, type Translator } from '../i18n/translator.js';
import { loadAp } from '../load-ap.js';
import { ErrorBoundary } from './error-boundary.js';
import { InlineDialog } from './inline-dialog.js';
import { LargeDialog } from './large-dialog.js';

/** Which dialog this page is. */
export type Target = 'inlinedialog' | 'dialog';

/** Props of `App`. */
export interface AppProps {
  readonly target: Target;
  /** The iframe URL's query string (Connect's `xdm_e`, `cp`, `jwt`, ...). */
  readonly search: string;
  readonly pageUrl: string;
}

/** A host and the translator for the locale it reported. */
interface Connected {
  readonly host: Host;
  readonly translator: Translator;
}

/** Loads AP, reads the locale through the host adapter and renders the dialog in that language. */
export function App({ target, search, pageUrl }: AppProps) {
  const [connected, setConnected] = useState<Connected | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadAp(search)
      .then(async (ap) => {
        const host = apHost(ap);
        const translator = await loadTranslator(await host.getLocale());
        if (live) setConnected({ host, translator });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [search]);
  useEffect(() => {
    if (connected) document.documentElement.lang = connected.translator.locale;
  }, [connected]);
  const host = connected?.host;
  const api = useMemo(() => (host ? createApiClient({ baseUrl: defaultApiBase(pageUrl), getToken: () => host.getToken() }) : undefined), [host, pageUrl]);

  if (failed) return <NoHost />;
  if (!connected || !api) return <Loading />;
  return (
    <I18nProvider translator={connected.translator}>
      <ErrorBoundary>{target === 'dialog' ? <LargeDialog host={connected.host} api={api} /> : <InlineDialog host={connected.host} api={api} />}</ErrorBoundary>
    </I18nProvider>
  );
}

/** Outside Confluence (no host, so no locale: English). */
function NoHost() {
  const { t } = useI18n();
  return (
    <Box padding="space.200">
      <SectionMessage appearance="error" testId="labelup-no-host"><Text as="p">{t('error.noHost')}</Text></SectionMessage>
    </Box>
  );
}

/** Until the host has answered (its locale not known yet: English). */
function Loading() {
  const { t } = useI18n();
  return (
    <Box padding="space.200">
      <Inline space="space.100" alignBlock="center"><Spinner size="small" label={t('app.loading')} /><Text>{t('app.loading')}</Text></Inline>
    </Box>
  );
}
