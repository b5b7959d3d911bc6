/**
 * `npm run register` and `npm start` from the environment alone (no .env file): the compiled
 * entry points run as child processes against the fake Discord.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fake-discord/fake-discord.js";
import { IDS } from "../fake-discord/ids.js";
import { slashCommand } from "../fake-discord/payloads.js";

const ROOT = join(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist/src/bot");
const TOKEN = "FAKE.process-token.never-log-me";

/** Build with tsc when dist is missing or older than src/bot (`npm test` builds first via pretest). */
function ensureBuilt(): void {
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  const main = join(DIST, "main.js");
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(ROOT, "src/bot"))) return;
  spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  if (!existsSync(main)) throw new Error("processes.test: could not build dist/src/bot/main.js");
}

/** Run a compiled entry point to completion without blocking this process (the fake lives here). */
function run(script: string, childEnv: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(DIST, script)], { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += String(d)));
    child.stderr.on("data", (d: Buffer) => (stderr += String(d)));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** The environment a container would give: PATH and our variables only, no .env. */
const env = (extra: Record<string, string>) => ({ PATH: process.env["PATH"] ?? "", ...extra });

let fake: FakeDiscord;
beforeAll(async () => {
  ensureBuilt();
  fake = await new FakeDiscord().start();
}, 60_000);
afterAll(async () => fake?.close());

describe("npm run register", () => {
  it("registers to the guild when DISCORD_GUILD_ID is set, and says so", async () => {
    const r = await run("register.js", env({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_BASE: fake.apiBase }));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Registered 5 commands .* to guild ${IDS.guild}`));
    const put = fake.calls.find((c) => c.method === "PUT" && c.path === `/api/v10/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    expect(put?.authorization).toBe(`Bot ${TOKEN}`);
    const body = put?.body as Array<{ name: string; type?: number; contexts: number[]; integration_types: number[] }>;
    expect(body.map((c) => c.name)).toEqual(["ask", "articles", "article", "help", "Find in articles"]);
    for (const c of body) {
      expect(c.contexts).toEqual([0, 1, 2]);
      expect(c.integration_types).toEqual([0, 1]);
    }
  });

  it("registers globally without DISCORD_GUILD_ID", async () => {
    const r = await run("register.js", env({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_BASE: fake.apiBase }));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/globally/);
    expect(fake.calls.some((c) => c.method === "PUT" && c.path === `/api/v10/applications/${IDS.app}/commands`)).toBe(true);
  });

  it("stops with one line naming a missing variable, exit code 1", async () => {
    const r = await run("register.js", env({ DISCORD_TOKEN: TOKEN }));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("DISCORD_APPLICATION_ID");
    expect(r.stderr).not.toContain(TOKEN);
  });
});

describe("npm start", () => {
  it("logs in, answers /ask, and shuts down cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [join(DIST, "main.js")], {
      cwd: ROOT,
      env: env({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_BASE: fake.apiBase }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const deadline = Date.now() + 15_000;
      while (!stderr.includes('"event":"ready"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(stderr).toContain('"event":"ready"');
      const sent = fake.sendInteraction(slashCommand("ask", [{ name: "question", type: 3, value: "What did the Casey review recommend?" }]));
      const answer = await fake.waitForCall((c) => c.token === sent.token && c.path.endsWith("/callback"), 10_000);
      expect(JSON.stringify(answer.body)).toContain("Casey");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('"event":"shutdown"');
    expect(stderr).not.toContain(TOKEN);
    expect(fake.unknown).toEqual([]);
    expect(fake.rejected).toEqual([]);
  }, 30_000);

  it("stops with one line naming DISCORD_TOKEN when it is missing", async () => {
    const r = await run("main.js", env({}));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("DISCORD_TOKEN");
  });

  it("stops with one line naming the path when SEEDS_DIR is bad", async () => {
    const r = await run("main.js", env({ DISCORD_TOKEN: TOKEN, SEEDS_DIR: "/nonexistent/seeds" }));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("/nonexistent/seeds");
    expect(r.stderr).not.toContain(TOKEN);
  });
});
