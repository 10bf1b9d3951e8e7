import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SuggestJobData } from '../../src/core/ports.js';
import { createInProcessQueue } from '../../src/queues/in-process-queue.js';
import type { JobEvent } from '../../src/queues/job-events.js';
import { openSqliteTenantStore } from '../../src/stores/sqlite-tenant-store.js';
import { jobQueueContract } from './job-queue.contract.js';

jobQueueContract('in-process', async ({ retry, onJobEvent }) => ({ queue: createInProcessQueue({ retry, onJobEvent }) }));

// The embedded default as startService wires it: journaled in the SQLite tenant store.
jobQueueContract('in-process + SQLite journal', async ({ retry, onJobEvent }) => {
  const dir = mkdtempSync(join(tmpdir(), 'labelup-journal-'));
  const path = join(dir, 'labelup.sqlite');
  const store = openSqliteTenantStore({ path });
  return {
    queue: createInProcessQueue({ retry, onJobEvent, journal: store }),
    rawStorage: async () => readFileSync(path).toString('latin1') + readFileSync(`${path}-wal`, { flag: 'a+' }).toString('latin1'),
    remainingAfterClose: async () => {
      const again = openSqliteTenantStore({ path });
      const jobs = await again.listJobs();
      await again.close();
      return jobs.map((j) => ({ id: j.id, state: 'waiting' as const, data: { ...j.data } }));
    },
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('in-process queue with a journal: a crash loses no accepted job (issue 12, item 5)', () => {
  const job = (version: number): SuggestJobData => ({ clientKey: 'site-1', contentId: '1001', contentType: 'page', version });

  it('runs after a restart every job accepted before the process died, in order, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelup-journal-'));
    const path = join(dir, 'labelup.sqlite');
    try {
      // Process 1: accepts four jobs, finishes the first, dies while the second runs (its store is never closed).
      const first = openSqliteTenantStore({ path });
      const before = createInProcessQueue({ journal: first });
      const ran: number[] = [];
      before.process(async (data) => {
        ran.push(data.version);
        if (data.version !== 1) await new Promise(() => undefined); // hangs: the crash comes first
      });
      for (const version of [1, 2, 3, 4]) expect((await before.enqueue(job(version))).created).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ran).toEqual([1, 2]);

      // Process 2: the same file; every unfinished job comes back and runs.
      const second = openSqliteTenantStore({ path });
      const events: JobEvent[] = [];
      const after = createInProcessQueue({ journal: second, onJobEvent: (e) => events.push(e) });
      expect((await after.enqueue(job(3))).created).toBe(false); // already there: duplicates still collapse
      const rerun: number[] = [];
      after.process(async (data) => void rerun.push(data.version), { concurrency: 1 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rerun).toEqual([2, 3, 4]);
      expect(events.filter((e) => e.type === 'restored')).toHaveLength(3);
      expect(await second.listJobs()).toEqual([]);
      expect(await after.pendingJobs()).toEqual([]);
      await after.close();
      await second.close();
      await first.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
