import { loadDeck } from '../src/deck.ts';
import { planDeck } from '../scripts/lib/pptx/export.ts';
import { legendRows, barLinePlot } from '../scripts/lib/pptx/write.ts';
for (const edition of ['en', 'ru', 'zh']) {
  const plans = planDeck(loadDeck({ edition }));
  for (const p of plans) for (const i of p.items) if (i.kind === 'chart' && i.chart.kind === 'bar-line') console.log(edition, i.name, i.box, legendRows(i.chart, i.box.w), barLinePlot(i.box, legendRows(i.chart, i.box.w)));
}
