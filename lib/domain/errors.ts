// Domain errors: expected outcomes that the UI shows in Dutch and the API maps to problem+json.

export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Not found and not allowed look the same to the user: both are 404. */
export class NotFoundError extends DomainError {
  constructor(message = "Niet gevonden.") {
    super(message, 404, "not_found");
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "U heeft geen toegang tot deze actie.") {
    super(message, 403, "forbidden");
  }
}

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 422, "validation");
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 409, "conflict");
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
