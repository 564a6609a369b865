/**
 * The deck as the live channel needs it (live.json): slide ids, what the audience sees as their
 * number, build steps, planned seconds and the script. Written by the build; read by the live
 * server (to accept only real positions) and by the phone remote. Pure; build time only.
 */
import type { ResolvedBlock, ResolvedDeck } from '../model/resolved.ts';
import type { LiveIndex } from './protocol.ts';

/** Clicks a block adds to its slide: one per revealed item. */
function blockSteps(block: ResolvedBlock): number {
  switch (block.kind) {
    case 'points':
    case 'timeline':
    case 'figures':
      return block.build === true ? block.items.length : 0;
    case 'compare':
      return block.build === true ? block.columns.length : 0;
    default:
      return 0;
  }
}

export function liveIndex(deck: ResolvedDeck, slot: number): LiveIndex {
  return {
    title: deck.title,
    lang: deck.lang,
    slot,
    slides: deck.slides.map((slide) => ({
      id: slide.id,
      label: String(slide.number),
      title: slide.title,
      steps: slide.blocks.reduce((sum, block) => sum + blockSteps(block), 0),
      seconds: slide.seconds,
      notes: [...slide.notes],
    })),
  };
}
