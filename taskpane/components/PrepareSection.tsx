import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { SQL_DIALECTS, type Language, type SqlDialect } from "../../core";
import { PREPARE_STRINGS, PrepareStrings } from "../../app/i18n/prepareStrings";
import { ColumnMapping, REQUIRED_ACTIVITY_ROLES, REQUIRED_ORDER_ROLES, REQUIRED_RATING_ROLES } from "../../app/prepare/columns";
import { ACTIVITY_ROLES, LineRole, ORDER_ROLES, RATING_ROLES } from "../../app/settings/prepare";
import type { PrepareController } from "../../app/prepare/prepareController";
import type { Picked, PrepareState } from "../../app/prepare/prepareState";
import { RatingCriteria } from "./RatingCriteria";
import { lineMessageText } from "../../app/prepare/messageText";
import { ACCOUNTS_SHEET_NAME } from "../../app/prepare/accountsSheet";
import { ACCOUNTS_TABLE_PATTERN } from "../../app/prepare/accountsReport";
import type { QualityReport } from "../../app/prepare/quality";
import { columnLabels } from "../../app/settings/mapping";
import { WINDOW_CHOICES } from "../../app/settings/prepare";
import type { SourceRef } from "../../app/workbook/workbook";
import { useStore } from "../useStore";
import { useSectionStyles } from "./styles";

const SELECTION = "\u0000selection"; // cannot clash with a table name
const NONE = "\u0000none";
const SHOWN = 5;
const DIALECT_NAMES: Record<SqlDialect, string> = {
  duckdb: "DuckDB",
  postgres: "PostgreSQL",
  bigquery: "BigQuery",
  snowflake: "Snowflake",
  spark: "Spark SQL",
};

/** "A2, A7, B9 and 3 more": the first few cell addresses of a list. */
const cellList = (cells: readonly string[], t: PrepareStrings) =>
  cells.slice(0, SHOWN).join(", ") + (cells.length > SHOWN ? ` ${t.more(cells.length - SHOWN)}` : "");

/** "Prepare data": from raw exports to the sheet KAM Accounts and the matrix's mapping. */
export function PrepareSection(props: { prepare: PrepareController; tables: string[]; lang: Language }) {
  // KAM Accounts is written from the raw tables, never one of them: not offered (Prepare refuses it).
  const rawTables = props.tables.filter((name) => !ACCOUNTS_TABLE_PATTERN.test(name));
  const styles = useSectionStyles();
  const t = PREPARE_STRINGS[props.lang];
  const prep = props.prepare;
  React.useEffect(() => prep.init(), [prep]);
  const s = useStore(prep);
  const pick = (value: string): SourceRef => (value === SELECTION ? { selection: true } : { tableName: value });
  const stored = prep.stored;
  return (
    <section className={styles.section} aria-label={t.title}>
      <Text className={styles.hint}>{t.intro}</Text>
      {s.offered && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t.offered}</MessageBarBody>
        </MessageBar>
      )}
      <TablePicker
        label={t.ordersTable}
        t={t}
        tables={rawTables}
        picked={s.orders}
        disabled={s.busy}
        onPick={(v) => void prep.pickOrders(pick(v))}
        onSelection={() => void prep.pickOrders({ selection: true })}
      />
      {s.orders && (
        <RoleMapping t={t} picked={s.orders} roles={ORDER_ROLES} required={REQUIRED_ORDER_ROLES} onMap={(r, c) => prep.mapOrders(r, c)} />
      )}
      <TablePicker
        label={t.activityTable}
        t={t}
        tables={rawTables}
        picked={s.activity}
        noneLabel={t.noActivity}
        disabled={s.busy || !s.orders}
        onPick={(v) => void prep.pickActivity(v === NONE ? null : pick(v))}
        onSelection={() => void prep.pickActivity({ selection: true })}
      />
      {s.activity && (
        <RoleMapping
          t={t}
          picked={s.activity}
          roles={ACTIVITY_ROLES}
          required={REQUIRED_ACTIVITY_ROLES}
          onMap={(r, c) => prep.mapActivity(r, c)}
        />
      )}
      <TablePicker
        label={t.ratingsTable}
        t={t}
        tables={props.tables}
        picked={s.ratings}
        noneLabel={t.noRatings}
        disabled={s.busy || !s.orders}
        onPick={(v) => void prep.pickRatings(v === NONE ? null : pick(v))}
        onSelection={() => void prep.pickRatings({ selection: true })}
      />
      {s.ratings && (
        <>
          <RoleMapping
            t={t}
            picked={s.ratings}
            roles={RATING_ROLES}
            required={REQUIRED_RATING_ROLES}
            onMap={(r, c) => prep.mapRatings(r, c)}
          />
          <RatingCriteria
            t={t}
            lang={props.lang}
            ratings={s.ratings}
            onChange={(column, choice) => prep.setRatingCriterion(column, choice)}
          />
        </>
      )}
      {s.orders && <WorkshopSheet t={t} busy={s.busy} onInsert={(raters) => void prep.insertWorkshopSheet(raters)} />}
      {s.workshop && (
        <Text role="status" className={styles.hint}>
          {t.workshopInserted(s.workshop.sheetName, s.workshop.accounts)}
        </Text>
      )}
      <div className={styles.row}>
        <Field label={t.reviewDate} hint={t.reviewDateHint(s.latestDate)}>
          <Input type="date" value={s.reviewDate ?? ""} onChange={(_, d) => prep.setReviewDate(d.value || null)} />
        </Field>
        <Field label={t.window}>
          <Select value={String(s.months)} onChange={(_, d) => prep.setMonths(Number(d.value))}>
            {[...new Set([...WINDOW_CHOICES, s.months])]
              .sort((a, b) => a - b)
              .map((n) => (
                <option key={n} value={String(n)}>
                  {t.months(n)}
                </option>
              ))}
          </Select>
        </Field>
      </div>
      {s.quality && <QualityList quality={s.quality} t={t} lang={props.lang} />}
      {s.quality &&
        (s.quality.orders.invalid.length > 0 ||
          (s.quality.activity?.invalid.length ?? 0) > 0 ||
          (s.quality.ratings?.invalid.length ?? 0) > 0) && (
          <Checkbox checked={s.excludeInvalid} label={t.excludeInvalid} onChange={(_, d) => prep.setExcludeInvalid(d.checked === true)} />
        )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={s.busy || !s.orders} onClick={() => void prep.prepare()}>
          {t.prepare}
        </Button>
        <Button disabled={s.busy || !stored} onClick={() => void prep.refresh()} title={t.refreshHint}>
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
      {!s.orders && !s.busy && <Text className={styles.hint}>{t.pickFirst}</Text>}
      {stored && <Text className={styles.hint}>{t.refreshHint}</Text>}
      {s.busy && (
        <div aria-live="polite">
          <Text className={styles.hint}>{s.progress ? t.steps[s.progress.step] : t.working}</Text>
          {s.progress && <ProgressBar value={s.progress.done} max={1} aria-label={t.working} />}
        </div>
      )}
      {s.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {s.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {s.result && (
        <div role="status" aria-label={t.prepare}>
          <Text as="p">
            {s.result.refreshed
              ? t.refreshed(s.result.sheetName, s.result.accounts, s.result.asOf)
              : t.prepared(s.result.sheetName, s.result.accounts, s.result.asOf, s.result.excluded)}
          </Text>
        </div>
      )}
      {s.keptEdits && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t.keptEdits(s.result?.sheetName ?? ACCOUNTS_SHEET_NAME, s.keptEdits)}</MessageBarBody>
        </MessageBar>
      )}
      {(s.result || stored) && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t.strategicTitle}</MessageBarTitle>
            {t.strategic}
          </MessageBarBody>
        </MessageBar>
      )}
      {s.sql && <SqlBox sql={s.sql} t={t} onHide={() => prep.hideSql()} />}
    </section>
  );
}

/** An empty rating sheet for a review workshop: the raters' names, then one click. */
function WorkshopSheet(props: { t: PrepareStrings; busy: boolean; onInsert: (raters: string) => void }) {
  const styles = useSectionStyles();
  const [raters, setRaters] = React.useState("");
  return (
    <div className={styles.row}>
      <Field label={props.t.workshopRaters} hint={props.t.workshopRatersHint}>
        <Input value={raters} onChange={(_, d) => setRaters(d.value)} />
      </Field>
      <Button size="small" disabled={props.busy} onClick={() => props.onInsert(raters)}>
        {props.t.insertWorkshop}
      </Button>
    </div>
  );
}

function TablePicker(props: {
  label: string;
  t: PrepareStrings;
  tables: string[];
  picked: Picked<LineRole> | null;
  /** An optional input: the choice that means none. */
  noneLabel?: string;
  disabled: boolean;
  onPick: (value: string) => void;
  onSelection: () => void;
}) {
  const styles = useSectionStyles();
  const { t, picked } = props;
  const value = picked ? ("tableName" in picked.source ? picked.source.tableName : SELECTION) : props.noneLabel ? NONE : SELECTION;
  // A table picked before the pane's list was read again (just inserted) is still shown as chosen.
  const tables = value === SELECTION || value === NONE || props.tables.includes(value) ? props.tables : [...props.tables, value];
  return (
    <>
      <Field label={props.label}>
        <Select value={value} disabled={props.disabled} onChange={(_, d) => props.onPick(d.value)}>
          {props.noneLabel && <option value={NONE}>{props.noneLabel}</option>}
          <option value={SELECTION}>{t.selectionOption}</option>
          {tables.map((name) => (
            <option key={name} value={name}>
              {`${t.nativeTable} ${name}`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        {picked && <Text className={styles.hint}>{t.pickedAt(picked.table.address, picked.table.rows.length)}</Text>}
        <Button size="small" disabled={props.disabled} onClick={props.onSelection} aria-label={`${t.useSelection}: ${props.label}`}>
          {t.useSelection}
        </Button>
      </div>
    </>
  );
}

function RoleMapping<R extends LineRole>(props: {
  t: PrepareStrings;
  picked: Picked<R>;
  roles: readonly R[];
  required: readonly R[];
  onMap: (role: R, column: number | undefined) => void;
}) {
  const { t, picked } = props;
  const labels = columnLabels(picked.table.headers);
  const mapping = picked.mapping as ColumnMapping<R>;
  return (
    <fieldset
      aria-label={t.columns}
      style={{
        border: "none",
        margin: 0,
        padding: 0,
        display: "grid",
        gridTemplateColumns: "auto 1fr",
        gap: "4px 8px",
        alignItems: "center",
      }}
    >
      {props.roles.map((role) => {
        const name = t.roles[role];
        return (
          <React.Fragment key={role}>
            <Text>{props.required.includes(role) ? `${name} ${t.required}` : name}</Text>
            <Select
              aria-label={t.columnOf(name)}
              value={mapping[role] === undefined ? NONE : String(mapping[role])}
              onChange={(_, d) => props.onMap(role, d.value === NONE ? undefined : Number(d.value))}
            >
              <option value={NONE}>{t.noColumn}</option>
              {labels.map((l, j) => (
                <option key={j} value={String(j)}>
                  {l}
                </option>
              ))}
            </Select>
          </React.Fragment>
        );
      })}
    </fieldset>
  );
}

function QualityList(props: { quality: QualityReport; t: PrepareStrings; lang: Language }) {
  const styles = useSectionStyles();
  const { quality: q, t, lang } = props;
  const items: string[] = [];
  for (const part of [q.orders, q.activity, q.ratings]) {
    if (!part) continue;
    items.push(t.lines(part.valid, part.lines - part.blank, part.blank));
    if (!("notDates" in part)) {
      if (part.invalid.length)
        items.push(
          `${t.invalid(part.invalid.length)} ${part.invalid
            .slice(0, SHOWN)
            .map((l) => `${l.cell}: ${lineMessageText(l.message, lang)}`)
            .join("; ")}${part.invalid.length > SHOWN ? ` ${t.more(part.invalid.length - SHOWN)}` : ""}`,
        );
      if (part.outside) items.push(t.ratingsOutside(part.outside));
      if (part.singleRater.length)
        items.push(
          t.singleRater(
            part.singleRater.length,
            cellList(
              part.singleRater.map((x) => `${x.account} (${x.criterion})`),
              t,
            ),
          ),
        );
      if (part.disagreements.length)
        items.push(
          t.disagreements(
            part.disagreements.length,
            cellList(
              part.disagreements.map((x) => `${x.account}, ${x.criterion}: ${x.lowest}–${x.highest}`),
              t,
            ),
          ),
        );
      continue;
    }
    if (part.notDates.length)
      items.push(
        t.notDates(
          part.notDates.length,
          cellList(
            part.notDates.map((i) => i.cell),
            t,
          ),
        ),
      );
    if (part.blanks.length)
      items.push(
        t.blanks(
          part.blanks.length,
          cellList(
            part.blanks.map((i) => i.cell),
            t,
          ),
        ),
      );
    const other = part.invalid.filter((l) => !part.notDates.includes(l) && !part.blanks.includes(l));
    if (other.length)
      items.push(
        `${t.invalid(other.length)} ${other
          .slice(0, SHOWN)
          .map((l) => `${l.cell}: ${lineMessageText(l.message, lang)}`)
          .join("; ")}${other.length > SHOWN ? ` ${t.more(other.length - SHOWN)}` : ""}`,
      );
    if (part.duplicates.length)
      items.push(
        t.duplicates(
          part.duplicates.length,
          cellList(
            part.duplicates.map((d) => d.cells.join(" = ")),
            t,
          ),
        ),
      );
  }
  if (q.orders.textNumbers.length)
    items.push(
      t.textNumbers(
        q.orders.textNumbers.length,
        cellList(
          q.orders.textNumbers.map((i) => `${i.cell} "${String(i.value)}"`),
          t,
        ),
      ),
    );
  if (q.orders.returns.count)
    items.push(
      t.returns(
        q.orders.returns.count,
        q.orders.returns.total.toLocaleString(lang === "de" ? "de-DE" : "en-US", { maximumFractionDigits: 2 }),
      ),
    );
  if (q.variants.length)
    items.push(
      t.variants(
        q.variants.length,
        cellList(
          q.variants.map((v) => v.spellings.map((x) => `"${x}"`).join(" = ")),
          t,
        ),
      ),
    );
  if (q.activityOnly.length) items.push(t.activityOnly(q.activityOnly.length, cellList(q.activityOnly.map(String), t)));
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

function SqlBox(props: { sql: NonNullable<PrepareState["sql"]>; t: PrepareStrings; onHide: () => void }) {
  const { sql, t } = props;
  return (
    <div>
      {sql.copied && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.sqlCopied}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.sqlToCopy}>
        <Textarea readOnly value={sql.text} rows={8} textarea={{ style: { fontFamily: "monospace", fontSize: "11px" } }} />
      </Field>
      <Button size="small" onClick={props.onHide}>
        {t.hideSql}
      </Button>
    </div>
  );
}
