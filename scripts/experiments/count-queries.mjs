// Preloaded into a server by request-cost.ts (node --import): records every statement the process
// sends through pg, with the role that sent it. SIGUSR2 writes what was recorded since the last
// signal to QUERY_LOG (one JSON line per statement) and starts afresh.
import { writeFileSync } from "node:fs";
import pg from "pg";

const recorded = [];
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  const text = typeof config === "string" ? config : (config && config.text) || "";
  recorded.push({ user: this.connectionParameters && this.connectionParameters.user, text: text.replace(/\s+/g, " ").trim() });
  return original.call(this, config, ...rest);
};
process.on("SIGUSR2", () => {
  if (process.env.QUERY_LOG) writeFileSync(process.env.QUERY_LOG, recorded.map((r) => JSON.stringify(r)).join("\n"));
  recorded.length = 0;
});
