// Node keeps the Immediates of one event-loop turn in a linked list and does not clear the links
// once they have run (nodejs/node#66129). When anything keeps one of them alive — an Error created in
// an immediate callback and kept, such as an abort reason — its `_idlePrev`/`_idleNext` links keep every
// other Immediate of that turn alive too, each with its AsyncLocalStorage store: under load, thousands
// of finished page renders with their requests and responses. `npm run bench:http` saw the web
// process's heap grow by about 120 kB per request, without end, until garbage collection took most of
// the CPU. This cuts the links of an Immediate as soon as the one after it runs, which Node's own
// loop no longer needs by then. Imported first by scripts/serve.ts, before Next.js wraps setImmediate.
import { promisify } from "node:util";
import nodeTimers from "node:timers";

type Links = { _idlePrev?: Links | null; _idleNext?: Links | null; _destroyed?: boolean };

const INSTALLED = Symbol.for("wijkkracht.immediate-links");

function installImmediateLinkCutter(): void {
  const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  const original = globalThis.setImmediate;
  function setImmediateWithoutLinks<A extends unknown[]>(callback: (...args: A) => void, ...args: A): NodeJS.Immediate {
    const immediate: NodeJS.Immediate = original(
      function (this: unknown, ...callArgs: A) {
        const self = immediate as unknown as Links;
        const previous = self._idlePrev;
        // The loop has moved on from the previous Immediate (it reads only this one's `_idleNext` now),
        // and a running Immediate is never unlinked again (clearImmediate ignores it).
        if (previous?._destroyed) previous._idleNext = null;
        self._idlePrev = null;
        callback.apply(this, callArgs);
      },
      ...args,
    );
    return immediate;
  }
  Object.defineProperty(setImmediateWithoutLinks, promisify.custom, {
    value: (original as unknown as Record<symbol, unknown>)[promisify.custom],
  });
  globalThis.setImmediate = setImmediateWithoutLinks as typeof globalThis.setImmediate;
  nodeTimers.setImmediate = globalThis.setImmediate;
}

installImmediateLinkCutter();
