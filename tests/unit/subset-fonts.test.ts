import { describe, expect, it } from 'vitest';
import { charactersOf, firstScreenText } from '../../src/build/subset-fonts.ts';

describe('font subset character set', () => {
  it('keeps every character of the texts, decoding JS and HTML escapes', () => {
    const chars = charactersOf(['Минск', 'const s = "\\u2019\\u{1F600}"', '&#8212; &#x2116;']);
    for (const c of ['М', 'и', 'н', 'с', 'к', '’', '😀', '—', '№']) expect(chars).toContain(c);
  });

  it('always keeps printable ASCII and common typography, once each', () => {
    const chars = charactersOf([]);
    for (let code = 0x20; code < 0x7f; code++) expect(chars).toContain(String.fromCharCode(code));
    for (const c of '–—‘’“”…×−') expect(chars).toContain(c);
    const list = Array.from(chars);
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('the first screen (what each page preloads fonts for)', () => {
  const page = (body: string, lang = 'ru'): string =>
    `<html lang="${lang}"><head><style>.x{}</style></head><body>${body}<template id="deck-slides"><p>Шаблон</p></template></body></html>`;

  it('is the visible text before the slide template, without scripts, styles or the template', () => {
    const text = firstScreenText(page('<h1>Минск</h1><script>const a = "x";</script><p>и Пекин</p>'));
    expect(text).toContain('Минск');
    expect(text).toContain('и Пекин');
    expect(text).not.toContain('const');
    expect(text).not.toContain('Шаблон');
  });

  it('leaves out a few words in another language (the language switch, set in the system font), but keeps the page’s own', () => {
    const text = firstScreenText(page('<p>Доклад</p><a><span lang="zh-Hans">中文</span></a><span lang="ru">Русский</span>'));
    expect(text).not.toContain('中文');
    expect(text).toContain('Русский');
  });

  it('keeps, for faces every language shares, the other languages’ passages and the edition offers a script may show; leaves out what it is told', () => {
    const offer = '<aside class="edition-offer" lang="en" hidden><p>Also in English, thanks.</p></aside>';
    const html = page(`<p>Доклад</p><span lang="en">English</span>${offer}<nav class="reading-contents"><p>Содержание</p></nav>`);
    const every = firstScreenText(html, 'any', { everyLanguage: true });
    expect(every).toContain('English');
    expect(every).toContain('thanks.');
    expect(firstScreenText(html)).not.toContain('thanks');
    const head = firstScreenText(html, 'any', { without: ['reading-contents'] });
    expect(head).toContain('Доклад');
    expect(head).not.toContain('Содержание');
  });

  it('takes what is laid out at once (the head and the parts’ headings, not the pages), and can keep only the bold elements', () => {
    const pages = ['первая', 'вторая'].map((word) => `<section class="page page--content"><p>${word}</p></section>`).join('');
    const text = firstScreenText(page(`<header>Доклад</header><section class="part"><h2>Часть</h2>${pages}</section>`));
    expect(text).toContain('Доклад');
    expect(text).toContain('Часть');
    expect(text).not.toContain('первая');
    expect(text).not.toContain('вторая');
    const bold = firstScreenText(page('<h1>Заголовок</h1><p>текст</p><strong>важно</strong>'), 'bold');
    expect(bold).toContain('Заголовок');
    expect(bold).toContain('важно');
    expect(bold).not.toContain('текст');
  });

  it('keeps only the italic elements when asked, and leaves out closed dialogs and hidden elements (not rendered) but not an open dialog', () => {
    const body =
      '<p>текст <em>курсив</em> <span class="derived">расчёт</span></p><dialog><p><i>закрыт</i></p></dialog><dialog open><p>открыт</p></dialog><aside hidden><i>скрыт</i></aside>';
    const italic = firstScreenText(page(body), 'italic');
    expect(italic).toContain('курсив');
    expect(italic).toContain('расчёт');
    expect(italic).not.toContain('текст');
    expect(italic).not.toContain('закрыт');
    const all = firstScreenText(page(body));
    expect(all).not.toContain('закрыт');
    expect(all).toContain('открыт');
    expect(all).not.toContain('скрыт');
  });
});
