/**
 * A titled area of the large dialog (a region with a heading, for screen-reader navigation).
 */
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { useId, type ReactNode } from 'react';

/** Props of `LabelsSection`. */
export interface LabelsSectionProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly testId?: string;
}

/** `<section aria-labelledby>` with an h2. */
export function LabelsSection({ title, children, testId }: LabelsSectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h2" id={id}>{title}</Heading>
        {children}
      </Stack>
    </section>
  );
}
