import { describe, expect, it } from "vitest";
import "@/lib/next/immediate-links";

type Links = { _idlePrev?: unknown; _idleNext?: unknown };
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe("setImmediate without the links of finished Immediates", () => {
  it("runs a turn's Immediates in order, skips a cleared one, and leaves no links between finished ones", async () => {
    const ran: number[] = [];
    const handles: NodeJS.Immediate[] = [];
    for (let i = 0; i < 6; i++)
      handles.push(
        setImmediate(() => {
          ran.push(i);
          // Clearing a later Immediate of the same turn from inside a callback still works.
          if (i === 1) clearImmediate(handles[3]);
        }),
      );
    await turn();
    expect(ran).toEqual([0, 1, 2, 4, 5]);
    for (const handle of handles.filter((_, i) => i !== 3)) {
      const links = handle as unknown as Links;
      expect(links._idlePrev ?? null).toBeNull();
    }
    // Every finished Immediate but the last has lost its forward link as well.
    for (const handle of [handles[0], handles[1], handles[2], handles[4]])
      expect((handle as unknown as Links)._idleNext ?? null).toBeNull();
  });

  it("passes arguments and keeps setImmediate's promisified form", async () => {
    const got = await new Promise((resolve) => setImmediate((a: number, b: string) => resolve([a, b]), 1, "twee"));
    expect(got).toEqual([1, "twee"]);
    const { promisify } = await import("node:util");
    await expect(promisify(setImmediate)("waarde")).resolves.toBe("waarde");
  });
});
