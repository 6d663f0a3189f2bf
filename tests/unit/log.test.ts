import { describe, expect, it } from "vitest";
import { serializeError } from "@/lib/log";

describe("serializeError", () => {
  it("keeps message, code and stack but drops the pg client node-postgres attaches", () => {
    const error = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
      client: { connectionParameters: { user: "wijkkracht_system", host: "127.0.0.1" }, _queryQueue: [] },
    });
    const serialized = serializeError(error) as Record<string, unknown>;
    expect(serialized).toMatchObject({ type: "Error", message: error.message, code: "57P01" });
    expect(serialized.stack).toContain("terminating connection");
    expect(serialized).not.toHaveProperty("client");
    expect(JSON.stringify(serialized)).not.toContain("wijkkracht_system");
    expect(error.client).toBeDefined(); // the error itself is left alone
  });

  it("passes values that are not errors through", () => {
    expect(serializeError("kapot")).toBe("kapot");
    expect(serializeError({ code: 1 })).toEqual({ code: 1 });
  });
});
