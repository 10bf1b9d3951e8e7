/**
 * "Our Pick" of the inline dialog: the strong suggestions not yet on the page, with "I want these"
 * (adds them all) and "More labels" (opens the large dialog); or "Good job!" when every strong
 * suggestion is already on the page.
 */
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { SimpleTag } from '@atlaskit/tag';
import Tooltip from '@atlaskit/tooltip';
import type { SuggestedLabel } from '../../../service/src/api/contract.js';
import { useI18n } from '../i18n/i18n-context.js';
import { relevancePercent } from '../picks.js';

/** Props of `OurPick`. */
export interface OurPickProps {
  readonly pick: readonly SuggestedLabel[];
  /** Whether the empty pick is because the strong suggestions are already on the page ("Good job!"). */
  readonly allOnPage: boolean;
  readonly isAdding: boolean;
  readonly onApply: () => void;
  readonly onMore: () => void;
}

/** The basic dashboard. */
export function OurPick({ pick, allOnPage, isAdding, onApply, onMore }: OurPickProps) {
  const { t } = useI18n();
  if (pick.length === 0) {
    return (
      <SectionMessage appearance={allOnPage ? 'success' : 'information'} title={allOnPage ? t('goodJob.title') : t('ourPick.title')}
        testId={allOnPage ? 'labelup-good-job' : 'labelup-no-strong'} actions={<Button onClick={onMore}>{t('ourPick.more')}</Button>}>
        <Text as="p">{allOnPage ? t('goodJob.body') : t('noStrong.body')}</Text>
      </SectionMessage>
    );
  }
  return (
    <Stack space="space.150" testId="labelup-our-pick">
      <ul aria-label={t('ourPick.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap' }}>
        {pick.map((s) => (
          <li key={s.label}>
            <Tooltip content={t('large.relevance', { relevance: relevancePercent(s.relevance) / 100 })}>
              <span tabIndex={0} style={{ display: 'inline-flex' }} aria-label={`${s.label}, ${t('large.relevance', { relevance: relevancePercent(s.relevance) / 100 })}`}>
                <SimpleTag text={s.label} color="blueLight" />
              </span>
            </Tooltip>
          </li>
        ))}
      </ul>
      <Inline space="space.100">
        <Button appearance="primary" isLoading={isAdding} onClick={onApply} testId="labelup-apply">{t('ourPick.apply')}</Button>
        <Button onClick={onMore} isDisabled={isAdding} testId="labelup-more">{t('ourPick.more')}</Button>
      </Inline>
    </Stack>
  );
}
