import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core";
import { rhoText } from "../../app/i18n/weightsStrings";
import { COHERENCE_LIMIT, type AxisCoherence } from "../../app/weights/coherence";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    padding: "2px",
    overflowWrap: "anywhere",
  },
  td: { textAlign: "right", padding: "2px", fontVariantNumeric: "tabular-nums" },
  strong: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The rank correlations (KAM.CORREL) of one axis's criteria; |rho| >= 0.8 stands out. Text only. */
export function CorrelationTable(props: { coherence: AxisCoherence; label: string; lang: Language }) {
  const styles = useStyles();
  const { columns, matrix } = props.coherence;
  return (
    <table className={styles.table} aria-label={props.label}>
      <thead>
        <tr>
          <th className={styles.th} scope="col" />
          {columns.map((c) => (
            <th key={c} className={styles.th} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {columns.map((c, i) => (
          <tr key={c}>
            <th className={styles.th} scope="row">
              {c}
            </th>
            {matrix[i].map((rho, j) => (
              <td key={j} className={`${styles.td} ${i !== j && rho !== null && Math.abs(rho) >= COHERENCE_LIMIT ? styles.strong : ""}`}>
                {rho === null ? "–" : rhoText(rho, props.lang)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
