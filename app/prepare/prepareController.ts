/**
 * "Prepare data" without React: choose the raw order-line table (and an activity log),
 * map their columns, show the data-quality report, write "KAM Accounts", make it the matrix's
 * source with the default mapping, and Refresh all of it with the stored settings in one click.
 * Source tables are only read. Talks to the main Controller only through MatrixPane.
 */
import { DEFAULT_MONTHS, isoDate, Language, SqlDialect, toSerial } from "../../core";
import { friendlyError } from "../i18n/errors";
import { PrepareSettings, RawSource } from "../settings/prepare";
import type { Settings } from "../settings/settings";
import type { SourceOffer, SourceRef, SourceTable, Workbook } from "../workbook/workbook";
import { AccountsSheet, prepareAccounts } from "./accountsSheet";
import { ACCOUNTS_TABLE_PATTERN, accountsReport } from "./accountsReport";
import { ColumnMapping, mapActivityColumns, mapOrderColumns, mapRatingColumns } from "./columns";
import { ActivityRole, LineRole, OrderRole, RatingRole } from "../settings/prepare";
import { ratingCandidates, RatingCriterion, ratingQuality } from "./ratingsInput";
import { warehouseSql } from "./warehouseSql";
import { parseRaters, WORKSHOP_SHEET, workshopAccounts, workshopRows, workshopValidation } from "./workshopSheet";
import { CheckedLines, checkLines, QualityReport } from "./quality";
import { lineMessageText } from "./messageText";
import { AppError, PrepareError } from "../errors";
import { Store } from "../store";
import { checkPositions, remap, resolveMapping, storeMapping, withDefaults } from "./storedMapping";
import { STRINGS } from "../i18n/strings";
import { columnLabels } from "../settings/mapping";
import { isWorkbookError } from "../workbook/contract";
import { a1, parseA1, quoteSheet } from "../workbook/naming";
import { splitAddress } from "../workbook/region";
import type { RawTable } from "./table";

/** What "Prepare data" needs of the main pane controller (taskpane/controller.ts). */
export interface MatrixPane {
  getState(): { settings: Settings; phase: string; error: string | null };
  useSource(source: SourceRef, fresh?: boolean): Promise<void>;
  update(change: (s: Settings) => Settings): void;
  build(): Promise<void>;
}

export interface Picked<R extends LineRole> {
  table: SourceTable;
  source: RawSource;
  mapping: ColumnMapping<R>;
}

export type PrepareStep = "read" | "check" | "compute" | "write" | "matrix";

export interface PrepareState {
  orders: Picked<OrderRole> | null;
  activity: Picked<ActivityRole> | null;
  /** Ratings or survey responses; `candidates` are its numeric columns, `criteria` those chosen. */
  ratings: (Picked<RatingRole> & { candidates: RatingCriterion[]; criteria: RatingCriterion[] }) | null;
  /** The empty workshop sheet last inserted. */
  workshop: { sheetName: string; accounts: number } | null;
  /** The dialect of "Copy as SQL". */
  sqlDialect: SqlDialect;
  /** null: the latest order date. */
  reviewDate: string | null;
  /** The latest valid order date, "YYYY-MM-DD" (what the review date is when none is fixed). */
  latestDate: string | null;
  months: number;
  excludeInvalid: boolean;
  quality: QualityReport | null;
  busy: boolean;
  /** 0..1 with the step, for large exports (over PROGRESS_LINES lines or PROGRESS_ACCOUNTS accounts). */
  progress: { done: number; step: PrepareStep } | null;
  /** The last "Prepare accounts" or "Refresh". */
  result: { sheetName: string; accounts: number; excluded: number; asOf: string | null; refreshed: boolean } | null;
  /** The sheet that keeps what the user had typed on KAM Accounts before the last write (null: nothing typed). */
  keptEdits: string | null;
  /** The SQL of "Copy as SQL" while shown; `copied` when it went to the clipboard. */
  sql: { text: string; copied: boolean } | null;
  error: string | null;
  /** The tables are the raw exports the host's page just inserted (until the user picks others or prepares). */
  offered: boolean;
}

export const PROGRESS_LINES = 100_000;
export const PROGRESS_ACCOUNTS = 5_000;

const rawOf = (table: SourceTable): RawTable => ({ headers: table.headers, rows: table.rows, topLeft: table.address.split(":")[0] });
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

export class PrepareController {
  private readonly store = new Store<PrepareState>({
    orders: null,
    activity: null,
    ratings: null,
    sqlDialect: "duckdb",
    workshop: null,
    reviewDate: null,
    latestDate: null,
    months: DEFAULT_MONTHS,
    excludeInvalid: false,
    quality: null,
    busy: false,
    progress: null,
    result: null,
    keptEdits: null,
    sql: null,
    error: null,
    offered: false,
  });

  constructor(
    private readonly workbook: Workbook,
    private readonly pane: MatrixPane,
    private readonly language: Language,
    private readonly clipboard: { writeText(text: string): Promise<void> } | null = typeof navigator !== "undefined" && navigator.clipboard
      ? navigator.clipboard
      : null,
  ) {}

  /** The lines of the last check, with the order lines and activity log they were read from. */
  private checked: { orders: Picked<OrderRole>; activity: Picked<ActivityRole> | null; lines: CheckedLines } | null = null;

  getState = (): PrepareState => this.store.getState();

  subscribe = (listener: (s: PrepareState) => void): (() => void) => this.store.subscribe(listener);

  private get state(): PrepareState {
    return this.store.getState();
  }

  /** Shows the stored preparation (if any) without reading anything: Refresh reads. */
  init(): void {
    const stored = this.pane.getState().settings.prepare;
    if (stored) this.set({ reviewDate: stored.reviewDate, months: stored.months, excludeInvalid: stored.excludeInvalid });
  }

  /** The stored preparation, for "Refresh"; undefined before the first "Prepare accounts". */
  get stored(): PrepareSettings | undefined {
    return this.pane.getState().settings.prepare;
  }

  /** Reads the order-line table at the selection or by name and maps its columns. */
  pickOrders(ref: SourceRef): Promise<void> {
    return this.guard(async () => {
      const table = await this.readRaw(ref);
      this.set({ orders: { table, source: this.sourceOf(table), mapping: mapOrderColumns(table.headers) }, result: null, offered: false });
      this.check();
    });
  }

  /**
   * Takes the raw exports the host's page inserts (Workbook.onSourcesOffered, the playground's
   * sample) as the tables; `onOffer` lets the pane show the section. Returns an unsubscribe.
   */
  listenForOffers(onOffer?: () => void): () => void {
    return (
      this.workbook.onSourcesOffered?.((offer) => {
        onOffer?.();
        void this.takeOffer(offer);
      }) ?? (() => {})
    );
  }

  /** Raw exports the host's page just inserted: taken as the order lines and the activity log. */
  takeOffer(offer: SourceOffer): Promise<void> {
    return this.guard(async () => {
      const orders = await this.readRaw(offer.orders);
      const activity = offer.activity ? await this.readRaw(offer.activity) : null;
      this.set({
        orders: { table: orders, source: this.sourceOf(orders), mapping: mapOrderColumns(orders.headers) },
        activity: activity ? { table: activity, source: this.sourceOf(activity), mapping: mapActivityColumns(activity.headers) } : null,
        result: null,
        offered: true,
      });
      this.check();
    });
  }

  /** The activity log (null: none). */
  pickActivity(ref: SourceRef | null): Promise<void> {
    return this.guard(async () => {
      if (!ref) {
        this.set({ activity: null, offered: false });
        return this.check();
      }
      const table = await this.readRaw(ref);
      this.set({
        activity: { table, source: this.sourceOf(table), mapping: mapActivityColumns(table.headers) },
        result: null,
        offered: false,
      });
      this.check();
    });
  }

  /** The user maps a role to another column (undefined: no column). */
  mapOrders(role: OrderRole, column: number | undefined): void {
    if (!this.state.orders) return;
    this.set({ orders: { ...this.state.orders, mapping: remap(this.state.orders.mapping, role, column) } });
    this.check();
  }

  mapActivity(role: ActivityRole, column: number | undefined): void {
    if (!this.state.activity) return;
    this.set({ activity: { ...this.state.activity, mapping: remap(this.state.activity.mapping, role, column) } });
    this.check();
  }

  /** The ratings or survey responses (null: none). Every numeric column not mapped to a role is offered as a criterion. */
  pickRatings(ref: SourceRef | null): Promise<void> {
    return this.guard(async () => {
      if (!ref) {
        this.set({ ratings: null });
        return this.check();
      }
      const table = await this.readRaw(ref);
      const mapping = mapRatingColumns(table.headers);
      const candidates = ratingCandidates(rawOf(table), mapping);
      this.set({ ratings: { table, source: this.sourceOf(table), mapping, candidates, criteria: candidates }, result: null });
      this.check();
    });
  }

  mapRatings(role: RatingRole, column: number | undefined): void {
    const r = this.state.ratings;
    if (!r) return;
    const mapping = remap(r.mapping, role, column);
    const candidates = ratingCandidates(rawOf(r.table), mapping);
    const chosen = new Set(r.criteria.map((c) => c.column));
    const method = new Map(r.criteria.map((c) => [c.column, c.method]));
    const criteria = candidates.filter((c) => chosen.has(c.column)).map((c) => ({ ...c, method: method.get(c.column) ?? c.method }));
    this.set({ ratings: { ...r, mapping, candidates, criteria } });
    this.check();
  }

  /** Takes a candidate column in or out of the criteria, or changes its method. */
  setRatingCriterion(column: number, choice: { included: boolean; method?: RatingCriterion["method"] }): void {
    const r = this.state.ratings;
    if (!r) return;
    const current = new Map(r.criteria.map((c) => [c.column, c]));
    const criteria = r.candidates.flatMap((c) => {
      if (c.column !== column) return current.has(c.column) ? [current.get(c.column)!] : [];
      return choice.included ? [{ ...c, method: choice.method ?? current.get(c.column)?.method ?? c.method }] : [];
    });
    this.set({ ratings: { ...r, criteria }, sql: null });
    this.check();
  }

  /** Inserts an empty rating sheet for a workshop: one row per account of the order lines and rater. */
  insertWorkshopSheet(ratersText: string): Promise<void> {
    return this.guard(async () => {
      const { orders, quality } = this.state;
      if (!orders) throw new PrepareError("noTable");
      const invalid = quality?.orders.invalid.map((l) => l.line) ?? [];
      const { accounts, asOf } = workshopAccounts({ table: rawOf(orders.table), mapping: orders.mapping }, this.state.reviewDate, invalid);
      if (accounts.length === 0 || Number.isNaN(asOf)) throw new PrepareError("noAccounts");
      const values = workshopRows(accounts, parseRaters(ratersText), asOf, this.language);
      const sheetName = await this.workbook.addDataSheet(WORKSHOP_SHEET[this.language], values, {
        validation: workshopValidation(this.language),
      });
      this.set({ workshop: { sheetName, accounts: accounts.length } });
    });
  }

  setSqlDialect(dialect: SqlDialect): void {
    this.set({ sqlDialect: dialect, sql: null });
  }

  setReviewDate(date: string | null): void {
    this.set({ reviewDate: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, sql: null });
  }

  setMonths(months: number): void {
    this.set({ months, sql: null });
  }

  setExcludeInvalid(exclude: boolean): void {
    this.set({ excludeInvalid: exclude });
  }

  /** "Prepare accounts": writes KAM Accounts and opens the mapping on it with the defaults. */
  prepare(): Promise<void> {
    return this.guard(() => {
      this.set({ result: null, keptEdits: null });
      return this.run(false);
    });
  }

  /** "Refresh": the raw tables read again with the stored settings, KAM Accounts rewritten, the matrix rebuilt. */
  refresh(): Promise<void> {
    return this.guard(async () => {
      const stored = this.stored;
      if (!stored) throw new PrepareError("nothingStored");
      this.set({ progress: null, result: null, keptEdits: null });
      const orders = await this.readStored(stored.orders.source);
      const activity = stored.activity ? await this.readStored(stored.activity.source) : null;
      checkPositions(orders.headers, stored.orders, orders.address);
      if (activity && stored.activity) checkPositions(activity.headers, stored.activity, activity.address);
      const ratings = stored.ratings ? await this.readStored(stored.ratings.source) : null;
      this.set({
        orders: {
          table: orders,
          source: stored.orders.source,
          mapping: resolveMapping(orders.headers, stored.orders.mapping, mapOrderColumns(orders.headers)),
        },
        activity:
          activity && stored.activity
            ? {
                table: activity,
                source: stored.activity.source,
                mapping: resolveMapping(activity.headers, stored.activity.mapping, mapActivityColumns(activity.headers)),
              }
            : null,
        ratings: ratings && stored.ratings ? this.storedRatings(ratings, stored.ratings) : null,
        reviewDate: stored.reviewDate,
        months: stored.months,
        excludeInvalid: stored.excludeInvalid,
      });
      this.check();
      await this.run(true);
    });
  }

  /** "Copy as SQL": the query for the chosen review date and window, to the clipboard when there is one. */
  copySql(): Promise<void> {
    return this.guard(async () => {
      const asOf = this.state.reviewDate ?? this.state.latestDate;
      if (!asOf) throw new PrepareError("noReviewDate");
      const text = warehouseSql(this.state, asOf, this.language);
      let copied = false;
      if (this.clipboard) {
        try {
          await this.clipboard.writeText(text);
          copied = true;
        } catch {
          copied = false; // e.g. no permission in an iframe: the text is shown to copy by hand
        }
      }
      this.set({ sql: { text, copied } });
    });
  }

  hideSql(): void {
    this.set({ sql: null });
  }

  // ---- internals ----------------------------------------------------------------------------

  private set(patch: Partial<PrepareState>): void {
    this.store.set(patch);
  }

  private async guard(work: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: true, error: null });
    try {
      await work();
    } catch (e) {
      if (!(e instanceof AppError)) console.error(e); // for developers; the user sees a sentence
      this.set({ error: friendlyError(e, this.language) });
    } finally {
      this.set({ busy: false, progress: null });
    }
  }

  private async readRaw(ref: SourceRef): Promise<SourceTable> {
    const table = await this.workbook.readTable(ref);
    if (!table || table.headers.length === 0) throw new PrepareError("noTable");
    // The add-in's own sheets are results, not exports: KAM Accounts is written from these tables.
    if (table.ownKind || table.onReportSheet) throw new PrepareError("ownSheet", [table.sheetName]);
    if (table.rows.length === 0) throw new PrepareError("noLines", [table.address]);
    return table;
  }

  private async readStored(source: RawSource): Promise<SourceTable> {
    if ("tableName" in source) {
      try {
        return await this.readRaw(source);
      } catch (e) {
        // The workbook's other tables include the add-in's own, which are no raw export: say it is gone.
        if (isWorkbookError(e) && e.code === "noSuchTable") throw new PrepareError("tableGone", [source.tableName]);
        throw e;
      }
    }
    const readRegion = this.workbook.readRegion?.bind(this.workbook);
    if (!readRegion) throw new PrepareError("cannotReread", [source.address]);
    const table = await readRegion(source.address);
    if (!table) throw new PrepareError("gone", [source.address]);
    if (table.ownKind || table.onReportSheet) throw new PrepareError("ownSheet", [table.sheetName]);
    await this.checkWhole(source.address, table, readRegion);
    return table;
  }

  /**
   * A block read again around its top-left cell ends at the first empty row. When it now ends
   * above where the stored block ended and there is more data below that row (within the stored
   * block), an empty row split the export: stop rather than read part of it.
   */
  private async checkWhole(stored: string, table: SourceTable, readRegion: (a: string) => Promise<SourceTable | null>): Promise<void> {
    const before = parseA1(stored);
    const now = parseA1(table.address);
    const at = splitAddress(stored);
    if (!before || !now || !at) return;
    const end = now.row + now.rows;
    const probes = [end + 1, before.row + before.rows - 1].filter((r) => r > end && r < before.row + before.rows);
    for (const row of new Set(probes)) {
      const below = await readRegion(`${quoteSheet(at.sheet)}!${a1(row, before.col)}`);
      if (below && below.address !== table.address) throw new PrepareError("blockSplit", [stored, table.address]);
    }
  }

  private sourceOf(table: SourceTable): RawSource {
    return table.tableName ? { tableName: table.tableName } : { address: table.address };
  }

  /** The quality report and the latest order date for the current choice; nothing is written. */
  private check(): void {
    const { orders, activity } = this.state;
    if (!orders || orders.mapping.account === undefined || orders.mapping.date === undefined || orders.mapping.amount === undefined) {
      this.checked = null;
      this.set({ quality: null, latestDate: null, sql: null });
      return;
    }
    const a =
      activity && activity.mapping.account !== undefined && activity.mapping.date !== undefined
        ? { table: rawOf(activity.table), mapping: activity.mapping }
        : undefined;
    const checked = checkLines({ table: rawOf(orders.table), mapping: orders.mapping }, a);
    const { latest } = checked;
    // Kept for "Prepare accounts" and Refresh right after: the same lines are not read twice.
    this.checked = { orders, activity: a ? activity : null, lines: { ...checked, quality: { ...checked.quality } } };
    const quality = checked.quality;
    const { ratings } = this.state;
    if (ratings && ratings.mapping.account !== undefined) {
      const asOf = this.state.reviewDate ? toSerial(this.state.reviewDate) : latest;
      quality.ratings = ratingQuality(
        { table: rawOf(ratings.table), mapping: ratings.mapping, criteria: ratings.criteria },
        { asOf: Number.isNaN(asOf) ? undefined : asOf, months: this.state.months },
      );
    }
    this.set({ quality, latestDate: Number.isNaN(latest) ? null : isoDate(latest), sql: null });
  }

  private async step(step: PrepareStep, done: number, large: boolean): Promise<void> {
    if (!large) return;
    this.set({ progress: { done, step } });
    await tick(); // let the pane paint the progress before the next long step
  }

  private async run(refreshed: boolean): Promise<void> {
    const { orders, activity, ratings } = this.state;
    if (!orders) throw new PrepareError("noTable");
    const lines = orders.table.rows.length + (activity?.table.rows.length ?? 0) + (ratings?.table.rows.length ?? 0);
    let large = lines > PROGRESS_LINES;
    await this.step("compute", 0.2, large);
    const checked = this.checked;
    const result = prepareAccounts({
      checked: checked && checked.orders === orders && checked.activity === activity ? checked.lines : undefined,
      orders: { table: rawOf(orders.table), mapping: orders.mapping },
      activity: activity ? { table: rawOf(activity.table), mapping: activity.mapping } : undefined,
      ratings: ratings ? { table: rawOf(ratings.table), mapping: ratings.mapping, criteria: ratings.criteria } : undefined,
      asOf: this.state.reviewDate ?? undefined,
      months: this.state.months,
      excludeInvalid: this.state.excludeInvalid,
      language: this.language,
    });
    if (!result.ok) {
      if (result.reason === "mapping")
        throw new PrepareError("mapping", [[...result.missing.orders, ...result.missing.activity, ...result.missing.ratings].join(", ")]);
      this.set({ quality: result.quality });
      throw new PrepareError("invalid", [String(result.count), result.first.cell, lineMessageText(result.first.message, this.language)]);
    }
    const sheet = this.reasonsInLanguage(result.sheet, result.quality);
    if (sheet.rows.length === 0) throw new PrepareError("noAccounts");
    large ||= sheet.rows.length > PROGRESS_ACCOUNTS;
    await this.step("write", 0.5, large);
    const written = await this.workbook.writeReport({
      ...accountsReport(sheet, this.language, orders.table.headers),
      keptSuffix: STRINGS[this.language].keptSuffix,
    });
    const tableName = await this.findAccountsTable(written.sheetName);
    await this.step("matrix", 0.8, large);
    await this.pane.useSource({ tableName }, !refreshed);
    const prepare = this.settingsToStore();
    this.pane.update((s) => (refreshed ? { ...s, prepare } : { ...withDefaults(s, sheet), prepare }));
    if (refreshed && this.pane.getState().settings.criteria.some((c) => c.axis !== "ignore")) {
      await this.pane.build();
      // The pane words its own failure (the column, the sheet); Refresh must not say "rebuilt".
      const failed = this.pane.getState().error;
      if (failed) {
        this.set({ quality: result.quality, keptEdits: written.keptEdits ?? null });
        throw new PrepareError("matrixFailed", [written.sheetName, failed]);
      }
    }
    this.set({
      keptEdits: written.keptEdits ?? null,
      quality: result.quality,
      offered: false,
      result: {
        sheetName: written.sheetName,
        accounts: sheet.rows.length,
        excluded: sheet.excluded.length,
        asOf: sheet.asOf === null ? null : isoDate(sheet.asOf),
        refreshed,
      },
    });
  }

  /** The excluded lines' reasons in the pane's language (the core's text is English). */
  private reasonsInLanguage(sheet: AccountsSheet, quality: QualityReport): AccountsSheet {
    if (this.language === "en") return sheet;
    const byLine = new Map<string, string>();
    for (const l of quality.orders.invalid) byLine.set(`orders ${l.line}`, lineMessageText(l.message, this.language));
    for (const l of quality.activity?.invalid ?? []) byLine.set(`activity ${l.line}`, lineMessageText(l.message, this.language));
    for (const l of quality.ratings?.invalid ?? []) byLine.set(`ratings ${l.line}`, lineMessageText(l.message, this.language));
    return { ...sheet, excluded: sheet.excluded.map((l) => ({ ...l, reason: byLine.get(`${l.table} ${l.line}`) ?? l.reason })) };
  }

  /** The native table (named range) of the sheet just written: a host may have called it "KamAccounts_2". */
  private async findAccountsTable(sheetName: string): Promise<string> {
    for (const name of (await this.workbook.listTables()).filter((n) => ACCOUNTS_TABLE_PATTERN.test(n))) {
      const table = await this.workbook.readTable({ tableName: name });
      if (table?.ownKind === "accounts" && table.sheetName === sheetName) return name;
    }
    throw new PrepareError("notFoundAfterWrite", [sheetName]);
  }

  /** The stored ratings input resolved on the table read again: mapping by header, criteria by header. */
  private storedRatings(table: SourceTable, stored: NonNullable<PrepareSettings["ratings"]>): PrepareState["ratings"] {
    const mapping = resolveMapping(table.headers, stored.mapping, mapRatingColumns(table.headers));
    const candidates = ratingCandidates(rawOf(table), mapping);
    const method = new Map(stored.criteria.map((c) => [c.header, c.method]));
    const criteria = stored.criteria.length
      ? candidates.filter((c) => method.has(c.header)).map((c) => ({ ...c, method: method.get(c.header)! }))
      : candidates;
    return { table, source: stored.source, mapping, candidates, criteria };
  }

  private settingsToStore(): PrepareSettings {
    const { orders, activity, ratings } = this.state;
    return {
      orders: {
        source: orders!.source,
        mapping: storeMapping(orders!.table.headers, orders!.mapping),
        headers: columnLabels(orders!.table.headers),
      },
      ...(activity
        ? {
            activity: {
              source: activity.source,
              mapping: storeMapping(activity.table.headers, activity.mapping),
              headers: columnLabels(activity.table.headers),
            },
          }
        : {}),
      ...(ratings
        ? {
            ratings: {
              source: ratings.source,
              mapping: storeMapping(ratings.table.headers, ratings.mapping),
              criteria: ratings.criteria.map((c) => ({ header: c.header, method: c.method })),
            },
          }
        : {}),
      reviewDate: this.state.reviewDate,
      months: this.state.months,
      excludeInvalid: this.state.excludeInvalid,
    };
  }
}
