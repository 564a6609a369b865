/**
 * The notes pane of each PowerPoint slide: what the speaker view shows, as plain paragraphs.
 * The planned time and the cues come first, each marked in brackets (they are not spoken),
 * then the script, then the readers' footnotes under "Notes on the sources". Pure.
 */
import type { ResolvedSlide } from '../../../src/model/resolved.ts';
import { figureNotes, formatDuration } from '../../../src/render/slides.ts';

export const CUE_MARK = '[Cue]';
export const TIME_MARK = '[Time]';
export const FOOTNOTES_HEADING = 'Notes on the sources';

/** The notes as paragraphs (an empty string is a blank line between parts). */
export function notesParagraphs(slide: ResolvedSlide): string[] {
  const time = `${TIME_MARK} About ${formatDuration(slide.seconds)}${slide.words > 0 ? ` · ${slide.words} words` : ''}`;
  const out: string[] = [time, ...slide.cues.map((c) => `${CUE_MARK} ${c}`), '', ...slide.notes];
  // The slide's own footnotes, then what its chart or map tells readers beyond its caption (as the handout has them).
  const notes = [
    ...slide.footnotes.map((f) => {
      const sources = f.sources.length ? ` (${f.sources.map((s) => s.short).join('; ')})` : '';
      return `${f.later ? 'Since the talk: ' : ''}${f.text}${sources}`;
    }),
    ...figureNotes(slide),
  ];
  if (notes.length > 0) {
    out.push('', FOOTNOTES_HEADING);
    notes.forEach((n, i) => out.push(`${i + 1}. ${n}`));
  }
  return out;
}

export const notesText = (slide: ResolvedSlide): string => notesParagraphs(slide).join('\n');
