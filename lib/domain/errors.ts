// Domain errors: expected outcomes that the UI shows in the reader's language and the API maps to
// problem+json. A message may be a catalogue reference (msg() from lib/i18n/keys): `message` holds
// the Dutch text (logs, tests, API), `messageRef` the reference that server actions translate.
import { dutch, msg } from "@/lib/i18n/keys";

type FieldErrors = Record<string, string[]>;

const dutchFields = (fields: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(fields).map(([k, list]) => [k, list.map(dutch)]));

export class DomainError extends Error {
  readonly messageRef: string;
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(dutch(message));
    this.messageRef = message;
    this.name = new.target.name;
  }
}

/**
 * Not found and not allowed look the same to the user: both are 404 (there is deliberately no
 * "forbidden" error: a refusal must not reveal that the record exists).
 */
export class NotFoundError extends DomainError {
  constructor(message = msg("errors.notFound.generic")) {
    super(message, 404, "not_found");
  }
}

export class ValidationError extends DomainError {
  readonly fieldErrors: FieldErrors;
  constructor(
    message: string,
    readonly fieldErrorRefs: FieldErrors = {},
  ) {
    super(message, 422, "validation");
    this.fieldErrors = dutchFields(fieldErrorRefs);
  }
}

export class ConflictError extends DomainError {
  readonly fieldErrors: FieldErrors;
  constructor(
    message: string,
    readonly fieldErrorRefs: FieldErrors = {},
  ) {
    super(message, 409, "conflict");
    this.fieldErrors = dutchFields(fieldErrorRefs);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
