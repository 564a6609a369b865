/**
 * The phone remote (`remote.html?token=…`, served by `npm run present`): Previous and Next for the
 * thumb, blackout, the current and next slide, the script with its click points, and the time
 * against the plan. It drives the projector through the live channel (src/live/protocol.ts) and
 * shows what the projector shows, from the same event stream the audience follows.
 *
 * The token arrives in the address once, is kept for this tab only and removed from the address
 * bar; the page itself holds no secret. Without a valid token it says so and controls nothing.
 */
import 'virtual:theme-remote.css';
import './remote.css';
import * as v from 'valibot';
import { LIVE_PATHS, LiveIndex, parseState, stepFrom, type LiveSlide, type LiveState } from '../live/protocol.ts';
import { stateSender } from '../live/sender.ts';

const TOKEN_KEY = 'deck-remote-token';
const START_KEY = 'deck-remote-started';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`remote.html lacks #${id}`);
  return found;
}

const ui = {
  status: element('remote-status', HTMLElement),
  position: element('remote-position', HTMLElement),
  title: element('remote-title', HTMLElement),
  clock: element('remote-clock', HTMLElement),
  prev: element('remote-prev', HTMLButtonElement),
  next: element('remote-next', HTMLButtonElement),
  upcoming: element('remote-upcoming', HTMLElement),
  blackout: element('remote-blackout', HTMLButtonElement),
  notes: element('remote-notes', HTMLElement),
};

const base = new URL('./', location.href);
const endpoint = (path: string): URL => new URL(path, base);

/** The token from the address (then removed from it), or the one this tab already has. */
function takeToken(): string | null {
  const url = new URL(location.href);
  const given = url.searchParams.get('token');
  if (given) {
    sessionStorage.setItem(TOKEN_KEY, given);
    url.searchParams.delete('token');
    history.replaceState(null, '', url);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function say(text: string, kind: 'info' | 'refused' = 'info'): void {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
}

const clock = (seconds: number): string => {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(Math.round(seconds));
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The script with its click points (▸), the ones already taken dimmed. */
function renderNotes(slide: LiveSlide, step: number): void {
  let click = 0;
  ui.notes.replaceChildren(
    ...slide.notes.map((paragraph) => {
      const p = document.createElement('p');
      paragraph.split('▸').forEach((part, i) => {
        if (i > 0) {
          click += 1;
          const mark = document.createElement('span');
          mark.className = 'click';
          mark.textContent = '▸';
          mark.dataset.done = String(click <= step);
          mark.setAttribute('aria-label', `click ${click}`);
          p.append(mark);
        }
        p.append(part);
      });
      return p;
    }),
  );
}

function start(index: LiveIndex, token: string): void {
  let state: LiveState | null = null;
  const planBefore = new Map<string, number>();
  index.slides.reduce((sum, slide) => {
    planBefore.set(slide.id, sum);
    return sum + slide.seconds;
  }, 0);

  function render(): void {
    if (!state) return;
    const current = state;
    const i = index.slides.findIndex((s) => s.id === current.slide);
    const slide = index.slides[i];
    if (!slide) return;
    ui.position.textContent = `Slide ${slide.label} of ${index.slides.filter((s) => /^\d+$/.test(s.label)).length}${slide.steps > 0 ? ` · step ${current.step} of ${slide.steps}` : ''}`;
    ui.title.textContent = slide.title;
    const upcoming = stepFrom(index, current, 1);
    const nextSlide = upcoming && upcoming.slide !== slide.id ? index.slides.find((s) => s.id === upcoming.slide) : null;
    ui.upcoming.textContent =
      upcoming === null ? 'The last slide.' : nextSlide ? `Next: ${nextSlide.title}` : 'Next: the next step of this slide.';
    ui.prev.disabled = stepFrom(index, current, -1) === null;
    ui.next.disabled = upcoming === null;
    ui.blackout.disabled = false;
    ui.blackout.setAttribute('aria-pressed', String(current.blackout));
    ui.blackout.textContent = current.blackout ? 'Resume (screen is black)' : 'Blackout';
    renderNotes(slide, current.step);
    tick();
  }

  function tick(): void {
    if (!state) return;
    const started = Number(sessionStorage.getItem(START_KEY) ?? NaN);
    const plan = planBefore.get(state.slide) ?? 0;
    if (!Number.isFinite(started)) {
      ui.clock.textContent = `Not started · planned ${clock(index.slot)} in all`;
      ui.clock.dataset.over = 'false';
      return;
    }
    const elapsed = (Date.now() - started) / 1000;
    ui.clock.textContent = `${clock(elapsed)} elapsed · plan ${clock(plan)} at this slide (${elapsed - plan >= 0 ? '+' : ''}${clock(elapsed - plan)}) · slot ${clock(index.slot)}`;
    ui.clock.dataset.over = String(elapsed > index.slot || elapsed - plan > 60);
  }
  setInterval(tick, 1000);

  // One change at a time, newest wins (the presenter's page and the relay send the same way).
  const sender = stateSender(base, token, (result, status) => {
    if (result === 'unreachable') say('The server did not answer: is the laptop still on the network?');
    else if (status === '401' || status === '403') say('This remote’s token is not accepted: it controls nothing.', 'refused');
    else if (status === '429') say('Slow down: the server is taking one change at a time.');
    else if (result === 'refused') say(`The server refused the change (${status}).`);
  });
  const send = (update: { slide: string; step: number; blackout?: boolean }): void => sender.send(update);

  function move(direction: 1 | -1): void {
    if (!state) return;
    const to = stepFrom(index, state, direction);
    if (!to) return;
    // The clock starts with the first move of the talk.
    if (sessionStorage.getItem(START_KEY) === null) sessionStorage.setItem(START_KEY, String(Date.now()));
    send(to);
  }

  ui.next.addEventListener('click', () => move(1));
  ui.prev.addEventListener('click', () => move(-1));
  ui.blackout.addEventListener('click', () => {
    if (state) send({ slide: state.slide, step: state.step, blackout: !state.blackout });
  });
  // A Bluetooth clicker paired with the phone sends these.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') move(-1);
    else return;
    event.preventDefault();
  });

  const stream = endpoint(LIVE_PATHS.events);
  stream.searchParams.set('as', 'presenter');
  const events = new EventSource(stream);
  events.addEventListener('state', (event) => {
    const next = parseState((event as MessageEvent<string>).data);
    if (!next) return;
    state = next;
    say('Connected: the projector follows this remote.');
    render();
  });
  events.addEventListener('error', () => say('Reconnecting to the laptop…'));
}

async function main(): Promise<void> {
  const token = takeToken();
  if (!token) {
    say('This address has no token: open the remote link that npm run present printed. Nothing is controlled from here.', 'refused');
    return;
  }
  const check = await fetch(endpoint(LIVE_PATHS.status), { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
  if (!check) {
    say('The live server did not answer: open this page from the address npm run present printed.', 'refused');
    return;
  }
  if (check.status === 401 || check.status === 403) {
    sessionStorage.removeItem(TOKEN_KEY);
    say('This remote’s token is wrong (or from an earlier run): it controls nothing. Scan the remote code again.', 'refused');
    return;
  }
  const response = await fetch(endpoint(LIVE_PATHS.index));
  const parsed = v.safeParse(LiveIndex, await response.json().catch(() => null));
  if (!parsed.success) {
    say('The deck’s index (live.json) could not be read: rebuild the deck.', 'refused');
    return;
  }
  start(parsed.output, token);
}

void main();
