/**
 * The maps at full size, for phones (issue 21): a map drawn for a 1180 px slide shrinks to a third on a
 * 390 px screen, its labels to 4–6 px. "Open the map" shows it in a full-screen dialog at a scale
 * where its smallest label is at least 12 px, to pan by scrolling (and to zoom with the buttons or
 * by pinching). The drawing is moved into the dialog, not copied (its ids and scoped style stay
 * unique), and moved back when the dialog closes.
 */
import { esc as escText } from '../base/html.ts';
import { appWords } from './words.ts';
import { showModal } from './modal.ts';

/** The smallest label size on screen, in CSS px. */
export const MIN_LABEL_PX = 12;
const ZOOM_STEP = 1.4;

/** The smallest font size of the drawing's text, in its own units (px of its viewBox). */
function smallestFont(svg: SVGSVGElement): number {
  const sizes = [...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize)).filter((n) => n > 0);
  return sizes.length ? Math.min(...sizes) : 16;
}

function createDialog(): { dialog: HTMLDialogElement; title: HTMLElement; pan: HTMLElement; zoom: (factor: number) => void } {
  const dialog = document.createElement('dialog');
  dialog.className = 'kit-dialog map-dialog';
  dialog.setAttribute('aria-labelledby', 'map-dialog-title');
  const words = appWords();
  dialog.innerHTML =
    `<div class="kit-dialog-head"><h2 id="map-dialog-title"></h2>` +
    `<div class="map-dialog-tools">` +
    `<button type="button" class="deck-tool" data-zoom="out">${escText(words.zoomOut)}</button>` +
    `<button type="button" class="deck-tool" data-zoom="in">${escText(words.zoomIn)}</button>` +
    `<button type="button" class="deck-tool" data-close>${escText(words.close)}</button></div></div>` +
    `<div class="map-pan" tabindex="0" role="group" aria-label="${escText(words.mapPan)}"></div>`;
  const title = dialog.querySelector<HTMLElement>('h2');
  const pan = dialog.querySelector<HTMLElement>('.map-pan');
  if (!title || !pan) throw new Error('map dialog markup');
  const zoom = (factor: number): void => {
    const now = Number.parseFloat(pan.style.getPropertyValue('--map-width')) || pan.clientWidth;
    const base = Number(pan.dataset.baseWidth) || now;
    // Keep the point at the centre of the view where it is.
    const cx = (pan.scrollLeft + pan.clientWidth / 2) / now;
    const cy = (pan.scrollTop + pan.clientHeight / 2) / (pan.scrollHeight || 1);
    const next = Math.min(base * 4, Math.max(base, now * factor));
    pan.style.setProperty('--map-width', `${Math.round(next)}px`);
    pan.scrollLeft = cx * next - pan.clientWidth / 2;
    pan.scrollTop = cy * pan.scrollHeight - pan.clientHeight / 2;
  };
  dialog.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-zoom]') : null;
    if (button) zoom(button.dataset.zoom === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
  });
  document.body.append(dialog);
  return { dialog, title, pan, zoom };
}

/** Wires the article's "Open the map" buttons; returns a function that closes the viewer and unwires them. */
export function installMapViewer(article: HTMLElement): () => void {
  let viewer: ReturnType<typeof createDialog> | undefined;
  let restore: (() => void) | undefined;

  const open = (figure: HTMLElement): void => {
    const art = figure.querySelector<HTMLElement>('.map-art');
    const svg = art?.querySelector<SVGSVGElement>('svg');
    if (!art || !svg) return;
    viewer ??= createDialog();
    const { dialog, title, pan } = viewer;
    title.textContent = svg.querySelector('title')?.textContent ?? 'Map';
    pan.append(svg);
    restore = () => {
      art.append(svg);
      restore = undefined;
    };
    dialog.addEventListener('close', () => restore?.(), { once: true });
    showModal(dialog);
    // Wide enough that the smallest label reads at MIN_LABEL_PX, and never narrower than the screen.
    const frame = svg.viewBox.baseVal.width || svg.getBoundingClientRect().width;
    const width = Math.max(pan.clientWidth, (frame * MIN_LABEL_PX) / smallestFont(svg));
    pan.dataset.baseWidth = String(Math.round(width));
    pan.style.setProperty('--map-width', `${Math.round(width)}px`);
    // Start at the middle of the map.
    pan.scrollLeft = (pan.scrollWidth - pan.clientWidth) / 2;
    pan.scrollTop = (pan.scrollHeight - pan.clientHeight) / 2;
    pan.focus();
  };

  const onClick = (event: MouseEvent): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.map-open') : null;
    const figure = button?.closest<HTMLElement>('figure.map');
    if (figure) open(figure);
  };
  article.addEventListener('click', onClick);
  return () => {
    article.removeEventListener('click', onClick);
    if (viewer?.dialog.open) viewer.dialog.close();
    restore?.();
    viewer?.dialog.remove();
    viewer = undefined;
  };
}
