/**
 * Entry point: reveal.js over the slides already in the page, then one controller per concern.
 * Chart.js is not imported here: the chart controller loads it when a chart slide is near;
 * the speaker view (notes plugin) and search are loaded on first use too.
 */
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/theme.css';
import './theme/kit.css';
import Reveal from 'reveal.js';
import { revealConfig, type DeckRevealConfig } from './app/reveal-config.ts';
import { signalReadyWhenSettled } from './app/ready.ts';
import { viewFromUrl } from './app/view-mode.ts';
import { installReadingView } from './app/reading.ts';
import { installPrintView } from './app/print.ts';
import { installCharts } from './charts/controller.ts';
import { installSpeakerView } from './app/speaker-view.ts';
import { installAliases } from './app/aliases.ts';
import { installKit } from './kit.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('index.html has no .reveal element');

// Links to a slide's earlier id land on the slide (before reveal.js reads the address).
installAliases(root);
const view = viewFromUrl(window.location.search);
// The talk's length is the sum of the slides' planned times (validated at build time).
const totalTime = [...root.querySelectorAll<HTMLElement>('.slides > section[data-timing]')].reduce(
  (sum, s) => sum + Number(s.dataset.timing),
  0,
);
const config: DeckRevealConfig = {
  ...revealConfig,
  view: view === 'slides' ? null : view,
  totalTime,
  // Print view (?print-pdf): page size, fragments, handout, and the "print layout" ready task.
  ...installPrintView(root, view, window.location.search),
};
const deck = new Reveal(root, config);
// Charts: listens for print layout before initialize(); Chart.js itself is loaded only near a chart slide.
const charts = installCharts(root, view);

// Reading view, contents, search, deck bar: registered before initialize() so it can shape the scroll view.
installReadingView(deck);
await deck.initialize();
// The speaker view ("S") is loaded on first use.
installSpeakerView(deck);
// Presenter's kit: rehearsal timing (H, ?rehearse) and its report, "Cite this talk" (src/kit.ts).
installKit(deck);
// Before the ready signal: in print and reading views it waits for every chart.
charts.attach(deck);
document.documentElement.dataset.view = view;
void signalReadyWhenSettled();
