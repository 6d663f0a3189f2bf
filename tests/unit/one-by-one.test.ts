// oneByOne: a transaction's reads one after another, results in the order given.
import { describe, expect, it } from "vitest";
import { oneByOne } from "@/lib/db/one-by-one";

describe("oneByOne", () => {
  it("starts each read only after the one before has finished, and returns the results as a tuple", async () => {
    const log: string[] = [];
    const read =
      <T>(name: string, value: T, ms: number) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        return value;
      };
    const [a, b, c] = await oneByOne(read("a", 1, 20), read("b", "twee", 0), read("c", [3], 5));
    expect([a, b, c]).toEqual([1, "twee", [3]]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("stops at the first failure: later reads do not run", async () => {
    let ranAfter = false;
    await expect(
      oneByOne(
        () => Promise.reject(new Error("mis")),
        async () => {
          ranAfter = true;
        },
      ),
    ).rejects.toThrow("mis");
    expect(ranAfter).toBe(false);
  });
});
