// A throw-away PostgreSQL cluster for the fault benchmark: initdb into a temp dir, started on a free
// local port with its socket in that dir, so it can be stopped and restarted without touching any
// other PostgreSQL on the machine. The binaries come from FAULTS_PG_BINDIR, `pg_config --bindir` or
// the newest /usr/lib/postgresql/<version>/bin. PostgreSQL refuses to run as root: then every
// command runs as the user `postgres` (FAULTS_PG_USER), which gets the temp dir.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type Cluster = {
  dir: string;
  port: number;
  /** The cluster's superuser (trust authentication on 127.0.0.1). */
  superuserUrl: string;
  /** Runs pg_ctl with the data directory and the server's options (start, stop -m fast, restart). */
  pgCtl: (...args: string[]) => void;
  /** The same without blocking this process's event loop (for use while clients run). */
  pgCtlAsync: (...args: string[]) => Promise<void>;
  /** Stops the server (if it runs) and removes the temp dir. Safe to call twice. */
  destroy: () => void;
};

function binDir(): string {
  const override = process.env.FAULTS_PG_BINDIR;
  if (override) return override;
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    if (existsSync(path.join(dir, "initdb"))) return dir;
  } catch {
    // no pg_config on the PATH: look in Debian's place
  }
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error("initdb niet gevonden: zet FAULTS_PG_BINDIR op de map met de PostgreSQL-programma's");
  return path.join(base, versions[0], "bin");
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function createCluster(log: (line: string) => void): Promise<Cluster> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), "wijkkracht-faults-"));
  const asRoot = process.getuid?.() === 0;
  const osUser = process.env.FAULTS_PG_USER ?? "postgres";
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", osUser], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", osUser], { encoding: "utf8" }));
    chownSync(dir, uid, gid);
  }
  const command = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", osUser, "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
  const failed = (program: string, args: string[], status: number | null, output: string) =>
    new Error(`${program} ${args.join(" ")} mislukte (exit ${status}): ${output}`);
  const run = (program: string, args: string[]) => {
    const result = spawnSync(...command(program, args), { encoding: "utf8", cwd: dir });
    if (result.status !== 0) throw failed(program, args, result.status, result.stderr || result.stdout);
  };
  const runAsync = (program: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(...command(program, args), { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      child.once("error", reject);
      child.once("exit", (status) => (status === 0 ? resolve() : reject(failed(program, args, status, output))));
    });
  const data = path.join(dir, "data");
  const port = await freePort();
  let destroyed = false;
  const ctlArgs = (args: string[]) => [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    ...args,
  ];
  const pgCtl = (...args: string[]) => run("pg_ctl", ctlArgs(args));
  const pgCtlAsync = (...args: string[]) => runAsync("pg_ctl", ctlArgs(args));
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    if (existsSync(path.join(data, "postmaster.pid"))) {
      try {
        pgCtl("stop", "-m", "immediate");
      } catch (error) {
        log(`cluster stoppen mislukte: ${(error as Error).message}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"]);
    pgCtl("start");
  } catch (error) {
    destroy();
    throw error;
  }
  log(`wegwerpcluster: ${bin}, poort ${port}, ${dir}`);
  return { dir, port, superuserUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`, pgCtl, pgCtlAsync, destroy };
}

/**
 * The database of README's Deploy section on the cluster: the roles created by the superuser (the
 * app's login role owns nothing), and a database owned by a separate migration user. Returns the
 * owner's URL; `npm start` with it as DATABASE_URL migrates as the owner and serves as wijkkracht_web.
 */
export async function createDeployDatabase(cluster: Cluster, name = "wijkkracht"): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.superuserUrl });
  await admin.connect();
  try {
    for (const sql of [
      "CREATE ROLE wijkkracht_owner LOGIN",
      "CREATE ROLE wijkkracht_app NOLOGIN NOINHERIT",
      "CREATE ROLE wijkkracht_web LOGIN NOINHERIT",
      "CREATE ROLE wijkkracht_system LOGIN NOINHERIT BYPASSRLS",
      "GRANT wijkkracht_app TO wijkkracht_web",
      // The first migration grants policies through this membership; without CREATEROLE the owner
      // cannot take it itself.
      "GRANT wijkkracht_app TO wijkkracht_owner",
      `CREATE DATABASE "${name}" OWNER wijkkracht_owner`,
    ])
      await admin.query(sql);
  } finally {
    await admin.end();
  }
  return `postgresql://wijkkracht_owner@127.0.0.1:${cluster.port}/${name}`;
}
