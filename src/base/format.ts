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

const tag = (lang: string): string => (lang === 'en' ? 'en-GB' : lang);

/** A share in per cent by the language's conventions ("47.9%", "47,9 %", "47.9%"). */
export function formatPercent(value: number, digits = 1, lang = 'en-GB'): string {
  return new Intl.NumberFormat(tag(lang), { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}

/**
 * An amount in US$ million written as the edition's words say ("$3.29bn", "3,29 млрд долл.",
 * "32.9亿美元"): `per` millions to the unit of the template's `{n}`, with `digits` decimals kept. A label only: the data stay in US$ million.
 */
export function formatAmount(
  usdM: number,
  words: { readonly template: string; readonly per: string; readonly digits: string },
  lang: string,
): string {
  const digits = Number(words.digits);
  const n = new Intl.NumberFormat(tag(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    usdM / Number(words.per),
  );
  return words.template.replace('{n}', n);
}

/** "A, B and C" by the language's conventions ("A, B и C", "A、B和C"). */
export const formatList = (items: readonly string[], lang = 'en-GB'): string =>
  new Intl.ListFormat(tag(lang), { type: 'conjunction' }).format(items);

/**
 * A date given as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision given ("2015", "Jul 2015",
 * "4 Jul 2024"; "июль 2015 г.", "2015年7月").
 */
export function formatDate(iso: string, lang = 'en-GB', month: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`formatDate: "${iso}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const [year, mon, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (mon === undefined) return String(year);
  const date = new Date(Date.UTC(year, mon - 1, day ?? 1));
  return new Intl.DateTimeFormat(tag(lang), {
    timeZone: 'UTC',
    year: 'numeric',
    month,
    ...(day === undefined ? {} : { day: 'numeric' }),
  }).format(date);
}
