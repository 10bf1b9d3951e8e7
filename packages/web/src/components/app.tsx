/**
 * The root: loads the Connect bridge (`all.js`), then renders the dialog named by `?target=`
 * (`inlinedialog` or `dialog`). Without a Confluence host it says so instead of failing silently.
 */
import { Box, Inline, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useMemo, useState } from 'react';
import { apHost, type Host } from '../ap.js';
import { createApiClient, defaultApiBase } from '../api-client.js';
import { loadAp } from '../load-ap.js';
import { t } from '../messages.js';
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

/** Loads AP and renders the dialog. */
export function App({ target, search, pageUrl }: AppProps) {
  const [host, setHost] = useState<Host | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadAp(search).then((ap) => setHost(apHost(ap)), () => setFailed(true));
  }, [search]);
  const api = useMemo(() => (host ? createApiClient({ baseUrl: defaultApiBase(pageUrl), getToken: () => host.getToken() }) : undefined), [host, pageUrl]);

  if (failed) {
    return (
      <Box padding="space.200">
        <SectionMessage appearance="error" testId="labelup-no-host"><Text as="p">{t('error.noHost')}</Text></SectionMessage>
      </Box>
    );
  }
  if (!host || !api) {
    return (
      <Box padding="space.200">
        <Inline space="space.100" alignBlock="center"><Spinner size="small" label={t('app.loading')} /><Text>{t('app.loading')}</Text></Inline>
      </Box>
    );
  }
  return target === 'dialog' ? <LargeDialog host={host} api={api} /> : <InlineDialog host={host} api={api} />;
}
