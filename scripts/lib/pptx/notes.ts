/**
 * The notes pane of each PowerPoint slide: what the speaker view shows, as plain paragraphs.
 * The planned time and the cues come first, each marked in brackets (they are not spoken),
 * then the script, then the readers' footnotes under "Notes on the sources". Pure.
 */
import type { ResolvedSlide } from '../../../src/model/resolved.ts';
import { formatDuration } from '../../../src/render/slides.ts';

export const CUE_MARK = '[Cue]';
export const TIME_MARK = '[Time]';
export const FOOTNOTES_HEADING = 'Notes on the sources';

/** The notes as paragraphs (an empty string is a blank line between parts). */
export function notesParagraphs(slide: ResolvedSlide): string[] {
  const time = `${TIME_MARK} About ${formatDuration(slide.seconds)}${slide.words > 0 ? ` · ${slide.words} words` : ''}`;
  const out: string[] = [time, ...slide.cues.map((c) => `${CUE_MARK} ${c}`), '', ...slide.notes];
  if (slide.footnotes.length > 0) {
    out.push('', FOOTNOTES_HEADING);
    slide.footnotes.forEach((f, i) => {
      const sources = f.sources.length ? ` (${f.sources.map((s) => s.short).join('; ')})` : '';
      out.push(`${i + 1}. ${f.later ? 'Since the talk: ' : ''}${f.text}${sources}`);
    });
  }
  return out;
}

export const notesText = (slide: ResolvedSlide): string => notesParagraphs(slide).join('\n');
