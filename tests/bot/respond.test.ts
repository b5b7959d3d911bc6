/**
 * respond(): reply in the callback when the answer is ready, defer only when the work is slow.
 * Driven with a minimal recording interaction (house style §17); the e2e tests cover the wire.
 */
import type { MessageComponentInteraction, RepliableInteraction } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import type { Outcome } from "../../src/bot/commands/command.js";
import { notice, type Reply } from "../../src/bot/render/reply.js";
import { respond, respondByUpdate } from "../../src/bot/respond.js";

interface Recorded {
  readonly method: string;
  readonly options: { flags?: number; allowedMentions?: unknown; embeds?: unknown[] } | undefined;
  readonly at: number;
}

/** A stand-in for a discord.js interaction: records calls and keeps `deferred`/`replied` as discord.js does. */
function recordingInteraction() {
  const calls: Recorded[] = [];
  const t0 = performance.now();
  const i = {
    deferred: false,
    replied: false,
    calls,
    record(method: string, options?: Recorded["options"]) {
      calls.push({ method, options, at: performance.now() - t0 });
      return Promise.resolve();
    },
    deferReply(o?: Recorded["options"]) {
      if (this.deferred || this.replied) throw new Error("already acknowledged");
      this.deferred = true;
      return this.record("deferReply", o);
    },
    deferUpdate() {
      if (this.deferred || this.replied) throw new Error("already acknowledged");
      this.deferred = true;
      return this.record("deferUpdate");
    },
    reply(o: Recorded["options"]) {
      if (this.deferred || this.replied) throw new Error("already acknowledged");
      this.replied = true;
      return this.record("reply", o);
    },
    update(o: Recorded["options"]) {
      if (this.deferred || this.replied) throw new Error("already acknowledged");
      this.replied = true;
      return this.record("update", o);
    },
    editReply(o: Recorded["options"]) {
      if (!this.deferred && !this.replied) throw new Error("not acknowledged");
      this.replied = true;
      return this.record("editReply", o);
    },
    followUp(o: Recorded["options"]) {
      return this.record("followUp", o);
    },
  };
  return i;
}

const asRepliable = (i: ReturnType<typeof recordingInteraction>) => i as unknown as RepliableInteraction;
const asComponent = (i: ReturnType<typeof recordingInteraction>) => i as unknown as MessageComponentInteraction;
const answer = (text = "answer"): Outcome => ({ reply: notice(text), outcome: "answered" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Asynchronous work that takes `ms` and then returns (or throws) what `f` gives. */
const slowly = (ms: number, f: () => Outcome) => async () => {
  await sleep(ms);
  return f();
};

describe("respond", () => {
  it("GIVEN work that is ready at once THEN the answer is the reply itself: one call, no defer", async () => {
    const i = recordingInteraction();
    const result = await respond(asRepliable(i), () => answer(), { private: false });
    expect(result.outcome).toBe("answered");
    expect(i.calls.map((c) => c.method)).toEqual(["reply"]);
    expect(i.calls[0]?.options?.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(i.calls[0]?.options?.flags).toBeUndefined();
  });

  it("GIVEN ephemeral THEN the reply carries the ephemeral flag (64)", async () => {
    const i = recordingInteraction();
    await respond(asRepliable(i), () => answer(), { private: true });
    expect(i.calls[0]?.options?.flags).toBe(64);
  });

  it("GIVEN a reply of several messages THEN the rest follow up with the same visibility", async () => {
    const i = recordingInteraction();
    const reply: Reply = [notice("one")[0], notice("two")[0], notice("three")[0]];
    await respond(asRepliable(i), () => ({ reply, outcome: "answered" }), { private: true });
    expect(i.calls.map((c) => [c.method, c.options?.flags])).toEqual([
      ["reply", 64],
      ["followUp", 64],
      ["followUp", 64],
    ]);
    for (const c of i.calls) expect(c.options?.allowedMentions, `${c.method} pings nobody`).toEqual({ parse: [], repliedUser: false });
  });

  it("GIVEN async work slower than deferAfterMs THEN it defers at that time and edits the answer in", async () => {
    vi.useFakeTimers();
    try {
      const i = recordingInteraction();
      const done = respond(asRepliable(i), slowly(80, answer), { private: true, deferAfterMs: 20 });
      await vi.advanceTimersByTimeAsync(19);
      expect(i.calls).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(i.calls.map((c) => c.method)).toEqual(["deferReply"]);
      await vi.advanceTimersByTimeAsync(60);
      await done;
      expect(i.calls.map((c) => c.method)).toEqual(["deferReply", "editReply"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("GIVEN async work slower than deferAfterMs THEN the deferral keeps the visibility and the edit pings nobody", async () => {
    const i = recordingInteraction();
    await respond(asRepliable(i), slowly(80, answer), { private: true, deferAfterMs: 20 });
    expect(i.calls.map((c) => c.method)).toEqual(["deferReply", "editReply"]);
    expect(i.calls[0]?.options?.flags).toBe(64);
    expect(i.calls[1]?.options?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("GIVEN slow work that throws THEN respond rejects with the interaction deferred, for the error boundary to edit", async () => {
    const i = recordingInteraction();
    const work = slowly(50, () => {
      throw new Error("engine exploded");
    });
    await expect(respond(asRepliable(i), work, { private: false, deferAfterMs: 10 })).rejects.toThrow("engine exploded");
    expect(i.deferred).toBe(true);
    expect(i.calls.map((c) => c.method)).toEqual(["deferReply"]);
  });

  it("GIVEN synchronous work THEN no timer can fire during it: it replies right after, without a defer", async () => {
    const i = recordingInteraction();
    const busy = () => {
      const end = performance.now() + 30;
      while (performance.now() < end);
      return answer();
    };
    await respond(asRepliable(i), busy, { private: false, deferAfterMs: 5 });
    await sleep(20);
    expect(i.calls.map((c) => c.method)).toEqual(["reply"]);
  });
});

describe("respondByUpdate", () => {
  it("GIVEN work that is ready at once THEN the message is updated in the callback", async () => {
    const i = recordingInteraction();
    await respondByUpdate(asComponent(i), () => answer("page 2"));
    expect(i.calls.map((c) => c.method)).toEqual(["update"]);
    expect(i.calls[0]?.options?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("GIVEN slow work THEN it defers the update and edits the message", async () => {
    const i = recordingInteraction();
    await respondByUpdate(asComponent(i), slowly(60, () => answer("page 2")), { deferAfterMs: 10 });
    expect(i.calls.map((c) => c.method)).toEqual(["deferUpdate", "editReply"]);
  });
});
