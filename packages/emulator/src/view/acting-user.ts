import type { Site, User } from '../state/index.js';

/**
 * The user the page view acts as: the site's acting user, chosen through the control API
 * (`PUT /__emulator/acting-user`) or the user switcher in the page header. Undefined = anonymous.
 * One acting user per emulator, not per browser: the emulator is a test double of one site seen by one person.
 */
export function actingUser(site: Site): User | undefined {
  return site.actingUserId ? site.users.get(site.actingUserId) : undefined;
}
