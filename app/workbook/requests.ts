/**
 * Splitting writes into requests. Office.js sends one request per context.sync(), and Excel on the
 * web rejects a request over 5 MB (RequestPayloadSizeLimitExceeded). Every write is an operation
 * with an estimated size in bytes; operations are packed, in order, into requests of at most
 * REQUEST_BUDGET bytes (4.5 MB: 14% below the limit for what the estimate misses), so the number
 * of syncs is fixed while the report fits in one request and grows by one per further ~4 MB of
 * cell data (see writeReport for the exact count).
 */
export const REQUEST_BUDGET = 4_500_000;

/** Per-operation overhead in the request (object path, action type, ids). */
export const OP_OVERHEAD = 200;

/** UTF-8 length of a string, without allocating. */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a row of values takes in the request's JSON. */
export const rowBytes = (row: readonly unknown[]): number => utf8Length(JSON.stringify(row)) + 1;

/** Value chunks of 1 MB: four fill a request, with room for the small format calls between them. */
export const CHUNK_BUDGET = 1_000_000;

/** Splits rows into chunks whose JSON stays under `budget` bytes: [start, end, bytes]. */
export function chunkRows(rows: readonly (readonly unknown[])[], budget = CHUNK_BUDGET): [number, number, number][] {
  const chunks: [number, number, number][] = [];
  let start = 0;
  let bytes = 2;
  rows.forEach((row, i) => {
    const b = rowBytes(row);
    if (i > start && bytes + b > budget) {
      chunks.push([start, i, bytes]);
      start = i;
      bytes = 2;
    }
    bytes += b;
  });
  if (rows.length > start) chunks.push([start, rows.length, bytes]);
  return chunks;
}

export interface Operation<T> {
  /** Estimated bytes this operation adds to its request. */
  bytes: number;
  /** Queues the Office.js calls (no sync). */
  queue(target: T): void;
}

/** Groups operations, in order, into requests of at most `budget` estimated bytes. */
export function packRequests<O extends { bytes: number }>(ops: readonly O[], budget = REQUEST_BUDGET): O[][] {
  const requests: O[][] = [];
  let current: O[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
