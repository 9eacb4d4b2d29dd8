import { zahl, zeige } from "./format";

/**
 * German texts of the pairwise-weights and coherence messages (SPEC 16, 18) of core/messages.ts,
 * same names and parameters.
 */
export const weightsDe = {
  pairwiseShape: (rows: number, cols: number) =>
    `pairwise muss ein quadratischer Bereich mit 2 bis 15 Zeilen und ebenso vielen Spalten sein (eine je Kriterium), nicht ${rows} x ${cols}`,
  pairwiseDiagonal: (i: number, v: unknown) =>
    `pairwise Zeile ${i}, Spalte ${i} ist ${zeige(v)}; die Diagonale vergleicht ein Kriterium mit sich selbst und muss leer oder 1 sein`,
  pairwiseBothBlank: (i: number, j: number) =>
    `pairwise Zeile ${i}, Spalte ${j} und Zeile ${j}, Spalte ${i} sind beide leer; tragen Sie in eine davon ein, wievielmal so wichtig Kriterium ${i} wie Kriterium ${j} ist`,
  pairwiseNotPositive: (i: number, j: number, v: unknown) =>
    `pairwise Zeile ${i}, Spalte ${j} ist ${zeige(v)}; ein Vergleich muss eine positive Zahl sein (1/9 bis 9: 3 = dreimal so wichtig)`,
  pairwiseNotReciprocal: (i: number, j: number, a: number, b: number) =>
    `pairwise Zeile ${i}, Spalte ${j} (${zahl(a)}) und Zeile ${j}, Spalte ${i} (${zahl(b)}) widersprechen sich: der eine Wert muss 1 geteilt durch den anderen sein; lassen Sie einen davon leer`,
  correlTooFew: (i: number, j: number, n: number) =>
    (i === j ? `Kriterium ${i} hat nur bei ${n} Kunden eine Zahl` : `Kriterien ${i} und ${j} haben nur bei ${n} Kunden beide eine Zahl`) +
    "; eine Rangkorrelation braucht mindestens 3",
  correlConstant: (i: number, j: number, c: number) =>
    `Kriterium ${c} hat bei allen Kunden, bei denen Kriterien ${i} und ${j} beide eine Zahl haben, ` +
    "denselben Wert; ein konstantes Kriterium hat keine Rangkorrelation",
};
