// Embedded PostgreSQL (PGlite, WASM) served on a local TCP port, so the app, the job worker,
// migrations and psql use the same `pg` code path as against a real server. For laptops and demos.
//
// PGlite is ONE backend session. pglite-socket's server queues protocol messages one by one and keeps
// a connection's messages together only inside a transaction, so two connections sending
// extended-protocol queries outside transactions interleave (Parse A, Parse B, Bind A → "unnamed
// prepared statement does not exist", electric-sql/pglite#1046). This server replaces it with a
// session gate: a connection takes the backend with its first message and keeps it until the backend
// answers ReadyForQuery with status "idle" — the end of a simple query, of an extended-protocol
// Parse…Sync group, or of a whole transaction. Other connections' messages wait, in arrival order.
// So any number of connections (app server pools, the job worker, pg-boss) can share the database
// safely; PGlite ran one statement at a time anyway. A connection that goes away while holding the
// backend has its open transaction rolled back first.
import { mkdir } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";

export type EmbeddedDatabase = { connectionString: string; stop: () => Promise<void> };

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const READY_FOR_QUERY = 0x5a; // 'Z'
const TERMINATE = 0x58; // 'X'
const IDLE = 0x49; // 'I'
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S'

/** Follows the backend's output message by message and remembers the last ReadyForQuery status. */
class ReadyScanner {
  private header = Buffer.alloc(5);
  private headerLength = 0;
  private remaining = 0;
  private type = 0;
  /** The transaction status of the last ReadyForQuery ('I', 'T', 'E'), or 0 when none was seen. */
  status = 0;

  feed(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.headerLength < 5) {
        this.header[this.headerLength++] = chunk[i++]!;
        if (this.headerLength === 5) {
          this.type = this.header[0]!;
          this.remaining = this.header.readInt32BE(1) - 4;
          if (this.remaining === 0) this.headerLength = 0;
        }
        continue;
      }
      if (this.type === READY_FOR_QUERY) this.status = chunk[i]!;
      const skip = Math.min(this.remaining, chunk.length - i);
      i += skip;
      this.remaining -= skip;
      if (this.remaining === 0) this.headerLength = 0;
    }
  }
}

/** Who holds the single backend session, and who waits for it (first come, first served). */
class SessionGate {
  private owner: Connection | null = null;
  private readonly waiting: { connection: Connection; resolve: () => void }[] = [];

  async acquire(connection: Connection): Promise<void> {
    if (this.owner === connection) return;
    if (this.owner === null) {
      this.owner = connection;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push({ connection, resolve }));
  }

  release(connection: Connection): void {
    if (this.owner !== connection) {
      const index = this.waiting.findIndex((w) => w.connection === connection);
      if (index >= 0) this.waiting.splice(index, 1);
      return;
    }
    const next = this.waiting.shift();
    this.owner = next?.connection ?? null;
    next?.resolve();
  }

  holds(connection: Connection): boolean {
    return this.owner === connection;
  }
}

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private readonly queue: Uint8Array[] = [];
  private draining = false;
  private closed = false;

  constructor(
    private readonly db: PGlite,
    private readonly gate: SessionGate,
    private readonly socket: Socket,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (data) => this.receive(data));
    socket.on("error", () => void this.close());
    socket.on("close", () => void this.close());
  }

  private receive(data: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
    while (!this.closed) {
      if (!this.started) {
        // Untyped messages before the session: SSLRequest, CancelRequest, StartupMessage.
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const message = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        if (code === SSL_REQUEST) this.socket.write("N");
        else if (code === CANCEL_REQUEST) this.socket.end();
        else if (code === PROTOCOL_3) {
          this.started = true;
          this.push(Uint8Array.from(message));
        } else this.socket.destroy();
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const message = Uint8Array.from(this.buffer.subarray(0, length));
      this.buffer = this.buffer.subarray(length);
      if (message[0] === TERMINATE) {
        this.socket.end();
        void this.close();
        return;
      }
      this.push(message);
    }
  }

  private push(message: Uint8Array): void {
    this.queue.push(message);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0 && !this.closed) {
        await this.gate.acquire(this);
        if (this.closed) break;
        const message = this.queue.shift()!;
        const scanner = new ReadyScanner();
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(message, {
            onRawData: (data) => {
              scanner.feed(data);
              if (!this.closed && this.socket.writable) this.socket.write(data);
            },
          }),
        );
        // The end of a query, a Sync group or a transaction: the session is free for the others.
        // (A connection that closed meanwhile keeps it: close() ends what it left open, then releases.)
        if (scanner.status === IDLE && !this.closed) this.gate.release(this);
      }
    } catch {
      this.socket.destroy();
      await this.close();
    } finally {
      this.draining = false;
    }
  }

  /** Gives the session back; an extended-protocol group or transaction left open is ended first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    if (this.gate.holds(this)) {
      try {
        await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC));
        if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
      } catch {
        // The backend is in a state we cannot repair from here; the next client will see it.
      }
    }
    this.gate.release(this);
  }
}

export async function startEmbeddedDatabase(options: {
  /** Where the data lives; omit for an in-memory database (tests). */
  dataDir?: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  const gate = new SessionGate();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    new Connection(db, gate, socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return {
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
