/**
 * The header of both dialogs: a heading and the refresh controls.
 */
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives';
import type { RefObject } from 'react';
import { RefreshControls } from './refresh-controls.js';

/** Props of `DialogHeader`. */
export interface DialogHeaderProps {
  readonly title: string;
  readonly id: string;
  readonly size: 'small' | 'large';
  readonly onRefresh: (force: boolean) => void;
  readonly busy: boolean;
  /** Receives the heading element (focused when the dialog opens). */
  readonly headingRef?: RefObject<HTMLHeadingElement>;
}

/** Heading on the left, refresh on the right. */
export function DialogHeader({ title, id, size, onRefresh, busy, headingRef }: DialogHeaderProps) {
  return (
    <Inline spread="space-between" alignBlock="center" space="space.100">
      <h1 id={id} ref={headingRef} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
        <Heading size={size === 'large' ? 'large' : 'small'} as="span">{title}</Heading>
      </h1>
      <RefreshControls onRefresh={onRefresh} isDisabled={busy} />
    </Inline>
  );
}
