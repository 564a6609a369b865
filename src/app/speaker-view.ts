/**
 * The speaker view (reveal.js's notes plugin), loaded on first use instead of at start: it is
 * about a fifth of the entry script and nobody reading or printing the deck needs it.
 * It loads when "S" is pressed, when the URL asks for it (`?notes`), or when a speaker window
 * left open across a reload of this page sends its heartbeat to reconnect.
 */
import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

const SPEAKER_KEY = { keyCode: 83, key: 'S', description: 'Speaker notes view' } as const;

export function installSpeakerView(deck: RevealApi): () => void {
  // The speaker view's own preview frames never open one.
  if (/receiver/i.test(window.location.search)) return () => undefined;
  let plugin: Promise<NotesPlugin> | null = null;
  const load = (): Promise<NotesPlugin> =>
    (plugin ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const notes = Notes();
      // Registered after initialize(), reveal.js initialises it at once; it then owns the S key.
      deck.registerPlugin(notes);
      return notes;
    }));
  const open = (): void => {
    load().then(
      (notes) => notes.open(),
      (error: unknown) => console.error(`Speaker view could not be loaded: ${String(error)}`),
    );
  };

  deck.addKeyBinding(SPEAKER_KEY, open);
  // A presenter's laptop fetches it once the page is idle, so the first "S" opens at once
  // (and within the key press's user activation, which pop-up blockers look for).
  const idle = (): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => void load(), { timeout: 4000 });
    else setTimeout(() => void load(), 2000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  // With `?notes` the plugin opens the speaker view itself as it initialises.
  if (/[?&]notes/i.test(window.location.search)) void load();

  // A speaker window that outlived a reload of this page keeps sending heartbeats: load the
  // plugin so that the next one reconnects it.
  const onMessage = (event: MessageEvent): void => {
    if (event.origin !== window.location.origin && window.location.protocol !== 'file:') return;
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"') || !event.data.includes('"heartbeat"')) return;
    window.removeEventListener('message', onMessage);
    void load();
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
