/**
 * Entry point: reveal.js over the slides already in the page, then one controller per concern.
 * Chart.js is not imported here: the chart controller loads it when a chart slide is near.
 */
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/theme.css';
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { revealConfig } from './app/reveal-config.ts';
import { signalReadyWhenSettled } from './app/ready.ts';
import { viewFromUrl } from './app/view-mode.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('index.html has no .reveal element');

const view = viewFromUrl(window.location.search);
const deck = new Reveal(root, {
  ...revealConfig,
  view: view === 'slides' ? null : view,
  plugins: [Notes],
});

await deck.initialize();
document.documentElement.dataset.view = view;
void signalReadyWhenSettled();
