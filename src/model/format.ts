/**
 * The deck's one number formatter: tables, chart ticks and tooltips, findings and labels all write
 * numbers the same way, by the conventions of the edition's language (`Intl.NumberFormat`: British
 * English "1,235.5", Russian "1 235,5", Chinese "1,235.5"), at most one decimal.
 */
export function formatNumber(value: number, digits = 1, lang = 'en-GB'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { maximumFractionDigits: digits }).format(value);
}

/** "$3.29bn" from US$ million. */
export const billions = (usdM: number): string => `$${(Math.round(usdM / 10) / 100).toFixed(2)}bn`;
