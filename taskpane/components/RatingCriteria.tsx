import * as React from "react";
import { Checkbox, Select, Text } from "@fluentui/react-components";
import type { Language } from "../../core";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import type { PickedRatings } from "../../app/prepare/prepareState";
import { RATING_CRITERION_METHODS, RatingCriterion } from "../../app/prepare/ratingsInput";
import { anchoredScale } from "../../app/prepare/ratingScales";

/** The numeric columns of the ratings table: which are criteria, how each is combined, and the anchored scale of a rated one. */
export function RatingCriteria(props: {
  t: PrepareStrings;
  lang: Language;
  ratings: PickedRatings;
  onChange: (column: number, choice: { included: boolean; method?: RatingCriterion["method"] }) => void;
}) {
  const { t, ratings } = props;
  const chosen = new Map(ratings.criteria.map((c) => [c.column, c]));
  return (
    <fieldset aria-label={t.criteria} style={{ border: "none", margin: 0, padding: 0, display: "grid", gap: "4px" }}>
      <Text weight="semibold">{t.criteria}</Text>
      <Text size={200}>{t.criteriaHint}</Text>
      {ratings.candidates.map((c) => {
        const picked = chosen.get(c.column);
        const scale = picked && picked.method !== "nps" ? anchoredScale(c.header, props.lang) : undefined;
        return (
          <div key={c.column} style={{ display: "grid", gridTemplateColumns: "1fr auto", gap: "4px 8px", alignItems: "center" }}>
            <Checkbox
              label={c.header}
              checked={picked !== undefined}
              onChange={(_, d) => props.onChange(c.column, { included: d.checked === true })}
            />
            <Select
              aria-label={t.methodOf(c.header)}
              disabled={!picked}
              value={picked?.method ?? c.method}
              onChange={(_, d) => props.onChange(c.column, { included: true, method: d.value as RatingCriterion["method"] })}
            >
              {RATING_CRITERION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t.methods[m]}
                </option>
              ))}
            </Select>
            {scale && (
              <ol aria-label={scale.title} start={1} style={{ gridColumn: "1 / span 2", margin: "0 0 4px 0", paddingLeft: "24px" }}>
                {scale.points.map((p, i) => (
                  <li key={i}>
                    <Text size={200}>{p}</Text>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
