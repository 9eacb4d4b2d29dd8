import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MemorySheet, MemoryWorkbook } from "./memory-workbook";
import { cellAt, columnLetters, formatAt, usedSize } from "./memory-sheet";
import { displayValue, parseCellInput } from "./cellText";
import { MatrixChart } from "../../taskpane/components/MatrixChart";
import { chartFrame } from "../../taskpane/components/chart/frame";

/**
 * The active sheet as an HTML table, drawn like a spreadsheet: column letters, row numbers, cells
 * with the formats the add-in wrote, and the chart floating at its anchor cell. Only the rows in
 * view are rendered, so a 1,000-account report stays quick. Double-click, Enter, F2 or typing
 * edits the selected cell; Enter commits (a user edit, which the add-in hears about).
 */
const ROW_HEIGHT = 20; // Excel's default row height, 15 pt; the report's layout counts rows in it
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 44;
const DEFAULT_COL_WIDTH = 88;
const OVERSCAN = 12;

const useStyles = makeStyles({
  scroller: { overflow: "auto", position: "relative", flexGrow: 1, minHeight: 0, outlineStyle: "none", backgroundColor: "#fff" },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "13px", fontFamily: tokens.fontFamilyBase },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: "#f3f2f1",
    borderRight: "1px solid #d1d1d1",
    borderBottom: "1px solid #d1d1d1",
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: "#f3f2f1",
    color: "#605e5c",
    fontWeight: 400,
    borderRight: "1px solid #e1dfdd",
    borderBottom: "1px solid #d1d1d1",
    textAlign: "center",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f2f1",
    color: "#605e5c",
    fontWeight: 400,
    borderRight: "1px solid #d1d1d1",
    borderBottom: "1px solid #e1dfdd",
    textAlign: "center",
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: 0,
    lineHeight: `${ROW_HEIGHT - 2}px`,
    fontSize: "12px",
  },
  cell: {
    // Exactly ROW_HEIGHT tall: the virtual scrolling places rows by arithmetic.
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    lineHeight: `${ROW_HEIGHT - 2}px`,
    padding: "0 6px",
    borderRight: "1px solid #edebe9",
    borderBottom: "1px solid #edebe9",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    fontWeight: 400,
    textAlign: "left",
    color: "#242424",
  },
  number: { textAlign: "right" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: {
    display: "block",
    boxSizing: "border-box",
    width: "100%",
    height: `${ROW_HEIGHT - 2}px`,
    border: "none",
    outlineStyle: "none",
    font: "inherit",
    lineHeight: `${ROW_HEIGHT - 2}px`,
    padding: 0,
    backgroundColor: "transparent",
  },
  chart: { position: "absolute", zIndex: 1, boxShadow: tokens.shadow8, border: "1px solid #d1d1d1" },
});

interface Editing {
  row: number;
  col: number;
  text: string;
}

interface Props {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  locale: string;
}

export function SheetGrid({ workbook, sheet, locale }: Props) {
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [viewHeight, setViewHeight] = React.useState(800);
  // The cell being edited; kept in a ref too so that Enter and the blur that follows commit once.
  const [editing, setEditingState] = React.useState<Editing | null>(null);
  const editingRef = React.useRef<Editing | null>(null);
  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };

  React.useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewHeight(el.clientHeight || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Another sheet (or the same sheet rewritten) ends any edit: adjusted while rendering, not in an effect.
  const [shownSheet, setShownSheet] = React.useState(sheet);
  if (shownSheet !== sheet) {
    setShownSheet(sheet);
    setEditingState(null);
  }
  React.useEffect(() => {
    editingRef.current = null;
  }, [sheet]);

  const used = usedSize(sheet);
  const chartSize = sheet.chart ? chartFrame(sheet.chart) : null;
  const colWidth = (c: number) => sheet.columnWidths[c] ?? DEFAULT_COL_WIDTH;
  let cols = Math.max(used.cols + 3, 12);
  let rows = Math.max(used.rows + 30, 60);
  if (sheet.chart && chartSize) {
    rows = Math.max(rows, sheet.chart.anchor.row + Math.ceil(chartSize.height / ROW_HEIGHT) + 4);
    let c = sheet.chart.anchor.col;
    for (let w = 0; w < chartSize.width; c++) w += colWidth(c);
    cols = Math.max(cols, c + 2);
  }
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const { row: selRow, col: selCol } = sheet.selection;
  const colIndexes = Array.from({ length: cols }, (_, c) => c);

  const commit = (move: { dr: number; dc: number } | null) => {
    const edit = editingRef.current;
    if (!edit) return;
    setEditing(null);
    const value = parseCellInput(edit.text);
    if (value !== cellAt(sheet, edit.row, edit.col)) workbook.setCell(edit.row, edit.col, value, sheet.name);
    if (move) {
      workbook.select(edit.row + move.dr, edit.col + move.dc);
      scroller.current?.focus();
    }
  };
  const startEditing = (text: string) => setEditing({ row: selRow, col: selCol, text });

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editing) return;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      workbook.select(Math.min(rows - 1, selRow + move[0]), Math.min(cols - 1, selCol + move[1]));
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEditing(displayValue(cellAt(sheet, selRow, selCol)));
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      if (cellAt(sheet, selRow, selCol) !== null) workbook.setCell(selRow, selCol, null, sheet.name);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEditing(e.key);
    }
  };

  let chartLeft = ROW_HEADER_WIDTH;
  if (sheet.chart) for (let c = 0; c < sheet.chart.anchor.col; c++) chartLeft += colWidth(c);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      tabIndex={0}
      aria-label={`Sheet ${sheet.name}`}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <table
        className={styles.table}
        aria-label={sheet.name}
        style={{ width: ROW_HEADER_WIDTH + colIndexes.reduce((a, c) => a + colWidth(c), 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {colIndexes.map((c) => (
            <col key={c} style={{ width: colWidth(c) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={styles.corner} aria-hidden="true" />
            {colIndexes.map((c) => (
              <td key={c} className={styles.colHead} aria-hidden="true">
                {columnLetters(c)}
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
          {Array.from({ length: last - first }, (_, i) => first + i).map((r) => (
            <tr key={r} style={{ height: ROW_HEIGHT }}>
              <th scope="row" className={styles.rowHead} aria-label={`Row ${r + 1}`}>
                {r + 1}
              </th>
              {colIndexes.map((c) => {
                const value = cellAt(sheet, r, c);
                const format = formatAt(sheet, r, c);
                const isSelected = r === selRow && c === selCol;
                const Tag = format?.header && value !== null ? "th" : "td";
                return (
                  <Tag
                    key={c}
                    {...(Tag === "th" ? { scope: "col" } : {})}
                    className={`${styles.cell} ${typeof value === "number" ? styles.number : ""} ${isSelected ? styles.selected : ""}`}
                    style={{ fontWeight: format?.bold ? 600 : undefined, backgroundColor: format?.fill }}
                    aria-selected={isSelected || undefined}
                    data-cell={`${columnLetters(c)}${r + 1}`}
                    onMouseDown={() => (isSelected ? undefined : workbook.select(r, c))}
                    onDoubleClick={() => setEditing({ row: r, col: c, text: displayValue(value) })}
                  >
                    {editing && editing.row === r && editing.col === c ? (
                      <input
                        className={styles.editor}
                        aria-label={`Cell ${columnLetters(c)}${r + 1}`}
                        autoFocus
                        value={editing.text}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                        onKeyDown={(e) => {
                          const move = e.key === "Enter" ? { dr: 1, dc: 0 } : e.key === "Tab" ? { dr: 0, dc: 1 } : null;
                          if (move) {
                            e.preventDefault();
                            commit(move);
                          } else if (e.key === "Escape") {
                            setEditing(null);
                            scroller.current?.focus();
                          }
                        }}
                        onBlur={() => commit(null)}
                      />
                    ) : (
                      displayValue(value, format?.numberFormat, locale)
                    )}
                  </Tag>
                );
              })}
            </tr>
          ))}
          {last < rows && <tr aria-hidden="true" style={{ height: (rows - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
      {sheet.chart && (
        <div className={styles.chart} style={{ left: chartLeft, top: HEADER_HEIGHT + sheet.chart.anchor.row * ROW_HEIGHT }}>
          {/* A click on a marker selects the account's row, as a click on the row would. */}
          <MatrixChart spec={sheet.chart} onPoint={(p) => p.row !== undefined && workbook.select(p.row, 0)} />
        </div>
      )}
    </div>
  );
}
