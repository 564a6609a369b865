/**
 * The notes pane of each PowerPoint slide: what the speaker view shows, as plain paragraphs.
 * The planned time and the cues come first, each marked in the edition's words (they are not spoken),
 * then the script, then the readers' footnotes under "Notes on the sources". Pure.
 */
import type { ResolvedSlide } from '../../../src/model/resolved.ts';
import { fill, plural, type Locale } from '../../../src/model/messages.ts';
import { figureNotes, formatDuration } from '../../../src/render/slides.ts';

/** The notes as paragraphs (an empty string is a blank line between parts). */
export function notesParagraphs(slide: ResolvedSlide, locale: Locale): string[] {
  const m = locale.messages;
  const count = slide.words > 0 ? ` · ${plural(locale.lang, m.spokenCount, slide.words)}` : '';
  const time = `${m.notesTime} ${fill(m.timing, { duration: formatDuration(slide.seconds, locale) })}${count}`;
  const out: string[] = [time, ...slide.cues.map((c) => `${m.notesCue} ${c}`), '', ...slide.notes];
  // The slide's own footnotes, then what its chart or map tells readers beyond its caption (as the handout has them).
  const notes = [
    ...slide.footnotes.map((f) => {
      const sources = f.sources.length ? ` (${f.sources.map((s) => s.short).join(m.listSeparator)})` : '';
      return `${f.later ? `${m.sinceTheTalkNote} ` : f.translator ? `${m.translatorNote} ` : ''}${f.text}${sources}`;
    }),
    ...figureNotes(slide),
  ];
  if (notes.length > 0) {
    out.push('', m.notesOnSources);
    notes.forEach((n, i) => out.push(`${i + 1}. ${n}`));
  }
  return out;
}

export const notesText = (slide: ResolvedSlide, locale: Locale): string => notesParagraphs(slide, locale).join('\n');
