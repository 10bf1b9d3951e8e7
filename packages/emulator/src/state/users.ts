import { randomBytes } from 'node:crypto';
import type { Site, User } from './types.js';

/** Input of {@link addUser}; everything optional. */
export interface AddUserInput {
  accountId?: string;
  email?: string;
  displayName?: string;
  apiToken?: string;
  accountType?: User['accountType'];
  /** Confluence language, e.g. `de-DE` (Forge context `locale`); default none = `en-US`. */
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
