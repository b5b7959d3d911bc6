import { describe, expect, it } from "vitest";
import { conversationKey, createConversations } from "../../src/bot/conversations.js";

describe("conversations", () => {
  const clock = () => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it("GIVEN questions in one conversation THEN the next one sees them, oldest first, at most `keep`", () => {
    const c = createConversations({ keep: 2 });
    const key = conversationKey("channel", "user");
    expect(c.earlier(key)).toEqual([]);
    c.record(key, "one");
    c.record(key, "two");
    c.record(key, "three");
    expect(c.earlier(key)).toEqual(["two", "three"]);
  });

  it("GIVEN two people in one channel, or one person in two channels THEN neither sees the other's questions", () => {
    const c = createConversations();
    c.record(conversationKey("channel", "alice"), "who is Jayne Senior?");
    expect(c.earlier(conversationKey("channel", "bob"))).toEqual([]);
    expect(c.earlier(conversationKey("other-channel", "alice"))).toEqual([]);
  });

  it("GIVEN a person's private questions THEN they are a conversation of their own, apart from the public one", () => {
    const c = createConversations();
    c.record(conversationKey("channel", "alice", true), "who is Jayne Senior?");
    expect(c.earlier(conversationKey("channel", "alice"))).toEqual([]);
    expect(c.earlier(conversationKey("channel", "alice", true))).toEqual(["who is Jayne Senior?"]);
  });

  it("GIVEN a pause longer than the time to live THEN the earlier questions are forgotten", () => {
    const time = clock();
    const c = createConversations({ ttlMs: 60_000, now: time.now });
    c.record("k", "who is Jayne Senior?");
    time.advance(59_000);
    expect(c.earlier("k")).toEqual(["who is Jayne Senior?"]);
    time.advance(2_000);
    expect(c.earlier("k")).toEqual([]);
  });

  it("GIVEN more conversations than the capacity THEN the least recently active one is forgotten", () => {
    const c = createConversations({ capacity: 2 });
    c.record("a", "qa");
    c.record("b", "qb");
    c.record("a", "qa2");
    c.record("c", "qc");
    expect(c.earlier("b")).toEqual([]);
    expect(c.earlier("a")).toEqual(["qa", "qa2"]);
    expect(c.earlier("c")).toEqual(["qc"]);
  });
});
