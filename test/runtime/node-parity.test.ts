// The parts of servicekit that need no device module (dependency order, event bus, registry,
// logger) are plain TypeScript: compiled from runtime-ts/servicekit as they are and run on
// MicroPython, their output must equal Node's running the same sources.
import * as fs from "fs";
import * as path from "path";
import { ProgramCase, dedent, shutdownEngine } from "../harness";

afterAll(() => shutdownEngine());

const SRC = path.resolve(__dirname, "../../runtime-ts/servicekit");
const modules = Object.fromEntries(["graph.ts", "events.ts", "registry.ts", "logger.ts"].map((f) => ["sk/" + f, fs.readFileSync(path.join(SRC, f), "utf8")]));

function program(main: string): ProgramCase {
  return new ProgramCase({ "main.ts": dedent(main), ...modules });
}

test("startOrder: dependencies first, shared ones once, declaration order; cycles named", () =>
  program(`
    import { startOrder, DependencyCycleError, Node } from "./sk/graph";
    const n = (name: string, ...dependencies: Node[]): Node => ({ name, dependencies });
    const db = n("db"), cache = n("cache", db), api = n("api", cache, db), ui = n("ui", api), log = n("log");
    console.log(startOrder([ui, log]).map((x) => x.name).join(" "));
    console.log(startOrder([log, db, ui]).map((x) => x.name).join(" "));
    const a = n("a"), b = n("b", a), c = n("c", b);
    a.dependencies.push(c);
    try {
      startOrder([n("top", b)]);
    } catch (e) {
      console.log(e instanceof DependencyCycleError, e instanceof Error, (e as DependencyCycleError).cycle.join(","), (e as Error).message);
    }
    const self = n("self");
    self.dependencies.push(self);
    try { startOrder([self]); } catch (e) { console.log((e as Error).message); }
  `).expectToMatchNode());

test("event bus: order, unlisten during emit, failing listener isolated, counts", () =>
  program(`
    import { EventBus } from "./sk/events";
    const bus = new EventBus();
    const seen: string[] = [];
    const off1 = bus.listen("e", (d) => { seen.push("1:" + String(d)); off1(); });
    bus.listen("e", (d) => { seen.push("2:" + String(d)); if (d === 2) throw new Error("bad listener"); });
    const off3 = bus.listen("e", (d) => seen.push("3:" + String(d)));
    bus.listen("other", () => seen.push("other"));
    console.log(bus.emit("e", 1), bus.emit("e", 2), bus.count("e"), bus.count(), bus.count("none"));
    off3();
    off3();
    console.log(bus.emit("e", 3), bus.emit("missing"), seen.join(" "), bus.count());
  `).expectToMatchNode());

test("registry: running providers only, newer provider of a name kept; logger levels and prefix", () =>
  program(`
    import { provide, unprovide, service, provider_names } from "./sk/registry";
    import { Logger } from "./sk/logger";
    const a = { name: "a", state: "running" }, b = { name: "b", state: "stopped" }, a2 = { name: "a", state: "running" };
    provide("a", a);
    provide("b", b);
    console.log(service("a") === a, service("b"), service("c"), provider_names().join(","));
    provide("a", a2);
    unprovide("a", a);
    console.log(service("a") === a2, provider_names().join(","));
    unprovide("a", a2);
    console.log(service("a"), provider_names().join(","));
    const log = new Logger("clock", "warning");
    log.debug("d"); log.info("i"); log.warning("w"); log.error("e");
    log.level = "debug";
    log.debug("now shown");
    console.log(log.enabled("info"), log.prefix);
    log.level = "off";
    log.error("hidden");
  `).expectToMatchNode());
