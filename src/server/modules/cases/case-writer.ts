import type { Database } from '../../db/client';
import { scrubQueryError } from '../../http/log-privacy';
import type { AuditContext } from '../audit/service';
import { type CaseRecord, recordCases } from './record-case';

interface Pending {
  record: CaseRecord;
  audit: AuditContext;
  resolve: (agendaNumber: string | null) => void;
  reject: (error: unknown) => void;
}

/** At most this many statements of new cases run at once; reports arriving meanwhile wait and go together. */
const MAX_IN_FLIGHT = 1;
const MAX_BATCH = 50;

/**
 * Group commit for new cases. A report that finds a free slot is written at once, alone; reports
 * that arrive while the slots are busy (a queue of citizens, a village uploading its outbox) are
 * written together in the next statement. Under load this spends one round trip, one plan and one
 * commit on several cases; when quiet, nothing waits. If a shared statement fails, each case is
 * written on its own again, so one bad report never fails the others and each gets its own error.
 */
export function caseWriter(db: Database) {
  const queue: Pending[] = [];
  let inFlight = 0;

  async function writeBatch(batch: Pending[]): Promise<void> {
    try {
      const numbers = await recordCases(db, batch);
      for (const [index, item] of batch.entries()) item.resolve(numbers[index] ?? null);
    } catch (error) {
      if (batch.length === 1) {
        // The failed statement's error carries every report of it as bind values: gone before it travels.
        batch[0]?.reject(scrubQueryError(error));
        return;
      }
      await Promise.all(batch.map((item) => writeBatch([item])));
    }
  }

  function pump(): void {
    while (inFlight < MAX_IN_FLIGHT && queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      inFlight += 1;
      void writeBatch(batch).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  }

  return {
    write(record: CaseRecord, audit: AuditContext): Promise<string | null> {
      return new Promise((resolve, reject) => {
        queue.push({ record, audit, resolve, reject });
        pump();
      });
    },
  };
}

const writers = new WeakMap<Database, ReturnType<typeof caseWriter>>();

/** Writes a new case through the database's group-commit writer; answers its agenda number. */
export function recordCase(db: Database, record: CaseRecord, audit: AuditContext): Promise<string | null> {
  let writer = writers.get(db);
  if (!writer) {
    writer = caseWriter(db);
    writers.set(db, writer);
  }
  return writer.write(record, audit);
}
