// createApp wires the GraphQL API, /health and the explorer into an HTTP handler. Nothing starts on import.
import { timingSafeEqual } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express, { type Express } from 'express';
import type { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';
import type { Config } from '../store/config.ts';
import type { Db } from '../store/db.ts';
import { AppError } from '../store/errors.ts';
import { createContext, resolvers, type Context } from './resolvers.ts';
import { graphVersion, responseCache } from './response-cache.ts';
import { uploadRoutes } from './upload.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const CLIENT_DIST = join(here, '..', 'client', 'dist');
const typeDefs = readFileSync(join(here, 'schema.graphql'), 'utf8');
/** What a browser gets at GET /graphql: examples and a form that POSTs to /graphql, no external script. */
const graphqlPage = readFileSync(join(here, 'graphql-page.html'));

// Our own types nest at most 5 deep; the depth limit guards introspection (GraphiQL's query is 13 deep).
export const LIMITS = { maxDepth: 15, maxCost: 20_000, maxAliases: 15, bodyBytes: '1mb' } as const;

const PUBLIC_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'DATABASE_UNAVAILABLE', 'UNAUTHENTICATED']);
// Apollo's own codes for requests that never reached a resolver are the client's fault.
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

function findAppError(error: unknown): AppError | undefined {
  let e: unknown = error;
  for (let i = 0; i < 5 && e; i++) {
    if (e instanceof AppError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Keeps the closed set of codes; anything unexpected is logged and masked. */
export function formatError(development: boolean, log: (msg: string, err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const app = findAppError(error);
    if (app && PUBLIC_CODES.has(app.code)) {
      if (app.code === 'DATABASE_UNAVAILABLE') log('database unavailable', app.cause);
      return { message: app.message, path: formatted.path, extensions: { code: app.code } };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (CLIENT_CODES.has(code) || (code === 'BAD_USER_INPUT' && !app)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    log('unexpected error', (app?.cause ?? error) as unknown);
    return {
      message: development ? formatted.message : 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(development ? { detail: String(error) } : {}) },
    };
  };
}

// The armor rules throw by default, which Apollo reports as an internal error; a validation error is the truth.
const reportAsValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/** Constant-time comparison of the bearer token with the configured one; no token configured, no writes. */
export function hasWriteToken(config: Config, header: string | undefined): boolean {
  if (!config.WRITE_TOKEN || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const wanted = Buffer.from(config.WRITE_TOKEN);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export interface App {
  express: Express;
  stop(): Promise<void>;
}

export async function createApp(config: Config, db: Db, log = (msg: string, err?: unknown) => console.error(msg, err ?? '')): Promise<App> {
  const development = config.NODE_ENV === 'development';
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const version = graphVersion(db);
  const answers = responseCache<Context>(version, config.RESPONSE_CACHE_MB);
  const apollo = new ApolloServer<Context>({
    schema,
    // Apollo's landing page loads its code from a CDN (blank offline); GET /graphql serves graphql-page.html.
    // Answers are cached by graph version (response-cache.ts), never by HTTP cache hints; Apollo's cache-control
    // plugin would otherwise wrap every field's resolver to collect hints nobody reads.
    plugins: [answers.plugin, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    // The command that runs the server stops it on SIGINT/SIGTERM, in order; Apollo's own handlers would
    // re-raise the signal after stopping Apollo alone and kill the process before the database is stopped.
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: formatError(development, log),
    validationRules: [
      maxDepthRule({ n: LIMITS.maxDepth, ignoreIntrospection: false, ...reportAsValidationError }),
      costLimitRule({ maxCost: LIMITS.maxCost, ...reportAsValidationError }),
      maxAliasesRule({ n: LIMITS.maxAliases, ...reportAsValidationError }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' });
  });
  app.get('/graphql', (req, res, next) => {
    // Browsers (text/html preferred) asking for no operation; fetch and curl send */* and go on to GraphQL.
    if (req.query.query !== undefined || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    res.type('html').setHeader('cache-control', 'no-cache');
    res.send(graphqlPage);
  });
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyBytes }),
    answers.handler(apollo, async (req) => createContext(db, hasWriteToken(config, req.headers.authorization))),
  );
  app.use(uploadRoutes({ config, db, version, canWrite: (req) => hasWriteToken(config, req.headers.authorization) }));
  if (existsSync(CLIENT_DIST)) app.use(express.static(CLIENT_DIST));
  else app.get('/', (_req, res) => res.type('text/plain').send('Explorer not built: run npm run build:client'));
  // Body-parser and other middleware errors: a short JSON answer, no stack trace.
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status ?? 500;
    const message = err.type === 'entity.too.large' ? `request body larger than ${LIMITS.bodyBytes}` : status < 500 ? 'bad request' : 'internal server error';
    if (status >= 500) log('http error', err);
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
  });
  return { express: app, stop: () => apollo.stop() };
}
