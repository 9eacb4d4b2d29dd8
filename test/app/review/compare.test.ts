/** Movers, main drivers, transition table and KPIs on the hand-made two-review portfolio of fixtures.ts. */
import { compareReviews, driverText, rescoreReview, reviewFromTable, reviewKey as accountKey } from "../../../app/review";
import { OPTIONS, q3, q4, settings, table, Q4_ROWS } from "./fixtures";

describe("a review from the table", () => {
  it("scores every account with the core and keys it by its Account ID", () => {
    const r = q3();
    // By hand (method none): A (80+60)/2 = 70, (2*70+40)/3 = 60.
    const a = r.accounts[0];
    expect(a.key).toBe("c-1");
    expect(a.name).toBe("Alpha AG");
    expect(a.value).toBeCloseTo(70, 12);
    expect(a.engagement).toBeCloseTo(60, 12);
    expect(a.quadrant).toBe(1);
    expect(a.revenue).toBe(1000);
    expect(a.raw.get("Orders")).toBe(80);
    expect(a.scores.get("Contacts")).toBe(70);
    expect(r.accounts.map((x) => x.quadrant)).toEqual([1, 2, 3, 4, 1]);
    // Priority: Q1 A (130) and E (130): same sum, same value -> input order; then B, C, D.
    expect(r.accounts.map((x) => x.priority)).toEqual([1, 3, 4, 5, 2]);
    expect(r.settings.criteria).toEqual([
      { name: "Orders", axis: "value", weight: 1 },
      { name: "Margin", axis: "value", weight: 1 },
      { name: "Contacts", axis: "engagement", weight: 2 },
      { name: "Loyalty", axis: "engagement", weight: 1 },
    ]);
  });

  it("without an ID column the key is the name's: trimmed, inner spaces collapsed, case-insensitive", () => {
    const r = q4(settings(), { revenueColumn: "Revenue (EUR)" });
    expect(r.accounts[0].key).toBe("alpha ag");
    expect(r.accounts[0].id).toBeNull();
    expect(accountKey("  Alpha \t AG")).toBe(accountKey("alpha ag"));
    expect(accountKey(12)).toBe(accountKey("12"));
  });

  it("a band with the compared review as previous holds accounts near a threshold (SPEC 12)", () => {
    // Band 20 around 50: high at 70 or above, low below 30.
    // A now 37/60: value in the band, was high (Q1) -> stays high -> Q1 (plain Q3), held.
    // B now 55/60: engagement in the band, was low (Q2) -> stays low -> Q2 (plain Q1), held.
    // F is new: no previous -> plain rule, 85/50 -> Q1.
    const now = reviewFromTable(table(Q4_ROWS), settings(), { date: "2026-12-31", label: "Q4" }, { ...OPTIONS, band: 20, previous: q3() });
    expect(now.accounts.map((a) => a.quadrant)).toEqual([1, 2, 3, 4, 1]);
    expect(now.accounts.map((a) => a.heldByBand)).toEqual([true, true, false, false, false]);
    expect(now.settings.band).toBe(20);
  });
});

describe("comparing Q4 with Q3", () => {
  const c = compareReviews(q3(), q4(), "en");

  it("joins by Account ID, so the renamed Beta is the same account", () => {
    expect(c.joinedBy).toBe("id");
    expect(c.newAccounts).toEqual(["Phi AG"]);
    expect(c.droppedAccounts).toEqual(["Epsilon Ltd"]);
  });

  it("lists the movers with then, now, change and the main driver", () => {
    // A: 70/60 -> 37/60, distance 33, Q1 -> Q3. Contributions (points = |w| s / D):
    //   Orders 1*80/2 = 40 -> 1*14/2 = 7 (change -33); Margin 30 -> 30; Contacts 2*70/3 -> same; Loyalty same.
    // B: 55/30 -> 55/60, distance 30, Q2 -> Q1. Contacts 2*30/3 = 20 -> 2*75/3 = 50 (+30).
    expect(c.movers.map((m) => [m.name, m.quadrantThen, m.quadrantNow])).toEqual([
      ["  alpha   AG ", 1, 3],
      ["Beta Holding GmbH", 2, 1],
    ]);
    const [a, b] = c.movers;
    expect(a.valueThen).toBeCloseTo(70, 12);
    expect(a.valueNow).toBeCloseTo(37, 12);
    expect(a.valueChange).toBeCloseTo(-33, 12);
    expect(a.engagementChange).toBeCloseTo(0, 12);
    expect(a.distance).toBeCloseTo(33, 12);
    expect(a.driver).toMatchObject({ criterion: "Orders", axis: "value", rawThen: 80, rawNow: 14 });
    expect(a.driver!.change).toBeCloseTo(-33, 12);
    expect(a.driver!.contributionThen).toBeCloseTo(40, 12);
    expect(driverText(a.driver!, "en")).toBe("Orders 80 -> 14");
    expect(b.engagementThen).toBeCloseTo(30, 12);
    expect(b.engagementNow).toBeCloseTo(60, 12);
    expect(b.driver).toMatchObject({ criterion: "Contacts", axis: "engagement", rawThen: 30, rawNow: 75 });
    expect(b.driver!.change).toBeCloseTo(30, 12);
    expect(driverText(b.driver!, "de")).toBe("Contacts 30 -> 75");
  });

  it("builds the transition table of KAM.MOVES full, labelled, with row shares", () => {
    // A 1->3, B 2->1, C 3->3, D 4->4, E 1->dropped, F new->1.
    expect(c.transition.counts).toEqual([
      [0, 0, 1, 0, 1],
      [1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 1, 0],
      [1, 0, 0, 0, 0],
    ]);
    expect(c.transition.shares[0]).toEqual([0, 0, 0.5, 0, 0.5]);
    expect(c.transition.shares[1]).toEqual([1, 0, 0, 0, 0]);
    expect(c.transition.rows).toEqual(["Key partner", "Develop", "Monetise", "Re-evaluate", "New"]);
    expect(c.transition.columns[4]).toBe("Dropped");
    const de = compareReviews(q3(), q4(), "de").transition;
    expect(de.rows).toEqual(["Schlüsselpartner", "Ausbauen", "Monetarisieren", "Neu bewerten", "Neu"]);
    expect(de.columns[4]).toBe("Weggefallen");
  });

  it("computes the KPIs per quadrant and for the portfolio", () => {
    // Q1: now B, F; then A, E; B moved in, A moved out, F entered, E left.
    // Q2: then B only (moved out). Q3: now A, C; then C; C stayed, A moved in. Q4: D stayed.
    const k = c.kpis.quadrants.map((q) => [q.now, q.then, q.stayed, q.movedIn, q.movedOut, q.entered, q.left]);
    expect(k).toEqual([
      [2, 2, 0, 1, 1, 1, 1],
      [0, 1, 0, 0, 1, 0, 0],
      [2, 1, 1, 1, 0, 0, 0],
      [1, 1, 1, 0, 0, 0, 0],
    ]);
    // Revenue now: A 300, B 600, C 200, D 150, F 400 = 1650. Q1 = B + F = 1000; Q3 = A + C = 500; Q4 150.
    // Revenue then: A 1000, B 500, C 200, D 100, E 800 = 2600. Q1 = 1800; Q2 500; Q3 200; Q4 100.
    const now = [1000 / 1650, 0, 500 / 1650, 150 / 1650];
    const then = [1800 / 2600, 500 / 2600, 200 / 2600, 100 / 2600];
    c.kpis.quadrants.forEach((q, i) => {
      expect(q.revenueShareNow).toBeCloseTo(now[i], 12);
      expect(q.revenueShareThen).toBeCloseTo(then[i], 12);
    });
    // Retention: the Q3 accounts' revenue now, 300 + 600 + 200 + 150 + 0 (E gone) = 1250, over 2600.
    expect(c.kpis.portfolio).toMatchObject({ accountsThen: 5, accountsNow: 5, retained: 4, new: 1, dropped: 1 });
    expect(c.kpis.portfolio.revenueRetention).toBeCloseTo(1250 / 2600, 12);
  });

  it("draws a trail for every move, the largest first", () => {
    // A 33 and B 30 changed quadrant; D moved hypot(5, 2) = 5.385, C 2 (both among the 10 largest).
    expect(c.trails.map((t) => [t.key, t.changedQuadrant])).toEqual([
      ["c-1", true],
      ["c-2", true],
      ["c-4", false],
      ["c-3", false],
    ]);
    expect(c.trails[2].distance).toBeCloseTo(Math.hypot(5, 2), 12);
    expect(c.trails[0].from).toEqual({ x: 70, y: 60 });
    expect(c.trails[0].to.x).toBeCloseTo(37, 12);
  });

  it("says nothing about the settings when they are the same", () => {
    expect(c.settingsChanged).toEqual([]);
    expect(c.settingsNote).toBeNull();
  });

  it("without IDs the renamed account is one dropped and one new account", () => {
    const byName = compareReviews(
      q3(settings(), { revenueColumn: "Revenue (EUR)" }),
      q4(settings(), { revenueColumn: "Revenue (EUR)" }),
      "en",
    );
    expect(byName.joinedBy).toBe("name");
    expect(byName.newAccounts).toEqual(["Beta Holding GmbH", "Phi AG"]);
    expect(byName.droppedAccounts).toEqual(["Beta GmbH", "Epsilon Ltd"]);
    // Alpha's name differs only in spaces and case: still the same account.
    expect(byName.movers.map((m) => m.key)).toEqual(["alpha ag"]);
  });
});

describe("changed settings", () => {
  it('names what changed: "weights changed since Q3 2026: moves may come from the weights"', () => {
    const c = compareReviews(q3(), q4(settings({ Contacts: 1 })), "en");
    expect(c.settingsChanged).toEqual(["weights"]);
    expect(c.settingsNote).toBe("weights changed since Q3 2026: moves may come from the weights");
    expect(compareReviews(q3(), q4(settings({ Contacts: 1 })), "de").settingsNote).toBe(
      "Gewichte seit Q3 2026 geändert: Verschiebungen können von den Gewichten kommen",
    );
  });

  it("weights with the same ratios are the same settings", () => {
    const c = compareReviews(q3(), q4(settings({ Orders: 3, Margin: 3, Contacts: 4, Loyalty: 2 })), "en");
    expect(c.settingsChanged).toEqual([]);
  });

  it("several changes are listed together", () => {
    const s = { ...settings(), valueThreshold: "median" as const, missing: "zero" as const };
    const c = compareReviews(q3(), q4(s), "en");
    expect(c.settingsNote).toBe("missing-data policy and thresholds changed since Q3 2026: moves may come from these changes");
  });

  it("re-scores the earlier review with today's settings from its saved raw values", () => {
    // Today: Contacts weight 1, so engagement = (Contacts + Loyalty) / 2.
    // Q3 re-scored: A (70+40)/2 = 55, B (30+30)/2 = 30, C (80+90)/2 = 85, D 15, E 60.
    const today = settings({ Contacts: 1 });
    const { review, leftOut } = rescoreReview(q3(), today);
    expect(leftOut).toEqual([]);
    expect(review.accounts.map((a) => a.engagement)).toEqual([55, 30, 85, 15, 60]);
    expect(review.accounts.map((a) => a.value)).toEqual([70, 55, 25, 25, 70]);
    expect(review.date).toBe("2026-09-30");
    const c = compareReviews(review, q4(today), "en");
    expect(c.settingsNote).toBeNull();
  });

  it("a criterion of today that the earlier review has no numbers for is left out and named", () => {
    const today = settings();
    today.criteria.push({ column: "NPS", axis: "engagement", weight: 1, lowerIsBetter: false });
    const { review, leftOut } = rescoreReview(q3(), today);
    expect(leftOut).toEqual(["NPS"]);
    expect(review.settings.criteria.map((x) => x.name)).toEqual(["Orders", "Margin", "Contacts", "Loyalty"]);
  });
});
