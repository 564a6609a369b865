/**
 * The reading view: the talk without the speaker. reveal.js's scroll view lays the slides one
 * under another; the theme reflows each slide to the column and shows its speaker notes beneath
 * it as the narration, with each chart's data table. It opens from the deck bar ("Read" / "R"),
 * from `?view=scroll`, and by default on narrow screens (reveal.js's `scrollActivationWidth`).
 *
 * reveal.js 6.0.2's scroll view assumes pages of equal height (it maps the scroll fraction to a
 * slide). Pages here are as tall as their slide and narration, so this module replaces that
 * mapping with one read from the pages' positions, shows every fragment at once (a reader has
 * no clicker), and keeps the current slide in the URL so that a reload or a shared link lands
 * where the reader was. Switching views keeps the current slide.
 *
 * Also here: the deck bar (contents, view switch, search, PDF), the lazily loaded search plugin,
 * and touch (swipes in the slide view, native scrolling in the reading view).
 */
import type { RevealApi } from 'reveal.js';
import type { SearchPlugin } from 'reveal.js/plugin/search';
import { createToc, type Toc } from './toc.ts';

/** `toggleScrollView`/`isScrollView` exist in reveal.js 6.0.2 but not in its typings. */
interface ScrollViewApi {
  toggleScrollView(override?: boolean): void;
  isScrollView(): boolean;
}

/** The parts of reveal.js's internal ScrollView instance that this module replaces or calls. */
interface ScrollPage {
  readonly slideElement: HTMLElement;
  readonly pageElement?: HTMLElement;
}
interface SlideTrigger {
  readonly page: ScrollPage;
  active?: boolean;
}
interface ScrollViewInternals {
  slideTriggers?: SlideTrigger[];
  isActive(): boolean;
  syncPages(): void;
  syncScrollPosition(): void;
  scrollToSlide(slide: HTMLElement): void;
  createFragmentTriggersForPage(...args: unknown[]): number;
  restoreScrollPosition(): void;
  storeScrollPosition(): void;
  activateTrigger(trigger: SlideTrigger): void;
  deactivateTrigger(trigger: SlideTrigger): void;
  next(): void;
  prev(): void;
}

const SCROLL_VIEW_METHODS = [
  'isActive',
  'syncPages',
  'syncScrollPosition',
  'scrollToSlide',
  'createFragmentTriggersForPage',
  'restoreScrollPosition',
  'storeScrollPosition',
  'activateTrigger',
  'deactivateTrigger',
  'next',
  'prev',
] as const;

function isScrollViewInternals(value: unknown): value is ScrollViewInternals {
  if (typeof value !== 'object' || value === null) return false;
  return SCROLL_VIEW_METHODS.every((name) => typeof Reflect.get(value, name) === 'function');
}

function hasScrollViewApi(deck: RevealApi): deck is RevealApi & ScrollViewApi {
  return typeof Reflect.get(deck, 'toggleScrollView') === 'function' && typeof Reflect.get(deck, 'isScrollView') === 'function';
}

export type DeckView = 'slides' | 'reading';

/** Which view the URL asks for, or null to let the screen width decide. Pure. */
export function requestedView(search: string): DeckView | null {
  const view = new URLSearchParams(search).get('view');
  if (view === 'scroll' || view === 'reader' || view === 'reading') return 'reading';
  if (view === 'slides') return 'slides';
  return null;
}

/** The same URL with the view recorded (reading) or removed (slides); keeps every other parameter. Pure. */
export function urlForView(href: string, view: DeckView, narrowDefault: boolean): string {
  const url = new URL(href);
  if (view === 'reading') url.searchParams.set('view', 'scroll');
  else if (narrowDefault) url.searchParams.set('view', 'slides');
  else url.searchParams.delete('view');
  return url.toString();
}

/** How far layout may move an anchored slide (CSS px) before a scroll counts as leaving it. */
const ANCHOR_SLACK = 64;
/** Gap between the deck bar and a slide scrolled to, in CSS px. */
const READING_GAP = 12;
const READ_KEY = { keyCode: 82, key: 'R', description: 'Reading view / slides' } as const;

/**
 * Installs the reading view. Call before `deck.initialize()`: it registers a plugin, and
 * reveal.js initialises plugins before it can activate the scroll view.
 */
export function installReadingView(deck: RevealApi): void {
  const search = window.location.search;
  // Print view and the speaker view's preview frames show slides only, whatever their width.
  if (/print-pdf/i.test(search) || new URLSearchParams(search).get('view') === 'print') return;
  const receiver = /receiver/i.test(search);
  deck.registerPlugin({
    id: 'reading-view',
    init: (internal) => {
      const config = deck.getConfig();
      const asked = requestedView(search);
      const width = config.scrollActivationWidth;
      const narrowDefault = typeof width === 'number' && width > 0 && window.innerWidth <= width;
      if (asked === 'reading') config.view = 'scroll';
      if (receiver || asked === 'slides') {
        config.scrollActivationWidth = 0;
        config.view = null;
      }
      const scroll: unknown = Reflect.get(internal, 'scroll');
      if (!isScrollViewInternals(scroll) || !hasScrollViewApi(deck)) {
        console.warn('reading view: this reveal.js has no scroll view API as 6.0.2 has; the reading view is off');
        return;
      }
      const reading = new ReadingView(deck, scroll, receiver, narrowDefault);
      // The bar is in place before reveal.js first lays out the page, so adding it shifts nothing.
      reading.buildUi();
      deck.on('ready', () => reading.start());
    },
  });
}

class ReadingView {
  /** The slide a programmatic scroll put at the top, kept there while fonts and charts settle. */
  private anchor: HTMLElement | null = null;
  /** The scrollTop the last jump set: a different one means something else has scrolled since. */
  private anchorTop = 0;
  private toc: Toc | null = null;
  private viewButton: HTMLButtonElement | null = null;
  private searchPlugin: Promise<SearchPlugin> | null = null;
  private lastView: DeckView | null = null;
  /** Set once reveal.js has read the URL: before that, the scroll position says nothing about the reader's place. */
  private started = false;
  /** Between a fragment navigation (popstate) and its hashchange, the URL leads and the scroll follows. */
  private navigating = false;
  private pageObserver: ResizeObserver | null = null;

  constructor(
    private readonly deck: RevealApi & ScrollViewApi,
    private readonly scroll: ScrollViewInternals,
    private readonly receiver: boolean,
    /** True when this screen gets the reading view by default (so "slides" must be said in the URL). */
    private readonly narrowDefault: boolean,
  ) {
    this.patchScrollView();
  }

  private get viewport(): HTMLElement {
    return this.deck.getViewportElement() ?? document.body;
  }

  /** Height of whatever is fixed at the top of the reading view (the deck bar). */
  private get topInset(): number {
    const bar = document.querySelector<HTMLElement>('.deck-bar');
    return (bar ? bar.getBoundingClientRect().bottom : 0) + READING_GAP;
  }

  private patchScrollView(): void {
    const scroll = this.scroll;
    const syncPages = scroll.syncPages.bind(scroll);
    // A reader has no clicker: every fragment shows at once, and no page is padded for them.
    scroll.createFragmentTriggersForPage = () => 0;
    // The URL's #/slide-id carries the reader's place; sessionStorage would fight it.
    scroll.restoreScrollPosition = () => undefined;
    scroll.storeScrollPosition = () => undefined;
    scroll.syncPages = () => {
      syncPages();
      this.afterLayout();
    };
    scroll.syncScrollPosition = () => {
      this.keepAnchor();
      this.syncCurrentSlide();
    };
    scroll.scrollToSlide = (slide) => this.scrollToSlide(slide);
    scroll.next = () => this.step(1);
    scroll.prev = () => this.step(-1);
  }

  private pages(): HTMLElement[] {
    return (this.scroll.slideTriggers ?? []).map((t) => t.page.pageElement ?? t.page.slideElement);
  }

  /** The current slide is the last page whose top has passed just under the deck bar. */
  private syncCurrentSlide(): void {
    const triggers = this.scroll.slideTriggers ?? [];
    // Until reveal.js has read the URL, a current slide would be written over the deep link
    // (reveal.js's sync() writes the hash of the current slide, and a phone activates the scroll view inside it).
    if (!this.started || triggers.length === 0) return;
    const line = this.topInset + 4;
    let current = 0;
    this.pages().forEach((page, i) => {
      if (page.getBoundingClientRect().top <= line) current = i;
    });
    triggers.forEach((trigger, i) => {
      if (i === current) this.scroll.activateTrigger(trigger);
      else if (trigger.active) this.scroll.deactivateTrigger(trigger);
    });
    const slide = triggers[current]?.page.slideElement;
    if (slide) this.recordPlace(slide);
  }

  /** Keeps `#/slide-id` current while reading, without adding history entries for scrolling. */
  private recordPlace(slide: HTMLElement): void {
    // A link or back/forward has changed the URL and reveal.js has not followed it yet
    // (hashchange comes a task later): a scroll in between must not write the old place back.
    if (this.navigating) return;
    if (!this.scroll.isActive() || !slide.id) return;
    const hash = `#/${slide.id}`;
    const first = this.pages()[0]?.querySelector('section') === slide;
    if (window.location.hash === hash || (first && window.location.hash === '')) return;
    history.replaceState(history.state, '', hash);
  }

  private scrollToSlide(slide: HTMLElement): void {
    const page = slide.closest<HTMLElement>('.scroll-page') ?? slide;
    const viewport = this.viewport;
    const top = Math.max(0, page.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop - this.topInset);
    viewport.scrollTop = top;
    this.setAnchor(slide);
    this.syncCurrentSlide();
  }

  /** Next/previous slide for PageDown/PageUp/Space/arrows (and clickers) in the reading view. */
  private step(direction: 1 | -1): void {
    const slides = (this.scroll.slideTriggers ?? []).map((t) => t.page.slideElement);
    const at = slides.indexOf(this.deck.getCurrentSlide());
    const target = slides[Math.min(Math.max(at + direction, 0), slides.length - 1)];
    if (target) this.scrollToSlide(target);
  }

  /**
   * Any page changing height (fonts, a chart drawn, a page above laid out for the first time by
   * content-visibility) moves the pages below it: each page is watched, not just the column,
   * because one page can grow while another shrinks and leave the column's height unchanged.
   */
  private observePages(): void {
    if (!this.started || !('ResizeObserver' in window)) return;
    this.pageObserver ??= new ResizeObserver(() => this.reanchor());
    this.pageObserver.disconnect();
    for (const page of this.pages()) this.pageObserver.observe(page);
  }

  /** After reveal.js lays out the pages: room to scroll the last slide to the top, keyboard access to wide tables. */
  private afterLayout(): void {
    this.observePages();
    const pages = this.pages();
    const last = pages.at(-1);
    const slides = this.deck.getSlidesElement();
    if (last && slides) {
      const room = this.viewport.clientHeight - this.topInset - last.getBoundingClientRect().height;
      slides.style.paddingBottom = `${Math.max(room, 24)}px`;
    }
    // A data table may be wider than a phone: its region scrolls sideways, so keyboard users must
    // be able to focus it. Measuring which ones overflow would force layout of pages that
    // content-visibility skips (the costliest part of opening the reading view), so every table
    // region here is a named, focusable region.
    for (const region of document.querySelectorAll<HTMLElement>('.scroll-page .chart-data')) {
      region.tabIndex = 0;
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', `Data table: ${region.querySelector('caption')?.textContent ?? 'chart data'}`);
    }
  }

  /** Contents dialog, deck bar and keys: before reveal.js starts (none of it depends on its layout). */
  buildUi(): void {
    if (this.receiver) return;
    const slides = this.deck.getSlidesElement();
    // The search plugin looks for #slidecontent and searches all of <body> without it.
    if (slides && !document.getElementById('slidecontent')) slides.id = 'slidecontent';
    this.toc = createToc(this.deck, { onNavigate: (id) => this.afterTocJump(id) });
    this.buildBar();
    // Labelled for the view reveal.js is about to open, so the label does not change (and shift) at start.
    const config = this.deck.getConfig();
    const width = config.scrollActivationWidth;
    const reading = config.view === 'scroll' || (this.narrowDefault && typeof width === 'number' && width > 0);
    this.labelViewButton(reading ? 'reading' : 'slides');
    this.deck.addKeyBinding(READ_KEY, () => this.switchTo(this.view() === 'reading' ? 'slides' : 'reading'));
    this.wrapKeyboardCondition();
    this.watchUserScroll();
  }

  start(): void {
    this.started = true;
    if (this.scroll.isActive()) this.syncCurrentSlide();
    if (this.receiver) return;
    // The place is the #/slide-id, which we scroll to ourselves; the browser restoring an old
    // scrollTop on back/forward would race that and land a few pixels off once layout has moved.
    history.scrollRestoration = 'manual';
    window.addEventListener('popstate', () => {
      this.navigating = true;
    });
    // Registered after reveal.js's own hashchange listener, so it runs once reveal.js has moved.
    window.addEventListener('hashchange', () => {
      this.navigating = false;
    });
    // reveal.js switches views by itself when the window crosses scrollActivationWidth.
    window.addEventListener('resize', () => requestAnimationFrame(() => this.syncUi()));
    // main.ts records the URL's view after initialize(); the view on screen is recorded after it.
    setTimeout(() => this.syncUi(), 0);
    this.syncUi();
    // The bar now takes its room above the column: put the slide the URL named back under it.
    if (this.anchor && this.scroll.isActive()) this.scrollToSlide(this.anchor);
    void document.fonts.ready.then(() => this.reanchor());
    this.observePages();
  }

  view(): DeckView {
    return this.deck.isScrollView() ? 'reading' : 'slides';
  }

  switchTo(view: DeckView): void {
    if (view === this.view()) return;
    const config = this.deck.getConfig();
    const slide = this.deck.getCurrentSlide();
    const id = slide.id;
    if (view === 'reading') {
      config.view = 'scroll';
      this.deck.toggleScrollView(true);
    } else {
      config.view = null;
      // A reader on a phone who asks for slides keeps them.
      config.scrollActivationWidth = 0;
      this.deck.toggleScrollView(false);
    }
    // The view is part of the URL, so a reload or a shared link opens the same view.
    history.replaceState(history.state, '', urlForView(window.location.href, view, this.narrowDefault));
    const target = id ? document.getElementById(id) : null;
    if (target) {
      if (view === 'reading') this.scrollToSlide(target);
      else {
        const { h, v } = this.deck.getIndices(target);
        this.deck.slide(h, v);
      }
    }
    this.syncUi();
  }

  /** Brings the toolbar, attributes and touch handling in line with the view on screen. */
  private syncUi(): void {
    const view = this.view();
    const root = document.documentElement;
    root.dataset.view = view === 'reading' ? 'scroll' : 'slides';
    root.classList.toggle('reading-view', view === 'reading');
    // Swipes change slides in the slide view; in the reading view the page just scrolls.
    const reveal = this.deck.getRevealElement();
    if (reveal) reveal.toggleAttribute('data-prevent-swipe', view === 'reading');
    this.labelViewButton(view);
    if (this.lastView !== null && this.lastView !== view) {
      // Leaving the scroll view rebuilds the slides' DOM: controllers holding elements (charts) re-attach on this event.
      document.dispatchEvent(new CustomEvent('deck:viewchange', { detail: { view } }));
    }
    this.lastView = view;
  }

  private labelViewButton(view: DeckView): void {
    if (!this.viewButton) return;
    this.viewButton.textContent = view === 'reading' ? 'Slides' : 'Reading view';
    this.viewButton.setAttribute('aria-label', view === 'reading' ? 'Show as slides' : 'Read as a page, with the narration');
    this.viewButton.title = `${this.viewButton.getAttribute('aria-label') ?? ''} (R)`;
  }

  private afterTocJump(id: string): void {
    if (this.view() !== 'reading') return;
    // Keyboard and screen-reader users continue from the slide they jumped to.
    const slide = document.getElementById(id);
    if (slide) {
      if (!slide.hasAttribute('tabindex')) slide.tabIndex = -1;
      slide.focus({ preventScroll: true });
    }
  }

  /**
   * Holds a jump's slide at the top until something else scrolls. While it holds, the browser's
   * own scroll anchoring is off: it would move scrollTop to keep some other node in view as pages
   * above are laid out, which looks like a foreign scroll; reanchor() does that job for this slide.
   * Free reading keeps scroll anchoring, so content laid out above does not jump the page.
   */
  private setAnchor(slide: HTMLElement | null): void {
    this.anchor = slide;
    this.anchorTop = this.viewport.scrollTop;
    this.viewport.style.overflowAnchor = slide ? 'none' : '';
  }

  /**
   * While nobody has scrolled away since a jump, late layout changes (fonts, charts drawn, pages
   * above laid out by content-visibility) keep the slide in place.
   */
  private reanchor(): void {
    if (!this.keepAnchor()) return;
    if (this.anchor?.isConnected) this.scrollToSlide(this.anchor);
  }

  /**
   * Whether the jump's anchor still holds. The reader's input releases it (watchUserScroll); so does
   * any other scroll that took the slide away from the top (a script's scrollIntoView, find in page,
   * a screen reader). A scroll that left the slide within a few lines of its place is the browser's
   * scroll anchoring or clamping after a layout change, which the anchor is there to correct.
   */
  private keepAnchor(): boolean {
    if (!this.anchor || !this.scroll.isActive()) return false;
    const viewport = this.viewport;
    if (Math.abs(viewport.scrollTop - this.anchorTop) <= 1) return true;
    const page = this.anchor.closest<HTMLElement>('.scroll-page') ?? this.anchor;
    const drift = page.getBoundingClientRect().top - viewport.getBoundingClientRect().top - this.topInset;
    if (Math.abs(drift) > ANCHOR_SLACK) {
      this.setAnchor(null);
      return false;
    }
    this.anchorTop = viewport.scrollTop;
    return true;
  }

  private watchUserScroll(): void {
    const release = (): void => {
      if (this.anchor) this.setAnchor(null);
    };
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) {
      window.addEventListener(type, release, { passive: true, capture: true });
    }
  }

  /** In the reading view, ↑/↓ scroll the page as on any web page; the slide keys still jump by slide. */
  private wrapKeyboardCondition(): void {
    const config = this.deck.getConfig();
    const previous = config.keyboardCondition;
    config.keyboardCondition = (event: KeyboardEvent) => {
      if (this.view() === 'reading' && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return false;
      if (typeof previous === 'function') return previous(event);
      return previous === 'focused' ? this.deck.isFocused() : true;
    };
  }

  private buildBar(): void {
    const bar = document.createElement('header');
    bar.className = 'deck-bar';
    bar.setAttribute('aria-label', 'Deck tools');

    const title = document.createElement('p');
    title.className = 'deck-bar-title';
    title.textContent = document.querySelector('meta[name="twitter:title"]')?.getAttribute('content') ?? document.title;

    const tools = document.createElement('div');
    tools.className = 'deck-bar-tools';

    if (this.toc) {
      const toc = this.toc;
      const contents = button('Contents', 'Table of contents (C)');
      contents.setAttribute('aria-haspopup', 'dialog');
      contents.setAttribute('aria-controls', toc.dialog.id);
      contents.addEventListener('click', () => toc.open());
      tools.append(contents);
    }

    this.viewButton = button('Reading view', '');
    this.viewButton.dataset.tool = 'view';
    this.viewButton.addEventListener('click', () => this.switchTo(this.view() === 'reading' ? 'slides' : 'reading'));
    tools.append(this.viewButton);

    const find = button('Search', 'Search the slides (Ctrl+Shift+F)');
    find.addEventListener('click', () => void this.openSearch());
    tools.append(find);
    this.installSearchKey();

    // build:site adds the PDF beside the deck and announces it with <link rel="alternate" type="application/pdf">.
    const pdf = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/pdf"]');
    if (pdf) {
      const link = document.createElement('a');
      link.className = 'deck-tool';
      link.href = pdf.getAttribute('href') ?? '';
      link.setAttribute('download', '');
      link.textContent = 'PDF';
      link.title = pdf.title || 'Download the slides as PDF';
      link.setAttribute('aria-label', link.title);
      tools.append(link);
    }

    bar.append(title, tools);
    document.body.prepend(bar);
  }

  private loadSearch(): Promise<SearchPlugin> {
    this.searchPlugin ??= import('reveal.js/plugin/search').then(({ default: Search }) => {
      const plugin = Search();
      this.deck.registerPlugin(plugin);
      return plugin;
    });
    return this.searchPlugin;
  }

  private async openSearch(): Promise<void> {
    const plugin = await this.loadSearch();
    plugin.open();
    const input = document.querySelector<HTMLInputElement>('.searchbox input');
    if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', 'Search the slides');
  }

  /** Ctrl+Shift+F before the search plugin is loaded (after that, the plugin listens itself). */
  private installSearchKey(): void {
    const onKey = (event: KeyboardEvent): void => {
      if (this.searchPlugin || event.key !== 'F' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      document.removeEventListener('keydown', onKey);
      void this.openSearch();
    };
    document.addEventListener('keydown', onKey);
  }
}

function button(label: string, title: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'deck-tool';
  b.textContent = label;
  if (title) {
    b.title = title;
    b.setAttribute('aria-label', title.replace(/ \(.*\)$/, ''));
  }
  return b;
}
