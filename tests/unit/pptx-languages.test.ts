import { describe, expect, it } from 'vitest';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { langSpans } from '../../scripts/lib/pptx/lang.ts';
import { altLang, markLanguages, setEastAsianFonts, setThemeFonts } from '../../scripts/lib/pptx/languages.ts';
import { CJK_FONT_NAME } from '../../scripts/lib/pptx/fonts.ts';
import { CJK_FAMILY } from '../../src/build/cjk-font.ts';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const body = (inner: string): string => `<p:txBody xmlns:a="${A}" xmlns:p="p">${inner}</p:txBody>`;
const runs = (doc: ReturnType<typeof parse>) =>
  Array.from(doc.getElementsByTagNameNS(A, 'r')).map((r) => {
    const rPr = r.getElementsByTagNameNS(A, 'rPr')[0];
    return [r.getElementsByTagNameNS(A, 't')[0]?.textContent, rPr?.getAttribute('lang'), rPr?.getAttribute('altLang') || undefined];
  });

describe('languages of the runs in an edition', () => {
  it('punctuation and digits alone are in the edition’s language; Chinese punctuation goes with Chinese', () => {
    expect(langSpans(', ', 'zh-CN')).toEqual([{ text: ', ', lang: 'zh-CN' }]);
    expect(langSpans('2013', 'ru-RU')).toEqual([{ text: '2013', lang: 'ru-RU' }]);
    expect(langSpans('Li Xin、Hu Yuanhong，2018', 'zh-CN')).toEqual([
      { text: 'Li Xin', lang: 'en-GB' },
      { text: '、', lang: 'zh-CN' },
      { text: 'Hu Yuanhong', lang: 'en-GB' },
      { text: '，2018', lang: 'zh-CN' },
    ]);
    expect(langSpans('Источник: IMF DOTS', 'ru-RU').map((s) => s.lang)).toEqual(['ru-RU', 'en-GB']);
  });

  it('altLang: the edition’s language for a run in another, English for the edition’s own, none in English', () => {
    expect(altLang('zh-CN', 'zh-CN')).toBe('en-GB');
    expect(altLang('en-GB', 'zh-CN')).toBe('zh-CN');
    expect(altLang('en-GB', 'en-GB')).toBeUndefined();
    expect(altLang('ru-RU', 'en-GB')).toBe('en-GB');
  });

  it('splits a mixed run, keeps its properties on every piece, and marks paragraph ends and fields', () => {
    const doc = parse(
      body(
        '<a:p><a:r><a:rPr lang="en-US" sz="1200" b="1"><a:latin typeface="Source Sans 3"/></a:rPr><a:t>白方统计 (IMF DOTS)</a:t></a:r>' +
          '<a:fld type="slidenum"><a:rPr lang="en-US"/><a:t>3</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p>' +
          '<a:p><a:r><a:t>Товарооборот</a:t></a:r></a:p>',
      ),
    );
    expect(markLanguages(doc, 'zh-CN')).toBe(1);
    expect(runs(doc)).toEqual([
      ['白方统计 (', 'zh-CN', 'en-GB'],
      ['IMF DOTS)', 'en-GB', 'zh-CN'],
      ['Товарооборот', 'ru-RU', 'zh-CN'],
    ]);
    const xml = new XMLSerializer().serializeToString(doc);
    // Both pieces keep size, weight and face.
    expect(xml.match(/sz="1200" b="1"/g)).toHaveLength(2);
    expect(xml).not.toContain('en-US');
    expect(xml).toContain('<a:endParaRPr lang="zh-CN" altLang="en-GB"/>');
  });

  it('gives every run naming a Latin face the deck’s CJK face as its East Asian font, in schema order', () => {
    expect(CJK_FONT_NAME).toBe(CJK_FAMILY);
    const doc = parse(
      body(
        '<a:p><a:r><a:rPr lang="zh-CN"><a:latin typeface="Source Serif 4"/><a:ea typeface="Source Serif 4"/><a:cs typeface="Source Serif 4"/></a:rPr><a:t>中</a:t></a:r>' +
          '<a:r><a:rPr lang="zh-CN"><a:latin typeface="Source Sans 3"/><a:hlinkClick r:id="x" xmlns:r="r"/></a:rPr><a:t>文</a:t></a:r>' +
          '<a:r><a:rPr lang="zh-CN"><a:latin typeface="+mn-lt"/></a:rPr><a:t>字</a:t></a:r></a:p>',
      ),
    );
    expect(setEastAsianFonts(doc)).toBe(2);
    const xml = new XMLSerializer().serializeToString(doc);
    expect(xml).toContain(`<a:latin typeface="Source Serif 4"/><a:ea typeface="${CJK_FAMILY}" pitchFamily="34" charset="-122"/><a:cs`);
    expect(xml).toContain(
      `<a:latin typeface="Source Sans 3"/><a:ea typeface="${CJK_FAMILY}" pitchFamily="34" charset="-122"/><a:hlinkClick`,
    );
    expect(xml).toContain('<a:latin typeface="+mn-lt"/></a:rPr>');
  });

  it('sets the theme’s East Asian fonts and its font for Simplified Chinese', () => {
    const doc = parse(
      `<a:theme xmlns:a="${A}"><a:fontScheme><a:majorFont><a:latin typeface="Source Serif 4"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/><a:font script="Jpan" typeface="游ゴシック"/></a:majorFont>` +
        `<a:minorFont><a:latin typeface="Source Sans 3"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme></a:theme>`,
    );
    setThemeFonts(doc);
    const xml = new XMLSerializer().serializeToString(doc);
    expect(xml.match(new RegExp(`<a:ea typeface="${CJK_FAMILY}"/>`, 'g'))).toHaveLength(2);
    expect(xml.match(new RegExp(`script="Hans" typeface="${CJK_FAMILY}"`, 'g'))).toHaveLength(2);
    expect(xml).toContain('script="Jpan" typeface="游ゴシック"');
  });
});
