// Checks on argument values; each message names the value and what is allowed.
import { badInput } from '../store/errors.ts';

export function intInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}; got ${value}`);
  }
  return value;
}

export function nonEmptyText(name: string, value: string, maxLength = 100): string {
  const text = value.trim();
  if (!text) throw badInput(`${name} must not be empty`);
  if (text.length > maxLength) throw badInput(`${name} must be at most ${maxLength} characters; got ${text.length}`);
  return text;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (the day 0 of the next month is this month's last). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * YYYY, YYYY-MM or YYYY-MM-DD as the first (or last) day it covers, so string comparison works. A month or day that
 * does not exist (2022-13, 2022-02-30) is refused: compared as a string, 2022-13 would silently mean 2023.
 */
export function dateBound(name: string, value: string | null | undefined, end: boolean): string | null {
  if (value === null || value === undefined || value === '') return null;
  const m = DATE.exec(value);
  if (!m) throw badInput(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got "${value}"`);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw badInput(`${name} has no month ${mo}: "${value}" (months are 01 to 12)`);
  const last = mo ? daysIn(year, Number(mo)) : 31;
  if (d && (Number(d) < 1 || Number(d) > last)) throw badInput(`${name} has no day ${d} in ${y}-${mo}: "${value}" (01 to ${last})`);
  if (d) return `${y}-${mo}-${d}`;
  if (mo) return `${y}-${mo}-${end ? String(last).padStart(2, '0') : '01'}`;
  return `${y}-${end ? '12-31' : '01-01'}`;
}

/** An optional exact filter value: absent or empty means no filter. */
export function optionalText(name: string, value: string | null | undefined, maxLength = 100): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return nonEmptyText(name, value, maxLength);
}

export function optionalYear(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{4}$/.test(value)) throw badInput(`${name} must be a year as YYYY; got "${value}"`);
  return value;
}

/** Both bounds of a date range, checked, and in order. */
export function dateRange(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  const range = { from: dateBound('from', from, false), to: dateBound('to', to, true) };
  if (range.from && range.to && range.from > range.to) throw badInput(`from (${from}) is after to (${to})`);
  return range;
}
