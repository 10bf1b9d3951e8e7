/**
 * The inline dialog (basic dashboard) opened by the Label UP! button: pending → "Our Pick" or
 * "Good job!", or the outdated / failure / error views; refresh and forced refresh.
 */
import { Box, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Host } from '../ap.js';
import type { ApiClient } from '../api-client.js';
import { ApiError } from '../api-error.js';
import { apiErrorKey } from '../messages.js';
import { useI18n } from '../i18n/i18n-context.js';
import { goodJob, ourPick } from '../picks.js';
import { useDialogKeys } from '../use-dialog-keys.js';
import { useSuggestions } from '../use-suggestions.js';
import { DialogHeader } from './dialog-header.js';
import { LanguageNote } from './language-note.js';
import { OurPick } from './our-pick.js';
import { StatusView } from './status-views.js';

/** Props of `InlineDialog`. */
export interface InlineDialogProps {
  readonly host: Host;
  readonly api: ApiClient;
}

/** The basic dashboard. */
export function InlineDialog({ host, api }: InlineDialogProps) {
  const { t, list } = useI18n();
  const { state, refresh, addLabels } = useSuggestions(api);
  const heading = useRef<HTMLHeadingElement>(null);
  const onEscape = useCallback(() => host.hideInlineDialog(), [host]);
  useDialogKeys(heading, onEscape);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | undefined>();
  const [added, setAdded] = useState<string | undefined>();

  useEffect(() => {
    host.resize();
  }, [host, state, addError, added]);

  const openMore = () => {
    host.openLargeDialog();
    host.hideInlineDialog();
  };

  let body;
  if (state.kind === 'ready') {
    const suggestions = state.view.suggestions ?? [];
    const pick = ourPick(suggestions, state.view.labels);
    const apply = async () => {
      setAdding(true);
      setAddError(undefined);
      try {
        const result = await addLabels(pick.map((s) => s.label));
        setAdded(t('ourPick.added', { count: result.added.length, labels: list(result.added) }));
        host.reloadPage();
      } catch (error) {
        setAddError(t(error instanceof ApiError && error.code !== 'network' ? apiErrorKey(error.code) : 'error.network'));
        setAdding(false);
      }
    };
    body = (
      <Stack space="space.150">
        <LanguageNote language={state.view.language} />
        <OurPick pick={pick} allOnPage={goodJob([...suggestions, ...(state.view.onPage ?? [])], state.view.labels)} isAdding={adding} onApply={() => void apply()} onMore={openMore} />
        {addError ? <SectionMessage appearance="error" testId="labelup-add-error"><Text as="p">{addError}</Text></SectionMessage> : null}
        {added ? <Text as="p" testId="labelup-added">{added}</Text> : null}
      </Stack>
    );
  } else {
    body = <StatusView state={state} onRetry={() => refresh(false)} onReloadPage={() => host.reloadPage()} />;
  }

  return (
    <Box as="main" padding="space.200" aria-labelledby="labelup-title">
      <Stack space="space.150">
        <DialogHeader title={state.kind === 'ready' ? t('ourPick.title') : t('app.name')} id="labelup-title" size="small"
          onRefresh={refresh} headingRef={heading} busy={adding || state.kind === 'loading'} />
        <div id="labelup-status" aria-live="polite" aria-busy={state.kind === 'loading' || state.kind === 'pending'}>{body}</div>
      </Stack>
    </Box>
  );
}
