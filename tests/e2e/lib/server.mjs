// server.mjs — serves the built site with the project's own scripts/serve.py
// on a free loopback port, for the duration of the tests.
import { spawn } from "node:child_process";
import net from "node:net";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startServer(serveScript, siteDir) {
  const port = await freePort();
  const child = spawn("python3", [serveScript, siteDir, String(port)], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, 10000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill();
    }),
  };
}
