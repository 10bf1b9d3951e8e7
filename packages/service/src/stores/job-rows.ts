/** Rows of the `queued_jobs` journal table, shared by the SQLite and PostgreSQL stores. */
import type { JournaledJob } from '../core/ports.js';

/** A journal row as stored. */
export interface JobRow {
  job_id: string;
  client_key: string;
  content_id: string;
  content_type: string;
  version: number | string;
  forced: number | string;
  queued_at: string;
}

/** A row as a journaled job (the queue validates the data again before running it). */
export function jobFromRow(row: JobRow): JournaledJob {
  return {
    id: row.job_id,
    data: {
      clientKey: row.client_key,
      contentId: row.content_id,
      contentType: row.content_type as 'page' | 'blogpost',
      version: Number(row.version),
      ...(Number(row.forced) === 1 ? { force: true } : {}),
    },
  };
}
