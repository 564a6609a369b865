import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/app/address.ts';
import { SPEAKER_CHANNEL, Stopwatch, clock, envelope, parseToDeck, parseToSpeaker, slotState } from '../../src/app/speaker-protocol.ts';
import type { DeckState } from '../../src/app/speaker-protocol.ts';

const state: DeckState = {
  id: 'trade-growth',
  label: '13',
  indexh: 12,
  indexf: 0,
  step: 1,
  steps: 2,
  upcoming: { indexh: 12, indexf: 1 },
  paused: false,
  timing: 50,
  spoken: 25,
  slot: 900,
  rehearsing: false,
  layout: '16:9',
};

describe('the speaker view’s messages', () => {
  it('accepts what the windows send, and only that', () => {
    expect(parseToSpeaker(envelope({ kind: 'state', state }))).toEqual({ kind: 'state', state });
    expect(parseToDeck(envelope({ kind: 'command', command: 'switch-view' }))).toEqual({ kind: 'command', command: 'switch-view' });
    expect(parseToDeck(envelope({ kind: 'hello' }))).toEqual({ kind: 'hello' });
    // Another channel, an unknown command, a state that does not add up, a string.
    expect(parseToDeck({ channel: 'other', kind: 'hello' })).toBeNull();
    expect(parseToDeck(envelope({ kind: 'command', command: 'eval' }))).toBeNull();
    expect(parseToSpeaker(envelope({ kind: 'state', state: { ...state, step: 3 } }))).toBeNull();
    expect(parseToSpeaker(envelope({ kind: 'state', state: { ...state, indexh: -1 } }))).toBeNull();
    expect(parseToSpeaker(envelope({ kind: 'state', state: { ...state, upcoming: { indexh: 'x' } } }))).toBeNull();
    // The room's layout is one the previews know.
    expect(parseToSpeaker(envelope({ kind: 'state', state: { ...state, layout: '4:3' } }))).toEqual({
      kind: 'state',
      state: { ...state, layout: '4:3' },
    });
    expect(parseToSpeaker(envelope({ kind: 'state', state: { ...state, layout: '21:9' } }))).toBeNull();
    expect(parseToSpeaker(JSON.stringify({ channel: SPEAKER_CHANNEL, kind: 'report' }))).toBeNull();
    expect(parseToSpeaker(envelope({ kind: 'state', state: { ...state, upcoming: null } }))).toEqual({
      kind: 'state',
      state: { ...state, upcoming: null },
    });
  });
});

describe('the speaker view’s clocks', () => {
  it('starts only when told, pauses, resumes and resets; each slide’s time starts at zero', () => {
    let t = 0;
    const watch = new Stopwatch(() => t);
    t = 5000;
    expect(watch.elapsed()).toBe(0);
    watch.start();
    t = 65_000;
    expect(watch.elapsed()).toBe(60);
    watch.newSlide();
    t = 75_000;
    expect(watch.onSlide()).toBe(10);
    watch.pause();
    t = 200_000;
    expect(watch.elapsed()).toBe(70);
    expect(watch.onSlide()).toBe(10);
    watch.toggle();
    t = 205_000;
    expect(watch.elapsed()).toBe(75);
    expect(watch.onSlide()).toBe(15);
    watch.reset();
    expect(watch.elapsed()).toBe(0);
    expect(watch.running).toBe(false);
  });

  it('warns at one minute left and when over the slot', () => {
    expect(slotState(0, 900)).toBe('ok');
    expect(slotState(839, 900)).toBe('ok');
    expect(slotState(840, 900)).toBe('warn');
    expect(slotState(900, 900)).toBe('warn');
    expect(slotState(901, 900)).toBe('over');
    expect(clock(65)).toBe('1:05');
    expect(clock(-12)).toBe('-0:12');
  });
});

describe('the one address parser', () => {
  it('reads every flag the deck knows, typed', () => {
    expect(parseAddress('?speaker')).toMatchObject({ speaker: true, receiver: false, printPdf: false, view: null });
    expect(parseAddress('?print-pdf&handout&fragments')).toMatchObject({ printPdf: true, handout: true, fragments: true });
    expect(parseAddress('?view=scroll&cite&rehearse')).toMatchObject({
      view: 'scroll',
      cite: true,
      rehearse: true,
      rehearsalReport: false,
    });
    expect(parseAddress('?receiver&rehearsal-report&notes')).toMatchObject({ receiver: true, rehearsalReport: true, notes: true });
  });
});
