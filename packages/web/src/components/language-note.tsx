/**
 * A note shown with ready suggestions when the service could not tell the page's language (`und`):
 * the suggestions were made without language knowledge and may be less accurate.
 */
import { Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../i18n/i18n-context.js';

/** Renders nothing unless `language` is `und`. */
export function LanguageNote({ language }: { readonly language: string | undefined }) {
  const { t } = useI18n();
  if (language !== 'und') return null;
  return (
    <SectionMessage appearance="information" testId="labelup-language-unknown">
      <Text as="p">{t('languageUnknown.body')}</Text>
    </SectionMessage>
  );
}
