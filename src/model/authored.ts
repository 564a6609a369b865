/**
 * Authored types: what a slide module under `slides/` writes.
 *
 * These types describe content only. Nothing here knows about the DOM,
 * reveal.js or Chart.js; `validate.ts` turns an authored deck into the
 * resolved model that rendering consumes.
 */
import type { ChartId } from './chart.ts';
import type { MapId } from './map.ts';
import type { SourceId } from '../data/sources.ts';
import type { Messages } from './messages.ts';

/**
 * Marks content first published after the talk (autumn 2022). Such content is shown with a
 * "since the talk" label; validation requires the mark on anything citing a source whose
 * content postdates the talk (`afterTalk` in the source registry).
 */
export interface Dated {
  readonly later?: boolean;
}

/** A list item; `cite` attaches sources to the one point that needs them. */
export type Point = string | (Dated & { readonly text: string; readonly cite?: readonly SourceId[]; readonly sub?: readonly string[] });

/** One dated event on a timeline block. */
export interface TimelineItem extends Dated {
  /** Date as shown, e.g. "16 Jul 2013" or "2010". */
  readonly when: string;
  readonly what: string;
  readonly cite: readonly SourceId[];
}

/** A headline figure: a value with its label and source. */
export interface FigureItem extends Dated {
  readonly value: string;
  readonly label: string;
  readonly cite: readonly SourceId[];
  /** Set when the value is computed by the deck rather than read from the source. */
  readonly derived?: boolean;
}

export type Block =
  /** A short statement that carries the slide's claim. */
  | (Dated & { readonly kind: 'lead'; readonly text: string; readonly cite?: readonly SourceId[] })
  /** Bulleted points; `build` reveals them one at a time (fragments). */
  | { readonly kind: 'points'; readonly items: readonly Point[]; readonly build?: boolean }
  | { readonly kind: 'timeline'; readonly items: readonly TimelineItem[]; readonly build?: boolean }
  | { readonly kind: 'figures'; readonly items: readonly FigureItem[]; readonly build?: boolean }
  /** Two labelled columns of points, side by side (stacked on phones). */
  | {
      readonly kind: 'compare';
      readonly columns: readonly [CompareColumn, CompareColumn];
      readonly build?: boolean;
    }
  /** The official title of a document, quoted. */
  | { readonly kind: 'document'; readonly title: string; readonly meta: string; readonly cite: readonly SourceId[] }
  /** A small table of text (not a chart's data table: charts bring their own). */
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly cite: readonly SourceId[];
    }
  /** The place where a Chart.js chart is mounted. */
  | { readonly kind: 'chart'; readonly chart: ChartId }
  /** A map or diagram, drawn at build time from real geodata (src/maps). */
  | { readonly kind: 'map'; readonly map: MapId }
  /** The generated list of every source the deck cites. */
  | { readonly kind: 'references' };

export interface CompareColumn {
  readonly heading: string;
  readonly items: readonly Point[];
}

export type SlideLayout = 'title' | 'content' | 'statement' | 'closing';

/**
 * A footnote: provenance, uncertainty, how a value was derived, where the talk and the sources
 * differ. Shown to readers (reading view, handout), never spoken. Its sources join the slide's.
 */
export type Footnote =
  | string
  | (Dated & {
      readonly text: string;
      readonly cite?: readonly SourceId[];
      /** A translator's note, added by an edition (never in the English deck). */
      readonly translator?: boolean;
    });

export interface AuthoredSlide {
  /** Stable kebab-case id; it becomes the URL (`#/belt-and-road`). */
  readonly id: string;
  readonly title: string;
  /** Defaults to `content`. */
  readonly layout?: SlideLayout;
  readonly blocks: readonly Block[];
  /** Sources for the slide as a whole, beside those cited by its blocks. */
  readonly cite?: readonly SourceId[];
  /**
   * The speaker's script: what the presenter says, first person, one paragraph per string.
   * Required. Validation holds it to the slide's time (at most 170 words a minute).
   */
  readonly notes: readonly string[];
  /** Stage directions (pause, point at the chart, take questions): the speaker view only. */
  readonly cue?: string | readonly string[];
  /** For readers: provenance and caveats, shown under the narration, never spoken. */
  readonly footnotes?: readonly Footnote[];
  /** Planned speaking time in seconds; drives the speaker view's pacing. */
  readonly seconds: number;
  /** Earlier ids of this slide: old links (`#/old-id`) still land here. */
  readonly aliases?: readonly string[];
}

export interface AuthoredSection {
  /** Kebab-case section id (used for the table of contents and the PDF outline). */
  readonly id: string;
  /** Section title, as listed in the table of contents. */
  readonly title: string;
  readonly slides: readonly AuthoredSlide[];
}

export interface AuthoredDeck {
  readonly title: string;
  readonly shortTitle: string;
  readonly event: string;
  /** The year the talk was given: content published after it is marked "since the talk". */
  readonly year: number;
  readonly description: string;
  readonly lang: string;
  /** The interface's words in the deck's language. */
  readonly messages: Messages;
  readonly sections: readonly AuthoredSection[];
}

/** Identity helpers: give slide modules type checking without a cast. */
export const defineSection = (section: AuthoredSection): AuthoredSection => section;
export const defineDeck = (deck: AuthoredDeck): AuthoredDeck => deck;
