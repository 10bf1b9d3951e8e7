/**
 * The large dialog (advanced dashboard, "Labels"): suggested labels (click to pick, relevance on
 * hover, "why" on demand), labels currently on the page, the person's pick (pre-filled with Our
 * Pick, removable, at most 20 at a time, Reset), Add and Close, and a rotating tip.
 */
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { SimpleTag } from '@atlaskit/tag';
import { token } from '@atlaskit/tokens';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Host } from '../ap.js';
import type { ApiClient } from '../api-client.js';
import { ApiError } from '../api-error.js';
import { apiErrorKey } from '../messages.js';
import { useI18n } from '../i18n/i18n-context.js';
import { addToPick, byRelevance, canAddPick, ourPick, removeFromPick } from '../picks.js';
import { useDialogKeys } from '../use-dialog-keys.js';
import { useSuggestions } from '../use-suggestions.js';
import { DialogHeader } from './dialog-header.js';
import { LabelsSection } from './labels-section.js';
import { LanguageNote } from './language-note.js';
import { RotatingTip } from './rotating-tip.js';
import { StatusView } from './status-views.js';
import { SuggestionItem } from './suggestion-item.js';
import { YourPick } from './your-pick.js';

/** Props of `LargeDialog`. */
export interface LargeDialogProps {
  readonly host: Host;
  readonly api: ApiClient;
}

const listStyle = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '8px' } as const;
/** Header and footer stay; the body scrolls (the x-large dialog has a fixed height). */
const frameStyle = { display: 'flex', flexDirection: 'column', height: '100vh', boxSizing: 'border-box' } as const;
const bodyStyle = { flex: '1 1 auto', overflowY: 'auto', padding: `${token('space.100')} ${token('space.300')} ${token('space.200')}` } as const;
const footerStyle = { padding: `${token('space.200')} ${token('space.300')}`, borderTop: `1px solid ${token('color.border')}` } as const;
const gridStyle = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: '8px', alignItems: 'start' } as const;

/** The advanced dashboard. */
export function LargeDialog({ host, api }: LargeDialogProps) {
  const { t, list } = useI18n();
  const { state, refresh, addLabels } = useSuggestions(api);
  const heading = useRef<HTMLHeadingElement>(null);
  const onEscape = useCallback(() => host.closeDialog(), [host]);
  useDialogKeys(heading, onEscape);
  const view = state.kind === 'ready' ? state.view : undefined;
  const suggestions = useMemo(() => [...(view?.suggestions ?? [])].sort(byRelevance), [view]);
  const initialPick = useMemo(() => (view ? ourPick(suggestions, view.labels).map((s) => s.label) : []), [view, suggestions]);
  const [pick, setPick] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | undefined>();

  useEffect(() => setPick(initialPick), [initialPick]);
  useEffect(() => host.sizeToParent(), [host]);

  const add = async () => {
    setAdding(true);
    setMessage(undefined);
    try {
      const result = await addLabels(pick);
      setMessage({ kind: 'success', text: t('large.added', { count: result.added.length, labels: list(result.added) }) });
      host.reloadPage();
    } catch (error) {
      setMessage({ kind: 'error', text: t(error instanceof ApiError && error.code !== 'network' ? apiErrorKey(error.code) : 'error.network') });
      setAdding(false);
    }
  };

  return (
    <main aria-labelledby="labelup-large-title" style={frameStyle}>
      <Box paddingInline="space.300" paddingBlockStart="space.300" paddingBlockEnd="space.100">
        <DialogHeader title={t('large.title')} id="labelup-large-title" size="large" onRefresh={refresh} headingRef={heading} busy={adding || state.kind === 'loading'} />
      </Box>
      <div style={bodyStyle} data-testid="labelup-large-body">
        <Stack space="space.200">
          <div id="labelup-status" aria-live="polite" aria-busy={state.kind === 'loading' || state.kind === 'pending'}>
            {state.kind !== 'ready' ? (
              <StatusView state={state} onRetry={() => refresh(false)} onReloadPage={() => host.reloadPage()} />
            ) : message ? (
              <SectionMessage appearance={message.kind} testId={`labelup-large-${message.kind}`}><Text as="p">{message.text}</Text></SectionMessage>
            ) : <LanguageNote language={view?.language} />}
          </div>
          {view ? (
            <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: '24px' }}>
              <LabelsSection title={t('large.suggested')} testId="labelup-suggested">
                <Text size="small" color="color.text.subtle">{t('large.suggestedHint')}</Text>
                {suggestions.length === 0 ? <Text>{t('large.suggestedEmpty')}</Text> : (
                  <ul style={gridStyle}>
                    {suggestions.map((s) => (
                      <SuggestionItem key={s.label} suggestion={s} picked={pick.includes(s.label)} onPick={(label) => setPick((p) => addToPick(p, label))} />
                    ))}
                  </ul>
                )}
              </LabelsSection>
              <Stack space="space.300">
                <LabelsSection title={t('large.current')} testId="labelup-current">
                  {view.labels.length === 0 ? <Text color="color.text.subtle">{t('large.currentEmpty')}</Text> : (
                    <ul style={listStyle}>{view.labels.map((l) => <li key={l}><SimpleTag text={l} /></li>)}</ul>
                  )}
                </LabelsSection>
                <LabelsSection title={t('large.pick')} testId="labelup-your-pick">
                  <YourPick pick={pick} onRemove={(label) => setPick((p) => removeFromPick(p, label))} onReset={() => setPick(initialPick)} />
                </LabelsSection>
              </Stack>
            </div>
          ) : null}
        </Stack>
      </div>
      <footer style={footerStyle}>
        <Inline spread="space-between" alignBlock="center" space="space.200">
          <RotatingTip />
          <Inline space="space.100">
            <Button appearance="primary" isDisabled={!view || !canAddPick(pick)} isLoading={adding} onClick={() => void add()} testId="labelup-add">
              {t('large.add')}
            </Button>
            <Button appearance="subtle" onClick={() => host.closeDialog()} testId="labelup-close">{t('close')}</Button>
          </Inline>
        </Inline>
      </footer>
    </main>
  );
}
