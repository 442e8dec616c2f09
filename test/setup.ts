import { shutdownEngine } from "../compiler/src/engine";

afterAll(async () => {
  await shutdownEngine();
});
