/**
 * The single application error. Modules declare their own codes; the HTTP edge maps an AppError
 * to an RFC 9457 problem document exactly once.
 */
export interface AppErrorOptions {
  /** HTTP status the edge should answer with. */
  status?: number;
  /** The offending input field, as a JSON pointer-like path (e.g. `/contactId`). */
  field?: string;
  /** Extra machine-readable details. */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? 400;
    this.field = options.field;
    this.details = options.details;
  }
}

export const notFound = (what: string, field?: string): AppError =>
  new AppError('not_found', `${what} was not found`, { status: 404, field });

export const forbidden = (message = 'You are not allowed to do this'): AppError =>
  new AppError('forbidden', message, { status: 403 });

export const conflict = (code: string, message: string, field?: string): AppError =>
  new AppError(code, message, { status: 409, field });

export const invalid = (code: string, message: string, field?: string): AppError =>
  new AppError(code, message, { status: 422, field });
