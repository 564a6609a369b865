/**
 * The language of each stretch of a text run: PowerPoint's proofing, its reader and its font
 * fallback go by the run's `lang`, so a Russian quotation or a Chinese title must not say `en-GB`.
 * The deck's model does not mark languages; the script of the letters does (Cyrillic with ў or і is
 * Belarusian, other Cyrillic Russian; Han with kana is Japanese, Han alone Chinese; CJK and full-width
 * punctuation go with Han). Spaces, digits and other punctuation stay with the stretch they follow,
 * and a run of nothing else is in the edition's language. Pure.
 */
export interface LangSpan {
  readonly text: string;
  readonly lang: string;
}

type Script = 'latin' | 'cyrillic' | 'cjk' | 'neutral';

function scriptOf(ch: string): Script {
  const code = ch.codePointAt(0) ?? 0;
  if ((code >= 0x0400 && code <= 0x052f) || (code >= 0x1c80 && code <= 0x1c8f)) return 'cyrillic';
  if (
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation: 、。「」《》
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x9fff) || // Han
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff) ||
    (code >= 0xff00 && code <= 0xff60) // full-width forms: ，（）：；
  )
    return 'cjk';
  if (/\p{L}/u.test(ch)) return 'latin';
  return 'neutral';
}

function langOf(script: Script, text: string, base: string): string {
  // Digits, spaces and punctuation alone (a run that is only "2013" or ", ") are in the edition's language.
  if (script === 'neutral') return base;
  if (script === 'cyrillic') return /[ўЎіІ]/.test(text) ? 'be-BY' : 'ru-RU';
  if (script === 'cjk') return /[\u3040-\u30ff]/.test(text) ? 'ja-JP' : 'zh-CN';
  // Latin letters in a Russian or Chinese deck (IMF DOTS, a source's English title) are English.
  return /^(?:ru|zh|be|ja)/.test(base) ? 'en-GB' : base;
}

export function langSpans(text: string, base: string): LangSpan[] {
  const spans: { script: Script; text: string }[] = [];
  for (const ch of text) {
    const script = scriptOf(ch);
    const last = spans.at(-1);
    if (last && (script === 'neutral' || script === last.script)) last.text += ch;
    else if (last && last.script === 'neutral') {
      // Leading neutral characters take the first script that follows them.
      last.text += ch;
      last.script = script;
    } else spans.push({ script, text: ch });
  }
  const out: LangSpan[] = [];
  for (const s of spans) {
    const lang = langOf(s.script, s.text, base);
    const prev = out.at(-1);
    if (prev && prev.lang === lang) out[out.length - 1] = { text: prev.text + s.text, lang };
    else out.push({ text: s.text, lang });
  }
  return out;
}
