/**
 * A history save too large for one call goes in several (the sidebar splits it): the document
 * lock guards each call, but another client's save could still land between two of them and
 * split the review's rows. The first part therefore takes a hold in a document property that
 * the later parts of the same save carry on; any other save is refused ("busy") while it lasts.
 * It ends with the last part, with a failed part, or after SAVE_HOLD_MS (a sidebar closed
 * half-way blocks no one for long).
 */
import { WorkbookError } from "../../app/workbook/contract";
import type { Services } from "./apps-script";

export const SAVE_HOLD_KEY = "kam-history-save";
export const SAVE_HOLD_MS = 120_000;

/** Which part of which save a call is (sent by the sidebar with each part). */
export interface SavePart {
  id: string;
  index: number;
  count: number;
}

interface Hold {
  id: string;
  until: number;
}

function currentHold(services: Services, now: number): Hold | null {
  const raw = services.PropertiesService.getDocumentProperties().getProperty(SAVE_HOLD_KEY);
  if (!raw) return null;
  try {
    const hold = JSON.parse(raw) as Partial<Hold>;
    return typeof hold.id === "string" && typeof hold.until === "number" && hold.until > now ? (hold as Hold) : null;
  } catch {
    return null;
  }
}

/**
 * Runs one part of a save (call inside withDocumentLock): refused as "busy" while another save
 * holds the history; afterwards the hold is kept for the parts still to come, or ended.
 */
export function savePart<T>(services: Services, part: SavePart | null | undefined, body: () => T, now = Date.now): T {
  const hold = currentHold(services, now());
  if (hold && hold.id !== part?.id) throw new WorkbookError("busy");
  const props = services.PropertiesService.getDocumentProperties();
  // What is stored now is this save's hold, an expired one or nothing (checked above, under the
  // document lock): ending it is this call's to do.
  const end = () => {
    if (props.getProperty(SAVE_HOLD_KEY) !== null) props.deleteProperty(SAVE_HOLD_KEY);
  };
  let result: T;
  try {
    result = body();
  } catch (e) {
    end();
    throw e;
  }
  if (part && part.index < part.count - 1) props.setProperty(SAVE_HOLD_KEY, JSON.stringify({ id: part.id, until: now() + SAVE_HOLD_MS }));
  else end();
  return result;
}
