import * as React from "react";
import { Button, Select } from "@fluentui/react-components";
import { SQL_DIALECTS, type SqlDialect } from "../../core";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import type { PrepareController } from "../../app/prepare/prepareController";
import type { PrepareState } from "../../app/prepare/prepareState";
import { useSectionStyles } from "./styles";

const DIALECT_NAMES: Record<SqlDialect, string> = {
  duckdb: "DuckDB",
  postgres: "PostgreSQL",
  bigquery: "BigQuery",
  snowflake: "Snowflake",
  spark: "Spark SQL",
};

/** "Prepare accounts", "Refresh" (once a preparation is stored) and "Copy as SQL" in the chosen dialect. */
export function PrepareActions(props: { t: PrepareStrings; s: PrepareState; prep: PrepareController; stored: boolean }) {
  const styles = useSectionStyles();
  const { t, s, prep } = props;
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabled={s.busy || !s.orders} onClick={() => void prep.prepare()}>
        {t.prepare}
      </Button>
      <Button disabled={s.busy || !props.stored} onClick={() => void prep.refresh()} title={t.refreshHint}>
        {t.refresh}
      </Button>
      <Button disabled={s.busy || !(s.reviewDate ?? s.latestDate)} onClick={() => void prep.copySql()}>
        {t.copySql}
      </Button>
      <Select aria-label={t.sqlDialect} value={s.sqlDialect} onChange={(_, d) => prep.setSqlDialect(d.value as SqlDialect)}>
        {SQL_DIALECTS.map((d) => (
          <option key={d} value={d}>
            {DIALECT_NAMES[d]}
          </option>
        ))}
      </Select>
    </div>
  );
}
