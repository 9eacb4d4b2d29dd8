import type { PlanController } from "./plan/planController";
import type { Settings } from "./settings/settings";
import type { SelectedRow, SourceTable, Workbook } from "./workbook/workbook";
import type { WhatIf } from "./whatif/whatif";

/** The account card: which account it shows, from a marker of the preview or a selected row. */
export class CardSelection {
  constructor(
    private readonly workbook: Workbook,
    private readonly whatIf: WhatIf,
    private readonly plan: Pick<PlanController, "refreshActions">,
    private readonly current: () => { table: SourceTable | null; settings: Settings },
  ) {}

  /** A click on a marker of the preview: that account's card (null closes the card). */
  selectAccount(account: number | null): void {
    const { table, settings } = this.current();
    this.whatIf.select(account, table, settings);
    if (account !== null) this.cardOpened();
  }

  /** A selected cell: its account's card when it is a row of an account. */
  selectRow(sel: SelectedRow): void {
    const { table, settings } = this.current();
    if (this.whatIf.selectRow(sel, table, settings)) this.cardOpened();
  }

  /** Google Sheets' "Show selected account": the host cannot push selections, so the pane asks. */
  async showSelected(): Promise<void> {
    const sel = await this.workbook.readSelection?.();
    if (sel) this.selectRow(sel);
  }

  /** Whether the host tells the pane about selections itself (else the pane shows a button). */
  get pushesSelection(): boolean {
    return typeof this.workbook.onSelectionChange === "function";
  }

  /** A card opened (or an account selected again): its actions as they are now, not as last read. */
  private cardOpened(): void {
    void this.plan.refreshActions();
  }
}
