import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/deck.ts';
import type { SlidePlan } from '../../scripts/lib/pptx/layout.ts';
import { descendants, fixPackage, NS, parseXml } from '../../scripts/lib/pptx/package.ts';
import { themePalette } from '../../scripts/lib/pptx/style.ts';
import { placeSvg, sizedSvg, svgDataUri, type SvgFallbacks, type SvgRenderer } from '../../scripts/lib/pptx/svg.ts';
import { buildPresentation, writeBuffer } from '../../scripts/lib/pptx/write.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="10"><circle cx="25" cy="25" r="20" fill="#9e1f2c"/></svg>';
/** A 1×1 PNG: what a renderer returns, without a browser. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('SVG pictures', () => {
  it('sizes an SVG for rendering, whatever size it said before', () => {
    expect(sizedSvg(SVG, 300, 150)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 50" width="300" height="150">/);
    expect(svgDataUri('<svg/>')).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`);
  });

  it('places the SVG with its alt text and name, and records the PNG fallback', () => {
    const calls: PptxGenJS.ImageProps[] = [];
    const slide = { addImage: (props: PptxGenJS.ImageProps) => calls.push(props) } as unknown as PptxGenJS.Slide;
    const fallbacks: SvgFallbacks = new Map();
    placeSvg(slide, SVG, { box: { x: 1, y: 1, w: 3, h: 1.5 }, alt: 'A map of the route', name: 'Map (belt-and-road)' }, PNG, fallbacks);
    expect(calls).toEqual([
      { data: svgDataUri(SVG), x: 1, y: 1, w: 3, h: 1.5, altText: 'A map of the route', objectName: 'Map (belt-and-road)' },
    ]);
    expect(fallbacks.get('Map (belt-and-road)')).toBe(PNG);
    expect(() => placeSvg(slide, SVG, { box: { x: 0, y: 0, w: 1, h: 1 }, alt: '', name: 'Map (belt-and-road)' }, PNG, fallbacks)).toThrow(
      'already used',
    );
    expect(() => placeSvg(slide, '<div/>', { box: { x: 0, y: 0, w: 1, h: 1 }, alt: '', name: 'x' }, PNG, fallbacks)).toThrow('not an SVG');
  });

  // loadDeck draws the maps from geodata: seconds on a loaded machine.
  it('ends up in the file as an SVG with the rendered PNG as its fallback', { timeout: 20_000 }, async () => {
    const deck = loadDeck();
    const first = deck.slides[0];
    if (!first) throw new Error('empty deck');
    const one = { ...deck, slides: [first] };
    const plans: SlidePlan[] = [
      {
        id: first.id,
        footer: 'F',
        scale: 1,
        warnings: [],
        items: [{ kind: 'svg', name: 'Map', box: { x: 100, y: 100, w: 400, h: 200 }, svg: SVG, alt: 'A map of the route' }],
      },
    ];
    const asked: [number, number][] = [];
    const renderer: SvgRenderer = {
      png: (_svg, w, h) => {
        asked.push([w, h]);
        return Promise.resolve(PNG);
      },
      close: () => Promise.resolve(),
    };
    const palette = themePalette();
    const { pres, fallbacks } = await buildPresentation({ deck: one, plans, palette, svg: renderer });
    expect(asked).toEqual([[400, 200]]);
    const { buffer, report } = await fixPackage(await writeBuffer(pres), {
      deck: one,
      plans,
      fallbacks,
      lang: 'en-GB',
      bullets: new Map(),
      labelColour: '000000',
    });
    expect(report.pictures).toBe(1);
    const zip = await JSZip.loadAsync(buffer);
    const slide = parseXml((await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '');
    const pic = descendants(slide, NS.p, 'pic')[0];
    expect(pic && descendants(pic, NS.p, 'cNvPr')[0]?.getAttribute('descr')).toBe('A map of the route');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/'));
    expect(media.some((f) => f.endsWith('.svg'))).toBe(true);
    const png = media.find((f) => f.endsWith('.png')) ?? '';
    expect(Buffer.from((await zip.file(png)?.async('uint8array')) ?? [])).toEqual(PNG);
  });
});
