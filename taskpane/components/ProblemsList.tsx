import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { Problem } from "../../app/report/problems";
import { STRINGS, UiStrings } from "../../app/i18n/strings";
import { WEIGHTS_STRINGS } from "../../app/i18n/weightsStrings";
import { useSectionStyles } from "./styles";

function problemText(p: Problem, t: UiStrings): string {
  switch (p.kind) {
    case "nonNumeric":
      return t.nonNumeric(p.column, p.count, p.cells);
    case "blank":
      return t.blank(p.column, p.count);
    case "noNumbers":
      return t.noNumbers(p.column);
    case "lowCoverage":
      return t.lowCoverage(
        p.count,
        p.accounts.map((a) => a.name),
      );
    case "outlier":
      return WEIGHTS_STRINGS[t === STRINGS.de ? "de" : "en"].outlier(p.account, p.column, p.ratio);
  }
}

/** What is wrong with the data before building: shown as plain text, never markup. */
export function ProblemsList({ problems, t }: { problems: Problem[]; t: UiStrings }) {
  const styles = useSectionStyles();
  return (
    <section aria-label={t.problems}>
      <Text weight="semibold">{t.problems}</Text>
      {problems.length === 0 ? (
        <Text as="p" className={styles.hint}>
          {t.noProblems}
        </Text>
      ) : (
        <ul className={styles.list}>
          {problems.map((p, i) => (
            <li key={i}>
              <Text>{problemText(p, t)}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
