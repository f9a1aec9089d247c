import { type Code, type Lang, type MessageParams, formatMessage, isCode } from './codes.js';

/**
 * The one error type motcua throws, and only for programmer errors (an argument of the wrong shape,
 * data that skipped validation). Expected failures — invalid input, a dossier out of jurisdiction —
 * are returned as values carrying {@link Issue}s instead.
 *
 * Branch on `code`, not on `instanceof`: two copies of the package in one program each have their
 * own class.
 */
export class MotcuaError extends Error {
  override readonly name = 'MotcuaError';
  readonly code: Code;
  readonly params: MessageParams;

  constructor(code: Code, params: MessageParams = {}, options?: { cause?: unknown; lang?: Lang }) {
    super(formatMessage(code, params, options?.lang ?? 'en'), options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.params = params;
  }
}

/** Whether `value` is a {@link MotcuaError} (from any copy of the package). */
export function isMotcuaError(value: unknown): value is MotcuaError {
  return value instanceof Error && value.name === 'MotcuaError' && isCode((value as { code?: unknown }).code);
}

/** Wraps anything thrown into a {@link MotcuaError}; a MotcuaError is returned as it is. */
export function toMotcuaError(value: unknown): MotcuaError {
  if (isMotcuaError(value)) return value;
  const detail = value instanceof Error ? value.message : String(value);
  return new MotcuaError('INTERNAL', { detail }, { cause: value });
}
