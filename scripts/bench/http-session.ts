// A signed-in user over plain HTTP, for the benchmarks that drive a running production server
// (login flood, faults, hostile uploads): next-auth's credentials sign-in, a cookie jar, and server
// actions submitted the way a browser without JavaScript submits them — the form's own hidden
// fields ($ACTION_REF…, $ACTION_KEY, the bound arguments) plus the user's fields, as multipart to
// the page. Next.js runs the real action and answers with the page re-rendered with the form's
// state (its success or error message), or with a 303 when the action redirects.
import { readdirSync, readFileSync } from "node:fs";

export type FetchOptions = { timeoutMs?: number };

export class HttpSession {
  private jar = new Map<string, string>();

  /** `address` is sent as X-Forwarded-For: run the server with TRUSTED_PROXY_HEADER=x-forwarded-for. */
  constructor(
    readonly base: string,
    readonly address = "192.0.2.1",
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join("; "),
      "x-forwarded-for": this.address,
      ...extra,
    };
  }

  private keep(response: Response): void {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair!.indexOf("=");
      this.jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }

  async request(path: string, init: RequestInit & FetchOptions = {}): Promise<Response> {
    const { timeoutMs = 30_000, headers, ...rest } = init;
    const response = await fetch(`${this.base}${path}`, {
      redirect: "manual",
      ...rest,
      headers: this.headers(headers as Record<string, string> | undefined),
      signal: AbortSignal.timeout(timeoutMs),
    });
    this.keep(response);
    return response;
  }

  /** GET with the body read; throws on network errors and timeouts. */
  async get(path: string, options: FetchOptions = {}): Promise<{ status: number; html: string }> {
    const response = await this.request(path, options);
    return { status: response.status, html: await response.text() };
  }

  /** Credentials sign-in through next-auth's HTTP API; returns its error code ("" on success). */
  /**
   * Signs in through next-auth's credentials flow; returns the error code ("" on success). "Busy"
   * (the server's login gate, lib/auth/login-gate.ts) is tried again, as a user would, unless
   * `retryBusy` is false (the login flood's attackers count it).
   */
  async signIn(email: string, password: string, { retryBusy = true } = {}): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const error = await this.signInOnce(email, password);
      if (error !== "Busy" || !retryBusy || attempt >= 20) return error;
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
    }
  }

  private async signInOnce(email: string, password: string): Promise<string> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    // With json=true next-auth answers { url }; a failure carries ?error=<code> in it.
    const location = response.headers.get("location") ?? ((await response.json()) as { url?: string }).url ?? "";
    return new URL(location, this.base).searchParams.get("error") ?? "";
  }

  /**
   * Submits `form` (from findForm) on the page at `path` with `fields` added, as a browser without
   * JavaScript does. The Origin header is the server's own, as a browser sends it.
   */
  async submit(
    path: string,
    form: HtmlForm,
    fields: Record<string, string | Blob>,
    options: FetchOptions = {},
  ): Promise<{ status: number; location: string | null; html: string }> {
    const body = new FormData();
    for (const [name, value] of Object.entries(form.hidden)) body.append(name, value);
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === "string") body.append(name, value);
      else body.append(name, value, (value as File).name ?? "bestand");
    }
    const response = await this.request(path, { method: "POST", body, headers: { origin: this.base }, ...options });
    return { status: response.status, location: response.headers.get("location"), html: await response.text() };
  }
}

export type HtmlForm = { html: string; hidden: Record<string, string> };

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w:$-]+)="([^"]*)"/g)) found[name!] = unescapeHtml(value!);
  return found;
}

/** The first form on the page whose HTML contains `marker` (a button label, a field name), with its hidden fields. */
export function findForm(html: string, marker: string): HtmlForm | undefined {
  for (const [form] of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
    if (!form.includes(marker)) continue;
    const hidden: Record<string, string> = {};
    for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
      const a = attributes(tag);
      if (a.type === "hidden" && a.name) hidden[a.name] = a.value ?? "";
    }
    return { html: form, hidden };
  }
  return undefined;
}

/** Ctrl-C or SIGTERM: runs `cleanup` once, then exits 130. The getter says whether it happened (loops stop on it). */
export function cleanUpOnInterrupt(cleanup: () => Promise<void>, say: (line: string) => void): () => boolean {
  let interrupted = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      say(`${signal}: opruimen…`);
      void cleanup().finally(() => process.exit(130));
    });
  return () => interrupted;
}

/** Refuses to start when something already answers on the port (its answers would be measured instead). */
export async function assertPortFree(base: string): Promise<void> {
  try {
    await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
  } catch {
    return;
  }
  throw new Error(`${base} is al in gebruik; stop die server of kies een andere --port`);
}

/** Waits until /api/health answers 200. */
export async function waitForHealth(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} antwoordde niet binnen ${timeoutMs / 1000} s`);
}

/** The pids of every process below `pid` (children, their children, …), from /proc. */
export function descendants(pid: number): number[] {
  const found: number[] = [];
  const visit = (parent: number) => {
    let children: number[] = [];
    try {
      for (const task of readTasks(parent))
        children = children.concat(
          readFileSync(`/proc/${parent}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
        );
    } catch {
      return; // gone
    }
    for (const child of children) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/** A process's threads: each lists the children it started itself. */
function readTasks(pid: number): string[] {
  return readdirSync(`/proc/${pid}/task`);
}

/** A process's command line (empty when it is gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return "";
  }
}

/** Resident memory of a process in MB (VmRSS), or NaN when it is gone. */
export function rssMb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system, ms) a process has used so far; throws when it is gone. */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks per second
}

export /** CPU of every PostgreSQL process on this machine (0 when it runs elsewhere): a change can move work there. */
function databaseCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") total += processCpuMs(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** Percentile summary of a list of milliseconds. */
export function percentiles(values: number[]): { n: number; median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, median: pick(0.5), p95: pick(0.95), max: sorted.at(-1) ?? NaN };
}
