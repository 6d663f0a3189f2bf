// A small counting semaphore with a bounded queue: at most `limit` holders at once, at most
// `maxQueue` waiting, and nobody waits longer than `maxWaitMs`. Used to bound how many argon2
// hashes run at once (each takes 19 MiB and a core for tens of milliseconds), so a flood of login
// attempts queues or is refused in memory instead of starving every other request.

export class BusyError extends Error {
  constructor() {
    super("bezet");
    this.name = "BusyError";
  }
}

type Waiter = { resolve: () => void; timer: ReturnType<typeof setTimeout> };

export class Semaphore {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly limit: number,
    private readonly maxQueue: number,
    private readonly maxWaitMs: number,
  ) {}

  /** True when a new caller would be refused at once: cheap admission control before any work. */
  get saturated(): boolean {
    return this.active >= this.limit && this.waiting.length >= this.maxQueue;
  }

  get stats(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /** Runs `fn` while holding one slot; throws BusyError when the queue is full or the wait too long. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(new BusyError());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(waiter);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(new BusyError());
        }, this.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve(); // the slot passes straight to the next waiter
    } else {
      this.active--;
    }
  }
}
