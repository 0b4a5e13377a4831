// Wraps a Db so that every named query run inside a transaction is timed: where does loading spend its time?
import type { Db, Tx } from '../store/db.ts';

export interface QueryTimes {
  [name: string]: { calls: number; ms: number };
}

export function timedDb(db: Db): { db: Db; times: QueryTimes } {
  const times: QueryTimes = {};
  const note = (name: string, ms: number) => {
    const t = (times[name] ??= { calls: 0, ms: 0 });
    t.calls++;
    t.ms += ms;
  };
  const wrapped: Db = {
    ...db,
    writeTx: <T>(work: (tx: Tx) => Promise<T>) => {
      const t0 = performance.now();
      return db
        .writeTx((tx) =>
          work({
            run: async (name, params) => {
              const t = performance.now();
              try {
                return await tx.run(name, params);
              } finally {
                note(name, performance.now() - t);
              }
            },
          }),
        )
        .finally(() => note('(whole transaction incl. commit)', performance.now() - t0));
    },
  };
  return { db: wrapped, times };
}
