import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  makeStyles,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { CellValue } from "../report/types";
import { parseCsv } from "./csv";
import type { PageText } from "./pageText";

/**
 * "Import CSV": pick a file or paste the text; the accounts land in a new sheet, which is selected.
 * The parse error, if any, is shown in the dialog and nothing is added.
 */
const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  textarea: { fontFamily: tokens.fontFamilyMonospace, minHeight: "180px" },
});

export function ImportCsv({ text, onImport }: { text: PageText; onImport: (name: string, values: CellValue[][]) => Promise<void> }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [csv, setCsv] = React.useState("");
  const [name, setName] = React.useState(text.importedSheet);
  const [error, setError] = React.useState<string | null>(null);

  const importText = async (content: string, sheetName: string) => {
    const parsed = parseCsv(content);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    await onImport(sheetName, parsed.values);
    setOpen(false);
    setCsv("");
    setError(null);
  };

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const sheetName = file.name.replace(/\.(csv|txt|tsv)$/i, "");
    setName(sheetName);
    setCsv(await file.text());
    setError(null);
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => (setOpen(d.open), setError(null))}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="secondary">{text.importCsv}</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{text.importTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={text.chooseFile}>
              <input type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={onFile} />
            </Field>
            <Field label={text.pasteCsv} hint={text.csvHint} validationMessage={error ?? undefined} validationState={error ? "error" : "none"}>
              <Textarea className={styles.textarea} value={csv} onChange={(_, d) => (setCsv(d.value), setError(null))} resize="vertical" />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{text.cancel}</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={() => importText(csv, name)} disabled={csv.trim() === ""}>
              {text.importAction}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
