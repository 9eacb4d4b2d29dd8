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
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { CellValue } from "../../app/report/types";
import { decodeCsv, parseCsv } from "./csv";
import type { PageText } from "./pageText";

/**
 * "Import CSV": pick a file or paste the text; the accounts land in a new sheet, which is selected.
 * Any error (a parse error, a file that cannot be read, a failed import) is shown in the dialog as
 * text and nothing is added; a file read in another encoding than UTF-8 gets a note saying which.
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
  const [note, setNote] = React.useState<string | null>(null);

  // The click handler's promise goes nowhere: every failure must end up in `error`.
  const importText = async (content: string, sheetName: string) => {
    try {
      const parsed = parseCsv(content);
      if (!parsed.ok) {
        setError(parsed.error);
        return;
      }
      await onImport(sheetName, parsed.values);
      setOpen(false);
      setCsv("");
      setError(null);
      setNote(null);
    } catch (e) {
      setError(`The CSV could not be imported: ${messageOf(e)}. Nothing was added.`);
    }
  };

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    try {
      const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      setName(file.name.replace(/\.(csv|txt|tsv)$/i, ""));
      setCsv(decoded.text);
      setNote(decoded.note);
      setError(null);
    } catch (err) {
      setError(`The file ${file.name} could not be read: ${messageOf(err)}.`);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => (setOpen(d.open), setError(null), setNote(null))}>
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
            <Field
              label={text.pasteCsv}
              hint={text.csvHint}
              validationMessage={error ?? undefined}
              validationState={error ? "error" : "none"}
            >
              <Textarea className={styles.textarea} value={csv} onChange={(_, d) => (setCsv(d.value), setError(null))} resize="vertical" />
            </Field>
            {note && <Text role="status">{note}</Text>}
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

/** The message of whatever was thrown, never a stack trace. */
function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.trim().replace(/[.\s]+$/, "") || "unknown error";
}
