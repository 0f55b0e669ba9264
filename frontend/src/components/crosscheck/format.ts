import dayjs from 'dayjs';

/** "2026-11-30 14:05" (local time), or "—". */
export function dateTime(value: unknown): string {
  if (typeof value !== 'string' || !value) return '—';
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm') : value;
}

/** A JSON answer value for people: 是/否, numbers, text. */
export function shownValue(value: unknown, yes: string, no: string): string {
  if (value === true) return yes;
  if (value === false) return no;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
