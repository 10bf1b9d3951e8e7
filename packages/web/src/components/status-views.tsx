/**
 * The views of every state that is not "ready": loading, pending, outdated, failed (job failures)
 * and error (API failures). Shared by both dialogs; announced to screen readers by the caller's
 * live region.
 */
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { apiErrorKey, failureKey } from '../messages.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { DialogState } from '../suggestions-state.js';

/** Props of `StatusView`. */
export interface StatusViewProps {
  readonly state: Exclude<DialogState, { kind: 'ready' }>;
  readonly onRetry: () => void;
  readonly onReloadPage: () => void;
}

/** Renders a non-ready state. */
export function StatusView({ state, onRetry, onReloadPage }: StatusViewProps) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'loading':
      return (
        <Inline space="space.100" alignBlock="center" testId="labelup-loading">
          <Spinner size="small" label={t('app.loading')} />
          <Text>{t('app.loading')}</Text>
        </Inline>
      );
    case 'pending':
      return (
        <Inline space="space.150" alignBlock="center" testId="labelup-pending">
          <Spinner size="medium" label={t('pending.title')} />
          <Stack space="space.050">
            <Text weight="bold">{t('pending.title')}</Text>
            <Text>{t('pending.body')}</Text>
          </Stack>
        </Inline>
      );
    case 'outdated':
      return (
        <SectionMessage appearance="warning" title={t('outdated.title')} testId="labelup-outdated"
          actions={<Button appearance="primary" onClick={onReloadPage}>{t('outdated.reload')}</Button>}>
          <Text as="p">{t('outdated.body')}</Text>
        </SectionMessage>
      );
    case 'failed':
      return <FailedView state={state} onRetry={onRetry} />;
    case 'error': {
      const retryable = !['not-authenticated', 'token-expired', 'content-mismatch', 'license-missing', 'license-inactive', 'permission-denied'].includes(state.code);
      return (
        <SectionMessage appearance="error" title={t('error.title')} testId={`labelup-error-${state.code}`}
          actions={retryable ? <Button onClick={onRetry}>{t('retry')}</Button> : <Button onClick={onReloadPage}>{t('outdated.reload')}</Button>}>
          <Text as="p">{t(state.code === 'network' ? 'error.network' : apiErrorKey(state.code))}</Text>
        </SectionMessage>
      );
    }
  }
}

function FailedView({ state, onRetry }: { state: Extract<DialogState, { kind: 'failed' }>; onRetry: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const language = state.language && state.language !== 'und' ? i18n.languageName(state.language) : '?';
  const supported = state.supportedLanguages && state.supportedLanguages.length > 0 ? i18n.languageList(state.supportedLanguages) : undefined;
  const showSupported = supported && (state.code === 'language-unsupported' || state.code === 'language-undetermined');
  return (
    <Box testId={`labelup-failed-${state.code}`}>
      <SectionMessage appearance={state.code === 'internal' ? 'error' : 'information'}
        actions={<Button onClick={onRetry}>{t('retry')}</Button>}>
        <Stack space="space.100">
          <Text as="p">{t(failureKey(state.code), { language })}</Text>
          {showSupported ? <Text as="p">{t('failure.supported', { languages: supported })}</Text> : null}
        </Stack>
      </SectionMessage>
    </Box>
  );
}
