/**
 * The header of both dialogs: a heading and the refresh controls.
 */
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives';
import { RefreshControls } from './refresh-controls.js';

/** Props of `DialogHeader`. */
export interface DialogHeaderProps {
  readonly title: string;
  readonly id: string;
  readonly size: 'small' | 'large';
  readonly onRefresh: (force: boolean) => void;
  readonly busy: boolean;
}

/** Heading on the left, refresh on the right. */
export function DialogHeader({ title, id, size, onRefresh, busy }: DialogHeaderProps) {
  return (
    <Inline spread="space-between" alignBlock="center" space="space.100">
      <Heading size={size === 'large' ? 'large' : 'small'} as="h1" id={id}>{title}</Heading>
      <RefreshControls onRefresh={onRefresh} isDisabled={busy} />
    </Inline>
  );
}
