/**
 * The speaker view (`?speaker`, opened by S in the presenting window): the deck's own page, built
 * from the resolved deck in the page (the slides' template: notes, cues, click marks, timings) and
 * driven through reveal.js's public postMessage API, so it runs under a strict Content-Security-
 * Policy (no inline script or style) and from the portable file.
 *
 * - Now and Next are previews of the deck itself (`?receiver` frames, no deck bar, no keys of
 *   their own), set to the presenting window's state after every change: they never lead the room.
 *   They take the room's layout (16:9, or 4:3 on a squarer projector), so they show its line breaks.
 * - The script shows each click mark (▶) numbered, the ones passed dimmed and the next one
 *   highlighted; "step k of n"; it scrolls with ↑/↓ and grows with +/−.
 * - The clock starts with the first change of slide (or Start, K), pauses and resets (X); the
 *   whole talk is timed against the slot, with a warning from one minute left and when over.
 * - Keys (the one key map's speaker entries) go to the presenting window as commands.
 */
import { LIVE_PATHS } from '../live/paths.ts';
import { TOKEN_KEY } from './live-role.ts';
import { entryFor, helpTable, inField, type DeckAction } from './keys.ts';
import { confirmDialog, openKeysHelp, showModal } from './modal.ts';
import { appWords, countText, pageLocale } from './words.ts';
import { esc as escText } from '../base/html.ts';
import { fill, type AppWords, type SpeakerWords } from '../model/messages.ts';
import {
  clock,
  envelope,
  isReceiverReady,
  parseToSpeaker,
  slotState,
  Stopwatch,
  trustedOrigin,
  type Command,
  type DeckState,
  type ToDeck,
} from './speaker-protocol.ts';

export interface SpeakerWindowOptions {
  readonly template: HTMLTemplateElement;
  readonly now?: () => number;
}

/** The keys line at the foot: the keys as the key map writes them, each with its word or two. */
const FOOTER_KEYS: readonly (readonly [string, keyof SpeakerWords['footer']])[] = [
  ['<kbd>→</kbd>', 'next'],
  ['<kbd>←</kbd>', 'back'],
  ['<kbd>V</kbd>', 'statistics'],
  ['<kbd>B</kbd>', 'blackout'],
  ['<kbd>K</kbd>', 'clock'],
  ['<kbd>X</kbd>', 'reset'],
  ['<kbd>↑</kbd><kbd>↓</kbd>', 'scroll'],
  ['<kbd>+</kbd><kbd>−</kbd>', 'size'],
  ['<kbd>W</kbd>', 'rehearse'],
  ['<kbd>?</kbd>', 'allKeys'],
];

/** The speaker view's layout, in the page's words. */
export function speakerLayout(w: SpeakerWords): string {
  const e = escText;
  const footer = FOOTER_KEYS.map(([keys, word]) => `${keys} ${e(w.footer[word])}`).join(' · ');
  return `
<div class="speaker">
  <header class="speaker-top">
    <p class="speaker-where"><span class="speaker-slide">${e(w.waiting)}</span> <span class="speaker-step"></span> <span class="speaker-status" role="status"></span> <span class="speaker-live" hidden></span></p>
    <div class="speaker-clocks">
      <p class="speaker-clock" data-clock="talk"><span class="speaker-clock-label">${e(w.talkClock)}</span> <span class="speaker-clock-value">0:00</span> <span class="speaker-clock-of"></span></p>
      <p class="speaker-clock" data-clock="slide"><span class="speaker-clock-label">${e(w.slideClock)}</span> <span class="speaker-clock-value">0:00</span> <span class="speaker-clock-of"></span></p>
      <button type="button" class="deck-tool" data-do="clock-toggle"><span class="speaker-toggle-label">${e(w.start)}</span> <kbd>K</kbd></button>
      <button type="button" class="deck-tool" data-do="clock-reset">${e(w.reset)} <kbd>X</kbd></button>
    </div>
  </header>
  <section class="speaker-pane speaker-current" aria-label="${e(w.nowRegion)}"><h2 class="speaker-label">${e(w.now)}</h2><div class="speaker-box"><div class="speaker-frame"><iframe title="${e(w.nowFrame)}" tabindex="-1"></iframe></div></div></section>
  <section class="speaker-pane speaker-next" aria-label="${e(w.nextRegion)}"><h2 class="speaker-label">${e(w.next)}</h2><div class="speaker-box"><div class="speaker-frame"><iframe title="${e(w.nextFrame)}" tabindex="-1"></iframe><p class="speaker-end" hidden>${e(w.end)}</p></div></div></section>
  <section class="speaker-notes" aria-label="${e(w.script)}" tabindex="0"><div class="speaker-notes-body"></div></section>
  <footer class="speaker-keys">${footer}</footer>
</div>`;
}

export function startSpeakerWindow(options: SpeakerWindowOptions): void {
  const now = options.now ?? (() => Date.now());
  const root = document.documentElement;
  root.dataset.view = 'speaker';
  const words = appWords();
  const w = words.speaker;
  document.title = fill(w.windowTitle, { title: document.title });
  // The deck bar and the page's dialogs belong to the presenting window.
  document.querySelector('.deck-bar')?.remove();
  const host = document.getElementById('main') ?? document.body;
  host.innerHTML = speakerLayout(w);

  const q = (selector: string): HTMLElement => {
    const found = host.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`speaker view lacks ${selector}`);
    return found;
  };
  const slideText = q('.speaker-slide');
  const stepText = q('.speaker-step');
  const status = q('.speaker-status');
  watchFollowers(q('.speaker-live'), words);
  const talkClock = q('[data-clock="talk"]');
  const slideClock = q('[data-clock="slide"]');
  const toggle = q('[data-do="clock-toggle"]');
  const notes = q('.speaker-notes');
  const notesBody = q('.speaker-notes-body');
  const frame = (selector: string): HTMLIFrameElement => {
    const found = q(selector);
    if (!(found instanceof HTMLIFrameElement)) throw new Error(`speaker view: ${selector} is not a frame`);
    return found;
  };
  const currentFrame = frame('.speaker-current iframe');
  const nextFrame = frame('.speaker-next iframe');
  const end = q('.speaker-end');

  const numbers = new Intl.NumberFormat(root.lang || 'en');
  const number = (n: number): string => numbers.format(n);
  const sections = new Map([...options.template.content.querySelectorAll<HTMLElement>('section.slide')].map((s) => [s.id, s]));
  const order = [...sections.keys()];
  const watch = new Stopwatch(now);
  let state: DeckState | null = null;
  let first: DeckState | null = null;
  let notesSize = 22;

  // `window.opener` is typed `any`: read once, as what it is or nothing.
  const opener = (): Window | null => {
    const found: unknown = window.opener;
    return typeof found === 'object' && found !== null && 'postMessage' in found ? (found as Window) : null;
  };
  const targetOrigin = window.location.protocol === 'file:' ? '*' : window.location.origin;
  const tell = (message: ToDeck): void => {
    const win = opener();
    if (win && !win.closed) win.postMessage(envelope(message), targetOrigin);
  };
  const command = (c: Command): void => tell({ kind: 'command', command: c });

  // The previews: the deck itself, told where to be (reveal.js's postMessage API: setState).
  const base = new URL(window.location.href);
  base.search = '?receiver';
  const frameAt = (frame: HTMLIFrameElement, indexh: number, indexf: number): void => {
    const id = order[indexh] ?? '';
    if (!frame.src) {
      base.hash = `#/${id}`;
      frame.src = base.toString();
      frame.dataset.want = `${indexh}:${indexf}`;
      return;
    }
    frame.dataset.want = `${indexh}:${indexf}`;
    drive(frame);
  };
  const drive = (frame: HTMLIFrameElement): void => {
    if (frame.dataset.ready !== 'true') return;
    const [h, f] = (frame.dataset.want ?? '0:-1').split(':').map(Number);
    const message = { method: 'setState', args: [{ indexh: h, indexv: 0, indexf: f, paused: false, overview: false }] };
    frame.contentWindow?.postMessage(JSON.stringify(message), targetOrigin);
  };

  /** The script of the current slide, its click marks numbered: passed, next, to come. */
  const renderNotes = (s: DeckState, slideChanged: boolean): void => {
    if (slideChanged) {
      const aside = sections.get(s.id)?.querySelector('aside.notes');
      notesBody.replaceChildren(...[...(aside?.children ?? [])].map((c) => c.cloneNode(true)));
      notesBody.querySelectorAll<HTMLElement>('.click-mark').forEach((mark, i) => {
        mark.dataset.step = String(i + 1);
        mark.textContent = `▶${i + 1}`;
      });
      notes.scrollTop = 0;
    }
    let next: HTMLElement | null = null;
    for (const mark of notesBody.querySelectorAll<HTMLElement>('.click-mark')) {
      const k = Number(mark.dataset.step);
      mark.classList.toggle('click-done', k <= s.step);
      mark.classList.toggle('click-next', k === s.step + 1);
      if (k === s.step + 1) next = mark;
    }
    // Keep the next click in sight on long scripts.
    if (next && !slideChanged) next.scrollIntoView({ block: 'nearest' });
  };

  const renderClocks = (): void => {
    const elapsed = watch.elapsed();
    const slot = state?.slot ?? 0;
    const talk = slotState(elapsed, slot);
    talkClock.dataset.state = talk;
    const talkValue = talkClock.querySelector('.speaker-clock-value');
    const talkOf = talkClock.querySelector('.speaker-clock-of');
    if (talkValue) talkValue.textContent = clock(elapsed);
    if (talkOf)
      talkOf.textContent =
        slot <= 0
          ? ''
          : talk === 'over'
            ? fill(w.slotOver, { over: clock(elapsed - slot), slot: clock(slot) })
            : fill(w.slotLeft, { slot: clock(slot), left: clock(slot - elapsed) });
    const onSlide = watch.onSlide();
    const planned = state?.timing ?? 0;
    slideClock.dataset.state = planned > 0 && onSlide > planned ? 'over' : 'ok';
    const slideValue = slideClock.querySelector('.speaker-clock-value');
    const slideOf = slideClock.querySelector('.speaker-clock-of');
    if (slideValue) slideValue.textContent = clock(onSlide);
    if (slideOf) slideOf.textContent = planned > 0 ? fill(w.plannedOf, { planned: clock(planned) }) : '';
    const label = toggle.querySelector('.speaker-toggle-label');
    if (label) label.textContent = watch.running ? w.pause : elapsed > 0 ? w.resume : w.start;
    root.dataset.clock = watch.running ? 'running' : 'stopped';
  };

  const render = (s: DeckState, previous: DeckState | null): void => {
    const slideChanged = previous?.id !== s.id;
    if (slideChanged) watch.newSlide();
    const section = sections.get(s.id);
    const appendix = section?.hasAttribute('data-appendix') === true;
    slideText.textContent = appendix
      ? fill(words.appendixNumber, { label: s.label })
      : fill(w.slideOf, { label: s.label, n: number(s.spoken) });
    stepText.textContent = s.steps > 0 ? fill(w.stepOf, { step: number(s.step), n: number(s.steps) }) : '';
    status.textContent = [s.paused ? w.blackout : '', s.rehearsing ? w.rehearsing : ''].filter(Boolean).join(w.separator);
    root.toggleAttribute('data-blackout', s.paused);
    // The previews have the room's shape, so each lays its slide out as the room's screen does.
    root.dataset.layout = s.layout;
    root.dataset.speakerState = `${s.id}:${s.indexf}`;
    frameAt(currentFrame, s.indexh, s.indexf);
    end.hidden = s.upcoming !== null;
    nextFrame.hidden = s.upcoming === null;
    if (s.upcoming) frameAt(nextFrame, s.upcoming.indexh, s.upcoming.indexf);
    renderNotes(s, slideChanged);
    renderClocks();
  };

  const onMessage = (event: MessageEvent): void => {
    if (!trustedOrigin(event, window.location)) return;
    if (isReceiverReady(event.data)) {
      const frame = [currentFrame, nextFrame].find((f) => f.contentWindow === event.source);
      if (frame) {
        frame.dataset.ready = 'true';
        drive(frame);
      }
      return;
    }
    if (event.source !== opener()) return;
    const message = parseToSpeaker(event.data);
    if (!message) return;
    if (message.kind === 'state') {
      const previous = state;
      state = message.state;
      if (first === null) first = state;
      // The clock starts with the talk's first change of slide or step, not when this window opened.
      else if (!watch.running && watch.elapsed() === 0 && (state.id !== first.id || state.indexf !== first.indexf)) watch.start();
      if (JSON.stringify(previous) !== JSON.stringify(state)) render(state, previous);
    } else if (message.kind === 'ask-rehearse') {
      void confirmDialog({
        title: words.rehearsal.askTitle,
        text: words.rehearsal.askSpeaker,
        confirm: words.rehearsal.askStart,
        cancel: words.rehearsal.askCancel,
      }).then((yes) => {
        if (yes) tell({ kind: 'rehearse-confirmed' });
      });
    } else if (message.kind === 'report') {
      void openReport();
    }
  };
  window.addEventListener('message', onMessage);

  const act = (action: DeckAction): void => {
    switch (action) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
      case 'blackout':
      case 'switch-view':
      case 'rehearse':
        command(action);
        break;
      case 'clock-toggle':
        watch.toggle();
        renderClocks();
        break;
      case 'clock-reset':
        watch.reset();
        watch.newSlide();
        renderClocks();
        break;
      case 'notes-down':
      case 'notes-up':
        break;
      case 'notes-bigger':
      case 'notes-smaller':
        notesSize = Math.min(40, Math.max(14, notesSize + (action === 'notes-bigger' ? 2 : -2)));
        notes.style.setProperty('--notes-size', `${notesSize}px`);
        break;
      case 'help':
        openKeysHelp(helpTable('speaker', words.keys));
        break;
      default:
        break;
    }
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || inField(event)) return;
    const entry = entryFor(event, 'speaker');
    if (!entry) return;
    event.preventDefault();
    if (entry.action === 'notes-down') {
      // ↑ and ↓ scroll the script by most of its height.
      notes.scrollBy({ top: (event.key === 'ArrowUp' ? -0.8 : 0.8) * notes.clientHeight });
      return;
    }
    if (entry.action === 'notes-bigger' && event.key === '-') act('notes-smaller');
    else act(entry.action);
  });
  host.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-do]')?.dataset.do : undefined;
    if (action === 'clock-toggle' || action === 'clock-reset') act(action);
  });

  async function openReport(): Promise<void> {
    const [{ openReportDialog }, { RehearsalStore }, { STORE_KEY }] = await Promise.all([
      import('../rehearsal/report.ts'),
      import('../rehearsal/store.ts'),
      import('../rehearsal/index.ts'),
    ]);
    let storage: Storage | null;
    try {
      storage = window.localStorage;
    } catch {
      storage = null;
    }
    openReportDialog({ store: new RehearsalStore(storage, STORE_KEY), showModal, locale: pageLocale() });
  }

  // Hello now and every two seconds: the presenting window (or its reload) adopts this window and answers with its state.
  const hello = (): void => {
    tell({ kind: 'hello' });
    root.toggleAttribute('data-disconnected', !opener() || opener()?.closed === true);
  };
  hello();
  window.setInterval(hello, 2000);
  window.setInterval(renderClocks, 500);
  window.addEventListener('pagehide', () => tell({ kind: 'bye' }));
  renderClocks();
}

/**
 * Presenting live (`npm run present`): how many people follow and where they join, from the live
 * server, with the token this window copied from the presenting tab. Nothing shows otherwise.
 */
function watchFollowers(element: HTMLElement, words: AppWords): void {
  const token = window.sessionStorage.getItem(TOKEN_KEY);
  if (!token) return;
  const check = async (): Promise<void> => {
    const response = await fetch(new URL(LIVE_PATHS.status, new URL('./', window.location.href)), {
      headers: { authorization: `Bearer ${token}` },
    }).catch(() => null);
    const body = response?.ok ? ((await response.json().catch(() => null)) as { followers?: unknown; audience?: unknown } | null) : null;
    if (typeof body?.followers !== 'number') {
      element.hidden = true;
      return;
    }
    element.hidden = false;
    const where =
      typeof body.audience === 'string' ? fill(words.speaker.liveJoinAt, { address: body.audience.replace(/^https?:\/\//, '') }) : '';
    element.textContent = [countText(words.speaker.liveFollowers, body.followers), where].filter(Boolean).join(words.speaker.separator);
  };
  void check();
  window.setInterval(() => void check(), 5000);
}
