/**
 * What a dialog shows, derived purely from the service's answers: the state machine of the user's
 * path (product.md, step 2).
 */
import type { JobFailureCode, SuggestionsView } from '../../core/src/contract.js';
import type { ClientErrorCode } from './api-error.js';

/** The dialog's state. */
export type DialogState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'pending'; readonly view?: SuggestionsView }
  | { readonly kind: 'ready'; readonly view: SuggestionsView }
  | { readonly kind: 'outdated'; readonly view: SuggestionsView }
  | {
      readonly kind: 'failed';
      readonly code: JobFailureCode;
      readonly language?: string;
      readonly supportedLanguages?: readonly string[];
      readonly view?: SuggestionsView;
    }
  | { readonly kind: 'error'; readonly code: ClientErrorCode };

/** The state for a view; `none` counts as pending (the caller requests suggestions). */
export function stateOfView(view: SuggestionsView): DialogState {
  if (view.page.version < view.page.latestVersion || view.status === 'outdated') return { kind: 'outdated', view };
  switch (view.status) {
    case 'ready':
      return { kind: 'ready', view };
    case 'failed': {
      const failure = view.failure ?? { code: 'internal' as const };
      const language = failure.language ?? view.language;
      return {
        kind: 'failed',
        code: failure.code,
        view,
        ...(language ? { language } : {}),
        ...(failure.supportedLanguages ? { supportedLanguages: failure.supportedLanguages } : {}),
      };
    }
    case 'none':
    case 'pending':
      return { kind: 'pending', view };
    default:
      return { kind: 'error', code: 'internal' };
  }
}

/** Whether a view needs the dialog to ask for suggestions (none yet for this version). */
export function needsRequest(view: SuggestionsView): boolean {
  return view.status === 'none' && view.page.version >= view.page.latestVersion;
}
