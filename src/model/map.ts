/**
 * Maps and diagrams as the content model sees them: an id a slide can name, and what the page
 * needs: the drawing (inline SVG, made at build time from real geodata by src/maps), its finding,
 * its text alternative, its sources and caveats. As with charts, the map engine registers its ids
 * by augmenting `MapRegistry`; the model imports nothing from it.
 */
import type { SourceId } from '../data/sources.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging (src/maps/types.ts)
export interface MapRegistry {}

export type MapId = Extract<keyof MapRegistry, string>;

/** One heading of a map's text alternative and its lines (places, routes, distances, memberships). */
export interface MapAltSection {
  readonly heading: string;
  readonly items: readonly string[];
}

export interface MapSummary {
  readonly id: MapId;
  readonly title: string;
  /** One sentence stating what the map shows: the SVG's description and the figure's caption. */
  readonly finding: string;
  /** The inline `<svg>` (role="img", its title and description inside). */
  readonly svg: string;
  /** The text alternative: what a reader who cannot see the drawing needs of it. */
  readonly alt: readonly MapAltSection[];
  readonly cite: readonly SourceId[];
  /** Caveats: stylised routes, derived distances, a marker standing in for a place. */
  readonly footnotes: readonly string[];
}
