// Glue between services and pages: expected domain errors become Next's 404.
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/domain/errors";

/** Awaits a service call; NotFound (also what a refusal is) renders the 404 page. */
export async function loadOr404<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isDomainError(error) && error.status === 404) notFound();
    throw error;
  }
}
