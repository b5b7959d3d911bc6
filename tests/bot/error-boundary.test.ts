/** One error boundary: a failing handler is logged with an id, the user gets a polite reply, the bot keeps running. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { IDS } from "../fake-discord/ids.js";
import { dmMessage, slashCommand } from "../fake-discord/payloads.js";
import type { BotEngine } from "../../src/bot/engine-port.js";
import { runInteraction, runMessage } from "./e2e-support.js";
import { startHarness, type Harness } from "./harness.js";
import { realEngine } from "./helpers.js";

let h: Harness;
beforeAll(async () => {
  const real = realEngine();
  const broken: BotEngine = {
    articles: real.articles,
    paragraphs: (id) => real.paragraphs(id),
    context: (...args) => real.context(...args),
    ask: () => {
      throw new Error("engine exploded");
    },
  };
  h = await startHarness({}, broken);
}, 20_000);
afterAll(async () => h?.stop());

it("GIVEN a handler that throws THEN the user gets a polite reply with an error id that is in the log", async () => {
  const run = await runInteraction(h, slashCommand("ask", [{ name: "question", type: 3, value: "What did MPs call for?" }]));
  const text = run.reply.embeds[0]?.description ?? "";
  const id = /error id `([0-9a-f]{8})`/.exec(text)?.[1];
  expect(id).toBeDefined();
  expect(h.logs.some((l) => l.includes(`"errorId":"${id}"`) && l.includes("engine exploded"))).toBe(true);
});

it("GIVEN a failing DM THEN the user is told politely too", async () => {
  const reply = await runMessage(h, dmMessage("What did MPs call for?", "900000000000031337"));
  expect(reply.embeds[0]?.description).toMatch(/something went wrong.*error id/i);
});

it("THEN the bot keeps running and answers the next command", async () => {
  const run = await runInteraction(h, slashCommand("articles", [], "guild", IDS.user));
  expect(run.reply.embeds[0]?.description).toContain(realEngine().articles[0]!.id);
  expect(h.fake.unknown).toEqual([]);
  expect(h.fake.rejected).toEqual([]);
});
