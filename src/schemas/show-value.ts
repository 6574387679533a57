/** A value as a problem message quotes it: as the file has it, dates as days, at most 120 characters. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan (not a number)' : `${value < 0 ? '-' : ''}.inf (infinity)`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '(invalid date)' : value.toISOString().slice(0, 10);
  const text = JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'number' && !Number.isFinite(inner)
      ? showValue(inner)
      : typeof inner === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(inner) ? inner.slice(0, 10) : inner,
  );
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
