import { FakeContext } from "./client";
import { ChangeEvent, SheetModel, Value, WorkbookModel } from "./model";
import { RangeRef, storeValue } from "./range";
import { OfficeError, parseBox } from "./util";
import { shownValue } from "./refs";

export { FakeContext, REQUEST_LIMIT } from "./client";
export { OfficeError } from "./util";
export type { Cell, ChartModel, SeriesModel, SheetModel } from "./model";
export { shownLabelText } from "./model";

const versionNumber = (v: string) => {
  const [major, minor = "0"] = v.split(".");
  return Number(major) * 1000 + Number(minor);
};

type Handler = (event: unknown) => Promise<unknown> | void;

/**
 * A faithful-enough Excel for the adapter's tests: proxies that only become real at sync, reads
 * that fail unless loaded, requests measured and capped at 5 MB, API sets enforced (a call from a
 * newer set than `apiVersion` fails the request like ApiNotFound), and change events.
 */
export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly stats = { syncs: 0, requestBytes: [] as number[], responseBytes: [] as number[], valuesRead: new Map<string, number>() };
  readonly handlers: { scope: SheetModel | "all"; handler: Handler }[] = [];
  /** workbook.onSelectionChanged handlers (issue 11). */
  readonly selectionHandlers: Handler[] = [];
  activeSheet: SheetModel | null = null;
  private events: ChangeEvent[] = [];

  constructor(readonly apiVersion = "1.14") {}

  /** Office.context.requirements.isSetSupported for this host. */
  readonly requirements = (set: string, version: string): boolean =>
    set === "ExcelApi" && versionNumber(version) <= versionNumber(this.apiVersion);

  requireApi(version: string, what: string): void {
    if (!this.requirements("ExcelApi", version))
      throw new OfficeError("ApiNotFound", `${what} needs ExcelApi ${version}; this host has ${this.apiVersion}`);
  }

  /** Excel.run: a fresh context per batch (or the given one); unsynced actions are a bug. */
  readonly run = async <T>(...args: unknown[]): Promise<T> => {
    const [context, batch] = (args.length === 2 ? args : [new FakeContext(this), args[0]]) as [FakeContext, (c: FakeContext) => Promise<T>];
    const result = await batch(context);
    if (context.hasPending) throw new Error("Excel.run finished with queued actions that were never synced");
    return result;
  };

  private failures: { sync: number; afterActions: number; code: string; message: string }[] = [];

  /**
   * Makes the `nth` request from now (1 = the next sync) fail after running `afterActions` of its
   * actions (the ones before stay done, as in Excel, where a request is not a transaction).
   */
  failRequest(nth: number, options: { afterActions?: number; code?: string; message?: string } = {}): void {
    this.failures.push({
      sync: this.stats.syncs + nth,
      afterActions: options.afterActions ?? 0,
      code: options.code ?? "GeneralException",
      message: options.message ?? "The request failed (injected by the test)",
    });
  }

  /** Forgets failures planned for requests that were never sent. */
  clearFailures(): void {
    this.failures = [];
  }

  /** The failure planned for this sync, if any (used by FakeContext.sync). */
  takeFailure(sync: number) {
    const i = this.failures.findIndex((f) => f.sync === sync);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requestBytes = [];
    this.stats.responseBytes = [];
    this.stats.valuesRead.clear();
  }

  /** Counts the cells whose values a request loaded, per sheet (to tell how often a sheet is read). */
  countValuesRead(sheet: string, cells: number): void {
    this.stats.valuesRead.set(sheet, (this.stats.valuesRead.get(sheet) ?? 0) + cells);
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.stats.requestBytes);
  }

  /** A sheet-qualified address ("'KAM Matrix'!A1:C3") as a block of cells; ItemNotFound when the sheet is gone. */
  resolveAddress(address: string): RangeRef {
    const bang = address.lastIndexOf("!");
    const name = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = this.model.sheet(name);
    if (bang < 0 || !sheet) throw new OfficeError("ItemNotFound", `${address} does not exist`);
    return { sheet, box: parseBox(address.slice(bang + 1)) };
  }

  // ---- what the host does with events ----
  changed(ref: RangeRef, trigger: "ThisLocalAddin" | "Unknown"): void {
    this.events.push({
      type: "WorksheetChanged",
      worksheetId: ref.sheet.id,
      address: WorkbookModel.address(ref.sheet, ref.box),
      source: "Local",
      changeType: "RangeEdited",
      // triggerSource exists from ExcelApi 1.14 on.
      triggerSource: this.requirements("ExcelApi", "1.14") ? trigger : undefined,
    });
  }

  /** Delivers pending change events asynchronously, as the host does after a request. */
  flushEvents(): void {
    const events = this.events;
    this.events = [];
    if (events.length === 0) return;
    setTimeout(() => {
      for (const event of events) {
        const sheet = this.model.sheets.find((s) => s.id === event.worksheetId);
        for (const h of this.handlers) if (h.scope === "all" || h.scope === sheet) void h.handler(event);
      }
    }, 0);
  }

  // ---- test set-up and inspection, as a user would see the workbook ----
  addSheet(name: string, rows: unknown[][] = [], at = "A1"): SheetModel {
    const sheet = this.model.addSheet(name);
    this.put(sheet, at, rows);
    return sheet;
  }

  /** A user typing values (an edit the add-in did not make). */
  userEdit(sheetName: string, at: string, rows: unknown[][]): void {
    const sheet = this.sheet(sheetName);
    const box = this.put(sheet, at, rows);
    this.changed({ sheet, box }, "Unknown");
    this.flushEvents();
  }

  /** The selection is always on the active sheet, as in Excel. */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.model.selection = { sheet, box: parseBox(address) };
    this.activeSheet = sheet;
  }

  /** A user clicking a cell: the selection moves and onSelectionChanged fires, asynchronously as in Excel. */
  userSelect(sheetName: string, address: string): void {
    this.select(sheetName, address);
    setTimeout(() => {
      for (const h of [...this.selectionHandlers]) void h({ type: "WorkbookSelectionChanged" });
    }, 0);
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** Values of a block, "" for blank cells, as Range.values returns them. */
  values(sheetName: string, address: string): Value[][] {
    const sheet = this.sheet(sheetName);
    const b = parseBox(address);
    return Array.from({ length: b.rows }, (_, r) =>
      Array.from({ length: b.cols }, (_, c) => shownValue(this.model, sheet.cell(b.row + r, b.col + c)).value),
    );
  }

  cell(sheetName: string, address: string) {
    const { row, col } = parseBox(address);
    return this.sheet(sheetName).cell(row, col);
  }

  /** The X or Y values a chart series reads from its cells. */
  seriesValues(ref: { sheet: SheetModel; box: { row: number; col: number; rows: number } } | undefined): Value[] {
    if (!ref) return [];
    // The chart of a deleted sheet's cells shows #REF! (its series keep pointing at the gone sheet).
    if (!this.model.sheets.includes(ref.sheet as SheetModel)) return ["#REF!"];
    return Array.from({ length: ref.box.rows }, (_, r) => ref.sheet.cell(ref.box.row + r, ref.box.col)?.value ?? "");
  }

  private put(sheet: SheetModel, at: string, rows: unknown[][]) {
    const { row, col } = parseBox(at);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && storeValue(sheet.cellForWrite(row + i, col + j), v, this.model)));
    let cols = 1; // a loop: Math.max(...rows) overflows the call stack at a million rows
    for (const r of rows) cols = Math.max(cols, r.length);
    return { row, col, rows: Math.max(1, rows.length), cols };
  }
}
