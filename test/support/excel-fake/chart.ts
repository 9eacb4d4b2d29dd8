import { ClientObject, Collection, FakeContext } from "./client";
import { AxisModel, ChartModel, PointLabel, SeriesModel, SheetModel } from "./model";
import type { FRange, RangeRef } from "./range";
import { OfficeError } from "./util";

/** Where a range proxy points, resolved at sync (charts keep references to cells, not values). */
const refOf = (range: FRange): RangeRef => (range as unknown as { model(): RangeRef }).model();

export class FChartCollection extends Collection<SheetModel, FChart> {
  constructor(context: FakeContext, path: string, locate: () => SheetModel | null) {
    super(context, path, locate);
  }
  protected itemsOf(m: SheetModel): FChart[] {
    return m.charts.map((c) => new FChart(this.context, `${this.path}[${c.name}]`, () => c, m));
  }
  /** Like Excel for "Columns": the first column is X, each further column a series of Y values. */
  add(type: string, source: FRange, seriesBy: string): FChart {
    let added: ChartModel | null = null;
    let sheet: SheetModel | null = null;
    this.act({ add: type, seriesBy }, (m) => {
      if (seriesBy !== "Columns") throw new OfficeError("InvalidArgument", "the fake models seriesBy Columns only");
      const ref = refOf(source);
      const x = { sheet: ref.sheet, box: { ...ref.box, cols: 1 } };
      const series = Array.from({ length: Math.max(0, ref.box.cols - 1) }, (_, i) => ({
        name: `Series${i + 1}`,
        chartType: type,
        x,
        y: { sheet: ref.sheet, box: { ...ref.box, col: ref.box.col + 1 + i, cols: 1 } },
        labels: new Map<number, PointLabel>(),
      }));
      added = { name: `Chart ${m.charts.length + 1}`, type, legend: {}, axes: { category: {}, value: {} }, series };
      m.charts.push(added);
      sheet = m;
    });
    return new FChart(
      this.context,
      `${this.path}.add`,
      () => added,
      null,
      () => sheet,
    );
  }
}

export class FChart extends ClientObject<ChartModel> {
  constructor(
    context: FakeContext,
    path: string,
    locate: () => ChartModel | null,
    private readonly sheetModel: SheetModel | null,
    private readonly sheetOf: () => SheetModel | null = () => sheetModel,
  ) {
    super(context, path, locate);
  }
  protected snapshot(m: ChartModel, prop: string): unknown {
    if (prop === "name") return m.name;
    throw new OfficeError("InvalidArgument", `The fake chart has no property ${prop}`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.act({ name }, (m) => (m.name = name));
  }
  set width(width: number) {
    this.act({ width }, (m) => (m.width = width));
  }
  set height(height: number) {
    this.act({ height }, (m) => (m.height = height));
  }
  setPosition(startCell: string): void {
    this.act({ setPosition: startCell }, (m) => (m.position = startCell));
  }
  get title() {
    const act = this.act.bind(this);
    return {
      set text(text: string) {
        act({ title: text }, (m) => (m.title = text));
      },
    };
  }
  get legend() {
    const act = this.act.bind(this);
    return {
      set visible(visible: boolean) {
        act({ legendVisible: visible }, (m) => (m.legend.visible = visible));
      },
      set position(position: string) {
        act({ legendPosition: position }, (m) => (m.legend.position = position));
      },
      /**
       * ChartLegendEntryCollection (ExcelApi 1.7): one entry per series, in series order. Whether
       * hiding an entry re-indexes the others is not documented; the stricter reading: a hidden
       * entry leaves the collection, so getItemAt(i) is the i-th entry still shown.
       */
      legendEntries: {
        getItemAt: (i: number) => ({
          set visible(visible: boolean) {
            act(
              { legendEntry: i, visible },
              (m) => {
                const hidden = (m.legend.hiddenEntries ??= new Set());
                const shown = m.series.map((_, k) => k).filter((k) => !hidden.has(k));
                if (!Number.isInteger(i) || i < 0 || i >= shown.length)
                  throw new OfficeError("InvalidArgument", `The legend has ${shown.length} entries, not an entry ${i}`);
                if (!visible) hidden.add(shown[i]);
              },
              "1.7",
            );
          },
        }),
      },
    };
  }
  get axes() {
    const axis = (which: "category" | "value") => {
      const act = (wire: Record<string, unknown>, f: (a: AxisModel) => void) => this.act({ axis: which, ...wire }, (m) => f(m.axes[which]));
      return {
        set minimum(v: number) {
          act({ minimum: v }, (a) => (a.minimum = v));
        },
        set maximum(v: number) {
          act({ maximum: v }, (a) => (a.maximum = v));
        },
        title: {
          set text(text: string) {
            act({ title: text }, (a) => (a.title = text));
          },
        },
      };
    };
    return { categoryAxis: axis("category"), valueAxis: axis("value") };
  }
  get series() {
    return {
      getItemAt: (i: number) =>
        new FSeries(this.context, `${this.path}.series[${i}]`, () => {
          const s = this.find()?.series[i];
          if (!s) throw new OfficeError("InvalidArgument", `The chart has no series ${i}`);
          return s;
        }),
      add: (name: string) => {
        let added: SeriesModel | null = null;
        this.act({ addSeries: name }, (m) => m.series.push((added = { name, chartType: m.type, labels: new Map() })), "1.7");
        return new FSeries(this.context, `${this.path}.series.add(${name})`, () => added);
      },
    };
  }
  delete(): void {
    this.act({ delete: true }, (m) => {
      const sheet = this.sheetOf();
      if (sheet) sheet.charts.splice(sheet.charts.indexOf(m), 1);
    });
  }
}

export class FSeries extends ClientObject<SeriesModel> {
  protected snapshot(m: SeriesModel, prop: string): unknown {
    if (prop === "name") return m.name;
    throw new OfficeError("InvalidArgument", `The fake series has no property ${prop}`);
  }
  set name(name: string) {
    this.act({ name }, (m) => (m.name = name));
  }
  set chartType(chartType: string) {
    this.act({ chartType }, (m) => (m.chartType = chartType), "1.7");
  }
  set markerStyle(markerStyle: string) {
    this.act({ markerStyle }, (m) => (m.markerStyle = markerStyle), "1.7");
  }
  set markerBackgroundColor(color: string) {
    this.act({ markerBackgroundColor: color }, (m) => (m.markerBackgroundColor = color), "1.7");
  }
  set markerForegroundColor(color: string) {
    this.act({ markerForegroundColor: color }, (m) => (m.markerForegroundColor = color), "1.7");
  }
  get format() {
    const act = this.act.bind(this);
    return {
      line: {
        set color(color: string) {
          act({ lineColor: color }, (m) => (m.lineColor = color));
        },
      },
    };
  }
  setXAxisValues(range: FRange): void {
    this.act({ setXAxisValues: range.path }, (m) => (m.x = refOf(range)), "1.7");
  }
  setValues(range: FRange): void {
    this.act({ setValues: range.path }, (m) => (m.y = refOf(range)), "1.7");
  }
  get points() {
    return {
      getItemAt: (i: number) =>
        new FPoint(this.context, `${this.path}.points[${i}]`, () => {
          const s = this.find();
          const count = s?.y?.box.rows ?? 0;
          if (!s || i < 0 || i >= count) throw new OfficeError("InvalidArgument", `The series has ${count} points, not a point ${i}`);
          if (!s.labels.has(i)) s.labels.set(i, { hasDataLabel: false });
          return s.labels.get(i)!;
        }),
    };
  }
}

export class FPoint extends ClientObject<PointLabel> {
  protected snapshot(): unknown {
    throw new OfficeError("InvalidArgument", "The fake point has no loadable properties");
  }
  set hasDataLabel(value: boolean) {
    this.act({ hasDataLabel: value }, (m) => (m.hasDataLabel = value), "1.7");
  }
  set markerStyle(value: string) {
    this.act({ markerStyle: value }, (m) => (m.markerStyle = value), "1.7");
  }
  get dataLabel() {
    const act = this.act.bind(this);
    // Switching a part of the label on or off makes Excel compose its text again.
    const shows = (m: PointLabel) => m.showValue !== false || m.showSeriesName === true;
    return {
      set showValue(value: boolean) {
        act({ showValue: value }, (m) => ((m.showValue = value), (m.textShown = false)), "1.7");
      },
      set showSeriesName(value: boolean) {
        act({ showSeriesName: value }, (m) => ((m.showSeriesName = value), (m.textShown = false)), "1.7");
      },
      set text(text: string) {
        act({ text }, (m) => ((m.text = text), (m.textShown = m.hasDataLabel && shows(m))), "1.8");
      },
    };
  }
}
