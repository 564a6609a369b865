/**
 * The presenting window's side of the speaker view. The speaker view is the deck's own page in a
 * second window (`?speaker`, src/app/speaker-window.ts), not reveal.js's notes plugin: that one is
 * an inline script and style (blocked by a strict Content-Security-Policy), times from the moment
 * its window opens, and answers twice after the slide view is rebuilt. This side owns nothing but
 * the link: it sends the deck's state after every change, and does what the speaker window asks
 * through reveal.js's public API, so the speaker's previews follow the room and never lead it.
 */
import type { RevealApi } from 'reveal.js';
import { envelope, parseToDeck, trustedOrigin, type Command, type DeckState, type ToSpeaker } from './speaker-protocol.ts';
import { appWords } from './words.ts';

export interface SpeakerLinkOptions {
  /** What each command does in the presenting window (the same actions as its keys). */
  readonly run: (command: Command) => void;
  /** The deck's state as the speaker view shows it. */
  readonly state: () => DeckState;
  /** The presenter confirmed a rehearsal in the speaker window. */
  readonly onRehearseConfirmed: () => void;
}

export interface SpeakerLink {
  /** Opens the speaker window (or brings it forward). */
  open(): void;
  /** Whether a speaker window is connected. */
  isOpen(): boolean;
  /** Sends the deck's state now. */
  update(): void;
  send(message: ToSpeaker): void;
  close(): void;
}

const WINDOW_NAME = 'china-belarus-deck-speaker';

/**
 * Says that the speaker window could not open where the presenter looks (the console is not
 * where anyone looks at the lectern): a notice over the slide for a few seconds, read out too.
 */
function blocked(text: string): void {
  console.warn(text);
  document.querySelector('.deck-notice')?.remove();
  const notice = document.createElement('p');
  notice.className = 'deck-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = text;
  document.body.append(notice);
  setTimeout(() => notice.remove(), 6000);
}

export function installSpeakerLink(deck: RevealApi, options: SpeakerLinkOptions): SpeakerLink {
  let speaker: Window | null = null;

  const connected = (): Window | null => {
    if (speaker?.closed) speaker = null;
    return speaker;
  };
  const targetOrigin = (): string => (window.location.protocol === 'file:' ? '*' : window.location.origin);
  const send = (message: ToSpeaker): void => {
    connected()?.postMessage(envelope(message), targetOrigin());
  };
  const update = (): void => {
    if (connected()) send({ kind: 'state', state: options.state() });
  };

  const onMessage = (event: MessageEvent): void => {
    if (!trustedOrigin(event, window.location)) return;
    const message = parseToDeck(event.data);
    if (!message || !event.source || !('postMessage' in event.source)) return;
    // A speaker window left open across a reload of this page says hello again: it is adopted.
    if (message.kind === 'hello') {
      speaker = event.source as Window;
      update();
    } else if (message.kind === 'bye') {
      if (event.source === speaker) speaker = null;
      document.documentElement.removeAttribute('data-speaker-view');
    } else if (event.source === speaker) {
      if (message.kind === 'command') options.run(message.command);
      else options.onRehearseConfirmed();
    }
    document.documentElement.toggleAttribute('data-speaker-view', connected() !== null);
  };
  window.addEventListener('message', onMessage);

  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'ready'] as const;
  for (const type of events) deck.on(type, update);

  return {
    open() {
      if (connected()) {
        speaker?.focus();
        return;
      }
      const url = new URL(window.location.href);
      url.search = '?speaker';
      // The speaker window says hello as it starts; until then it is "opening".
      speaker = window.open(url.toString(), WINDOW_NAME, 'popup,width=1280,height=800');
      if (!speaker) blocked(appWords().speaker.blocked);
    },
    isOpen: () => connected() !== null,
    update,
    send,
    close() {
      window.removeEventListener('message', onMessage);
      for (const type of events) deck.off(type, update);
    },
  };
}
