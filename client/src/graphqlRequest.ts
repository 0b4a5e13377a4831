// Minimal GraphQL-over-HTTP client: POST {query, variables}; errors classified so the UI can say what happened.

export type ApiErrorKind = 'network' | 'database' | 'server' | 'graphql' | 'aborted';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    /** The server's error code (extensions.code: NOT_FOUND, BAD_USER_INPUT …), shown through i18n. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const DB_PATTERN = /neo4j|database|ServiceUnavailable|ECONNREFUSED|bolt|数据库/i;

/** Decide what kind of failure a message/status describes. */
export function classifyFailure(message: string, status?: number): ApiErrorKind {
  if (DB_PATTERN.test(message)) return 'database';
  if (status !== undefined && status >= 500) return 'server';
  return 'graphql';
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RequestOptions {
  endpoint?: string;
  signal?: AbortSignal;
  fetchImpl?: FetchLike;
}

export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  opts: RequestOptions = {},
): Promise<T> {
  const endpoint = opts.endpoint ?? '/graphql';
  const doFetch: FetchLike = opts.fetchImpl ?? ((i, init) => fetch(i, init));
  // Drop undefined variables so the server applies its defaults.
  const vars: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(variables)) if (v !== undefined && v !== '') vars[k] = v;
  let res: Response;
  try {
    res = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: vars }),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw new ApiError('aborted', 'aborted');
    throw new ApiError('network', (e as Error)?.message ?? String(e));
  }
  let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) {
    const msg = body.errors.map((e) => [e.message, e.extensions?.code].filter(Boolean).join(' ')).join('; ');
    const code = body.errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string');
    throw new ApiError(classifyFailure(msg, res.status), msg, res.status, code);
  }
  if (!res.ok || !body || body.data === undefined || body.data === null) {
    const msg = `HTTP ${res.status}`;
    throw new ApiError(res.status === 503 ? 'database' : classifyFailure(msg, res.status), msg, res.status);
  }
  return body.data;
}
