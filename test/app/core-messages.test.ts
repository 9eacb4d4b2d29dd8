/**
 * The pane shows the core's messages in its language by key and parameters (no pattern matching
 * on English text): every German text is written for its key, thresholds come from MIN_COVERAGE.
 */
import * as KAM from "../../functions/functions";
import { accountErrorText, friendlyError } from "../../app/i18n/errors";
import { coreMessageText } from "../../app/i18n/core-messages";
import { KamError, Messages, MIN_COVERAGE } from "../../core";
import { firstColumn } from "../core/helpers";

const errorOf = (x: unknown): KamError => {
  expect(x).toBeInstanceOf(KamError);
  return x as KamError;
};

describe("core messages in German", () => {
  it("a header row included by mistake keeps its hint in German", () => {
    const e = errorOf(
      firstColumn(
        KAM.value([
          ["Revenue", "Margin"],
          [1, 2],
          [3, 4],
        ]),
      )[0],
    );
    expect(e.key).toBe("insufficientData");
    expect(accountErrorText(e, "en")).toBe(e.message);
    expect(accountErrorText(e, "de")).toBe(
      "zu wenige Daten: Abdeckung 0 % (die Zeile enthält nur Text; lassen Sie Kopfzeilen aus dem Bereich heraus)",
    );
  });

  it("too little data names the minimum coverage of the core", () => {
    const e = errorOf(
      firstColumn(
        KAM.value([
          [1, null, null, null],
          [1, 2, 3, 4],
          [2, 3, 4, 5],
        ]),
      )[0],
    );
    const percent = `${Math.round(MIN_COVERAGE * 100)} %`;
    expect(accountErrorText(e, "de")).toBe(`zu wenige Daten: Abdeckung 25 % (mindestens ${percent} des Gewichts brauchen Zahlen)`);
    expect(e.message).toContain(`at least ${Math.round(MIN_COVERAGE * 100)}% of the weight`);
  });

  it("whole-call errors get the pane's sentence around the German message", () => {
    const e = errorOf(KAM.value([[1, 2]], [[0, 0]]));
    expect(friendlyError(e, "de")).toBe(
      "Die Daten konnten nicht bewertet werden: alle Gewichte sind 0; geben Sie mindestens einem Kriterium ein Gewicht ungleich 0",
    );
    expect(friendlyError(e, "en")).toBe("The data could not be scored: all weights are 0; give at least one criterion a non-zero weight");
  });

  it("values in the message are named in German too", () => {
    expect(coreMessageText(new KamError("VALUE", Messages.weightNotNumber(2, true)), "de")).toBe(
      "Gewicht 2 ist WAHR; Gewichte müssen Zahlen sein (negativ = weniger ist besser)",
    );
    expect(coreMessageText(new KamError("NUM", Messages.noneOutOfRange(3, 120.5)), "de")).toBe(
      "Kriterium 3: Wert 120,5 liegt außerhalb von 0..100; die Methode „none“ erwartet Werte von 0 bis 100",
    );
    expect(coreMessageText(new KamError("VALUE", Messages.quadrantInvalid({})), "de")).toBe(
      "Quadrant (ein Objekt) ist ungültig; verwenden Sie 1, 2, 3 oder 4",
    );
  });

  it("an error without a key (text passed on from elsewhere) is shown as it is", () => {
    expect(coreMessageText(new KamError("NA", "from another add-in"), "de")).toBe("from another add-in");
  });

  it("every message made from the catalogue carries its key and parameters", () => {
    const m = Messages.weightsCount(3, 4);
    expect(m).toEqual({ key: "weightsCount", params: [3, 4], text: "weights has 3 entries but data has 4 criteria" });
    const e = new KamError("VALUE", m);
    expect([e.key, e.params, e.message]).toEqual(["weightsCount", [3, 4], m.text]);
  });
});
