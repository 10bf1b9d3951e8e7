/**
 * Light and dark theme with Atlaskit design tokens. The colour mode comes from `?theme=light|dark`
 * when the host passes one, otherwise it follows the system (`auto`), as Confluence does.
 */
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

/** The colour mode asked for by a query string. */
export function colorModeOf(search: string): 'light' | 'dark' | 'auto' {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

/** Loads the token CSS of the colour mode and sets it on `<html>`. */
export async function applyTheme(search: string): Promise<void> {
  await setGlobalTheme({ colorMode: colorModeOf(search), light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' });
}
