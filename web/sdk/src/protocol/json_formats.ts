/**
 * The JSON Schema formats the schemas of schemas/ assert, checked exactly as the Python
 * reference client checks them (app/client/json_schema.py: jsonschema's `date`,
 * rfc3339-validator's `date-time`, ajv-formats' `uuid`), so the two never differ on
 * what a valid document is. ajv-formats' own `date-time` also takes a space for the
 * "T", offsets without a colon or minutes, a ":60" second on any day and year 0,
 * and its `date` year 0: the Python client refuses each.
 * The compiled validators (scripts/standalone-validators.mjs) import these.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the proleptic Gregorian calendar from year 1, as Python's datetime.date. */
function isDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= (month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0));
}

function date(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function dateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  return m !== null && isDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function uuid(value: string): boolean {
  return UUID.test(value);
}

export const formats = { date, "date-time": dateTime, uuid };

// The compiled validators read `formats` from this module's default export.
export default { formats };
