/**
 * The interface catalogue: every edition has every message (groups included: the speaker view, the
 * key help, the rehearsal), each plural in every form its language uses, no word left in English,
 * Chinese punctuation where Chinese writes it, and the words the browser makes its dialogs from in
 * the page.
 */
import { describe, expect, it } from 'vitest';
import english from '../../slides/interface.ts';
import { EDITIONS } from '../../editions/index.ts';
import { KEY_IDS, KEY_MAP, helpTable } from '../../src/app/keys.ts';
import { renderAppWords } from '../../src/render/page.ts';
import { loadDeck } from '../../src/deck.ts';
import { APP_WORDS, missingMessages, plural, type Messages } from '../../src/model/messages.ts';
import { ENGLISH_REPORT, renderReport } from '../../src/rehearsal/report-view.ts';
import { buildReport } from '../../src/rehearsal/timing.ts';

const translations = EDITIONS.flatMap((e) => (e.words ? [{ lang: e.lang, messages: e.words.messages }] : []));

/** Every string in a catalogue (plural forms included), by its dotted key. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

describe('missingMessages', () => {
  it('looks inside groups, and names a missing, blank or short plural by its dotted key', () => {
    const broken = {
      ...english,
      close: ' ',
      speaker: { ...english.speaker, start: undefined, footer: { ...english.speaker.footer, size: '' } },
      keys: { ...english.keys, descriptions: { ...english.keys.descriptions, help: undefined } },
      rehearsal: { ...english.rehearsal, clearAsk: { one: 'Удалить {n} прогон?', other: 'Удалить {n} прогона?' } },
    };
    expect(missingMessages(english, broken)).toEqual(['close', 'speaker.start', 'speaker.footer.size', 'keys.descriptions.help']);
    const ru = missingMessages(english, broken, 'ru');
    expect(ru).toContain('rehearsal.clearAsk (few)');
    expect(ru).toContain('rehearsal.clearAsk (many)');
    expect(missingMessages(english, { ...english, rehearsal: undefined })).toContain('rehearsal.reportTitle');
    expect(missingMessages(english, english)).toEqual([]);
  });
});

describe.each(translations)('the $lang catalogue', ({ lang, messages }) => {
  it('has every message of the English one, each plural in every form the language uses', () => {
    expect(missingMessages(english, messages, lang)).toEqual([]);
  });

  it('has no key the English one lacks', () => {
    const known = new Set(leaves(english).map(([key]) => key.replace(/\.(zero|one|two|few|many|other)$/, '')));
    const extra = leaves(messages)
      .map(([key]) => key.replace(/\.(zero|one|two|few|many|other)$/, ''))
      .filter((key) => !known.has(key));
    expect(extra).toEqual([]);
  });

  it('leaves no word of the browser-made views in English', () => {
    const englishWords = new Map(leaves({ speaker: english.speaker, keys: english.keys, rehearsal: english.rehearsal }));
    const same = leaves({ speaker: messages.speaker, keys: messages.keys, rehearsal: messages.rehearsal }).filter(([key, value]) => {
      const original = englishWords.get(key.replace(/\.(few|many)$/, '.other'));
      // Symbols and separators may be the same in every language ("±", " · ").
      return original === value && /\p{L}/u.test(value);
    });
    expect(same).toEqual([]);
  });

  it('keeps every slot the English message has', () => {
    const slots = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    const englishSlots = new Map(
      leaves(english).map(([key, value]) => [key.replace(/\.(zero|one|two|few|many|other)$/, ''), slots(value)]),
    );
    for (const [key, value] of leaves(messages)) {
      const expected = englishSlots.get(key.replace(/\.(zero|one|two|few|many|other)$/, ''));
      expect(new Set(slots(value)), `${lang} ${key}`).toEqual(new Set(expected));
    }
  });
});

describe('the Chinese catalogue', () => {
  const zh = translations.find((t) => t.lang.startsWith('zh'));
  it('writes Chinese punctuation: no ASCII comma, semicolon, parenthesis, question mark or colon before a space', () => {
    expect(zh).toBeDefined();
    const groups = { speaker: zh?.messages.speaker, keys: zh?.messages.keys, rehearsal: zh?.messages.rehearsal };
    const ascii = leaves(groups).filter(([, value]) => /[,;()?!]|: |:$|\.\.\./.test(value.replace(/\{\w+\}/g, '')));
    expect(ascii).toEqual([]);
  });
});

describe('the key help', () => {
  it('names every entry by a stable id, once, and the catalogue describes each', () => {
    expect(KEY_MAP.map((k) => k.id).sort()).toEqual([...KEY_IDS].sort());
    for (const { messages } of translations) expect(Object.keys(messages.keys.descriptions).sort()).toEqual([...KEY_IDS].sort());
  });

  it('is in the edition’s words: the Chinese help describes each key in Chinese, and English is as before', () => {
    const zh = translations.find((t) => t.lang.startsWith('zh'))?.messages;
    const table = helpTable('speaker', zh?.keys);
    expect(table).toContain('<th scope="col">按键</th><th scope="col">功能</th>');
    expect(table).toContain('重置演讲者视图的计时器');
    expect(table).not.toContain('reset the speaker view');
    expect(helpTable('speaker', english.keys)).toBe(helpTable('speaker'));
  });
});

describe('the English defaults of the pure renderers', () => {
  it('are the English catalogue’s words (the rehearsal’s group, its seconds, separator and Close; the keys’ descriptions)', () => {
    expect(ENGLISH_REPORT.words).toEqual({
      rehearsal: english.rehearsal,
      seconds: english.seconds,
      listSeparator: english.listSeparator,
      close: english.close,
    });
    expect(english.keys.descriptions).toEqual(Object.fromEntries(KEY_MAP.map((k) => [k.id, k.description])));
  });
});

describe('the words in the page', () => {
  it('carry every group the browser-made views need, in the edition’s language', () => {
    const deck = loadDeck();
    const json = /<script type="application\/json" id="deck-words">(.*)<\/script>/.exec(renderAppWords(deck))?.[1] ?? '';
    const words = JSON.parse(json) as Partial<Messages>;
    expect(Object.keys(words).sort()).toEqual([...APP_WORDS].sort());
    expect(words.speaker?.stepOf).toBe('Step {step} of {n}');
    expect(words.keys?.descriptions['clock-reset']).toBe('reset the speaker view’s clock');
  });
});

describe('Russian counts and the Russian report', () => {
  const ru = translations.find((t) => t.lang === 'ru')?.messages;
  it('uses one, few and many', () => {
    if (!ru) throw new Error('no Russian edition');
    expect(plural('ru', ru.rehearsal.clearAsk, 1)).toBe('Удалить 1 прогон из этого браузера?');
    expect(plural('ru', ru.rehearsal.clearAsk, 3)).toBe('Удалить все 3 прогона из этого браузера?');
    expect(plural('ru', ru.rehearsal.clearAsk, 5)).toBe('Удалить все 5 прогонов из этого браузера?');
    expect(plural('ru', ru.speaker.liveFollowers, 21)).toBe('Трансляция · следит 21 человек');
  });

  it('renders the rehearsal report in Russian, its percentages through Intl', () => {
    if (!ru) throw new Error('no Russian edition');
    const planned = [
      { id: 'a', number: 1, title: 'Первый', planned: 20 },
      { id: 'b', number: 2, title: 'Второй', planned: 40 },
    ];
    const t0 = Date.UTC(2025, 2, 14, 9, 5);
    const run = {
      id: 'r',
      startedAt: t0,
      slides: ['a', 'b'],
      events: [
        { kind: 'show', at: t0, slide: 'a' },
        { kind: 'show', at: t0 + 30_000, slide: 'b' },
        { kind: 'finish', at: t0 + 60_000 },
      ],
    } as const;
    const html = renderReport(buildReport(planned, [run]), undefined, { lang: 'ru', words: ru });
    expect(html).toContain('Медиана по 1 завершенному прогону');
    expect(html).toContain('<dt>Регламент</dt>');
    expect(html).toContain('<th scope="col">Медиана</th>');
    expect(html).toContain('Слайд 1: по плану 20 с');
    expect(html).toMatch(/больше \d+\u00a0% от плана/);
    // The words a reader sees (and hears: titles and names), not the markup's class names.
    const text = html.replace(/<[^>]+>/g, ' ') + [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(text).not.toMatch(/\b(Slot|Planned|Median|Latest|Total|planned|latest|long|Slide)\b/);
  });
});
