/**
 * One writer at a time per spreadsheet. Two people with the sidebar open (or one pane and a live
 * rebuild) call the server at the same time; without the document lock their report swaps,
 * chunked history saves and settings chunks would interleave. Every server function that writes
 * runs inside withDocumentLock.
 */
import { WorkbookError } from "../../app/workbook/contract";
import type { Services } from "./apps-script";

/** How long a call waits for another writer before it gives up with "busy". */
export const LOCK_WAIT_MS = 20_000;

/**
 * Runs body holding the document lock and releases it afterwards (also on a throw). When the
 * lock cannot be had within LOCK_WAIT_MS, nothing is written and WorkbookError "busy" is thrown.
 * Without a document (getDocumentLock gives null) there is no one to wait for.
 */
export function withDocumentLock<T>(services: Services, body: () => T): T {
  const lock = services.LockService.getDocumentLock();
  if (!lock) return body();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new WorkbookError("busy");
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
