/**
 * "Your pick" in the large dialog: the picked labels as removable tags, a count, a warning above the
 * limit, and Reset.
 */
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { RemovableTag } from '@atlaskit/tag';
import { useI18n } from '../i18n/i18n-context.js';
import { maxPick, pickExcess } from '../picks.js';

/** Props of `YourPick`. */
export interface YourPickProps {
  readonly pick: readonly string[];
  readonly onRemove: (label: string) => void;
  readonly onReset: () => void;
}

/** The pick, its count and its warning. */
export function YourPick({ pick, onRemove, onReset }: YourPickProps) {
  const { t } = useI18n();
  const excess = pickExcess(pick);
  return (
    <Stack space="space.100">
      {excess > 0 ? (
        <SectionMessage appearance="warning" testId="labelup-too-many">
          <Text as="p">{t('large.tooMany', { max: maxPick, excess })}</Text>
        </SectionMessage>
      ) : null}
      {pick.length === 0 ? <Text color="color.text.subtle">{t('large.pickEmpty')}</Text> : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap' }} data-testid="labelup-pick-list">
          {pick.map((label) => (
            <li key={label} data-label={label}>
              <RemovableTag text={label} removeButtonLabel={t('large.remove', { label })} onAfterRemoveAction={() => onRemove(label)}
                testId={`labelup-pick-${label}`} />
            </li>
          ))}
        </ul>
      )}
      <Inline spread="space-between" alignBlock="center">
        <Text size="small" color="color.text.subtle" testId="labelup-pick-count">{t('large.pickCount', { count: pick.length, max: maxPick })}</Text>
        <Button appearance="subtle" spacing="compact" onClick={onReset} testId="labelup-reset">{t('large.reset')}</Button>
      </Inline>
    </Stack>
  );
}
