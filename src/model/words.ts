/**
 * Words apart from facts, for the charts and the maps: each chart and map module takes its words
 * from a typed object (English in `slides/charts.ts` and `slides/maps.ts`, the other editions in
 * `editions/<lang>/charts.ts` and `maps.ts`). An edition's words are typed from the English
 * words' shape (`Words<typeof english>`), so a missing or extra key is a type error, and checked
 * again at run time (`assertWords`) with a message naming the figure and the language: a key, a
 * tuple's length or a message's `{slots}` that differ from the English fail the build. Pure.
 */

/** The shape of a words object with every string widened: what an edition must fill in. */
export type Words<T> = T extends string
  ? string
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: Words<T[K]> }
    : { readonly [K in keyof T]: Words<T[K]> };

/** The `{name}` slots of a message, sorted. */
export function slotsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** Every difference between an edition's words and the English: missing, extra, blank, wrongly shaped, other slots. */
export function wordsProblems(english: unknown, edition: unknown, path = ''): string[] {
  const at = path === '' ? '(root)' : path;
  if (typeof english === 'string') {
    if (typeof edition !== 'string') return [`"${at}" must be a string`];
    // Blank only where the English is (a word a given item does without, e.g. a route with no period).
    if (edition.trim() === '' && english.trim() !== '') return [`"${at}" is blank`];
    if (edition.trim() !== '' && english.trim() === '') return [`"${at}" must be blank, as the English is`];
    const want = slotsOf(english).join(', ');
    const have = slotsOf(edition).join(', ');
    return want === have ? [] : [`"${at}" has slots {${have}} where the English has {${want}}`];
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(edition)) return [`"${at}" must be a list`];
    if (edition.length !== english.length) return [`"${at}" has ${edition.length} items where the English has ${english.length}`];
    return english.flatMap((e, i) => wordsProblems(e, edition[i], `${path}[${i}]`));
  }
  if (typeof english === 'object' && english !== null) {
    if (typeof edition !== 'object' || edition === null || Array.isArray(edition)) return [`"${at}" must be an object`];
    const e = english as Record<string, unknown>;
    const t = edition as Record<string, unknown>;
    const key = (k: string): string => (path === '' ? k : `${path}.${k}`);
    return [
      ...Object.keys(e)
        .filter((k) => !Object.hasOwn(t, k))
        .map((k) => `missing "${key(k)}"`),
      ...Object.keys(t)
        .filter((k) => !Object.hasOwn(e, k))
        .map((k) => `extra "${key(k)}"`),
      ...Object.keys(e)
        .filter((k) => Object.hasOwn(t, k))
        .flatMap((k) => wordsProblems(e[k], t[k], key(k))),
    ];
  }
  return [];
}

/** Throws, naming the figure and the language, when an edition's words differ from the English. */
export function assertWords<T>(english: T, edition: unknown, what: string, lang: string): asserts edition is Words<T> {
  const problems = wordsProblems(english, edition);
  if (problems.length > 0) throw new Error(`${what}, edition "${lang}": the words differ from the English: ${problems.join('; ')}`);
}
