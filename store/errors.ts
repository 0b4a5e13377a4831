/** The closed set of error codes clients can rely on. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'DATABASE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR' | 'UNAUTHENTICATED';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

export const badInput = (message: string) => new AppError('BAD_USER_INPUT', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
