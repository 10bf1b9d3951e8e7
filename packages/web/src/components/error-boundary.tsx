/**
 * Last line of defence: a rendering error shows "Something went wrong. Please, retry." with a retry
 * that re-mounts the dialog, instead of an empty iframe. In the dialog's language when inside
 * `I18nProvider`, else English.
 */
import Button from '@atlaskit/button/new';
import { Box, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { I18nContext } from '../i18n/i18n-context.js';

/** Props of `ErrorBoundary`. */
export interface ErrorBoundaryProps {
  readonly children: ReactNode;
}

/** Catches errors thrown while rendering its children. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean; attempt: number }> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Label UP! dialog failed', error.name, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return <Box key={this.state.attempt}>{this.props.children}</Box>;
    const { t } = this.context;
    return (
      <Box padding="space.200">
        <SectionMessage appearance="error" testId="labelup-crashed"
          actions={<Button onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}>{t('retry')}</Button>}>
          <Text as="p">{t('failure.internal')}</Text>
        </SectionMessage>
      </Box>
    );
  }
}
