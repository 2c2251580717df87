/**
 * Dates in Welsh where the browser has no Welsh calendar data (Chromium): the catalogue's names
 * and order must give what ICU's full data gives (Node carries it), day by day and month by month;
 * only the zone's abbreviation may differ (en-GB's, such as BST, where CLDR's Welsh says GMT+1).
 */

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { setLanguage } from "../src/i18n.js";
import { day, monthLabel, occurred } from "../src/time.js";

const withoutZone = (words: string): string => words.replace(/ \S+ \(([^)]+)\)$/, " ($1)");

describe("dates in Welsh without the browser's Welsh calendar", () => {
  setLanguage("cy");
  assert.ok(Intl.DateTimeFormat.supportedLocalesOf(["cy"]).length > 0, "Node without full ICU cannot check this");

  test("every weekday and month of a year, as days", () => {
    for (let n = 0; n < 366; n += 1) {
      const date = new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
      assert.equal(day(date, false), day(date, true), date);
    }
  });

  test("every month, as the chart's columns", () => {
    for (let month = 1; month <= 12; month += 1) {
      const key = `2027-${String(month).padStart(2, "0")}`;
      assert.equal(monthLabel(key, false), monthLabel(key, true), key);
    }
  });

  test("times in a zone, with the zone named", () => {
    assert.equal(occurred("2026-12-09T21:15:00Z", "Europe/London", false).split(";")[0], occurred("2026-12-09T21:15:00Z", "Europe/London", true).split(";")[0]);
    assert.equal(occurred("2026-10-09T21:15:00Z", "UTC", false).split(";")[0], "Gwen, 9 Hyd 2026, 21:15 UTC (UTC)");
    for (const zone of ["Europe/London", "America/New_York", "Asia/Karachi", "Australia/Sydney"]) {
      const [fallback = "", native = ""] = [false, true].map((n) => occurred("2026-10-09T21:15:00Z", zone, n).split(";")[0] ?? "");
      assert.equal(withoutZone(fallback), withoutZone(native), zone);
    }
  });
});
