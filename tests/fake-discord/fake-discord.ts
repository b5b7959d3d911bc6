/**
 * A small local fake of Discord for end-to-end tests: the REST routes the bot uses and a WebSocket
 * gateway (libraries.md §3.6). Every REST call is recorded; a call to a route the fake does not know,
 * or one Discord would reject (unknown or twice-acknowledged interaction, over-limit message), is
 * recorded in `unknown` / `rejected` so a test can fail on it.
 * @module
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { BOT_USER, IDS, snowflake } from "./ids.js";
import { guildCreatePayload, readyPayload } from "./payloads.js";

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
  readonly authorization: string | undefined;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
  /** The interaction id or token the call refers to, when it has one. */
  readonly interactionId?: string;
  readonly token?: string;
  readonly status: number;
}

interface SentInteraction {
  readonly id: string;
  readonly token: string;
  readonly sentAt: number;
  acknowledged: boolean;
}

const API = "/api/v10";

export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  readonly unknown: RecordedCall[] = [];
  readonly rejected: Array<RecordedCall & { reason: string }> = [];
  identifyIntents: number | null = null;
  private readonly interactions = new Map<string, SentInteraction>();
  private readonly byToken = new Map<string, SentInteraction>();
  private readonly waiters = new Set<() => void>();
  private readonly sockets = new Set<WebSocket>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private seq = 0;
  port = 0;

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on("connection", (ws) => this.onSocket(ws));
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Whether a bot has identified and been sent READY and GUILD_CREATE. */
  get connected(): boolean {
    return this.sockets.size > 0 && this.identifyIntents !== null;
  }

  /** Send a gateway dispatch to every connected bot. */
  dispatch(t: string, d: unknown): void {
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) ws.send(payload);
  }

  /** Send INTERACTION_CREATE and remember it, so callbacks can be checked and timed. */
  sendInteraction<T extends { id: string; token: string }>(payload: T): SentInteraction {
    const sent: SentInteraction = { id: payload.id, token: payload.token, sentAt: performance.now(), acknowledged: false };
    this.interactions.set(sent.id, sent);
    this.byToken.set(sent.token, sent);
    this.dispatch("INTERACTION_CREATE", payload);
    return sent;
  }

  /** Resolve with the first recorded call (past or future) that matches; reject after `timeoutMs`. */
  waitForCall(match: (c: RecordedCall) => boolean, timeoutMs = 5_000): Promise<RecordedCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.calls.find(match);
        if (!found) return false;
        this.waiters.delete(waiter);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const waiter = () => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake-discord: no matching call within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
      check();
    });
  }

  callsFor(token: string): RecordedCall[] {
    return this.calls.filter((c) => c.token === token);
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: { intents?: number } };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (msg.op === 2) {
        this.identifyIntents = msg.d.intents ?? 0;
        ws.send(JSON.stringify({ op: 0, t: "READY", s: ++this.seq, d: readyPayload(`session-${snowflake()}`, `ws://127.0.0.1:${this.port}`) }));
        ws.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: ++this.seq, d: guildCreatePayload() }));
      }
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      /* keep the raw text */
    }
    const method = req.method ?? "GET";
    const path = decodeURIComponent(url.pathname);
    const base = { method, path, query: url.search, body, authorization: req.headers.authorization, at };

    const reply = (status: number, json?: unknown, extra: Partial<RecordedCall> = {}) => {
      const call: RecordedCall = { ...base, ...extra, status };
      this.calls.push(call);
      if (json === undefined) {
        res.writeHead(status); // bare 204: no content-type, no body
        res.end();
      } else {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(json));
      }
      for (const w of [...this.waiters]) w();
      return call;
    };
    const reject = (status: number, reason: string, code: number, extra: Partial<RecordedCall> = {}) => {
      const call = reply(status, { message: reason, code }, extra);
      this.rejected.push({ ...call, reason });
    };

    let m: RegExpExecArray | null;
    const sub = path.startsWith(API) ? path.slice(API.length) : null;
    if (sub === null) {
      const call = reply(404, { message: "404: Not Found", code: 0 });
      this.unknown.push(call);
      return;
    }

    if (method === "GET" && sub === "/gateway/bot") {
      reply(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    } else if (method === "POST" && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(sub))) {
      const [, id = "", token = ""] = m;
      const sent = this.interactions.get(id);
      if (!sent || sent.token !== token) return reject(404, "Unknown interaction", 10062, { interactionId: id, token });
      if (sent.acknowledged) return reject(400, "Interaction has already been acknowledged.", 40060, { interactionId: id, token });
      const problem = messageProblem((body as { data?: unknown } | null)?.data);
      if (problem) return reject(400, problem, 50035, { interactionId: id, token });
      sent.acknowledged = true;
      reply(204, undefined, { interactionId: id, token });
    } else if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/.exec(sub)) && (method === "PATCH" || method === "POST")) {
      const [, app = "", token = "", , target] = m;
      const sent = this.byToken.get(token);
      if (app !== IDS.app || !sent) return reject(404, "Unknown Webhook", 10015, { token });
      if (!sent.acknowledged) return reject(404, "Unknown Webhook (interaction not acknowledged)", 10015, { token });
      if ((method === "PATCH") !== (target !== undefined)) return this.notFound(base, res, reply);
      const problem = messageProblem(body);
      if (problem) return reject(400, problem, 50035, { token, interactionId: sent.id });
      reply(200, messageObject(body, sent.id), { token, interactionId: sent.id });
    } else if (method === "POST" && (m = /^\/channels\/(\d+)\/messages$/.exec(sub))) {
      const problem = messageProblem(body);
      if (problem) return reject(400, problem, 50035);
      reply(200, messageObject(body, undefined, m[1]));
    } else if (method === "PUT" && (m = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(sub))) {
      const list = Array.isArray(body) ? body : [];
      reply(200, list.map((c: Record<string, unknown>) => ({ ...c, id: snowflake(), application_id: m?.[1], version: snowflake() })));
    } else {
      this.notFound(base, res, reply);
    }
  }

  private notFound(_base: unknown, _res: ServerResponse, reply: (s: number, j?: unknown) => RecordedCall): void {
    this.unknown.push(reply(404, { message: "404: Not Found", code: 0 }));
  }
}

/** A message object as Discord returns it for a created or edited message. */
function messageObject(body: unknown, interactionId?: string, channelId: string = IDS.channel) {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    id: snowflake(),
    channel_id: channelId,
    author: BOT_USER,
    content: b["content"] ?? "",
    embeds: b["embeds"] ?? [],
    components: b["components"] ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    type: interactionId ? 20 : 0,
    flags: typeof b["flags"] === "number" ? b["flags"] : 0,
    ...(interactionId ? { application_id: IDS.app, webhook_id: IDS.app } : {}),
  };
}

/** Discord's own checks on a message body (independent of the bot's renderer), or null. */
export function messageProblem(body: unknown): string | null {
  if (body === null || body === undefined || typeof body !== "object") return null;
  const b = body as { content?: string; embeds?: Array<Record<string, unknown>>; components?: Array<{ components?: Array<{ custom_id?: string }> }> };
  if ((b.content ?? "").length > 2000) return "content: Must be 2000 or fewer in length.";
  const embeds = b.embeds ?? [];
  if (embeds.length > 10) return "embeds: Must be 10 or fewer in length.";
  let total = 0;
  for (const e of embeds) {
    const title = String(e["title"] ?? "");
    const description = String(e["description"] ?? "");
    const footer = String((e["footer"] as { text?: string } | undefined)?.text ?? "");
    const fields = (e["fields"] as Array<{ name: string; value: string }> | undefined) ?? [];
    if (title.length > 256) return "embeds.title: Must be 256 or fewer in length.";
    if (description.length > 4096) return "embeds.description: Must be 4096 or fewer in length.";
    if (fields.length > 25) return "embeds.fields: Must be 25 or fewer in length.";
    if (fields.some((f) => f.value.length > 1024 || f.value.length === 0 || f.name.length > 256)) return "embeds.fields: bad field";
    total += title.length + description.length + footer.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  if (total > 6000) return "embeds: Embed size exceeds maximum size of 6000";
  const rows = b.components ?? [];
  if (rows.length > 5) return "components: Must be 5 or fewer in length.";
  for (const r of rows) {
    if ((r.components ?? []).length > 5) return "components.components: Must be 5 or fewer in length.";
    if ((r.components ?? []).some((c) => (c.custom_id ?? "").length > 100)) return "custom_id: Must be 100 or fewer in length.";
  }
  return null;
}
