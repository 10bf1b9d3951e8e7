/**
 * Seeding the emulator: `loadFixtures(dir)` reads and validates a fixture directory, `seedSite(site, fixtures)`
 * loads it into the in-memory site, `seedDemoSite(site)` does both for the shipped demo site.
 */
export { loadFixtures, DEMO_SITE_DIR, FixtureError } from './load-fixtures.js';
export { seedSite, seedDemoSite, type SeedSummary } from './seed-site.js';
export type { Fixtures, FixturePage, FixtureSpace, FixtureUser } from './fixture-schema.js';
