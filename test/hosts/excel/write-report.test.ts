import { ExcelWorkbook, REPORT_MARK } from "../../../hosts/excel/excel-workbook";
import { CHART_NAME } from "../../../hosts/excel/chart-ops";
import { missingFeatureText } from "../../../app/i18n/errors";
import { FakeExcel, shownLabelText } from "../../support/excel-fake";
import { accounts, QUADRANTS, report } from "./fixtures";

function setup(apiVersion = "1.14") {
  const excel = new FakeExcel(apiVersion);
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  return { excel, workbook };
}

describe("writeReport: the KAM Matrix sheet", () => {
  test("writes the results table: title, header, rows, number formats, quadrant fills, native table", async () => {
    const { excel, workbook } = setup();
    const list = accounts(12);
    const spec = report(list);
    const result = await workbook.writeReport(spec);

    expect(result).toEqual({ sheetName: "KAM Matrix", missingFeatures: [] });
    expect(excel.values("KAM Matrix", "A1:A2")).toEqual([["Accounts by priority"], ["Account"]]);
    expect(excel.values("KAM Matrix", "A2:G2")[0]).toEqual(["Account", "Value", "Engagement", "Quadrant", "Label", "Priority", "Strategy"]);
    expect(excel.values("KAM Matrix", "A3:G14")).toEqual(spec.tables[0].rows);
    expect(excel.values("KAM Matrix", "A15:G15")[0].every((v) => v === "")).toBe(true);
    expect(excel.cell("KAM Matrix", "A1")?.bold).toBe(true);
    expect(excel.cell("KAM Matrix", "G2")?.bold).toBe(true);
    expect(excel.cell("KAM Matrix", "A3")?.bold).toBe(false);
    expect(excel.cell("KAM Matrix", "B3")?.numberFormat).toBe("0.0");
    expect(excel.cell("KAM Matrix", "D14")?.numberFormat).toBe("0");
    expect(excel.cell("KAM Matrix", "A3")?.numberFormat).toBe("General");
    // Fill only in the label column (fillColumn 4), in the colour of the row's quadrant.
    spec.tables[0].rows.forEach((row, i) => {
      expect(excel.cell("KAM Matrix", `E${i + 3}`)?.fill).toBe(QUADRANTS[(row[3] as number) - 1].color);
      expect(excel.cell("KAM Matrix", `D${i + 3}`)?.fill).toBeNull();
    });
    expect(excel.model.tables.map((t) => [t.name, t.sheet.name, t.box])).toEqual([
      ["KamResults", "KAM Matrix", { row: 1, col: 0, rows: 13, cols: 7 }],
    ]);
    // The summary has whole-row fills and a percentage column.
    expect(excel.values("KAM Matrix", "I1:K2")).toEqual([
      ["Quadrants", "", ""],
      ["Quadrant", "Accounts", "Share"],
    ]);
    expect(excel.cell("KAM Matrix", "K3")?.numberFormat).toBe("0%");
    expect(excel.cell("KAM Matrix", "I6")?.fill).toBe(QUADRANTS[3].color);
    expect(excel.cell("KAM Matrix", "K6")?.fill).toBe(QUADRANTS[3].color);
    expect(excel.activeSheet?.name).toBe("KAM Matrix");
  });

  test("draws one native scatter chart: 4 quadrant series and 2 threshold lines, values read from cells", async () => {
    const { excel, workbook } = setup();
    const spec = report(accounts(40), { labelled: 5 });
    await workbook.writeReport(spec);

    const charts = excel.sheet("KAM Matrix").charts;
    expect(charts).toHaveLength(1);
    const chart = charts[0];
    expect(chart).toMatchObject({
      name: CHART_NAME,
      type: "XYScatter",
      title: "KAM Matrix",
      legend: { visible: true, position: "Right" },
      axes: { category: { minimum: 0, maximum: 100, title: "Value" }, value: { minimum: 0, maximum: 100, title: "Engagement" } },
      position: "I8",
      width: 480,
      height: 360,
    });
    expect(chart.series.map((s) => s.name)).toEqual([...QUADRANTS.map((q) => q.label), "Threshold: Value", "Threshold: Engagement"]);
    spec.chart!.series.forEach((expected, i) => {
      const s = chart.series[i];
      expect([s.chartType, s.markerStyle, s.markerBackgroundColor, s.markerForegroundColor]).toEqual([
        "XYScatter",
        "Circle",
        expected.color,
        expected.color,
      ]);
      expect(excel.seriesValues(s.x)).toEqual(expected.points.map((p) => p.x));
      expect(excel.seriesValues(s.y)).toEqual(expected.points.map((p) => p.y));
      // The label a reader sees beside the point is the account name.
      const labels = [...s.labels].filter(([, l]) => l.hasDataLabel).map(([j, l]) => [expected.points[j].label, shownLabelText(l)]);
      expect(labels).toEqual(expected.points.filter((p) => p.labelled).map((p) => [p.label, p.label]));
    });
    const [vertical, horizontal] = chart.series.slice(4);
    expect([vertical.chartType, vertical.lineColor]).toEqual(["XYScatterLinesNoMarkers", "#595959"]);
    expect([excel.seriesValues(vertical.x), excel.seriesValues(vertical.y)]).toEqual([
      [50, 50],
      [0, 100],
    ]);
    expect([excel.seriesValues(horizontal.x), excel.seriesValues(horizontal.y)]).toEqual([
      [0, 100],
      [50, 50],
    ]);
    const labelled = chart.series.flatMap((s) => [...s.labels.values()]).filter((l) => l.hasDataLabel);
    expect(labelled.map(shownLabelText).sort()).toEqual(
      spec.tables[0].rows
        .slice(0, 5)
        .map((r) => r[0])
        .sort(),
    );
  });

  test("without ExcelApi 1.8 the chart has no point labels and missingFeatures says so", async () => {
    const { excel, workbook } = setup("1.7");
    const result = await workbook.writeReport(report(accounts(20), { labelled: 3 }));
    expect(result.missingFeatures).toEqual(["pointLabelsExcel"]);
    expect(missingFeatureText(result.missingFeatures[0], "en")).toBe(
      "Point labels need Excel API 1.8; the chart is shown without account names.",
    );
    const chart = excel.sheet("KAM Matrix").charts[0];
    expect(chart.series).toHaveLength(6);
    expect(chart.series.every((s) => s.labels.size === 0)).toBe(true);
  });

  test("the fake refuses a 1.8 call on a 1.7 host, so the skip above is what makes it work", async () => {
    const excel = new FakeExcel("1.7");
    const workbook = new ExcelWorkbook({ run: excel.run, requirements: () => true });
    await expect(workbook.writeReport(report(accounts(20), { labelled: 3 }))).rejects.toThrow(/ApiNotFound/);
  });

  test("names that look like formulas, phone numbers or numbers stay text", async () => {
    const { excel, workbook } = setup();
    const list = [
      { name: '=HYPERLINK("x")', value: 90, engagement: 90 },
      { name: "+49 30 123", value: 80, engagement: 20 },
      { name: "-Acme", value: 20, engagement: 80 },
      { name: "@Home", value: 10, engagement: 10 },
      { name: "00123", value: 5, engagement: 5 },
    ];
    await workbook.writeReport(report(list));
    const names = excel.values("KAM Matrix", "A3:A7").map((r) => r[0]);
    expect(names).toEqual(['=HYPERLINK("x")', "+49 30 123", "-Acme", "@Home", "00123"]);
    for (const a of ["A3", "A4", "A5", "A6"]) expect(excel.cell("KAM Matrix", a)?.formula).toBeUndefined();
  });

  test("the fake would have stored them as formulas without escaping", () => {
    const excel = new FakeExcel();
    excel.addSheet("S", [['=HYPERLINK("x")', "+49 30 123"]]);
    expect([excel.cell("S", "A1")?.formula, excel.cell("S", "B1")?.formula]).toEqual(['=HYPERLINK("x")', "=+49 30 123"]);
  });

  test("leaves the source data and a user's own 'KAM Matrix' sheet untouched and uses a new name", async () => {
    const { excel, workbook } = setup();
    const source = [
      ["Account", "Revenue"],
      ["Acme", 120],
      ["Bolt", "=B2*2"],
    ];
    excel.addSheet("Accounts", source);
    excel.addSheet("KAM Matrix", [["my own notes"]]);
    const before = JSON.stringify([...excel.sheet("Accounts").cells, ...excel.sheet("KAM Matrix").cells]);

    const result = await workbook.writeReport(report(accounts(8)));

    expect(result.sheetName).toBe("KAM Matrix (2)");
    expect(JSON.stringify([...excel.sheet("Accounts").cells, ...excel.sheet("KAM Matrix").cells])).toBe(before);
    expect(excel.sheet("KAM Matrix").charts).toHaveLength(0);
    expect(excel.values("KAM Matrix (2)", "A2")).toEqual([["Account"]]);
  });

  test("a rebuild replaces only the add-in's own sheet, at its place, even after the user renamed it", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Accounts", [["Account"], ["Acme"]]);
    await workbook.writeReport(report(accounts(30)));
    excel.sheet("KAM Matrix").name = "Matrix Q3";
    excel.addSheet("KAM Matrix", [["user sheet"]]);
    const oldId = excel.sheet("Matrix Q3").id;

    const result = await workbook.writeReport(report(accounts(5)));

    // Rewritten in place: the same sheet (id), name and tab position.
    expect(result).toEqual({ sheetName: "Matrix Q3", missingFeatures: [] });
    expect(excel.sheet("Matrix Q3").id).toBe(oldId);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "Matrix Q3", "KAM Matrix"]);
    expect(excel.values("KAM Matrix", "A1")).toEqual([["user sheet"]]);
    expect(excel.values("Accounts", "A1:A2")).toEqual([["Account"], ["Acme"]]);
    // The 30-row report is gone: rows 3-7 are new, nothing left below.
    expect(excel.values("Matrix Q3", "A8:G8")[0].every((v) => v === "")).toBe(true);
    expect(excel.values("Matrix Q3", "A32:G32")[0].every((v) => v === "")).toBe(true);
    expect(excel.sheet("Matrix Q3").charts).toHaveLength(1);
    expect(excel.model.tables.map((t) => t.name)).toEqual(["KamResults"]);
    expect(excel.model.names.filter((n) => n.name === REPORT_MARK)).toHaveLength(1);
  });

  test("a live rewrite (reveal false) leaves the user on their sheet; a new report sheet is shown", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Accounts", [["Account"], ["Acme"]]);
    await workbook.writeReport(report(accounts(5)), undefined, false);
    expect(excel.activeSheet?.name).toBe("KAM Matrix");
    excel.activeSheet = excel.sheet("Accounts");
    await workbook.writeReport(report(accounts(7)), undefined, false);
    expect(excel.activeSheet?.name).toBe("Accounts");
    expect(excel.values("KAM Matrix", "A9:A9")[0][0]).not.toBe("");
    await workbook.writeReport(report(accounts(7)));
    expect(excel.activeSheet?.name).toBe("KAM Matrix");
  });

  test("a deleted report sheet is created again under the preferred name", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(5)));
    excel.model.deleteSheet(excel.sheet("KAM Matrix"));
    const result = await workbook.writeReport(report(accounts(5)));
    expect(result.sheetName).toBe("KAM Matrix");
    expect(excel.values("KAM Matrix", "A2")).toEqual([["Account"]]);
  });

  test("a user's table already called KamResults keeps its name; ours gets another", async () => {
    const { excel, workbook } = setup();
    const sheet = excel.addSheet("Data", [["A"], [1]]);
    excel.model.renameTable(excel.model.addTable(sheet, { row: 0, col: 0, rows: 2, cols: 1 }), "KamResults");
    await workbook.writeReport(report(accounts(5)));
    expect(excel.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["KamResults", "Data"],
      ["KamResults_2", "KAM Matrix"],
    ]);
  });

  test("reports progress through the phases up to done", async () => {
    const { workbook } = setup();
    const seen: { done: number; phase: string }[] = [];
    await workbook.writeReport(report(accounts(10)), (p) => seen.push(p));
    expect(seen[0]).toEqual({ done: 0, phase: "prepare" });
    expect(seen[seen.length - 1].done).toBe(1);
  });
});
