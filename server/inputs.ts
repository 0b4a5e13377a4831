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

/** YYYY, YYYY-MM or YYYY-MM-DD as the first (or last) day it covers, so string comparison works. */
export function dateBound(name: string, value: string | null | undefined, end: boolean): string | null {
  if (value === null || value === undefined || value === '') return null;
  const m = DATE.exec(value);
  if (!m) throw badInput(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got "${value}"`);
  const [, y, mo, d] = m;
  if (d) return `${y}-${mo}-${d}`;
  if (mo) return `${y}-${mo}-${end ? '31' : '01'}`;
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
