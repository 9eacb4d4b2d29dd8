import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ImportCsv } from "../../../hosts/playground/ImportCsv";
import { PAGE_TEXT } from "../../../hosts/playground/pageText";
import type { CellValue } from "../../../app/report/types";

// jsdom 26 has no Blob.arrayBuffer (every browser has): read through FileReader instead.
beforeAll(() => {
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
});

const text = PAGE_TEXT.en;
const open = () => fireEvent.click(screen.getByRole("button", { name: text.importCsv }));
const pasteBox = () => screen.getByRole("textbox", { name: /paste CSV/ });

test("a failing import shows its reason in the dialog as text, and the dialog stays open", async () => {
  const onImport = jest.fn(async () => {
    throw new Error("A sheet called <b>Imported accounts</b> already exists");
  });
  render(<ImportCsv text={text} onImport={onImport} />);
  open();
  fireEvent.change(pasteBox(), { target: { value: "Account,Revenue\nAcme,5" } });
  fireEvent.click(screen.getByRole("button", { name: text.importAction }));
  await screen.findByText("The CSV could not be imported: A sheet called <b>Imported accounts</b> already exists. Nothing was added.");
  expect(onImport).toHaveBeenCalledTimes(1);
  expect(document.querySelector("b")).toBeNull(); // shown as text, not HTML
  expect(pasteBox()).toHaveProperty("value", "Account,Revenue\nAcme,5");
});

test("a Windows-1252 file is decoded, shown with a note, and imported with its umlauts", async () => {
  const imported: [string, CellValue[][]][] = [];
  render(<ImportCsv text={text} onImport={async (name, values) => void imported.push([name, values])} />);
  open();
  // "Kunde;Umsatz\nMüller;1.234,5" in Windows-1252: ü is the single byte FC.
  const bytes = new Uint8Array([...Buffer.from("Kunde;Umsatz\nM", "latin1"), 0xfc, ...Buffer.from("ller;1.234,5\n", "latin1")]);
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([bytes], "kunden.csv", { type: "text/csv" })] } });
  await screen.findByText(/not UTF-8; it was read as Windows-1252/);
  expect(pasteBox()).toHaveProperty("value", "Kunde;Umsatz\nMüller;1.234,5\n");
  fireEvent.click(screen.getByRole("button", { name: text.importAction }));
  await waitFor(() => expect(imported).toHaveLength(1));
  expect(imported[0]).toEqual([
    "kunden",
    [
      ["Kunde", "Umsatz"],
      ["Müller", 1234.5],
    ],
  ]);
});
