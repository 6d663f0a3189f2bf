// Reading inside a transaction without Prisma's batching (see oneByOne).
/**
 * A transaction's reads one after another, in the order given, with their results as a tuple (like
 * `Promise.all`'s). For reads that include raw SQL (`tx.$queryRaw`): Prisma batches the requests a
 * transaction makes in the same tick, and it caches the compiled plan of a batch only when the batch
 * starts with a model query; a batch that starts with raw SQL is compiled again on every call (about
 * 2 ms of CPU per request on the dashboard). Awaited one by one, the model queries hit the plan
 * cache and raw SQL is not compiled at all. The database runs a transaction's statements one at a
 * time either way (docs/transactions.md).
 */
export async function oneByOne<T extends readonly (() => PromiseLike<unknown>)[]>(
  ...reads: T
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
