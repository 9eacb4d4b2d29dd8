/**
 * The in-place rebuild of a large block (over 100,000 cells: no fingerprint) moves in with what its
 * staging requests loaded ahead, 2 requests fewer. The same faults at every request as for small
 * blocks, on small data: the fingerprint module here says every block is too large to fingerprint,
 * which is all that chooses the path.
 */
import { rebuildFaultTests } from "./rebuild-faults";

jest.mock("../../../app/workbook/fingerprint", () => ({
  ...jest.requireActual("../../../app/workbook/fingerprint"),
  fingerprinted: () => false,
}));

rebuildFaultTests(" of a block too large to fingerprint", 4);
