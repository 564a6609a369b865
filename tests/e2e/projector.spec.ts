import { expect, test } from '@playwright/test';
import { addTestStyle, slideById, slideIds, waitForDeck } from './support.ts';

/**
 * What the room reads on a 4:3 projector (1024×768): every text on every slide measured as
 * projected (its font size times the slide's scale), body text at 18 px or more, labels (source
 * lines, chart and map labels, captions) at 14 px or more.
 */
test('a 4:3 projector at 1024×768: body text ≥ 18 px and labels ≥ 14 px as projected, on every slide', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?view=slides');
  await waitForDeck(page);
  // Every build step shown: the slide is measured as it is when fully built.
  await addTestStyle(page, '.reveal .slides section .fragment { opacity: 1 !important; visibility: visible !important; }');
  const ids = await slideIds(page);
  const smallest: Record<string, { body: number; label: number }> = {};
  const report: string[] = [];
  for (const id of ids) {
    await page.evaluate((target) => {
      window.location.hash = `#/${target}`;
    }, id);
    await expect(page.locator(slideById(id))).toHaveClass(/\bpresent\b/);
    const sizes = await page.locator(slideById(id)).evaluate((section) => {
      const scale = section.getBoundingClientRect().width / (section as HTMLElement).offsetWidth;
      const body: number[] = [];
      const label: number[] = [];
      const BODY = '.points li, .lead, .timeline .what, .compare li, .figures dd, .document-title';
      for (const el of section.querySelectorAll<HTMLElement>('.slide-inner *')) {
        if (el.closest('aside.notes, .visually-hidden, .chart-data, .slide-footnotes, svg')) continue;
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        const style = getComputedStyle(el);
        if (!own || style.display === 'none' || style.visibility === 'hidden') continue;
        const size = Number.parseFloat(style.fontSize) * scale;
        (el.closest(BODY) ? body : label).push(size);
      }
      // Map labels: SVG text in user units, scaled with the drawing.
      for (const svg of section.querySelectorAll<SVGSVGElement>('svg')) {
        const box = svg.viewBox.baseVal;
        const ratio = box.width ? svg.getBoundingClientRect().width / box.width : scale;
        for (const text of svg.querySelectorAll('text')) label.push(Number.parseFloat(getComputedStyle(text).fontSize) * ratio);
      }
      // Chart labels: drawn by Chart.js at the size the figure asks for, in slide pixels.
      for (const figure of section.querySelectorAll<HTMLElement>('figure.chart')) {
        const asked = Number.parseFloat(getComputedStyle(figure).getPropertyValue('--chart-font-size')) || 18;
        label.push(asked * scale);
      }
      return { body: Math.min(...body, 99), label: Math.min(...label, 99) };
    });
    smallest[id] = { body: Math.round(sizes.body * 10) / 10, label: Math.round(sizes.label * 10) / 10 };
    if (sizes.body < 18) report.push(`${id}: body text at ${sizes.body.toFixed(1)} px`);
    if (sizes.label < 14) report.push(`${id}: a label at ${sizes.label.toFixed(1)} px`);
  }
  test.info().annotations.push({ type: 'smallest text as projected (px)', description: JSON.stringify(smallest) });
  expect(report).toEqual([]);
});

/**
 * The audience's slide number (bottom left) and the arrows (bottom right) are fixed to the screen,
 * not the slide: on a 4:3 projector the slide fills the screen, and the number sat on the source
 * line. On every slide, fully built, at a 1080p screen and a 4:3 projector, no text of
 * the slide lies under either, and nothing overflows the slide.
 */
// (1280×720 is 1920×1080's layout scaled: the same slide, the same places.)
for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
] as const) {
  test(`${width}×${height}: the slide number and the arrows sit on no text of any slide, and no slide overflows`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto('./?view=slides');
    await waitForDeck(page);
    await addTestStyle(page, '.reveal .slides section .fragment { opacity: 1 !important; visibility: visible !important; }');
    const problems: string[] = [];
    for (const id of await slideIds(page)) {
      await page.evaluate((target) => {
        window.location.hash = `#/${target}`;
      }, id);
      await expect(page.locator(slideById(id))).toHaveClass(/\bpresent\b/);
      const found = await page.locator(slideById(id)).evaluate((section) => {
        const fixed = [
          ['the slide number', document.querySelector('.reveal .slide-number')],
          ['the arrows', document.querySelector('.reveal .controls')],
        ] as const;
        const under: string[] = [];
        for (const el of section.querySelectorAll<HTMLElement>('.slide-inner *')) {
          if (el.closest('aside.notes, .visually-hidden, .chart-data, .slide-footnotes')) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
          const style = getComputedStyle(el);
          if (!own || style.display === 'none' || style.visibility === 'hidden') continue;
          for (const rect of el.getClientRects())
            for (const [name, over] of fixed) {
              const box = over?.getBoundingClientRect();
              if (box && rect.width > 0 && rect.right > box.left && rect.left < box.right && rect.bottom > box.top && rect.top < box.bottom)
                under.push(`${name} over “${el.textContent.trim().slice(0, 40)}”`);
            }
        }
        const inner = section.querySelector<HTMLElement>('.slide-inner');
        if (inner && inner.scrollHeight > inner.clientHeight + 1) under.push(`overflows by ${inner.scrollHeight - inner.clientHeight} px`);
        return [...new Set(under)];
      });
      problems.push(...found.map((p) => `${id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
}
