/**
 * One move of a pair slider in "Derive weights", as the pane does it, for 10 criteria (45 pairs):
 * the judgements go into the settings (Controller.update: stored, data check skipped, preview
 * kept) and the weights, CR and most inconsistent comparison are derived. Target: well inside one
 * frame (16 ms), leaving the frame to React. A portfolio of 5,000 accounts is loaded and built.
 */
import { createPane } from "../../app/pane";
import { samplePortfolio } from "../sample-portfolio";
import { derive, pairsOf, sliderToRatio, withJudgements } from "../../app/weights/pairwise";
import type { SourceTable, Workbook } from "../../app/workbook/workbook";
import { report, timeMedian } from "../measure";

function workbook(source: SourceTable): Workbook {
  let stored: unknown = null;
  return {
    listTables: async () => [],
    readTable: async () => source,
    writeReport: async () => ({ sheetName: "KAM Matrix", missingFeatures: [] }),
    addDataSheet: async (name) => name,
    loadSettings: async () => stored,
    saveSettings: async (s) => void (stored = s),
    onUserEdit: () => () => {},
    readHistory: async () => null,
    editHistory: async () => ({ sheetName: "KAM History" }),
    updateRow: async () => {},
  };
}

async function main() {
  const controller = createPane(workbook(samplePortfolio(5_000)), "en", { debounceMs: 1e9 }).matrix; // the write never fires
  await controller.start();
  const columns = Array.from({ length: 10 }, (_, i) => `Criterion ${i + 1}`);
  let pairs = pairsOf(columns);
  let step = 0;
  let cr = 0;
  const t = timeMedian(51, () => {
    step = step === 8 ? -8 : step + 1;
    pairs = pairs.map((p, i) => (i === 7 ? { ...p, ratio: sliderToRatio(step) } : i === 20 ? { ...p, ratio: sliderToRatio(-step) } : p));
    controller.update((s) => withJudgements(s, "value", pairs));
    cr = derive(columns, pairs)!.cr;
  });
  if (cr !== cr) throw new Error("no consistency ratio");
  report({ case: "derive-weights-slider", n: 5_000, criteria: 10, pairs: pairs.length, ...t });
  controller.dispose();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
