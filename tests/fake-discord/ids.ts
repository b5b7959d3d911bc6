/** Fixed ids of the fake Discord world, and a snowflake-ish counter. */
export const IDS = {
  app: "900000000000000001",
  bot: "900000000000000001",
  guild: "900000000000000100",
  channel: "900000000000000200",
  dmChannel: "900000000000000300",
  privateChannel: "900000000000000400",
  user: "900000000000001000",
} as const;

let next = 910_000_000_000_000_000n;
/** A fresh, increasing snowflake-shaped id. */
export function snowflake(): string {
  next += 1n;
  return next.toString();
}

export const BOT_USER = { id: IDS.bot, username: "verbatim-bot", discriminator: "0", global_name: null, avatar: null, bot: true } as const;

export function user(id: string = IDS.user, username = "reader") {
  return { id, username, discriminator: "0", global_name: username, avatar: null };
}
