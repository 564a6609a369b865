/**
 * What the presenting window and the speaker window say to each other (`postMessage`, same origin,
 * or `file://` for the portable file). The presenting window owns the deck: it sends its state after
 * every change; the speaker window only asks (next, previous, blackout, the chart switch, rehearse).
 * Every message is validated on arrival: a window accepts nothing it does not expect. Pure.
 */

export const SPEAKER_CHANNEL = 'china-belarus-deck:speaker';

/** What the speaker window may ask the deck to do. */
export const COMMANDS = ['next', 'prev', 'first', 'last', 'blackout', 'switch-view', 'rehearse'] as const;
export type Command = (typeof COMMANDS)[number];

/** Where the deck is: what the room sees, and what comes next. */
export interface DeckState {
  /** The current slide's id, number label ("13", "A2") and position in reveal.js. */
  readonly id: string;
  readonly label: string;
  readonly indexh: number;
  /** The build step shown (reveal.js's fragment index; -1 before the first). */
  readonly indexf: number;
  /** Build steps shown on this slide, and how many it has. */
  readonly step: number;
  readonly steps: number;
  /** What the next "next" shows (null at the end). */
  readonly upcoming: { readonly indexh: number; readonly indexf: number } | null;
  /** Blackout. */
  readonly paused: boolean;
  /** This slide's planned seconds (or the median of past runs when the speaker view paces by them). */
  readonly timing: number;
  /** The talk's slides (not the appendix) and the slot (seconds). */
  readonly spoken: number;
  readonly slot: number;
  /** Whether a timed rehearsal is running. */
  readonly rehearsing: boolean;
  /** The slide layout the room's screen gets (src/app/reveal-config.ts): the previews take its shape. */
  readonly layout: SlideLayout;
}

export const LAYOUTS = ['16:9', '4:3'] as const;
export type SlideLayout = (typeof LAYOUTS)[number];

export type ToDeck =
  | { readonly kind: 'hello' }
  | { readonly kind: 'bye' }
  | { readonly kind: 'command'; readonly command: Command }
  /** The presenter confirmed a rehearsal in the speaker window. */
  | { readonly kind: 'rehearse-confirmed' };

export type ToSpeaker =
  | { readonly kind: 'state'; readonly state: DeckState }
  /** W was pressed while presenting: the speaker window asks whether to start a rehearsal. */
  | { readonly kind: 'ask-rehearse' }
  /** A rehearsal ended: the speaker window shows the report (the room does not). */
  | { readonly kind: 'report' }
  | { readonly kind: 'bye' };

/** A preview frame (`?receiver`) tells its speaker window that it can be driven. */
export interface ReceiverReady {
  readonly kind: 'receiver-ready';
}

export const envelope = <T extends object>(message: T): T & { readonly channel: string } => ({ channel: SPEAKER_CHANNEL, ...message });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isInt = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min;
const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function ours(data: unknown): Record<string, unknown> | null {
  return isObject(data) && data.channel === SPEAKER_CHANNEL && typeof data.kind === 'string' ? data : null;
}

export function parseToDeck(data: unknown): ToDeck | null {
  const message = ours(data);
  if (!message) return null;
  switch (message.kind) {
    case 'hello':
    case 'bye':
    case 'rehearse-confirmed':
      return { kind: message.kind };
    case 'command': {
      const command = COMMANDS.find((c) => c === message.command);
      return command ? { kind: 'command', command } : null;
    }
    default:
      return null;
  }
}

function parseState(value: unknown): DeckState | null {
  if (!isObject(value)) return null;
  const { id, label, indexh, indexf, step, steps, upcoming, paused, timing, spoken, slot, rehearsing } = value;
  const layout = LAYOUTS.find((l) => l === value.layout);
  if (!layout) return null;
  if (typeof id !== 'string' || id === '' || typeof label !== 'string') return null;
  if (!isInt(indexh, 0) || !isInt(indexf, -1) || !isInt(step, 0) || !isInt(steps, 0) || step > steps) return null;
  if (typeof paused !== 'boolean' || typeof rehearsing !== 'boolean') return null;
  if (!isSeconds(timing) || !isInt(spoken, 0) || !isSeconds(slot)) return null;
  let next: DeckState['upcoming'] = null;
  if (upcoming !== null) {
    if (!isObject(upcoming) || !isInt(upcoming.indexh, 0) || !isInt(upcoming.indexf, -1)) return null;
    next = { indexh: upcoming.indexh, indexf: upcoming.indexf };
  }
  return { id, label, indexh, indexf, step, steps, upcoming: next, paused, timing, spoken, slot, rehearsing, layout };
}

export function parseToSpeaker(data: unknown): ToSpeaker | null {
  const message = ours(data);
  if (!message) return null;
  switch (message.kind) {
    case 'state': {
      const state = parseState(message.state);
      return state ? { kind: 'state', state } : null;
    }
    case 'ask-rehearse':
    case 'report':
    case 'bye':
      return { kind: message.kind };
    default:
      return null;
  }
}

export const isReceiverReady = (data: unknown): data is ReceiverReady => ours(data)?.kind === 'receiver-ready';

/** Whether a message event comes from this deck's own origin (or between `file://` pages, whose origin is opaque). */
export function trustedOrigin(event: MessageEvent, location: Location): boolean {
  return event.origin === location.origin || (location.protocol === 'file:' && (event.origin === 'null' || event.origin === 'file://'));
}

/**
 * The whole-talk clock against the slot: "ok", "warn" from one minute left, "over" past it. Pure.
 */
export function slotState(elapsed: number, slot: number): 'ok' | 'warn' | 'over' {
  if (slot <= 0) return 'ok';
  if (elapsed > slot) return 'over';
  return slot - elapsed <= 60 ? 'warn' : 'ok';
}

/**
 * The speaker view's stopwatch: it starts with the first change of slide (or an explicit start),
 * pauses and resumes, and resets. Time is injected (milliseconds). Pure apart from the clock given.
 */
export class Stopwatch {
  private startedAt: number | null = null;
  private banked = 0;
  private slideSince = 0;
  private slideBanked = 0;

  constructor(private readonly now: () => number) {}

  get running(): boolean {
    return this.startedAt !== null;
  }

  /** Seconds on the clock. */
  elapsed(): number {
    return (this.banked + (this.startedAt === null ? 0 : this.now() - this.startedAt)) / 1000;
  }

  /** Seconds on the current slide (while the clock ran). */
  onSlide(): number {
    return (this.slideBanked + (this.startedAt === null ? 0 : this.now() - Math.max(this.slideSince, this.startedAt))) / 1000;
  }

  start(): void {
    if (this.startedAt !== null) return;
    this.startedAt = this.now();
    this.slideSince = this.startedAt;
  }

  pause(): void {
    if (this.startedAt === null) return;
    const at = this.now();
    this.banked += at - this.startedAt;
    this.slideBanked += at - Math.max(this.slideSince, this.startedAt);
    this.startedAt = null;
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.start();
  }

  reset(): void {
    this.startedAt = null;
    this.banked = 0;
    this.slideBanked = 0;
  }

  /** A new slide: its own time starts from zero (the clock is not started by this). */
  newSlide(): void {
    this.slideSince = this.now();
    this.slideBanked = 0;
  }
}

/** "4:05", "-0:12" for time past. */
export function clock(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(seconds));
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
