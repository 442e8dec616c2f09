// Runs compiled Python on MicroPython 1.27 (WebAssembly) inside a worker thread.
// One fresh interpreter per job: only the newest interpreter in a realm works, and a fresh one
// keeps jobs independent. Plain JavaScript so that it runs without any build step.
import { parentPort } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const decoder = () => new TextDecoder("utf-8");

parentPort.on("message", async (job) => {
  const out = decoder();
  const err = decoder();
  const send = (stream, bytes, d) => {
    const text = d.decode(bytes, { stream: true });
    if (text) parentPort.postMessage({ id: job.id, type: stream, text });
  };
  let mp;
  try {
    mp = await loadMicroPython({
      heapsize: job.heapsize ?? 8 * 1024 * 1024,
      linebuffer: false,
      stdout: (bytes) => send("stdout", bytes, out),
      stderr: (bytes) => send("stderr", bytes, err),
    });
  } catch (e) {
    parentPort.postMessage({ id: job.id, type: "done", error: { type: "LoadError", message: String(e) } });
    return;
  }
  for (const f of job.files) {
    const dir = f.path.split("/").slice(0, -1).join("/");
    if (dir) mp.FS.mkdirTree(dir);
    mp.FS.writeFile(f.path, f.text);
  }
  let error = null;
  try {
    // Several steps run as separate calls: this port's gc.collect() frees only what calls that
    // have returned to JavaScript allocated (memory measurements span steps).
    for (const step of Array.isArray(job.code) ? job.code : [job.code]) mp.runPython(step);
  } catch (e) {
    error = { type: e.type ?? e.name ?? "Error", message: e.message ?? String(e) };
  }
  parentPort.postMessage({ id: job.id, type: "done", error });
});
