import { randomBytes } from 'node:crypto';
import type { Site, User } from './types.js';

/** Input of {@link addUser}; everything optional. */
export interface AddUserInput {
  accountId?: string;
  email?: string;
  displayName?: string;
  apiToken?: string;
  accountType?: User['accountType'];
  /** Profile locale, e.g. `de_DE` or `de-DE`; default none (the site default, `en_US`). */
  locale?: string;
}

/**
 * Adds a user. Account ids look like Atlassian's (`557058:` + hex) unless given.
 * @throws Error when the account id or e-mail is already taken.
 */
export function addUser(site: Site, input: AddUserInput = {}): User {
  const accountId = input.accountId ?? `557058:${randomBytes(16).toString('hex')}`;
  const n = site.users.size + 1;
  const user: User = {
    accountId,
    email: input.email ?? `user${n}@example.com`,
    displayName: input.displayName ?? `User ${n}`,
    accountType: input.accountType ?? 'atlassian',
    ...(input.apiToken !== undefined ? { apiToken: input.apiToken } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (site.users.has(accountId)) throw new Error(`User ${accountId} already exists`);
  if ([...site.users.values()].some((u) => u.email.toLowerCase() === user.email.toLowerCase())) {
    throw new Error(`A user with e-mail ${user.email} already exists`);
  }
  site.users.set(accountId, user);
  return user;
}

/** Finds a user by e-mail (case-insensitive). */
export function findUserByEmail(site: Site, email: string): User | undefined {
  const wanted = email.toLowerCase();
  return [...site.users.values()].find((u) => u.email.toLowerCase() === wanted);
}

/** The site default locale of a user who has chosen none (Confluence Cloud: English, United States). */
export const DEFAULT_LOCALE = 'en-US';

/**
 * The user's locale as `AP.user.getLocale` gives it: a BCP 47 tag with a hyphen (`de_DE` → `de-DE`),
 * {@link DEFAULT_LOCALE} for anonymous users, users without a locale and malformed ones.
 */
export function userLocaleTag(user: User | undefined): string {
  const tag = user?.locale?.trim().replace(/_/g, '-');
  if (!tag || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
