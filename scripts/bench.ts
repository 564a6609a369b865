/**
 * `npm run bench [-- --runs N] [--no-build]`: Lighthouse 12 (mobile: emulated phone, simulated
 * slow 4G and 4× CPU, the default config) against the built deck and, as the reference, reveal.js's
 * own demo deck (node_modules/reveal.js/demo.html with the package's built files), both served side
 * by side by one local static host that gzips like a real one, runs alternating between the two.
 * Prints Performance, Accessibility, Best Practices and SEO with LCP, TBT and CLS (median run by
 * Performance score) and whether the deck meets its targets (≥99, 100, 100, 100 on every view).
 * The deck is built with DECK_URL set to its address on that host, as a deployed site is.
 * A benchmark, not a test: it exits 0 unless Lighthouse cannot run (or `--strict` and a target is missed).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { buildDir } from './lib/build-state.ts';
import { parseCommandLine } from './lib/cli.ts';
import { hostStatic } from './lib/static-host.ts';
import { EDITIONS } from '../editions/index.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 };

interface Figures {
  readonly scores: Record<Category, number>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly fcpMs: number;
  readonly siMs: number;
  /** Audits that lost points outside Performance, for the record. */
  readonly failing: readonly string[];
}

const { values: args } = parseCommandLine(process.argv.slice(2), {
  runs: { type: 'string', default: '3' },
  strict: { type: 'boolean', default: false },
  // --save DIR keeps every run's full Lighthouse report (JSON) for a closer look.
  save: { type: 'string' },
  'no-build': { type: 'boolean', default: false },
});
const runs = Math.max(1, Number(args.runs) || 3);
const strict = args.strict;
const saveDir = args.save === undefined ? null : resolve(args.save);
let saved = 0;
const dist = resolve(buildDir());
const revealRoot = resolve('node_modules/reveal.js');

async function audit(url: string, port: number): Promise<Figures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  if (saveDir) {
    await mkdir(saveDir, { recursive: true });
    await writeFile(join(saveDir, `run-${++saved}-${new URL(url).pathname.split('/')[1] ?? 'page'}.json`), JSON.stringify(lhr));
  }
  const score = (c: Category): number => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing: string[] = [];
  for (const c of CATEGORIES.filter((c) => c !== 'performance')) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${c}: ${ref.id}`);
    }
  }
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    siMs: numeric('speed-index'),
    failing,
  };
}

const median = (all: readonly Figures[]): Figures => {
  const sorted = [...all].sort((a, b) => a.scores.performance - b.scores.performance || a.lcpMs - b.lcpMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!mid) throw new Error('no runs');
  return mid;
};

function row(name: string, f: Figures): string {
  const s = f.scores;
  return [
    name.padEnd(26),
    String(s.performance).padStart(5),
    String(s.accessibility).padStart(6),
    String(s['best-practices']).padStart(5),
    String(s.seo).padStart(5),
    `${(f.fcpMs / 1000).toFixed(2)} s`.padStart(9),
    `${(f.lcpMs / 1000).toFixed(2)} s`.padStart(9),
    `${(f.siMs / 1000).toFixed(2)} s`.padStart(8),
    `${Math.round(f.tbtMs)} ms`.padStart(8),
    f.cls.toFixed(3).padStart(7),
  ].join(' ');
}

// Sub-paths on one host: the deck at /deck/ (as deployed under a project path), the demo at /reveal.js/demo.html.
const host = await hostStatic({ '/deck/': dist, '/reveal.js/': revealRoot });
// Built as deployed: with its public address (DECK_URL), which gives the absolute hreflang alternates and the QR code.
process.env.DECK_URL = `${host.origin}/deck/`;
if (!args['no-build']) await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
/** Each target with the Performance score it must reach (Accessibility, Best Practices and SEO: 100). */
const targets = [
  // A phone opens the reading view: the article, without reveal.js.
  { name: 'deck: reading view', url: `${host.origin}/deck/`, performance: 99 },
  { name: 'deck: slide view', url: `${host.origin}/deck/?view=slides`, performance: 99 },
  // Each other edition's reading view: its own fonts (the Chinese page carries its CJK faces) and words.
  ...EDITIONS.filter((e) => e.dir !== '').map((e) => ({
    name: `deck ${e.id}: reading view`,
    url: `${host.origin}/deck/${e.dir}`,
    performance: 99,
  })),
  { name: 'reveal.js demo.html', url: `${host.origin}/reveal.js/demo.html`, performance: 0 },
];
const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const results = new Map<string, Figures[]>(targets.map((t) => [t.name, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const target of targets) {
      const figures = await audit(target.url, chrome.port);
      results.get(target.name)?.push(figures);
      console.error(`run ${i + 1}/${runs} ${target.name}: performance ${figures.scores.performance}, LCP ${Math.round(figures.lcpMs)} ms`);
    }
  }
} finally {
  chrome.kill();
  await host.close();
}

console.log(`\nLighthouse 12.2.3, mobile defaults (emulated phone, simulated slow 4G, 4x CPU), median of ${runs} run(s) by Performance:\n`);
console.log(`${''.padEnd(26)}  Perf   A11y    BP   SEO       FCP       LCP       SI      TBT     CLS`);
const missed: string[] = [];
for (const target of targets) {
  const f = median(results.get(target.name) ?? []);
  console.log(row(target.name, f));
  if (target.performance === 0) continue;
  const goals: Record<Category, number> = { ...TARGETS, performance: target.performance };
  for (const c of CATEGORIES) if (f.scores[c] < goals[c]) missed.push(`${target.name} ${c} ${f.scores[c]} < ${goals[c]}`);
}
console.log(
  `\nDeck targets (Performance ≥ 99 on every view; Accessibility/Best Practices/SEO 100): ${missed.length === 0 ? 'met' : `missed: ${missed.join('; ')}`}`,
);
for (const target of targets) {
  const f = median(results.get(target.name) ?? []);
  if (f.failing.length) console.log(`${target.name} loses points on: ${f.failing.join(', ')}`);
}
if (strict && missed.length > 0) process.exit(1);
