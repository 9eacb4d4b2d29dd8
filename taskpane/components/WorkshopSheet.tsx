import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import { useSectionStyles } from "./styles";

/** An empty rating sheet for a review workshop: the raters' names, then one click. */
export function WorkshopSheet(props: { t: PrepareStrings; busy: boolean; onInsert: (raters: string) => void }) {
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
