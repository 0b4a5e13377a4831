// Whole answers to read queries are cached in memory, keyed by query, variables and the graph's version. Every
// load bumps the version (cypher/graph-touch.cypher), so an answer is never served after the graph it came from
// has changed: at once for writes through this API, within VERSION_MAX_AGE_MS for an `npm run ingest` elsewhere.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Db } from './db.ts';

export const VERSION_MAX_AGE_MS = 1_000;

export interface GraphVersion {
  /** The version, read from the database at most once per VERSION_MAX_AGE_MS; null when it cannot be read. */
  current(): Promise<string | null>;
  /** Forget the known version (after a mutation through this API). */
  changed(): void;
}

export function graphVersion(db: Db): GraphVersion {
  let value: string | null = null;
  let readAt = -Infinity;
  let reading: Promise<string | null> | undefined;
  return {
    current() {
      if (performance.now() - readAt < VERSION_MAX_AGE_MS) return Promise.resolve(value);
      reading ??= db
        .readOnce('graph-version')
        .then(([row]) => String(row?.version ?? 0), () => null)
        .then((v) => {
          [value, readAt, reading] = [v, performance.now(), undefined];
          return v;
        });
      return reading;
    },
    changed() {
      readAt = -Infinity;
    },
  };
}

type Data = Record<string, unknown> | null;

/**
 * Identical read queries arriving while the first is still running wait for its answer instead of running again:
 * without this, 32 clients asking for the same uncached hub each pay for it (the cache is only written once an
 * answer is complete). An answer with errors is not shared; the waiting requests then run themselves.
 * A mutation makes the next request read the version again, so its own writes are seen at once.
 */
function singleFlightPlugin<T extends object>(version: GraphVersion): ApolloServerPlugin<T> {
  const running = new Map<string, Promise<Data>>();
  return {
    async requestDidStart() {
      let finish: ((data: Data) => void) | undefined;
      let key = '';
      return {
        async responseForOperation(ctx: GraphQLRequestContext<T>) {
          if (ctx.operation?.operation !== 'query') return null;
          const v = await version.current();
          if (v === null) return null;
          key = JSON.stringify([v, ctx.source, ctx.operationName ?? null, ctx.request.variables ?? {}]);
          const first = running.get(key);
          if (!first) {
            running.set(key, new Promise<Data>((ok) => (finish = ok)));
            return null;
          }
          const data = await first;
          return data ? { body: { kind: 'single', singleResult: { data } }, http: { status: undefined, headers: new HeaderMap() } } : null;
        },
        async willSendResponse(ctx: GraphQLRequestContext<T>) {
          if (ctx.operation?.operation === 'mutation') version.changed();
          if (!finish) return;
          const single = ctx.response.body?.kind === 'single' ? ctx.response.body.singleResult : undefined;
          finish(single && !single.errors ? ((single.data as Data) ?? null) : null);
          running.delete(key);
        },
      };
    },
  };
}

export function responseCachePlugins<T extends object>(version: GraphVersion, maxMB: number): ApolloServerPlugin<T>[] {
  if (maxMB <= 0) return [];
  // Without a known version (database unreachable) the cache is bypassed: the resolvers report the outage.
  const usable = async () => (await version.current()) !== null;
  return [
    // Answers change only with the graph, so any age is fine; no Cache-Control header for HTTP caches.
    ApolloServerPluginCacheControl({ defaultMaxAge: 86_400, calculateHttpHeaders: false }),
    responseCachePlugin<T>({
      cache: new InMemoryLRUCache({ maxSize: maxMB * 2 ** 20 }),
      extraCacheKeyData: () => version.current(),
      shouldReadFromCache: usable,
      shouldWriteToCache: usable,
    }),
    // After the cache: only misses wait for a running twin.
    singleFlightPlugin<T>(version),
  ];
}
