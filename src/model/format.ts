/**
 * The deck's one number formatter: tables, chart ticks and tooltips, findings and labels all write
 * numbers the same way (British English: thousands separated by commas, at most one decimal).
 */
export function formatNumber(value: number, digits = 1): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits });
}

/** "$3.29bn" from US$ million. */
export const billions = (usdM: number): string => `$${(Math.round(usdM / 10) / 100).toFixed(2)}bn`;
