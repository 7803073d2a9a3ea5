/**
 * Mainland mobile numbers: 11 digits `1[3-9]…`, written with spaces or dashes and optionally +86 / 0086 in front.
 * The normalised form is the bare 11 digits.
 */
export function normaliseMobile(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null;
}
