/** The workbook contract on the playground's in-memory workbook. */
import { MemoryWorkbook } from "../../../hosts/playground/memory-workbook";
import { cellAt } from "../../../hosts/playground/memory-sheet";
import { workbookContract } from "./workbook.contract";
import { historyContract } from "./history.contract";
import { planContract, PlanHost } from "./plan.contract";

function memoryHost(): PlanHost {
  const workbook = new MemoryWorkbook();
  const sheet = (name: string) => {
    const s = workbook.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    workbook,
    addUserSheet: (name, rows) => void workbook.addDataSheet(name, rows),
    select: (name, row, col) => {
      workbook.activate(name);
      workbook.select(row, col);
    },
    userType: (name, row, col, value) => workbook.setCell(row, col, value, name),
    cell: (name, row, col) => ({ value: cellAt(sheet(name), row, col) ?? "", converted: false }),
    sheetNames: () => workbook.sheets.map((s) => s.name),
    // A saved file edited by hand could carry the flag; without the stored id it proves nothing.
    forgeMark: (name) => void (sheet(name).ownedByAddin = true),
    failLaterWrite: null,
    settle: async () => {},
    sheetId: (name) => String(sheet(name).id),
    tablesOn: (name) => sheet(name).tables.map((t) => t.name),
    // "Save" and "Open": the whole file as text.
    reopen: () => MemoryWorkbook.deserialize(workbook.serialize()),
    // One browser tab holds the playground's workbook in memory: a write cannot fail half-way,
    // and no second client shares it.
    faults: null,
    second: null,
    listAt: (name, row, col) => sheet(name).validations?.find((v) => v.col === col && row >= v.row && row < v.row + v.rows)?.list ?? null,
  };
}

workbookContract("memory", memoryHost);
historyContract("memory", memoryHost);
planContract("memory", memoryHost);
