/** Approximate width of a label at 11 px (the SVG has no text metrics before layout). */
export const labelWidth = (text: string): number => text.length * 6 + 2;
const LABEL_HEIGHT = 12;

/**
 * Where each visible name goes: right of its marker, else left of it; a name that would overlap
 * one already placed is not drawn (its marker keeps the tooltip), so dense clusters stay readable.
 * Placed in the order given (the caller sorts by quadrant, then priority).
 */
export function placeLabels(
  list: readonly { key: string; label: string; labelled: boolean; cx: number; cy: number }[],
): Map<string, { x: number; anchor: "start" | "end" }> {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Map<string, { x: number; anchor: "start" | "end" }>();
  const free = (b: (typeof placed)[number]) => placed.every((p) => b.x1 <= p.x0 || b.x0 >= p.x1 || b.y1 <= p.y0 || b.y0 >= p.y1);
  for (const m of list) {
    if (!m.labelled) continue;
    const w = labelWidth(m.label);
    const y0 = m.cy + 4 - LABEL_HEIGHT + 2;
    const right = { x0: m.cx + 8, x1: m.cx + 8 + w, y0, y1: y0 + LABEL_HEIGHT };
    const left = { x0: m.cx - 8 - w, x1: m.cx - 8, y0, y1: y0 + LABEL_HEIGHT };
    if (free(right)) {
      placed.push(right);
      out.set(m.key, { x: m.cx + 8, anchor: "start" });
    } else if (free(left)) {
      placed.push(left);
      out.set(m.key, { x: m.cx - 8, anchor: "end" });
    }
  }
  return out;
}
