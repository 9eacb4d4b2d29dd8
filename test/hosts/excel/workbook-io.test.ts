import { ExcelWorkbook, toSourceTable } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { friendlyError } from "../../../app/i18n/errors";
import { columnLabels } from "../../../app/settings/mapping";
import { accounts, report } from "./fixtures";

function setup(apiVersion = "1.14") {
  const excel = new FakeExcel(apiVersion);
  return { excel, workbook: new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }) };
}

const ACCOUNTS = [
  ["Account", "Revenue", "Loyalty"],
  ["Acme", 120, 4],
  ["Bolt", 80, ""],
  ["Crux", 200, 5],
];

describe("readTable", () => {
  test("from the selection: the block around the selected cell, first row as headers", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Accounts", [["Portfolio 2024"], [], ...ACCOUNTS], "B2");
    excel.select("Accounts", "C6");
    expect(await workbook.readTable({ selection: true })).toEqual({
      sheetName: "Accounts",
      address: "Accounts!B4:D7",
      tableName: undefined,
      headers: ["Account", "Revenue", "Loyalty"],
      rows: [
        ["Acme", 120, 4],
        ["Bolt", 80, null],
        ["Crux", 200, 5],
      ],
    });
  });

  test("an empty selection gives null", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Empty");
    excel.select("Empty", "D4");
    expect(await workbook.readTable({ selection: true })).toBeNull();
  });

  test("from a named table: header and body", async () => {
    const { excel, workbook } = setup();
    const sheet = excel.addSheet("Data", ACCOUNTS, "C3");
    excel.model.renameTable(excel.model.addTable(sheet, { row: 2, col: 2, rows: 4, cols: 3 }), "Portfolio");
    const table = await workbook.readTable({ tableName: "Portfolio" });
    expect(table).toMatchObject({ sheetName: "Data", address: "Data!C3:E6", tableName: "Portfolio", headers: ACCOUNTS[0] });
    expect(table?.rows).toEqual([
      ["Acme", 120, 4],
      ["Bolt", 80, null],
      ["Crux", 200, 5],
    ]);
    expect(await workbook.listTables()).toEqual(["Portfolio"]);
  });

  test("an unknown table name is an error that lists the tables there are", async () => {
    const { excel, workbook } = setup();
    const sheet = excel.addSheet("Data", ACCOUNTS);
    excel.model.renameTable(excel.model.addTable(sheet, { row: 0, col: 0, rows: 4, cols: 3 }), "Portfolio");
    const error = await workbook.readTable({ tableName: "Portfolo" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "noSuchTable", params: { name: "Portfolo", choices: ["Portfolio"] } });
    expect(friendlyError(error, "en")).toBe('There is no table named "Portfolo" in this workbook; choose one of "Portfolio".');
    expect(friendlyError(error, "de")).toBe("In dieser Mappe gibt es keine Tabelle „Portfolo“; wählen Sie eine von „Portfolio“.");
  });

  test("blank header cells stay blank here; the settings name them by column letter, as in every host", () => {
    const headers = toSourceTable("S", "S!A1:B2", [
      ["Account", ""],
      ["Acme", 3],
    ])!.headers;
    expect(headers).toEqual(["Account", ""]);
    expect(columnLabels(headers)).toEqual(["Account", "Column B"]);
  });
});

describe("settings", () => {
  test("round trip through workbook.settings; none saved gives null", async () => {
    const { excel, workbook } = setup();
    expect(await workbook.loadSettings()).toBeNull();
    const settings = { valueThreshold: "median", weights: [0.4, 0.3, -0.3], language: "de" };
    await workbook.saveSettings(settings);
    expect(await workbook.loadSettings()).toEqual(settings);
    expect([...excel.model.settings.keys()]).toEqual(["kamMatrix"]);
    await workbook.saveSettings({ valueThreshold: 60 });
    expect(await workbook.loadSettings()).toEqual({ valueThreshold: 60 });
  });
});

describe("addDataSheet", () => {
  test("adds a sheet with a unique name, text kept as text (formula-like, leading zeros), header bold", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Sample accounts");
    const name = await workbook.addDataSheet("Sample accounts", [
      ["Account", "Phone"],
      ["=1+1", "+49 30 123"],
      ["Acme", "0301234"],
    ]);
    expect(name).toBe("Sample accounts (2)");
    expect(excel.values(name, "A1:B3")).toEqual([
      ["Account", "Phone"],
      ["=1+1", "+49 30 123"],
      ["Acme", "0301234"],
    ]);
    expect(excel.cell(name, "A2")?.formula).toBeUndefined();
    expect([excel.cell(name, "A1")?.bold, excel.cell(name, "A2")?.bold]).toEqual([true, false]);
    expect([...excel.sheet(name).autofitted]).toEqual([0, 1]);
  });
});

describe("onUserEdit", () => {
  const tick = () => new Promise((r) => setTimeout(r, 5));

  test.each(["1.14", "1.8"])("calls back for a user's edit, not for the add-in's writes (ExcelApi %s)", async (version) => {
    const { excel, workbook } = setup(version);
    excel.addSheet("Accounts", ACCOUNTS);
    await workbook.writeReport(report(accounts(5)));
    const listener = jest.fn();
    const unsubscribe = workbook.onUserEdit(listener);
    await tick();

    await workbook.writeReport(report(accounts(6)));
    await tick();
    expect(listener).not.toHaveBeenCalled();

    excel.userEdit("KAM Matrix", "A20", [["typed on the report"]]);
    await tick();
    expect(listener).not.toHaveBeenCalled();

    excel.userEdit("Accounts", "B2", [[130]]);
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    await tick();
    excel.userEdit("Accounts", "B3", [[90]]);
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(excel.handlers).toHaveLength(0);
  });
});
