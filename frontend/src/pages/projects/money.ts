/** Decimal strings (yuan) for display: thousands separators, two decimals. */
export function yuan(value: string | null | undefined): string {
  if (value == null || value === '') return '—';
  const number = Number(value);
  return Number.isFinite(number) ? number.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : value;
}

export function day(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}
