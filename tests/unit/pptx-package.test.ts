import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import {
  addLineGrouping,
  childElements,
  dedupeParagraphProps,
  descendants,
  dropEmptyPoints,
  fixWorkbook,
  NS,
  parseXml,
  removeDanglingAxisIds,
  serializeXml,
  writeNotes,
} from '../../scripts/lib/pptx/package.ts';
import { writeBuffer } from '../../scripts/lib/pptx/write.ts';

const C = `xmlns:c="${NS.c}" xmlns:a="${NS.a}"`;

/** What pptxgenjs 4.0.1 writes for a stacked bar + line chart, cut down to what the fixes touch. */
const comboChart = `<c:chartSpace ${C}><c:chart><c:plotArea>
<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>
  <c:ser><c:idx val="0"/><c:val><c:numRef><c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>
  <c:gapWidth val="40"/><c:overlap val="0"/>
  <c:axId val="2094734554"/><c:axId val="2094734552"/><c:axId val="2094734556"/></c:barChart>
<c:lineChart><c:varyColors val="0"/><c:marker val="1"/><c:axId val="2094734554"/><c:axId val="2094734552"/><c:axId val="2094734556"/></c:lineChart>
<c:catAx><c:axId val="2094734554"/></c:catAx><c:valAx><c:axId val="2094734552"/></c:valAx>
</c:plotArea></c:chart></c:chartSpace>`;

describe('chart part fixes', () => {
  it('removes the axis id with no axis behind it (#1534), and only that one', () => {
    const doc = parseXml(comboChart);
    expect(removeDanglingAxisIds(doc)).toBe(2);
    for (const tag of ['barChart', 'lineChart']) {
      const chart = descendants(doc, NS.c, tag)[0];
      if (!chart) throw new Error(`no ${tag}`);
      expect(childElements(chart, NS.c, 'axId').map((e) => e.getAttribute('val'))).toEqual(['2094734554', '2094734552']);
    }
    expect(removeDanglingAxisIds(doc)).toBe(0);
  });

  it('keeps a 3D chart’s series axis, which does exist', () => {
    const doc = parseXml(
      `<c:chartSpace ${C}><c:chart><c:plotArea><c:bar3DChart><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:bar3DChart><c:catAx><c:axId val="1"/></c:catAx><c:valAx><c:axId val="2"/></c:valAx><c:serAx><c:axId val="3"/></c:serAx></c:plotArea></c:chart></c:chartSpace>`,
    );
    expect(removeDanglingAxisIds(doc)).toBe(0);
  });

  it('gives the line beside stacked bars a standard grouping, first, and the bars full overlap (#1222)', () => {
    const doc = parseXml(comboChart);
    expect(addLineGrouping(doc)).toBe(1);
    const line = descendants(doc, NS.c, 'lineChart')[0];
    expect(line && childElements(line, NS.c)[0]?.localName).toBe('grouping');
    expect(line && childElements(line, NS.c, 'grouping')[0]?.getAttribute('val')).toBe('standard');
    expect(descendants(doc, NS.c, 'overlap')[0]?.getAttribute('val')).toBe('100');
    expect(addLineGrouping(doc)).toBe(0);
  });

  it('drops cached points without a value, keeping the point count', () => {
    const doc = parseXml(comboChart);
    expect(dropEmptyPoints(doc)).toBe(1);
    expect(descendants(doc, NS.c, 'pt').map((p) => p.getAttribute('idx'))).toEqual(['0', '2']);
    expect(descendants(doc, NS.c, 'ptCount')[0]?.getAttribute('val')).toBe('3');
  });
});

describe('what pptxgenjs itself writes', () => {
  it('still has the defects the fixes are for (so the fixes can be dropped when it no longer does)', async () => {
    const pres = new PptxGenJS();
    const slide = pres.addSlide();
    const labels = ['a', 'b'];
    slide.addChart(
      [
        { type: 'bar', data: [{ name: 'x', labels, values: [1, 2] }], options: { barGrouping: 'stacked' } },
        { type: 'line', data: [{ name: 'y', labels, values: [3, 4] }], options: {} },
      ],
      {} as unknown as PptxGenJS.OptsChartData[],
    );
    slide.addText([{ text: 'one ', options: { bold: true } }, { text: 'two' }], { x: 1, y: 1, w: 2, h: 1 });
    const zip = await JSZip.loadAsync(await writeBuffer(pres));
    const chartFile = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)) ?? '';
    const chart = parseXml((await zip.file(chartFile)?.async('string')) ?? '');
    expect(removeDanglingAxisIds(chart)).toBeGreaterThan(0);
    expect(addLineGrouping(chart)).toBe(1);
    const slideXml = parseXml((await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '');
    expect(dedupeParagraphProps(slideXml)).toBeGreaterThan(0);
    const workbookFile = Object.keys(zip.files).find((f) => f.endsWith('.xlsx')) ?? '';
    const workbook = await JSZip.loadAsync((await zip.file(workbookFile)?.async('uint8array')) ?? new Uint8Array());
    expect(await workbook.file('xl/tables/table1.xml')?.async('string')).toMatch(/ref="A1:[A-Z]+\d+'"/);
  });
});

describe('slide and notes fixes', () => {
  it('keeps one paragraph-properties element per paragraph, first', () => {
    const doc = parseXml(
      `<p:txBody xmlns:p="${NS.p}" xmlns:a="${NS.a}"><a:p><a:pPr algn="l"/><a:r><a:t>one</a:t></a:r><a:pPr/><a:r><a:t>two</a:t></a:r></a:p></p:txBody>`,
    );
    expect(dedupeParagraphProps(doc)).toBe(1);
    expect(serializeXml(doc)).toContain('<a:p><a:pPr algn="l"/><a:r><a:t>one</a:t></a:r><a:r><a:t>two</a:t></a:r></a:p>');
  });

  it('writes the notes as one paragraph per line, the footnotes’ heading bold', () => {
    const doc = parseXml(
      `<p:notes xmlns:p="${NS.p}" xmlns:a="${NS.a}"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/><a:p><a:r><a:t>all&#13;\nin one</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>`,
    );
    writeNotes(doc, ['[Cue] Pause.', '', 'Spoken & written.', 'Notes on the sources'], 'en-GB', 'Notes on the sources');
    const paragraphs = descendants(doc, NS.a, 'p').map((p) =>
      descendants(p, NS.a, 't')
        .map((t) => t.textContent)
        .join(''),
    );
    expect(paragraphs).toEqual(['[Cue] Pause.', '', 'Spoken & written.', 'Notes on the sources']);
    expect(descendants(doc, NS.a, 'rPr').at(-1)?.getAttribute('b')).toBe('1');
  });
});

describe('embedded workbook fix', () => {
  it('repairs the table range and empties the blank cells', async () => {
    const zip = new JSZip();
    zip.file('xl/tables/table1.xml', '<table ref="A1:D24\'" totalsRowShown="0"/>');
    zip.file('xl/worksheets/sheet1.xml', '<sheetData><row r="2"><c r="B2"><v>1</v></c><c r="C2"><v></v></c></row></sheetData>');
    const fixed = await JSZip.loadAsync(await fixWorkbook(await zip.generateAsync({ type: 'uint8array' })));
    expect(await fixed.file('xl/tables/table1.xml')?.async('string')).toBe('<table ref="A1:D24" totalsRowShown="0"/>');
    expect(await fixed.file('xl/worksheets/sheet1.xml')?.async('string')).toBe(
      '<sheetData><row r="2"><c r="B2"><v>1</v></c><c r="C2"/></row></sheetData>',
    );
  });
});
