/**
 * Where the contract suites find real Redis and PostgreSQL: `scripts/test.sh` starts both and
 * exports their URLs. In CI a missing URL FAILS the suite (a silent skip would hide a broken
 * setup); outside CI the suite is skipped with the reason printed.
 */
import { describe, it } from 'vitest';

/** The URL, or a skip reason (outside CI only). */
export function backendUrl(variable: 'LABELUP_TEST_REDIS_URL' | 'LABELUP_TEST_DATABASE_URL'): { url?: string; skipReason?: string } {
  const url = process.env[variable];
  if (url) return { url };
  if (process.env.CI) {
    describe(`${variable} is required in CI`, () => {
      it('is set by scripts/test.sh', () => {
        throw new Error(`${variable} is not set: run the tests with scripts/test.sh (it starts Redis and PostgreSQL)`);
      });
    });
    return { skipReason: `${variable} missing (failing in CI)` };
  }
  const skipReason = `${variable} is not set; run scripts/test.sh, or: d=$(mktemp -d); eval "$(bash scripts/start-services.sh $d)"`;
  console.warn(`skipping: ${skipReason}`);
  return { skipReason };
}
