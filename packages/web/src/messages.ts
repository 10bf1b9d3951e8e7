/**
 * The English message catalog of the dialogs, the source of every key: every string the person sees
 * or hears (screen readers included) is here. Messages are ICU MessageFormat (formatted by
 * `i18n/translator.ts`): `{name}` placeholders, `{n, plural, one {…} other {…}}` where a count shows,
 * `{r, number, percent}` for relevance. The other languages are in `i18n/catalogs/`, one file each,
 * with the same keys. Write no ASCII apostrophe right before `{`, `}` or `#` (ICU would start a quote);
 * translations use the typographic ’.
 */
import type { ApiErrorCode, JobFailureCode } from '../../service/src/api/contract.js';

/** English messages. */
export const en = {
  'app.name': 'Label UP!',
  'app.loading': 'Loading Label UP!…',
  'pending.title': "We're on it!",
  'pending.body': 'Give us a second, your labels are on the way.',
  'ourPick.title': 'Our Pick',
  'ourPick.listLabel': 'Labels we suggest for this page',
  'ourPick.apply': 'I want these',
  'ourPick.more': 'More labels',
  'ourPick.adding': 'Adding labels…',
  'ourPick.added': '{count, plural, one {Label added: {labels}.} other {Labels added: {labels}.}} Reloading the page…',
  'goodJob.title': 'Good job!',
  'goodJob.body': 'Seems like the most important labels are already on the page. Not enough? Check out some more.',
  'noStrong.body': 'No suggestion stands out enough for us to pick it for you. Check out all of them.',
  'languageUnknown.body': "We couldn't detect the language of this page, so these suggestions may be less accurate.",
  'outdated.title': 'Outdated content',
  'outdated.body': "You're not viewing the current latest version of the page. Reload the page to continue.",
  'outdated.reload': 'Reload the page',
  'refresh.label': 'Refresh',
  'refresh.hint': 'Check the status of the suggestions again',
  'refresh.force': 'Recompute',
  'refresh.forceHint': 'Read the page again and make new suggestions',
  'retry': 'Retry',
  'close': 'Close',
  'large.title': 'Labels',
  'large.suggested': 'Suggested labels',
  'large.suggestedHint': 'Click a label to add it to your pick.',
  'large.suggestedEmpty': 'No more suggestions.',
  'large.current': 'Currently on page',
  'large.currentEmpty': 'This page has no labels yet.',
  'large.pick': 'Your pick',
  'large.pickEmpty': 'Pick labels from the suggestions.',
  'large.pickCount': '{count} of {max, plural, one {# label} other {# labels}} picked',
  'large.reset': 'Reset',
  'large.add': 'Add',
  'large.tooMany': 'You can add at most {max, plural, one {# label} other {# labels}} at a time. Remove {excess, plural, one {# label} other {# labels}} to continue.',
  'large.relevance': 'Relevance {relevance, number, percent}',
  'large.pickLabel': 'Pick {label}, relevance {relevance, number, percent}',
  'large.picked': '{label} is in your pick',
  'large.remove': 'Remove {label} from your pick',
  'large.why': 'Why?',
  'large.whyFor': 'Why {label}?',
  'large.added': '{count, plural, one {Label added: {labels}.} other {Labels added: {labels}.}} Reloading the page…',
  'large.tip': 'Tip',
  'why.count': '{count, plural, =1 {Appears once on the page.} other {Appears # times on the page.}}',
  'why.title': 'In the title.',
  'why.headings': 'In headings of level {levels}.',
  'why.panels': 'In {panels} panels.',
  'panel.info': 'info',
  'panel.note': 'note',
  'panel.tip': 'tip',
  'panel.warning': 'warning',
  'panel.error': 'error',
  'panel.success': 'success',
  'why.expand': 'In an expand.',
  'why.emphasis': 'Emphasised with {marks}.',
  'mark.strong': 'bold',
  'mark.em': 'italics',
  'mark.underline': 'underline',
  'mark.link': 'a link',
  'why.kind.title': 'The title says what kind of page this is.',
  'why.kind.headings': 'Its section headings are those of this kind of page.',
  'tip.headings': 'Get better suggestions by using headlines of different levels',
  'tip.formatting': 'Formatting text on the page can help you get better suggestions',
  'tip.panels': 'Use panel macros like info to make important pieces stand out',
  'tip.length': 'You can get better suggestions if the text on the page is not too short',
  'failure.text-too-short': 'This page is too short to suggest labels. Add some more text and try again.',
  'failure.language-undetermined': "We couldn't detect the language of this page.",
  'failure.language-unsupported': 'The language of this page ({language}) is not supported yet.',
  'failure.supported': 'Supported languages: {languages}.',
  'failure.page-not-found': 'This page could not be found. It may have been deleted or moved.',
  'failure.app-uninstalled': 'Label UP! is not installed on this site any more.',
  'failure.internal': 'Something went wrong. Please, retry.',
  'error.not-authenticated': "You're not authenticated. Reload the page and log in to continue.",
  'error.token-expired': 'Your session has expired. Reload the page to continue.',
  'error.content-mismatch': 'This dialog belongs to another page. Reload the page to continue.',
  'error.license-missing': 'Label UP! has no license on this site. Ask your site administrator to get one.',
  'error.license-inactive': "Label UP!'s license on this site is not active. Ask your site administrator to renew it.",
  'error.invalid-request': 'Something went wrong. Please, retry.',
  'error.permission-denied': "You don't have permission to label this page.",
  'error.page-not-found': 'This page could not be found. It may have been deleted or moved.',
  'error.rate-limited': 'Confluence is busy right now. Please, retry in a minute.',
  'error.confluence-unavailable': "Confluence can't be reached right now. Please, retry.",
  'error.internal': 'Something went wrong. Please, retry.',
  'error.network': "Label UP! can't be reached right now. Please, retry.",
  'error.noHost': 'Label UP! runs inside Confluence. Open it from a page.',
  'error.title': 'Label UP! needs your attention',
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;
/** A complete catalog for one language: a message, in ICU MessageFormat, for every key. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** The message key of an API error code. */
export function apiErrorKey(code: ApiErrorCode): MessageKey {
  return `error.${code}`;
}

/** The message key of a job failure code. */
export function failureKey(code: JobFailureCode): MessageKey {
  return `failure.${code}`;
}
