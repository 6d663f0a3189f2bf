// Whole-page server time of the regioplan pages for a plan with 300 initiatives, over HTTP against a
// running app (time to the complete HTML response). Not part of `npm run bench` (needs a server):
//   PORT=3420 PGLITE_PORT=3421 npm start        # in another shell
//   DATABASE_URL=postgresql://postgres@127.0.0.1:3421/postgres BASE_URL=http://127.0.0.1:3420 npx tsx scripts/bench/regioplan-http.ts
import { disconnectDb, systemDb } from "@/lib/db/client";
import { measure } from "./harness";
import { createLargePlan } from "./regioplan.bench";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3420";
const slug = "zaanstreek-waterland";

async function login(email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v] = pair!.split("=");
      jar.set(k!, v ?? "");
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: "demo-wachtwoord", json: "true" }),
  });
  keep(res);
  return cookie();
}

const planId = await createLargePlan(systemDb, slug);
await disconnectDb();
const cookie = await login("coordinator@wijkkracht.test");
const page = (path: string) => async () => {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.text();
};
const html = await page(`/r/${slug}/regioplan/${planId}`)();
console.log(`plan page HTML ${(html.length / 1024).toFixed(0)} kB`);
await measure("HTTP plan page, 300 initiatives (coordinator)", page(`/r/${slug}/regioplan/${planId}`), 10, 2);
await measure("HTTP timeline, 300 initiatives", page(`/r/${slug}/regioplan/${planId}/tijdlijn`), 10, 2);
await measure("HTTP print document, 300 initiatives", page(`/r/${slug}/regioplan/${planId}/afdrukken`), 5, 1);
await measure("HTTP initiatives list, 300 initiatives", page(`/r/${slug}/initiatieven?plan=${planId}`), 10, 2);
