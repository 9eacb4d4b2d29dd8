/**
 * "Prepare data" without React: choose the raw order-line table (and an activity log),
 * map their columns, show the data-quality report, write "KAM Accounts", make it the matrix's
 * source with the default mapping, and Refresh all of it with the stored settings in one click.
 * Source tables are only read. Talks to the main Controller only through MatrixPane.
 */
import { Language, SqlDialect } from "../../core";
import { friendlyError } from "../i18n/errors";
import type { ActivityRole, OrderRole, PrepareSettings, RatingRole } from "../settings/prepare";
import type { SourceOffer, SourceRef, Workbook } from "../workbook/workbook";
import { AccountsWrite, MatrixPane, writeAccounts } from "./accountsWrite";
import { CheckedInputs, checkInputs } from "./inputCheck";
import { INITIAL_PREPARE_STATE, PrepareState } from "./prepareState";
import { linesOf, pickedActivity, pickedOrders, readRaw } from "./rawInputs";
import { chooseCriterion, pickedRatings, remapRatings } from "./ratingsChoice";
import type { RatingCriterion } from "./ratingsInput";
import { remap } from "./storedMapping";
import { readStoredInputs } from "./storedPreparation";
import { copyAsSql, TextClipboard } from "./warehouseSql";
import { parseRaters, WORKSHOP_SHEET, workshopAccounts, workshopRows, workshopValidation } from "./workshopSheet";
import { AppError, PrepareError } from "../errors";
import { Store } from "../store";

export class PrepareController {
  private readonly store = new Store<PrepareState>(INITIAL_PREPARE_STATE);

  constructor(
    private readonly workbook: Workbook,
    private readonly pane: MatrixPane,
    private readonly language: Language,
    private readonly clipboard: TextClipboard | null = typeof navigator !== "undefined" && navigator.clipboard ? navigator.clipboard : null,
  ) {}

  /** The lines of the last check, with the order lines and activity log they were read from. */
  private checked: CheckedInputs | null = null;

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
      const table = await readRaw(this.workbook, ref);
      this.set({ orders: pickedOrders(table), result: null, offered: false });
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
      const orders = await readRaw(this.workbook, offer.orders);
      const activity = offer.activity ? await readRaw(this.workbook, offer.activity) : null;
      this.set({ orders: pickedOrders(orders), activity: activity ? pickedActivity(activity) : null, result: null, offered: true });
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
      const table = await readRaw(this.workbook, ref);
      this.set({ activity: pickedActivity(table), result: null, offered: false });
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
      const table = await readRaw(this.workbook, ref);
      this.set({ ratings: pickedRatings(table), result: null });
      this.check();
    });
  }

  mapRatings(role: RatingRole, column: number | undefined): void {
    const r = this.state.ratings;
    if (!r) return;
    this.set({ ratings: remapRatings(r, role, column) });
    this.check();
  }

  /** Takes a candidate column in or out of the criteria, or changes its method. */
  setRatingCriterion(column: number, choice: { included: boolean; method?: RatingCriterion["method"] }): void {
    const r = this.state.ratings;
    if (!r) return;
    this.set({ ratings: { ...r, criteria: chooseCriterion(r, column, choice) }, sql: null });
    this.check();
  }

  /** Inserts an empty rating sheet for a workshop: one row per account of the order lines and rater. */
  insertWorkshopSheet(ratersText: string): Promise<void> {
    return this.guard(async () => {
      const { orders, quality } = this.state;
      if (!orders) throw new PrepareError("noTable");
      const invalid = quality?.orders.invalid.map((l) => l.line) ?? [];
      const { accounts, asOf } = workshopAccounts(linesOf(orders), this.state.reviewDate, invalid);
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
      return writeAccounts(this.write, false);
    });
  }

  /** "Refresh": the raw tables read again with the stored settings, KAM Accounts rewritten, the matrix rebuilt. */
  refresh(): Promise<void> {
    return this.guard(async () => {
      const stored = this.stored;
      if (!stored) throw new PrepareError("nothingStored");
      this.set({ progress: null, result: null, keptEdits: null });
      this.set(await readStoredInputs(this.workbook, stored));
      this.check();
      await writeAccounts(this.write, true);
    });
  }

  /** "Copy as SQL": the query for the chosen review date and window, to the clipboard when there is one. */
  copySql(): Promise<void> {
    return this.guard(async () => {
      this.set({ sql: await copyAsSql(this.state, this.language, this.clipboard) });
    });
  }

  hideSql(): void {
    this.set({ sql: null });
  }

  // ---- internals ----------------------------------------------------------------------------

  private get write(): AccountsWrite {
    return { workbook: this.workbook, pane: this.pane, language: this.language, store: this.store, checked: () => this.checked };
  }

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

  /** The quality report and the latest order date for the current choice; nothing is written. */
  private check(): void {
    const { checked, shown } = checkInputs(this.state);
    this.checked = checked;
    this.set(shown);
  }
}
