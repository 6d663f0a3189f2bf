// Right after a transaction that recorded notification events has committed, the service calls
// wakeNotifications(): the fan-out is queued at once instead of waiting for the sweep the queue
// runs every minute. Events are durable rows, so a lost wake-up only delays them until that sweep.
import { log } from "@/lib/log";
import { enqueue } from "@/lib/jobs/queue";
import { notifyFanOutJob } from "@/lib/jobs/notifications";

type Waker = () => void;

const queueFanOut: Waker = () => {
  enqueue(notifyFanOutJob, {}).catch((err: unknown) =>
    log().warn({ err }, "fan-out not queued; the minute sweep will pick it up"),
  );
};

let waker: Waker | null = queueFanOut;

export function wakeNotifications(): void {
  waker?.();
}

/** Tests drive the fan-out themselves: they switch the wake-up off (null), replace it, or restore the queue (no argument). */
export function setNotificationWaker(next: Waker | null = queueFanOut): void {
  waker = next;
}
