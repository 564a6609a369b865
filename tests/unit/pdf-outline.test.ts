import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { planOutline, readOutline, writeOutline, type OutlineDeck } from '../../scripts/lib/pdf-outline.ts';

const deck: OutlineDeck = {
  sections: [
    { number: 1, title: 'Title', slides: [{ id: 'title', title: 'China–Belarus cooperation' }] },
    {
      number: 2,
      title: 'Three decades',
      slides: [
        { id: 'ladder', title: 'The partnership ladder' },
        { id: 'trade', title: 'Trade, 2000–2022' },
      ],
    },
  ],
};

describe('planOutline', () => {
  it('puts each section over its slides, each jumping to its first page', () => {
    // With --fragments "ladder" spans pages 1–3.
    expect(planOutline(deck, ['title', 'ladder', 'ladder', 'ladder', 'trade'])).toEqual([
      { title: '1. Title', page: 0, children: [{ title: 'China–Belarus cooperation', page: 0, children: [] }] },
      {
        title: '2. Three decades',
        page: 1,
        children: [
          { title: 'The partnership ladder', page: 1, children: [] },
          { title: 'Trade, 2000–2022', page: 4, children: [] },
        ],
      },
    ]);
  });

  it('names a slide that is on no page', () => {
    expect(() => planOutline(deck, ['title', 'ladder'])).toThrow('slide "trade" is in the deck but on no page');
  });
});

describe('writeOutline', () => {
  it('survives a save and load, with Unicode titles, and asks viewers to open it', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 5; i++) doc.addPage([960, 540]);
    const plan = planOutline(deck, ['title', 'ladder', 'ladder', 'ladder', 'trade']);
    writeOutline(doc, plan);
    const reloaded = await PDFDocument.load(await doc.save());
    expect(readOutline(reloaded)).toEqual(plan);
    expect(reloaded.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('replaces an earlier outline rather than adding to it', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    writeOutline(doc, [{ title: 'Old', page: 0, children: [] }]);
    writeOutline(doc, [{ title: 'New', page: 0, children: [] }]);
    expect(readOutline(doc).map((n) => n.title)).toEqual(['New']);
  });

  it('refuses an entry that points past the last page', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(() => writeOutline(doc, [{ title: 'Lost', page: 3, children: [] }])).toThrow('points at page 4 of 1');
  });

  it('reads nothing from a PDF without an outline', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(readOutline(doc)).toEqual([]);
  });
});
