/**
 * Following the speaker in the browser (the server is src/server/live-server.ts). Two roles:
 *
 * - **follower** (`?follow`): the page listens to the live event stream and the view on screen goes
 *   to the speaker's slide and build step. Browsing away pauses following; a "Back to the speaker"
 *   control returns to the live slide. Blackout shows as a quiet note, not a black phone. If the
 *   server goes away the deck keeps working, and the stream reconnects and catches up by itself.
 * - **presenter** (`?present=<token>`): the view's moves are sent to the server (newest wins), and
 *   moves made from the phone remote come back through the same stream. The token is kept for this
 *   tab only and removed from the address bar.
 *
 * Views plug in through `LiveView`: each view knows how to show a position and reports the moves
 * its reader makes. Loaded only when the address asks for it.
 */
import { appWords, countText } from './words.ts';
import { fill } from '../model/messages.ts';
import { LIVE_PATHS, parseState, type LiveState } from '../live/protocol.ts';
import { stateSender, type Sender } from '../live/sender.ts';
import type { LiveRole } from './live-role.ts';
export { readingLiveView } from './live-views.ts';

export interface Position {
  readonly slide: string;
  readonly step: number;
  readonly blackout: boolean;
}

/** What a view gives the live session while it is on screen. */
export interface LiveView {
  /** Where the view is now. */
  position(): Position;
  /** Go to the live position (the view ignores the moves it makes for this). */
  show(position: Position): void;
  /** The reader's (or presenter's) own moves; returns an unsubscribe. */
  onMove(callback: (position: Position) => void): () => void;
}

export interface LiveSession {
  readonly role: 'follow' | 'present';
  /** The view now on screen (views come and go: slides ↔ reading). */
  attach(view: LiveView): void;
  detach(): void;
  close(): void;
}

const same = (a: Position, b: Position): boolean => a.slide === b.slide && a.step === b.step && a.blackout === b.blackout;

/** The small control in the corner: what the live link is doing, and the way back to the speaker. */
function createPill(
  role: 'follow' | 'present',
  back: () => void,
): { set(text: string, options?: { action?: string; problem?: boolean }): void; remove(): void } {
  const pill = document.createElement('div');
  pill.className = 'live-pill';
  pill.dataset.role = role;
  const status = document.createElement('span');
  status.className = 'live-pill-status';
  status.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'live-pill-back';
  button.hidden = true;
  button.addEventListener('click', back);
  pill.append(status, button);
  document.body.append(pill);
  return {
    set(text, { action, problem = false } = {}) {
      status.textContent = text;
      // The projector shows the presenter's control only when something is wrong (src/theme/live.css).
      pill.dataset.problem = String(problem);
      button.hidden = action === undefined;
      if (action !== undefined) button.textContent = action;
    },
    remove: () => pill.remove(),
  };
}

export function startLive(request: LiveRole, base: URL): LiveSession {
  // This page's id on the channel: the presenter's page ignores the echo of its own changes.
  const me = `page-${Math.random().toString(36).slice(2, 12)}`;
  // The follower's words and the presenter's status, in the page's language.
  const words = appWords();
  const w = words.speaker;
  let live: LiveState | null = null;
  let following = true;
  let view: LiveView | null = null;
  let unsubscribe = (): void => undefined;
  let followers: number | null = null;
  /** The address followers open: on the title and closing slides while presenting live. */
  let audience: string | null = null;

  async function showAudience(): Promise<void> {
    const inners = document.querySelectorAll<HTMLElement>('.reveal :is(section.slide--title, section.slide--closing) > .slide-inner');
    if (!audience || inners.length === 0) return;
    // Known only now (the laptop's address at the venue), so drawn here with the build's own code and markup.
    const [{ deckLink }, { renderDeckLink }] = await Promise.all([import('../qr/deck-link.ts'), import('../render/deck-link.ts')]);
    const link = deckLink(audience);
    if (!link) return;
    const markup = renderDeckLink(link, words.liveFollowLink);
    for (const inner of inners) {
      inner.querySelector('.deck-link')?.remove();
      inner.querySelector('.slide-body')?.insertAdjacentHTML('afterend', markup);
    }
  }

  const sender: Sender | null =
    request.role === 'present'
      ? stateSender(base, request.token, (result, detail) => {
          if (result === 'refused') pill.set(fill(w.liveRefused, { detail }), { problem: true });
          else if (result === 'unreachable') pill.set(w.liveUnreachable, { problem: true });
        })
      : null;

  const pill = createPill(request.role, () => {
    following = true;
    if (live) view?.show(live);
    render();
  });

  function render(): void {
    if (request.role === 'present') {
      pill.set(followers === null ? w.live : countText(w.liveFollowers, followers));
      return;
    }
    if (!live) {
      pill.set(words.liveConnecting);
      return;
    }
    if (following) pill.set(live.blackout ? words.livePaused : words.liveFollowing);
    else pill.set(words.liveBrowsing, { action: words.liveBack });
  }

  const stream = new URL(LIVE_PATHS.events, base);
  if (request.role === 'present') stream.searchParams.set('as', 'presenter');
  const events = new EventSource(stream);
  events.addEventListener('state', (event) => {
    const state = parseState((event as MessageEvent<string>).data);
    if (!state) return;
    // Sequence 0 is a server that nobody has presented to yet: after a restart mid-talk, keep the
    // slide we have until the presenter's page (which resends its place on reconnecting) speaks.
    if (state.seq === 0 && live !== null && request.role === 'follow') return;
    live = state;
    // Followers go where the speaker is; the presenter's page goes where the remote sent it.
    if (following && view && state.by !== me) view.show(state);
    render();
  });
  let reconnecting = false;
  events.addEventListener('error', () => {
    reconnecting = true;
    if (request.role === 'follow') pill.set(words.liveReconnecting);
  });
  events.addEventListener('open', () => {
    // The presenter's page tells a restarted server where the talk is.
    if (reconnecting && sender && view) sender.send({ ...view.position(), by: me });
    reconnecting = false;
  });

  let poll: ReturnType<typeof setInterval> | undefined;
  if (request.role === 'present') {
    const check = async (): Promise<void> => {
      const response = await fetch(new URL(LIVE_PATHS.status, base), { headers: { authorization: `Bearer ${request.token}` } }).catch(
        () => null,
      );
      if (!response) return;
      if (response.status === 401 || response.status === 403) {
        pill.set(w.liveTokenRefused, { problem: true });
        return;
      }
      const body = (await response.json().catch(() => null)) as { followers?: unknown; audience?: unknown } | null;
      followers = typeof body?.followers === 'number' ? body.followers : null;
      if (typeof body?.audience === 'string' && body.audience !== audience) {
        audience = body.audience;
        void showAudience();
      }
      render();
    };
    void check();
    poll = setInterval(() => void check(), 5000);
  }
  render();

  return {
    role: request.role,
    attach(next) {
      unsubscribe();
      view = next;
      unsubscribe = next.onMove((position) => {
        if (sender) {
          if (!live || !same(position, live)) sender.send({ ...position, by: me });
          return;
        }
        // A follower who moves away browses alone; coming back to the live slide follows again.
        following = live !== null && position.slide === live.slide && position.step === live.step;
        render();
      });
      if (live && following) next.show(live);
      if (request.role === 'present') void showAudience();
    },
    detach() {
      unsubscribe();
      unsubscribe = () => undefined;
      view = null;
    },
    close() {
      events.close();
      if (poll) clearInterval(poll);
      pill.remove();
    },
  };
}
