/**
 * Rehearsal timing: the arithmetic over a run's events, the medians, the report model, and what
 * storage gives back. Every time is given (the clock is the test's), so nothing here waits.
 */
import { describe, expect, it } from 'vitest';
import { closeStale, endRun, withEvent, type RehearsalEvent, type RehearsalRun } from '../../src/rehearsal/run.ts';
import { MAX_RUNS, parseRun, parseStored, RehearsalStore, serialiseStored, type KeyValueStorage } from '../../src/rehearsal/store.ts';
import {
  buildReport,
  formatClock,
  median,
  medianTimings,
  summariseRun,
  TALK_SLOT_SECONDS,
  type PlannedSlide,
} from '../../src/rehearsal/timing.ts';

const SLIDES = ['a', 'b', 'c', 'd'];
const PLANNED: PlannedSlide[] = [
  { id: 'a', number: 1, title: 'Title', planned: 20 },
  { id: 'b', number: 2, title: 'Second', planned: 40 },
  { id: 'c', number: 3, title: 'Third', planned: 30 },
  { id: 'd', number: 4, title: 'Last', planned: 10 },
];
const s = (seconds: number): number => seconds * 1000;

/** A run from events written in seconds since its start (at 1 000 000 ms). */
function run(id: string, events: readonly (readonly [number, string])[], startedAt = 1_000_000): RehearsalRun {
  const parsed = events.map(([at, what]): RehearsalEvent => {
    const time = startedAt + s(at);
    if (what === 'finish' || what === 'abandon') return { kind: what, at: time };
    if (what.startsWith('pause:')) return { kind: 'pause', at: time, cause: what === 'pause:hidden' ? 'hidden' : 'blackout' };
    if (what.startsWith('resume:')) return { kind: 'resume', at: time, cause: what === 'resume:hidden' ? 'hidden' : 'blackout' };
    return { kind: 'show', at: time, slide: what };
  });
  return { id, startedAt, slides: SLIDES, events: parsed };
}

/** Seconds per slide as a plain object, for readable expectations. */
const perSlide = (r: RehearsalRun): Record<string, number> => Object.fromEntries(summariseRun(r).seconds);

describe('summariseRun: time per slide', () => {
  it('gives each slide the time until the next slide came on', () => {
    const r = run('r', [
      [0, 'a'],
      [20, 'b'],
      [65, 'c'],
      [90, 'd'],
      [100, 'finish'],
    ]);
    expect(perSlide(r)).toEqual({ a: 20, b: 45, c: 25, d: 10 });
    const summary = summariseRun(r);
    expect(summary.total).toBe(100);
    expect(summary.status).toBe('complete');
  });

  it('adds up every visit: going back adds to the slide returned to', () => {
    const r = run('r', [
      [0, 'a'],
      [10, 'b'],
      [30, 'c'],
      [40, 'b'],
      [55, 'c'],
      [60, 'd'],
      [70, 'finish'],
    ]);
    expect(perSlide(r)).toEqual({ a: 10, b: 35, c: 15, d: 10 });
  });

  it('does not count paused time (blackout, hidden page), even when pauses overlap', () => {
    const r = run('r', [
      [0, 'a'],
      [10, 'pause:blackout'],
      [70, 'resume:blackout'],
      [80, 'b'],
      [90, 'pause:hidden'],
      [95, 'pause:blackout'],
      [100, 'resume:hidden'],
      [130, 'resume:blackout'],
      [135, 'd'],
      [140, 'finish'],
    ]);
    expect(perSlide(r)).toEqual({ a: 20, b: 15, d: 5 });
    const summary = summariseRun(r);
    expect(summary.paused).toBe(100);
    expect(summary.total).toBe(40);
  });

  it('a slide changed to while paused starts counting when the pause ends', () => {
    const r = run('r', [
      [0, 'a'],
      [10, 'pause:blackout'],
      [20, 'b'],
      [30, 'resume:blackout'],
      [45, 'd'],
      [50, 'finish'],
    ]);
    expect(perSlide(r)).toEqual({ a: 10, b: 15, d: 5 });
  });

  it('leaves skipped slides absent, and a slide passed within the same instant at zero', () => {
    const r = run('r', [
      [0, 'a'],
      [10, 'b'],
      [10, 'd'],
      [20, 'finish'],
    ]);
    const seconds = summariseRun(r).seconds;
    expect(seconds.has('c')).toBe(false);
    expect(seconds.get('b')).toBe(0);
    expect(seconds.get('d')).toBe(10);
  });

  it('a run that ended before the last slide is abandoned; one still open is running and counts up to "now"', () => {
    expect(
      summariseRun(
        run('r', [
          [0, 'a'],
          [10, 'b'],
          [20, 'abandon'],
        ]),
      ).status,
    ).toBe('abandoned');
    // A "finish" event without the last slide shown is not a complete run.
    expect(
      summariseRun(
        run('r', [
          [0, 'a'],
          [20, 'finish'],
        ]),
      ).status,
    ).toBe('abandoned');
    const open = run('r', [
      [0, 'a'],
      [10, 'b'],
    ]);
    const summary = summariseRun(open, 1_000_000 + s(25));
    expect(summary.status).toBe('running');
    expect(Object.fromEntries(summary.seconds)).toEqual({ a: 10, b: 15 });
    expect(summariseRun(open).seconds.get('b')).toBe(0);
  });

  it('ignores events after the end', () => {
    const r: RehearsalRun = {
      ...run('r', [
        [0, 'a'],
        [10, 'd'],
        [15, 'finish'],
      ]),
    };
    const late = { ...r, events: [...r.events, { kind: 'show' as const, at: 1_000_000 + s(100), slide: 'b' }] };
    expect(perSlide(late)).toEqual({ a: 10, d: 5 });
  });
});

describe('recording helpers', () => {
  const open = run('r', [
    [0, 'a'],
    [10, 'b'],
  ]);

  it('withEvent never lets the clock run backwards and adds nothing after the end', () => {
    const stepped = withEvent(open, { kind: 'show', at: 1_000_000 + s(5), slide: 'c' });
    expect(stepped.events.at(-1)?.at).toBe(1_000_000 + s(10));
    const ended = endRun(open, 1_000_000 + s(20));
    expect(withEvent(ended, { kind: 'show', at: 1_000_000 + s(30), slide: 'd' })).toBe(ended);
  });

  it('endRun finishes a run that showed the last slide and abandons one that did not', () => {
    expect(endRun(open, 1_000_000 + s(20)).events.at(-1)?.kind).toBe('abandon');
    const atLast = withEvent(open, { kind: 'show', at: 1_000_000 + s(15), slide: 'd' });
    expect(endRun(atLast, 1_000_000 + s(20)).events.at(-1)?.kind).toBe('finish');
  });

  it('a run that went past the talk’s last slide into the appendix (End, the references) is complete too', () => {
    const intoAppendix = withEvent(open, { kind: 'show', at: 1_000_000 + s(15), slide: 'references-10' });
    expect(endRun(intoAppendix, 1_000_000 + s(20)).events.at(-1)?.kind).toBe('finish');
  });

  it('closeStale ends an open run at its last event (a page that crashed mid-run)', () => {
    const closed = closeStale(open);
    expect(closed.events.at(-1)).toEqual({ kind: 'abandon', at: 1_000_000 + s(10) });
    expect(closeStale(closed)).toBe(closed);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });
});

describe('buildReport', () => {
  const first = run(
    'first',
    [
      [0, 'a'],
      [20, 'b'],
      [60, 'c'],
      [90, 'd'],
      [100, 'finish'],
    ],
    1_000_000,
  );
  const second = run(
    'second',
    [
      [0, 'a'],
      [30, 'b'],
      [80, 'c'],
      [100, 'd'],
      [120, 'finish'],
    ],
    2_000_000,
  );
  const third = run(
    'third',
    [
      [0, 'a'],
      [24, 'b'],
      [60, 'd'],
      [70, 'finish'],
    ],
    3_000_000,
  );
  const dropped = run(
    'dropped',
    [
      [0, 'a'],
      [100, 'b'],
      [110, 'abandon'],
    ],
    4_000_000,
  );

  it('takes the latest run as the newest by start, abandoned or not, and medians over complete runs only', () => {
    const report = buildReport(PLANNED, [first, second, third, dropped]);
    expect(report.latest?.id).toBe('dropped');
    expect(report.latest?.status).toBe('abandoned');
    expect(report.complete).toBe(3);
    expect(report.abandoned).toBe(1);
    expect(report.counted).toBe(3);
    const row = (id: string) => report.rows.find((r) => r.id === id);
    expect(row('a')).toMatchObject({ planned: 20, latest: 100, median: 24, latestLong: true, medianLong: true });
    expect(row('b')).toMatchObject({ latest: 10, median: 40, latestLong: false, medianLong: false });
    // The third run skipped c: its median is over the two runs that showed it.
    expect(row('c')).toMatchObject({ latest: null, median: 25 });
    expect(row('d')).toMatchObject({ latest: null, median: 10 });
    expect(report.totals).toEqual({ planned: 100, latest: 110, median: 100, slot: TALK_SLOT_SECONDS });
    expect(report.runs.map((r) => r.id)).toEqual(['dropped', 'third', 'second', 'first']);
  });

  it('counts abandoned runs in the medians only when asked', () => {
    const report = buildReport(PLANNED, [first, second, third, dropped], { includeAbandoned: true });
    expect(report.counted).toBe(4);
    expect(report.rows[0]?.median).toBe(27);
    expect(report.totals.median).toBe(105);
  });

  it('calls a slide long above 115% of its plan (and not at exactly 115%)', () => {
    const exact = run('exact', [
      [0, 'a'],
      [23, 'b'],
      [69, 'c'],
      [104, 'd'],
      [105, 'finish'],
    ]);
    const report = buildReport(PLANNED, [exact]);
    expect(report.rows[0]).toMatchObject({ latest: 23, latestLong: false });
    expect(report.rows[1]).toMatchObject({ latest: 46, latestLong: false });
    expect(report.rows[2]).toMatchObject({ latest: 35, latestLong: true });
    expect(buildReport(PLANNED, [exact], { longRatio: 1.2 }).rows[2]?.latestLong).toBe(false);
  });

  it('leaves out runs still running, and reports nothing without runs', () => {
    const open = run('open', [[0, 'a']], 9_000_000);
    const report = buildReport(PLANNED, [first, open]);
    expect(report.latest?.id).toBe('first');
    const none = buildReport(PLANNED, []);
    expect(none.latest).toBeNull();
    expect(none.rows.every((r) => r.latest === null && r.median === null)).toBe(true);
    expect(none.totals.median).toBeNull();
  });

  it('medianTimings: whole seconds from complete runs, the plan where no complete run showed a slide, null without one', () => {
    expect(medianTimings(PLANNED, [dropped])).toBeNull();
    const timings = medianTimings(PLANNED, [third]);
    expect(Object.fromEntries(timings ?? [])).toEqual({ a: 24, b: 36, c: 30, d: 10 });
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.4)).toBe('1:05');
    expect(formatClock(900)).toBe('15:00');
    expect(formatClock(-7)).toBe('-0:07');
  });
});

describe('stored runs', () => {
  const good = run('good', [
    [0, 'a'],
    [10, 'd'],
    [12, 'finish'],
  ]);

  it('round-trips through the versioned format', () => {
    expect(parseStored(serialiseStored({ runs: [good], pacing: 'median' }))).toEqual({ runs: [good], pacing: 'median' });
  });

  it('reads nothing from missing, broken or other-version data', () => {
    expect(parseStored(null)).toEqual({ runs: [], pacing: 'planned' });
    expect(parseStored('{not json')).toEqual({ runs: [], pacing: 'planned' });
    expect(parseStored(JSON.stringify({ version: 2, runs: [good], pacing: 'median' }))).toEqual({ runs: [], pacing: 'planned' });
    expect(parseStored(JSON.stringify([good]))).toEqual({ runs: [], pacing: 'planned' });
  });

  it('drops each run that does not validate and keeps the rest', () => {
    const bad = [
      { ...good, id: '' },
      { ...good, id: 'no-slides', slides: [] },
      { ...good, id: 'bad-event', events: [{ kind: 'show', at: 1, slide: '' }] },
      { ...good, id: 'bad-cause', events: [{ kind: 'pause', at: 1, cause: 'coffee' }] },
      { ...good, id: 'backwards', events: [good.events[1], good.events[0]] },
      { ...good, id: 'nan', events: [{ kind: 'finish', at: null }] },
      'a string',
      good,
      { ...good },
    ];
    const parsed = parseStored(JSON.stringify({ version: 1, runs: bad, pacing: 'sideways' }));
    expect(parsed.runs).toEqual([good]);
    expect(parsed.pacing).toBe('planned');
  });

  it('keeps at most the newest MAX_RUNS runs', () => {
    const many = Array.from({ length: MAX_RUNS + 5 }, (_, i) => ({ ...good, id: `run-${i}` }));
    const parsed = parseStored(serialiseStored({ runs: many, pacing: 'planned' }));
    expect(parsed.runs).toHaveLength(MAX_RUNS);
    expect(parsed.runs[0]?.id).toBe('run-5');
  });
});

describe('RehearsalStore', () => {
  const memory = (): KeyValueStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
  };
  const one = run('one', [[0, 'a']]);

  it('saves a run after every event in place, sets the pacing, and clears', () => {
    const storage = memory();
    const store = new RehearsalStore(storage, 'k:v1');
    store.saveRun(one);
    store.saveRun(run('two', [[0, 'a']], 5_000_000));
    const grown = withEvent(one, { kind: 'show', at: 1_000_000 + s(5), slide: 'b' });
    store.saveRun(grown);
    expect(new RehearsalStore(storage, 'k:v1').read().runs.map((r) => [r.id, r.events.length])).toEqual([
      ['one', 2],
      ['two', 1],
    ]);
    store.setPacing('median');
    expect(parseStored(storage.data.get('k:v1') ?? null).pacing).toBe('median');
    store.updateRuns(closeStale);
    expect(store.read().runs.every((r) => r.events.at(-1)?.kind === 'abandon')).toBe(true);
    store.clear();
    expect(store.read()).toEqual({ runs: [], pacing: 'planned' });
  });

  it('keeps working for the page when storage refuses to write', () => {
    const failing: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const store = new RehearsalStore(failing, 'k');
      expect(store.saveRun(one).runs).toHaveLength(1);
      const none = new RehearsalStore(null, 'k');
      none.saveRun(one);
      expect(none.read().runs).toEqual([one]);
    } finally {
      console.warn = warn;
    }
  });

  it('parseRun accepts exactly what the recorder writes', () => {
    expect(parseRun(JSON.parse(JSON.stringify(one)))).toEqual(one);
  });
});
