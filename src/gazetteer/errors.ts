/** Errors of the gazetteer; `code` is stable for callers and logs. */
export type GazetteerErrorCode = 'gazetteer_invalid';

export class GazetteerError extends Error {
  readonly code: GazetteerErrorCode;

  constructor(code: GazetteerErrorCode, message: string) {
    super(message);
    this.name = 'GazetteerError';
    this.code = code;
  }
}
