import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { Language } from "../../core";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import { lineMessageText } from "../../app/prepare/messageText";
import type { InvalidLine, QualityReport } from "../../app/prepare/quality";
import { useSectionStyles } from "./styles";

const SHOWN = 5;

/** "A2, A7, B9 and 3 more": the first few cell addresses of a list. */
const cellList = (cells: readonly string[], t: PrepareStrings) =>
  cells.slice(0, SHOWN).join(", ") + (cells.length > SHOWN ? ` ${t.more(cells.length - SHOWN)}` : "");

/** "2 invalid lines: A2: …; A7: …": the first few invalid lines with what is wrong. */
const invalidList = (lines: readonly InvalidLine[], t: PrepareStrings, lang: Language) =>
  `${t.invalid(lines.length)} ${lines
    .slice(0, SHOWN)
    .map((l) => `${l.cell}: ${lineMessageText(l.message, lang)}`)
    .join("; ")}${lines.length > SHOWN ? ` ${t.more(lines.length - SHOWN)}` : ""}`;

/** The data-quality report of the chosen inputs, one sentence a finding. */
export function QualityList(props: { quality: QualityReport; t: PrepareStrings; lang: Language }) {
  const styles = useSectionStyles();
  const { quality: q, t, lang } = props;
  /** A finding: its count and the first few places it was found at. */
  const found = <T,>(list: readonly T[], say: (n: number, cells: string) => string, place: (x: T) => string) =>
    say(list.length, cellList(list.map(place), t));
  const items: string[] = [];
  for (const part of [q.orders, q.activity, q.ratings]) {
    if (!part) continue;
    items.push(t.lines(part.valid, part.lines - part.blank, part.blank));
    if (!("notDates" in part)) {
      if (part.invalid.length) items.push(invalidList(part.invalid, t, lang));
      if (part.outside) items.push(t.ratingsOutside(part.outside));
      if (part.singleRater.length) items.push(found(part.singleRater, t.singleRater, (x) => `${x.account} (${x.criterion})`));
      if (part.disagreements.length)
        items.push(found(part.disagreements, t.disagreements, (x) => `${x.account}, ${x.criterion}: ${x.lowest}–${x.highest}`));
      continue;
    }
    if (part.notDates.length) items.push(found(part.notDates, t.notDates, (i) => i.cell));
    if (part.blanks.length) items.push(found(part.blanks, t.blanks, (i) => i.cell));
    const other = part.invalid.filter((l) => !part.notDates.includes(l) && !part.blanks.includes(l));
    if (other.length) items.push(invalidList(other, t, lang));
    if (part.duplicates.length) items.push(found(part.duplicates, t.duplicates, (d) => d.cells.join(" = ")));
  }
  if (q.orders.textNumbers.length) items.push(found(q.orders.textNumbers, t.textNumbers, (i) => `${i.cell} "${String(i.value)}"`));
  if (q.orders.returns.count)
    items.push(
      t.returns(
        q.orders.returns.count,
        q.orders.returns.total.toLocaleString(lang === "de" ? "de-DE" : "en-US", { maximumFractionDigits: 2 }),
      ),
    );
  if (q.variants.length) items.push(found(q.variants, t.variants, (v) => v.spellings.map((x) => `"${x}"`).join(" = ")));
  if (q.activityOnly.length) items.push(found(q.activityOnly, t.activityOnly, String));
  return (
    <div aria-label={t.quality} role="region">
      <Text weight="semibold">{t.quality}</Text>
      <ul className={styles.list}>
        {items.map((text, i) => (
          <li key={i}>
            <Text>{text}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
