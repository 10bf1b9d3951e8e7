/**
 * The refresh control of both dialogs: "Refresh" re-reads the status, "Recompute" (forced refresh)
 * reads the page again and makes new suggestions.
 */
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import Tooltip from '@atlaskit/tooltip';
import { useI18n } from '../i18n/i18n-context.js';

/** Props of `RefreshControls`. */
export interface RefreshControlsProps {
  readonly onRefresh: (force: boolean) => void;
  readonly isDisabled?: boolean;
}

/** Two compact subtle buttons, each with a tooltip saying what it does. */
export function RefreshControls({ onRefresh, isDisabled = false }: RefreshControlsProps) {
  const { t } = useI18n();
  return (
    <Inline space="space.050" role="group" aria-label={t('refresh.label')}>
      <Tooltip content={t('refresh.hint')}>
        <Button appearance="subtle" spacing="compact" isDisabled={isDisabled} onClick={() => onRefresh(false)} testId="labelup-refresh">
          {t('refresh.label')}
        </Button>
      </Tooltip>
      <Tooltip content={t('refresh.forceHint')}>
        <Button appearance="subtle" spacing="compact" isDisabled={isDisabled} onClick={() => onRefresh(true)} testId="labelup-recompute">
          {t('refresh.force')}
        </Button>
      </Tooltip>
    </Inline>
  );
}
