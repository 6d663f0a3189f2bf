// In-process background work for the self-hosted Node server: started at once, not tied to the
// request's lifecycle (the response does not wait for it), errors logged. Work that must survive a
// restart needs a persistent queue; imports instead mark jobs that stop moving as interrupted.
import { log } from "@/lib/log";

export function runInBackground(name: string, context: Record<string, unknown>, work: () => Promise<unknown>): void {
  setImmediate(() => {
    work().catch((err: unknown) => log().error({ err, ...context }, `${name} failed`));
  });
}
