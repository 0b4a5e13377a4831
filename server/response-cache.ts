// Whole answers to read queries are cached in memory as the bytes sent, keyed by the request and the graph's
// version. Every load bumps the version (cypher/graph-touch.cypher), so an answer is never served after the graph
// it came from has changed: at once for writes through this API, within VERSION_MAX_AGE_MS for an
// `npm run ingest` elsewhere. A hit skips parsing, validation, execution and serialisation: hub answers reach
// 150–270 k characters, and re-serialising a cached object cost a third of the server's time at 32 clients.
import type { ApolloServer, ApolloServerPlugin, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Request, Response } from 'express';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Db } from '../store/db.ts';

export const VERSION_MAX_AGE_MS = 1_000;
/** Smaller answers are sent as they are: compressing them saves less than it costs. */
export const GZIP_MIN_BYTES = 1_024;
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

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

interface Answer {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzipped: boolean;
}

/**
 * The answer as the client takes it. Big answers are cached gzipped (JSON of Chinese text shrinks 4–60×, so the
 * cache holds that many more; browsers and fetch all accept gzip) and inflated only for clients that do not.
 */
async function encoded(a: Answer, acceptsGzip: boolean): Promise<Answer> {
  if (a.gzipped) return acceptsGzip ? a : { ...a, body: await gunzipAsync(a.body), gzipped: false };
  if (acceptsGzip && a.body.length >= GZIP_MIN_BYTES) return { ...a, body: await gzipAsync(a.body), gzipped: true };
  return a;
}

/**
 * Serves /graphql through Apollo, answering repeated read queries from a size-bounded LRU of final bytes.
 * Identical queries arriving while the first still runs wait for its answer instead of running again (32 clients
 * asking for the same uncached hub would otherwise each pay for it). Only successful queries are kept; errors,
 * mutations and anything asked while the version is unknown (database down) always run, so outages are reported.
 */
export function responseCache<T extends BaseContext>(version: GraphVersion, maxMB: number) {
  const cache = maxMB > 0
    ? new LRUCache<string, Answer>({ maxSize: maxMB * 2 ** 20, sizeCalculation: (a, key) => a.body.length + key.length })
    : undefined;
  const running = new Map<string, Promise<Answer | undefined>>();
  const cacheable = new WeakSet<HTTPGraphQLRequest>();

  async function execute(apollo: ApolloServer<T>, context: (req: Request) => Promise<T>, req: Request): Promise<{ answer: Answer; cacheable: boolean }> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const request: HTTPGraphQLRequest = { method: req.method.toUpperCase(), headers, search: new URL(req.url, 'http://x').search, body: req.body };
    const res = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => context(req) });
    // Our schema has no @defer/@stream, so answers are always complete.
    const text = res.body.kind === 'complete' ? res.body.string : '';
    const status = res.status ?? 200;
    return { answer: { status, headers: [...res.headers], body: Buffer.from(text), gzipped: false }, cacheable: status === 200 && cacheable.has(request) };
  }

  async function answer(apollo: ApolloServer<T>, context: (req: Request) => Promise<T>, req: Request): Promise<Answer> {
    const run = () => execute(apollo, context, req);
    const body = req.body as { query?: unknown } | undefined;
    const v = cache && req.method === 'POST' && typeof body?.query === 'string' ? await version.current() : null;
    if (v === null) return (await run()).answer;
    // The Accept header picks the content type Apollo answers with; none and */* both get application/json.
    const accept = req.headers.accept === '*/*' ? '' : (req.headers.accept ?? '');
    const key = JSON.stringify([v, accept, body]);
    const hit = cache!.get(key);
    if (hit) return hit;
    const twin = running.get(key);
    if (twin) {
      const shared = await twin;
      if (shared) return shared;
      return (await run()).answer;
    }
    let finish!: (a: Answer | undefined) => void;
    running.set(key, new Promise((ok) => (finish = ok)));
    try {
      const done = await run();
      if (!done.cacheable) {
        finish(undefined);
        return done.answer;
      }
      const kept = await encoded(done.answer, true);
      // A small Buffer is a slice of a shared 8 kB pool, which a cached slice would keep alive whole.
      if (!kept.gzipped) kept.body = Buffer.from(kept.body.buffer.slice(kept.body.byteOffset, kept.body.byteOffset + kept.body.length));
      cache!.set(key, kept);
      finish(kept);
      return kept;
    } catch (e) {
      finish(undefined);
      throw e;
    } finally {
      running.delete(key);
    }
  }

  return {
    /** Marks successful queries as cacheable and makes a mutation refresh the version, so its writes are seen at once. */
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse(ctx) {
            const kind = ctx.operation?.operation;
            if (kind === 'mutation') version.changed();
            const single = ctx.response.body.kind === 'single' ? ctx.response.body.singleResult : undefined;
            if (kind === 'query' && single && !single.errors && ctx.request.http) cacheable.add(ctx.request.http);
          },
        };
      },
    } satisfies ApolloServerPlugin<T>,
    /** The /graphql route: Apollo behind the cache. */
    handler(apollo: ApolloServer<T>, context: (req: Request) => Promise<T>) {
      return async (req: Request, res: Response) => {
        const a = await encoded(await answer(apollo, context, req), /\bgzip\b/.test(req.headers['accept-encoding'] ?? ''));
        res.statusCode = a.status;
        for (const [k, v] of a.headers) res.setHeader(k, v);
        res.setHeader('vary', 'accept, accept-encoding');
        if (a.gzipped) res.setHeader('content-encoding', 'gzip');
        res.setHeader('content-length', a.body.length);
        res.end(a.body);
      };
    },
  };
}
