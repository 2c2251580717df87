/**
 * Times in plain words, in the console's language, with their zone named: an incident in the zone
 * it happened in, server times in this browser's zone.
 */

import { languageTag, t } from "./i18n.js";

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function format(date: Date, timeZone: string): string {
  try {
    const words = new Intl.DateTimeFormat(languageTag(), { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" });
    return t("time.in-zone", { time: words.format(date), zone: timeZone });
  } catch {
    // An unknown zone name: the time in UTC, said so.
    return t("time.utc", { time: date.toISOString().slice(0, 16).replace("T", " ") });
  }
}

/** A server time (received, shared) in this browser's zone. */
export function local(iso: string): string {
  return format(new Date(iso), browserZone);
}

/** When an incident happened, in the zone the victim recorded; and in this browser's zone when that differs. */
export function occurred(iso: string, zone: string): string {
  const date = new Date(iso);
  const there = format(date, zone);
  return zone === browserZone ? there : t("time.there-and-here", { there, here: format(date, browserZone) });
}

export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}

export function monthLabel(key: string): string {
  const [year, month] = key.split("-").map(Number);
  return new Intl.DateTimeFormat(languageTag(), { month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
}

/** A calendar date (YYYY-MM-DD, no zone: a day is a day wherever it is read) in words: "Tue, 12 Jan 2027". */
export function day(date: string): string {
  const [year, month, dayOfMonth] = date.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(languageTag(), { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, dayOfMonth ?? 1));
}
