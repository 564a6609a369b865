/**
 * Resolved types: what rendering consumes. Produced only by `validateDeck`,
 * so every id is unique, every source exists and every slide has notes and timing.
 */
import type { Block, SlideLayout } from './authored.ts';
import type { ChartSummary } from './chart.ts';
import type { MapSummary } from './map.ts';
import type { Source } from '../data/sources.ts';
import type { DeckLink } from './link.ts';
import type { EditionRef } from './edition.ts';
import type { Messages } from './messages.ts';

/** Blocks as rendering sees them: a chart reference carries its resolved summary. */
export type ResolvedBlock =
  | Exclude<Block, { kind: 'chart' } | { kind: 'map' } | { kind: 'references' }>
  | { readonly kind: 'chart'; readonly chart: ChartSummary }
  | { readonly kind: 'map'; readonly map: MapSummary }
  /** One page of the bibliography; `start` is the number of its first entry. */
  | { readonly kind: 'references'; readonly items: readonly Source[]; readonly start: number };

/** A footnote with its sources resolved; `later` says it reports something published since the talk. */
export interface ResolvedFootnote {
  readonly text: string;
  readonly later: boolean;
  /** A translator's note (an edition's own, not the speaker's). */
  readonly translator: boolean;
  readonly sources: readonly Source[];
}

export interface ResolvedSlide {
  readonly id: string;
  readonly title: string;
  readonly layout: SlideLayout;
  readonly blocks: readonly ResolvedBlock[];
  /** The speaker's script, one paragraph per string. */
  readonly notes: readonly string[];
  /** Stage directions for the speaker view (never part of the script). */
  readonly cues: readonly string[];
  readonly footnotes: readonly ResolvedFootnote[];
  readonly seconds: number;
  /** Words in the script (what the pacing rules count). */
  readonly words: number;
  /** A generated continuation page (references 2/6 …): listed under its first page, not on its own. */
  readonly continuation: boolean;
  /** A references page's title without its place ("References" for "References (1/11)"). */
  readonly unpagedTitle?: string;
  /** Earlier ids that still lead here. */
  readonly aliases: readonly string[];
  /** 1-based position in the deck. */
  readonly number: number;
  /** The number the audience sees: "1"…"25" for the talk's slides, "A1"…"A10" for the appendix after the closing slide. */
  readonly label: string;
  /** After the closing slide (the references): numbered as an appendix, not spoken to. */
  readonly appendix: boolean;
  readonly sectionId: string;
  readonly sectionTitle: string;
  /** 1-based position of the section. */
  readonly sectionNumber: number;
  /** Every source the slide cites (slide-level and block-level), in first-cited order. */
  readonly sources: readonly Source[];
}

export interface ResolvedSection {
  readonly id: string;
  readonly title: string;
  readonly number: number;
  readonly slides: readonly ResolvedSlide[];
}

export interface ResolvedDeck {
  readonly title: string;
  readonly shortTitle: string;
  readonly event: string;
  readonly year: number;
  readonly description: string;
  readonly lang: string;
  /** The interface's words in the deck's language. */
  readonly messages: Messages;
  /** This edition, and every edition of the talk (the language switch, `hreflang` links). */
  readonly edition: EditionRef;
  readonly editions: readonly EditionRef[];
  readonly sections: readonly ResolvedSection[];
  readonly slides: readonly ResolvedSlide[];
  /** Every cited source, in first-cited order: the references slide lists these. */
  readonly references: readonly Source[];
  readonly totalSeconds: number;
  /** Words in the whole script. */
  readonly totalWords: number;
  /**
   * The deck's public address and its QR code, when the build was given one (`DECK_URL`):
   * the title and closing slides show both; other exporters read `link.qr.svg` or `link.qr.modules`.
   */
  readonly link?: DeckLink;
}
