/**
 * The deck's one theme source: every colour, font stack and slide type size. Calm, academic, one
 * accent colour. Nothing else writes a hex colour (tests/unit/theme.test.ts checks): the page's
 * CSS custom properties are generated from this file at build time (src/theme/theme-css.ts, served
 * as `virtual:theme.css` by src/build/theme-plugin.ts), and the charts (src/charts/theme.ts), the
 * maps (src/maps/svg/palette.ts) and the PowerPoint export (scripts/lib/pptx/style.ts) import it.
 * Change a value here and the slides, reading view, speaker view, charts, maps, PDF and PowerPoint
 * file all follow.
 *
 * Colours are `#rrggbb` (PowerPoint takes them as they are). Each becomes `--kebab-name`
 * (`inkSoft` → `--ink-soft`, `chart1` → `--chart-1`).
 */
export const colour = {
  /** Text and headings. */
  ink: '#1c2230',
  /** Secondary text: sources, captions, labels. */
  inkSoft: '#414a5c',
  /** The slide and page background. */
  paper: '#fbfaf6',
  /** Panels and cards on the paper (figures, compare columns, map land). */
  paperDeep: '#f1eee6',
  /** Hairlines: the sources' rule, table rows, the timeline. */
  rule: '#d8d3c6',
  /** The one accent: a deep red, AA on paper (6.9:1). Links, eyebrows, the title rule, Belarus on the maps. */
  accent: '#9e1f2c',
  /** A wash of the accent: the document panel, Belarus's fill on the maps. */
  accentSoft: '#f4e4e3',
  /** The accent pressed or hovered: links on hover, the phone remote's refusal. */
  accentDeep: '#7a1420',
  /** Plain white: text on the accent, form fields, the QR code's light modules. */
  white: '#ffffff',
  /** Plain black: the QR code's dark modules, the remote's blackout button. */
  black: '#000000',

  /* Chart palette: colour-blind-safe (Okabe–Ito), each AA-legible on paper as a line. */
  /** First series (Belarus's trade with China). */
  chart1: '#0b6aa6',
  /** Second series. */
  chart2: '#c0560b',
  /** Third series; also the chart's highlighted band. */
  chart3: '#1a7f5f',
  /** Fourth series: the accent red. */
  chart4: '#9e1f2c',
  /** Fifth series. */
  chart5: '#6b4a9e',
  /** Chart and map grid lines. */
  chartGrid: '#e3dfd4',
  /** The rehearsal report's median line (amber, apart from the accent's "long" bars). */
  rehearsalMedian: '#c58a1c',
  /** The follow-the-speaker pill's "connected" dot. */
  liveOn: '#5ec27a',

  /* The speaker view and the phone remote: dark, so they do not glare at the lectern. */
  /** Speaker view background. */
  nightPaper: '#14181f',
  /** Speaker view and remote text. */
  nightInk: '#f3f1ea',
  /** Speaker view labels and quiet text. */
  nightInkSoft: '#c9cbd3',
  /** The remote's quiet text. */
  nightInkRemote: '#b9bfcc',
  /** Speaker view panels (the script). */
  nightPanel: '#1c212b',
  /** The script panel's border. */
  nightPanelLine: '#333a48',
  /** Speaker view buttons. */
  nightControl: '#232935',
  /** Borders of buttons, previews and keys in the speaker view. */
  nightLine: '#4a5263',
  /** Amber: the step badge, cues, the next click, a clock with a minute left. */
  nightWarn: '#f2c46d',
  /** A clock that is over its time; the disconnected warning. */
  nightOver: '#ff8a8a',
  /** The remote's accent: the accent lightened to read on the dark background. */
  nightAccent: '#e0717c',
  /** A click mark still to come. */
  nightClick: '#7fb7e0',
  /** A click mark already passed. */
  nightClickDone: '#3a4150',
  /** The speaker view's "live" badge. */
  nightLive: '#1f4d33',
} as const;

export type ColourName = keyof typeof colour;

/** The body stack of the editions written in Latin or Cyrillic letters. */
const sourceBody = "'Source Sans 3', 'Noto Sans SC', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";
/** The stack of a page written in Chinese, its text and its headings alike (`bodyZh`). */
const notoFirst = "'Noto Sans SC', 'Source Sans 3', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/** Font stacks (the faces are self-hosted: src/theme/fonts.css). */
export const font = {
  /** Body text. Noto Sans SC draws the Han characters other editions quote (src/theme/fonts-cjk.css). */
  body: sourceBody,
  /**
   * The same, kept under its own name for a source's own title on a page written in Chinese (src/theme/base.css): an
   * English title's apostrophes and quotation marks at Latin width, not at the full width of the Chinese around it.
   */
  bodyLatin: sourceBody,
  /** Titles and headings. */
  heading: "'Source Serif 4', 'Noto Sans SC', Georgia, 'Times New Roman', serif",
  /**
   * A page written in Chinese (src/theme/base.css, `:root:lang(zh)`): Noto Sans SC first, cut to the page's ideographs,
   * digits and punctuation (src/build/deck-plugin.ts), so that quotation marks, dashes and ellipses are set at full width
   * as Chinese sets them, and numbers match the text around them. Latin and Cyrillic letters fall through to Source Sans 3,
   * with its kerning and italics (Noto Sans SC's Latin is drawn from the same Source design).
   */
  bodyZh: notoFirst,
  /** Titles and headings of a page written in Chinese: the same sans, in bold, as Chinese headings are set. */
  headingZh: notoFirst,
  /** The phone remote (which loads no Chinese face). */
  remote: "'Source Sans 3', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
} as const;

/**
 * Type sizes and the slide's spacing, px at the 1280×720 logical slide (reveal.js scales the
 * slide; the reading view sets its own sizes). `line` is a unitless line height, `spacing` a
 * letter spacing in em. Each becomes `--type-name-key` (`title.size` → `--type-title-size: 46px`),
 * used by src/theme/slides.css, and the PowerPoint export lays its slides out with the same numbers.
 */
export const type = {
  /** The slide's left and right padding. */
  padX: 72,
  /** The slide's top padding. */
  padTop: 44,
  /** Below the title, as `.slide-inner`'s gap. */
  headGap: 20,
  /** Between blocks, as `.slide-body`'s gap. */
  blockGap: 22,
  /** A slide's title. */
  title: { size: 46, line: 1.15 },
  /** The title over a chart or a map. */
  visualTitle: { size: 38, line: 1.15 },
  /** The title slide's title and padding. */
  titleSlide: { size: 54, line: 1.18, padX: 96, padTop: 72 },
  /** The title slide's subtitle. */
  titleLead: { size: 30 },
  /** "Thank you". */
  closingTitle: { size: 60, line: 1.15 },
  /** Body text and bullet points. */
  body: { size: 28, line: 1.35 },
  /** Sub-points. */
  sub: { size: 26, line: 1.35 },
  /** A lead paragraph. */
  lead: { size: 32, line: 1.35, maxWidth: 1040 },
  /** A statement slide's one sentence. */
  statement: { size: 40, line: 1.3 },
  /** The sources line under the slide. */
  sources: { size: 18, line: 1.3 },
  /** The PowerPoint slide's footer (talk title and number). */
  footer: { size: 15, spacing: 0.08 },
  /** Third-level headings (h3: a compare column's head). */
  subheading: { size: 28, line: 1.15 },
  /** A key figure's number. */
  figureValue: { size: 48, line: 1.1 },
  /** A key figure's label. */
  figureLabel: { size: 24, line: 1.3 },
  /** A quoted document's title. */
  documentTitle: { size: 32, line: 1.3 },
  /** A quoted document's date and signatories. */
  documentMeta: { size: 24, line: 1.4 },
  /** Data tables. */
  table: { size: 24, line: 1.3 },
  /** A table's caption. */
  caption: { size: 20, line: 1.3 },
  /** The references slides. */
  references: { size: 20, line: 1.3 },
  /** A chart's notes under it. */
  chartNotes: { size: 18, line: 1.3 },
  /** Chart ticks, legends and labels, and the smallest map text: legible from the back of a room. */
  chart: { size: 18 },
} as const;

/** A theme's shape with any values (a test's changed accent, say), not just these. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] extends number ? number : Widen<T[K]> };

export type Theme = Widen<{ colour: typeof colour; font: typeof font; type: typeof type }>;

/** The whole theme, as one value (what src/theme/theme-css.ts turns into CSS). */
export const theme: Theme = { colour, font, type };
