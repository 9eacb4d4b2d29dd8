/**
 * The add-on settings in the document properties. One property value holds at most 9 KB, and a
 * mapping of many columns is larger, so long settings are split: SETTINGS_KEY then holds the
 * marker "chunks:N" and the JSON is in SETTINGS_KEY#1 ... #N. Short settings stay plain JSON in
 * SETTINGS_KEY, as older versions wrote them (and can still read them).
 */
import type { Properties } from "./apps-script";
import { WorkbookError } from "../../app/workbook/contract";

export const SETTINGS_KEY = "kam-matrix-settings";
export const SETTINGS_CHUNK_PREFIX = `${SETTINGS_KEY}#`;
/** Characters per property value; the JSON is kept ASCII, so this is also bytes, under 9 KB. */
export const SETTINGS_CHUNK_SIZE = 8000;
/** A document's properties hold 500 KB in all; stay well under it, with a clear message. */
export const SETTINGS_MAX_SIZE = 400_000;

const MARKER = /^chunks:(\d+)$/;

/** Stored settings, or null when there are none or they cannot be read (the pane then starts from the defaults). */
export function loadSettings(props: Properties): unknown | null {
  const head = props.getProperty(SETTINGS_KEY);
  if (!head) return null;
  const marker = MARKER.exec(head);
  let json = head;
  if (marker) {
    const parts: string[] = [];
    for (let i = 1; i <= Number(marker[1]); i++) {
      const part = props.getProperty(SETTINGS_CHUNK_PREFIX + i);
      if (part === null) return null; // an incomplete write: the defaults, not half a mapping
      parts.push(part);
    }
    json = parts.join("");
  }
  try {
    return JSON.parse(json);
  } catch {
    return null; // settings written by hand or an older version: start from the defaults
  }
}

export function saveSettings(props: Properties, settings: unknown): void {
  const json = asciiJson(settings);
  if (json.length > SETTINGS_MAX_SIZE) {
    // A WorkbookError crosses google.script.run as its message, so the pane shows its own sentence for it.
    throw new WorkbookError("settingsTooLarge", { name: String(Math.ceil(json.length / 1000)) });
  }
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += SETTINGS_CHUNK_SIZE) chunks.push(json.slice(i, i + SETTINGS_CHUNK_SIZE));
  const written: Record<string, string> = {};
  if (chunks.length <= 1) written[SETTINGS_KEY] = json;
  else {
    chunks.forEach((part, i) => (written[SETTINGS_CHUNK_PREFIX + (i + 1)] = part));
    written[SETTINGS_KEY] = `chunks:${chunks.length}`;
  }
  props.setProperties(written, false);
  // Chunks of longer settings saved before would otherwise stay behind for good.
  for (const key of props.getKeys()) {
    if (key.startsWith(SETTINGS_CHUNK_PREFIX) && !(key in written)) props.deleteProperty(key);
  }
}

/** JSON with every non-ASCII character escaped (\u00fc), so that its length is its size in bytes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"));
}
