import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

/**
 * A fresh folder under the system's temporary directory for the running test, removed when that
 * test finishes, passed or failed, so that the suite leaves nothing behind on the machine it runs on.
 * Call it inside a test (not at collection time).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
