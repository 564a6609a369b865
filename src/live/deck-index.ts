/**
 * The deck as the live channel needs it (live.json): slide ids, what the audience sees as their
 * number, build steps, planned seconds and the script. Written by the build; read by the live
 * server (to accept only real positions) and by the phone remote. Pure; build time only.
 */
import type { ResolvedDeck } from '../model/resolved.ts';
import { buildStepCount } from '../model/steps.ts';
import type { LiveIndex } from './protocol.ts';

export function liveIndex(deck: ResolvedDeck, slot: number): LiveIndex {
  return {
    title: deck.title,
    lang: deck.lang,
    slot,
    slides: deck.slides.map((slide) => ({
      id: slide.id,
      label: slide.label,
      title: slide.title,
      steps: buildStepCount(slide.blocks),
      seconds: slide.seconds,
      notes: [...slide.notes],
    })),
  };
}
