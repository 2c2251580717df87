/**
 * Times in plain words, in the console's language, with their zone named: an incident in the zone
 * it happened in, server times in this browser's zone.
 *
 * Intl.DateTimeFormat words them in the language when the browser has its calendar data. Chromium
 * (and so Chrome and Edge) ships calendar names for few languages, Welsh not among them: there
 * Intl still does the zone arithmetic (in en-GB's numbers), and the catalogue names the days and
 * months and orders the parts as CLDR does for the language (test/time.test.ts checks it against
 * Node's full ICU).
 */

import { languageTag, t } from "./i18n.js";

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Whether this browser's Intl words dates in the current language itself. */
export const nativeCalendar = (): boolean => Intl.DateTimeFormat.supportedLocalesOf([languageTag()]).length > 0;

/** The calendar day's weekday and month in the catalogue's words. */
function names(year: number, month: number, dayOfMonth: number): { weekday: string; month: string; day: number; year: number } {
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()] ?? "";
  return { weekday: t("date.weekday", { weekday }), month: t("date.month", { month: MONTHS[month - 1] ?? "" }), day: dayOfMonth, year };
}

function zoned(date: Date, timeZone: string, native: boolean): string {
  const options = { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" } as const;
  if (native) return new Intl.DateTimeFormat(languageTag(), options).format(date);
  const numbers = { year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone, timeZoneName: "short" } as const;
  const part = Object.fromEntries(new Intl.DateTimeFormat("en-GB", numbers).formatToParts(date).map((p) => [p.type, p.value]));
  const time = `${part["hour"] ?? ""}:${part["minute"] ?? ""}`;
  return t("date.day-time", { ...names(Number(part["year"]), Number(part["month"]), Number(part["day"])), time, zone: part["timeZoneName"] ?? timeZone });
}

function format(date: Date, timeZone: string, native: boolean): string {
  try {
    return t("time.in-zone", { time: zoned(date, timeZone, native), zone: timeZone });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // An unknown zone name: the time in UTC, said so.
    return t("time.utc", { time: date.toISOString().slice(0, 16).replace("T", " ") });
  }
}

/** A server time (received, shared) in this browser's zone. */
export function local(iso: string, native = nativeCalendar()): string {
  return format(new Date(iso), browserZone, native);
}

/** When an incident happened, in the zone the victim recorded; and in this browser's zone when that differs. */
export function occurred(iso: string, zone: string, native = nativeCalendar()): string {
  const date = new Date(iso);
  const there = format(date, zone, native);
  return zone === browserZone ? there : t("time.there-and-here", { there, here: format(date, browserZone, native) });
}

export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}

export function monthLabel(key: string, native = nativeCalendar()): string {
  const [year = 1970, month = 1] = key.split("-").map(Number);
  if (!native) return t("date.month-year", { month: names(year, month, 1).month, year });
  return new Intl.DateTimeFormat(languageTag(), { month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, 1));
}

/** A calendar date (YYYY-MM-DD, no zone: a day is a day wherever it is read) in words: "Tue, 12 Jan 2027". */
export function day(date: string, native = nativeCalendar()): string {
  const [year = 1970, month = 1, dayOfMonth = 1] = date.slice(0, 10).split("-").map(Number);
  if (!native) return t("date.day", names(year, month, dayOfMonth));
  return new Intl.DateTimeFormat(languageTag(), { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, dayOfMonth));
}
