/** The pane's words when a user's sheet has the name the add-in wanted: the sheet it is about, in both languages. */
import { PLAN_STRINGS } from "../../../app/plan/strings";

test("the name clash hint names the plan sheet or the actions sheet, in English and German", () => {
  expect(PLAN_STRINGS.en.nameTaken("KAM Actions", "actions")).toContain("another name for the actions sheet");
  expect(PLAN_STRINGS.en.nameTaken("KAM Plan", "plan")).toContain("another name for the plan sheet");
  expect(PLAN_STRINGS.de.nameTaken("KAM Actions", "actions")).toContain("anderen Namen für das Maßnahmenblatt ein");
  expect(PLAN_STRINGS.de.nameTaken("KAM Actions", "actions")).not.toContain("Planblatt");
  expect(PLAN_STRINGS.de.otherName("actions")).toBe("Name des Maßnahmenblatts");
  expect(PLAN_STRINGS.de.nameTaken("KAM Plan", "plan")).toContain("anderen Namen für das Planblatt ein");
});
