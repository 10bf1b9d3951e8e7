/**
 * One suggested label in the large dialog: a button that picks it (its relevance as a percentage on
 * hover and focus) and a "Why?" disclosure with the evidence.
 */
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Tooltip from '@atlaskit/tooltip';
import { useId, useState } from 'react';
import type { SuggestedLabel } from '../../../service/src/api/contract.js';
import { describeEvidence } from '../evidence.js';
import { useI18n } from '../i18n/i18n-context.js';
import { relevancePercent } from '../picks.js';

/** Props of `SuggestionItem`. */
export interface SuggestionItemProps {
  readonly suggestion: SuggestedLabel;
  readonly picked: boolean;
  readonly onPick: (label: string) => void;
}

/** A list item: pick button, "Why?" toggle, evidence when open. */
export function SuggestionItem({ suggestion, picked, onPick }: SuggestionItemProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const whyId = useId();
  const relevance = relevancePercent(suggestion.relevance) / 100;
  return (
    <li data-label={suggestion.label}>
      <Stack space="space.050">
        <Inline space="space.050" alignBlock="center">
          <Tooltip content={t('large.relevance', { relevance })} position="top">
            <Button spacing="compact" appearance={picked ? 'primary' : 'default'} isSelected={picked} isDisabled={picked}
              aria-label={picked ? t('large.picked', { label: suggestion.label }) : t('large.pickLabel', { label: suggestion.label, relevance })}
              onClick={() => onPick(suggestion.label)} testId={`labelup-suggestion-${suggestion.label}`}>
              {suggestion.label}
            </Button>
          </Tooltip>
          <Button appearance="subtle" spacing="compact" aria-expanded={open} aria-controls={whyId}
            aria-label={t('large.whyFor', { label: suggestion.label })} onClick={() => setOpen(!open)}
            testId={`labelup-why-${suggestion.label}`}>
            {t('large.why')}
          </Button>
        </Inline>
        <div id={whyId} hidden={!open}>
          {open ? (
            <Box padding="space.100" backgroundColor="color.background.neutral.subtle.hovered">
              <Stack space="space.050">
                <Inline><Lozenge appearance="inprogress">{t('large.relevance', { relevance })}</Lozenge></Inline>
                {describeEvidence(suggestion.evidence, i18n).map((line) => <Text key={line} size="small">{line}</Text>)}
              </Stack>
            </Box>
          ) : null}
        </div>
      </Stack>
    </li>
  );
}
