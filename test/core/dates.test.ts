/** SPEC 9 dates: serials, Date objects in a time zone, the three text forms, EDATE clamping. */
import { edate, isoDate, parseDateText, serialFromDate, serialFromYmd, toSerial } from "../../core";

// Serials checked against Excel: 1 = 1900-01-01 in Excel's count is 1899-12-31 here (SPEC 9:
// days since 1899-12-30, which agrees with Excel from 1900-03-01 on); 45658 = 2025-01-01.
describe("serials", () => {
  test("known serials", () => {
    expect(serialFromYmd(2025, 1, 1)).toBe(45658);
    expect(serialFromYmd(1970, 1, 1)).toBe(25569);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialFromYmd(2026, 9, 30)).toBe(46295);
    expect(isoDate(45658)).toBe("2025-01-01");
    expect(isoDate(46295)).toBe("2026-09-30");
  });
  test("a number is a serial; its time of day is dropped; below 1 is not a date", () => {
    expect(toSerial(45658.99)).toBe(45658);
    expect(toSerial(45658.0001)).toBe(45658);
    expect(toSerial(1)).toBe(1);
    expect(toSerial(0.5)).toBeNaN();
    expect(toSerial(0)).toBeNaN();
    expect(toSerial(-3)).toBeNaN();
    expect(toSerial(Infinity)).toBeNaN();
  });
  test("booleans, blanks and other values are not dates", () => {
    for (const v of [true, false, null, undefined, "", {}, []]) expect(toSerial(v)).toBeNaN();
  });
});

describe("text dates", () => {
  test("YYYY-MM-DD, optionally with a time after T or a space", () => {
    expect(parseDateText("2025-01-01")).toBe(45658);
    expect(parseDateText("2025-01-01T23:59:59")).toBe(45658);
    expect(parseDateText("2025-01-01 08:30")).toBe(45658);
    expect(parseDateText("2025-01-01T08:30:00.123Z")).toBe(45658);
    expect(parseDateText("2025-01-01T08:30:00+02:00")).toBe(45658);
  });
  test("D.M.YYYY and M/D/YYYY with one or two digits", () => {
    expect(parseDateText("1.1.2025")).toBe(45658);
    expect(parseDateText("01.01.2025")).toBe(45658);
    expect(parseDateText("2.3.2025")).toBe(serialFromYmd(2025, 3, 2));
    expect(parseDateText("3/2/2025")).toBe(serialFromYmd(2025, 3, 2));
    expect(parseDateText("12/31/2025")).toBe(serialFromYmd(2025, 12, 31));
  });
  test("impossible dates are not dates", () => {
    for (const s of [
      "31.02.2021",
      "29.02.2023",
      "2023-02-29",
      "2/30/2024",
      "31.04.2025",
      "0.1.2025",
      "13/1/2025",
      "2025-13-01",
      "2025-00-10",
    ]) {
      expect(parseDateText(s)).toBeNaN();
    }
    expect(parseDateText("29.02.2024")).toBe(serialFromYmd(2024, 2, 29));
  });
  test("other text is not a date", () => {
    for (const s of [
      "2025/01/01",
      "1.1.25",
      "01-01-2025",
      "Jan 1, 2025",
      "2025-1-1",
      "20250101",
      "2025-01-01T25:00",
      "2025-01-01X",
      "today",
      "1.1.2025 10:00",
    ]) {
      expect(parseDateText(s)).toBeNaN();
    }
  });
});

describe("Date objects", () => {
  // 2026-03-31 23:30 UTC is already 1 April in Berlin (UTC+2 in summer time) and still 31 March in New York.
  const late = new Date(Date.UTC(2026, 2, 31, 23, 30));
  test("the calendar date in the spreadsheet's time zone", () => {
    expect(isoDate(serialFromDate(late, "Europe/Berlin"))).toBe("2026-04-01");
    expect(isoDate(serialFromDate(late, "UTC"))).toBe("2026-03-31");
    expect(isoDate(serialFromDate(late, "America/New_York"))).toBe("2026-03-31");
    expect(isoDate(toSerial(late, "Asia/Tokyo"))).toBe("2026-04-01");
  });
  test("an invalid Date is not a date", () => {
    expect(toSerial(new Date(NaN), "UTC")).toBeNaN();
  });
});

describe("EDATE as in Excel", () => {
  const d = (s: string) => parseDateText(s);
  test("same day of the month, clamped to the month's last day", () => {
    expect(isoDate(edate(d("2025-03-31"), -1))).toBe("2025-02-28");
    expect(isoDate(edate(d("2024-03-31"), -1))).toBe("2024-02-29");
    expect(isoDate(edate(d("2025-05-31"), -1))).toBe("2025-04-30");
    expect(isoDate(edate(d("2025-03-15"), -1))).toBe("2025-02-15");
  });
  test("29 February a year on and a year back", () => {
    expect(isoDate(edate(d("2024-02-29"), -12))).toBe("2023-02-28");
    expect(isoDate(edate(d("2024-02-29"), 12))).toBe("2025-02-28");
    expect(isoDate(edate(d("2024-02-29"), 48))).toBe("2028-02-29");
  });
  test("across year ends", () => {
    expect(isoDate(edate(d("2026-01-31"), -2))).toBe("2025-11-30");
    expect(isoDate(edate(d("2026-09-30"), -24))).toBe("2024-09-30");
    expect(isoDate(edate(d("2026-09-30"), -120))).toBe("2016-09-30");
  });
  test("twice one month back is not two months back (SPEC uses EDATE(asOf, -2*months))", () => {
    expect(isoDate(edate(edate(d("2025-03-31"), -1), -1))).toBe("2025-01-28");
    expect(isoDate(edate(d("2025-03-31"), -2))).toBe("2025-01-31");
  });
});
