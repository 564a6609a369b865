import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { auditSlide, fixSlideAccessibility } from '../../scripts/lib/pptx/accessibility.ts';
import { langSpans } from '../../scripts/lib/pptx/lang.ts';

const ns =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const sp = (id: number, name: string, text: string, ph = ''): string =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/>` +
  (text ? `<p:txBody><a:p><a:r><a:rPr lang="en-GB"/><a:t>${text}</a:t></a:r></a:p></p:txBody>` : '') +
  `</p:sp>`;
const slide = (shapes: string): string =>
  `<p:sld ${ns}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes}</p:spTree></p:cSld></p:sld>`;
const table = `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="9" name="Table"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><a:graphic><a:graphicData><a:tbl><a:tblPr/></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;

describe('PowerPoint accessibility', () => {
  it('finds what the checker reports on a slide of plain text boxes', () => {
    const doc = new DOMParser().parseFromString(slide(sp(2, 'Accent rule', '') + sp(3, 'Text 0', 'Claim') + table), 'text/xml');
    const audit = auditSlide(doc);
    expect(audit.titles).toEqual([]);
    expect(audit.missingAlt).toEqual(['Accent rule', 'Table']);
    expect(audit.tablesWithoutHeader).toEqual(['Table']);
  });

  it('puts the title first, marks decoration, gives tables a header row and their caption as alt text', () => {
    const doc = new DOMParser().parseFromString(
      slide(sp(2, 'Accent rule', '') + sp(3, 'Text 0', 'Claim', '<p:ph idx="100" type="title" hasCustomPrompt="1"/>') + table),
      'text/xml',
    );
    const fixed = fixSlideAccessibility(doc, { decorative: new Set(['Accent rule']), tableAlt: new Map([['Table', 'Caption']]) });
    expect(fixed).toEqual({ titles: 1, decorative: 1, tables: 1 });
    const audit = auditSlide(doc);
    expect(audit.titles).toEqual(['Claim']);
    expect(audit.titleFirst).toBe(true);
    expect(audit.missingAlt).toEqual([]);
    expect(audit.tablesWithoutHeader).toEqual([]);
  });

  it('gives each stretch of text its language', () => {
    expect(langSpans('Joint Statement: 中华人民共和国 (2000)', 'en-GB')).toEqual([
      { text: 'Joint Statement: ', lang: 'en-GB' },
      { text: '中华人民共和国 (2000)', lang: 'zh-CN' },
    ]);
    expect(langSpans('enters into force (“10月5日に発効”)', 'en-GB').map((s) => s.lang)).toEqual(['en-GB', 'ja-JP']);
    expect(langSpans('“всепогодного” партнёрства', 'en-GB')).toEqual([{ text: '“всепогодного” партнёрства', lang: 'ru-RU' }]);
    expect(langSpans('Беларусь і Кітай', 'en-GB')[0]?.lang).toBe('be-BY');
  });
});
