/**
 * Keyboard behaviour of a dialog in an iframe: Escape closes it (Confluence cannot see key presses
 * inside the app's iframe), and focus starts on the dialog's heading so that screen readers announce
 * it and Tab moves through the dialog from the top.
 */
import { useEffect, type RefObject } from 'react';

/** Focuses `heading` once and calls `onEscape` on Escape. */
export function useDialogKeys(heading: RefObject<HTMLElement | null>, onEscape: () => void): void {
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [heading]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onEscape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEscape]);
}
