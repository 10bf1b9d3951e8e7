/**
 * A tip under the large dialog that changes every `intervalMs` (default 8 s). Not a live region:
 * a changing tip must not interrupt a screen reader.
 */
import { Inline, Text } from '@atlaskit/primitives';
import Lozenge from '@atlaskit/lozenge';
import { useEffect, useState } from 'react';
import { type MessageKey } from '../messages.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The tips, in order. */
export const tipKeys: readonly MessageKey[] = ['tip.headings', 'tip.formatting', 'tip.panels', 'tip.length'];

/** Props of `RotatingTip`. */
export interface RotatingTipProps {
  readonly intervalMs?: number;
}

/** Shows one tip at a time. */
export function RotatingTip({ intervalMs = 8000 }: RotatingTipProps) {
  const { t } = useI18n();
  const [index, setIndex] = useState(() => Math.floor(Math.random() * tipKeys.length));
  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => (i + 1) % tipKeys.length), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  const key = tipKeys[index] ?? 'tip.headings';
  return (
    <Inline space="space.100" alignBlock="center" testId="labelup-tip">
      <Lozenge appearance="new">{t('large.tip')}</Lozenge>
      <Text size="small" color="color.text.subtle">{t(key)}</Text>
    </Inline>
  );
}
