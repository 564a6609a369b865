/**
 * The live channel's protocol, shared by the server (Node), the presenter, the followers and the
 * phone remote (browser). One small record per talk: which slide, which build step, blackout.
 *
 *   GET  live/events   Server-Sent Events; each event's data is a LiveState (JSON), its id the
 *                      sequence number; the current state is sent at once on connect.
 *   POST live/state    `Authorization: Bearer <token>`, body StateUpdate (JSON).
 *   GET  live/status   `Authorization: Bearer <token>`: { followers } for the speaker view.
 *   live.json          the deck's index (slide ids, titles, build steps, planned seconds, script),
 *                      written beside index.html by the build.
 */
import * as v from 'valibot';

export { LIVE_PATHS } from './paths.ts';

/** Bodies larger than this are refused (413): a state update is under 100 bytes. */
export const MAX_BODY_BYTES = 4096;

/** What the presenter (or the remote) sends. */
export const StateUpdate = v.strictObject({
  slide: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  blackout: v.optional(v.boolean()),
  /** Who sent it (a random id per page): a presenter's page ignores the echo of its own changes. */
  by: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/))),
});
export type StateUpdate = v.InferOutput<typeof StateUpdate>;

/** What every follower receives. `seq` grows by one with every accepted change. */
export const LiveState = v.strictObject({
  slide: v.string(),
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
  blackout: v.boolean(),
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  by: v.optional(v.string()),
});
export type LiveState = v.InferOutput<typeof LiveState>;

/** One slide as the live channel knows it. */
export const LiveSlide = v.strictObject({
  id: v.string(),
  /** As the audience sees it: "7", or "A3" for an appendix page. */
  label: v.string(),
  title: v.string(),
  /** Build steps (clicks) after the slide appears: the valid steps are 0…steps. */
  steps: v.pipe(v.number(), v.integer(), v.minValue(0)),
  seconds: v.number(),
  /** The speaker's script, one paragraph per string. */
  notes: v.array(v.string()),
});
export type LiveSlide = v.InferOutput<typeof LiveSlide>;

export const LiveIndex = v.strictObject({
  title: v.string(),
  lang: v.string(),
  /** The talk's slot in seconds. */
  slot: v.number(),
  slides: v.array(LiveSlide),
});
export type LiveIndex = v.InferOutput<typeof LiveIndex>;

/** A state event's data, or null when it is not one (a follower ignores what it cannot read). */
export function parseState(data: string): LiveState | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const result = v.safeParse(LiveState, json);
  return result.success ? result.output : null;
}

/** Why an update cannot apply to this deck, or null when it can. Pure. */
export function updateProblem(index: LiveIndex, update: StateUpdate): string | null {
  const slide = index.slides.find((s) => s.id === update.slide);
  if (!slide) return `unknown slide "${update.slide}"`;
  if (update.step > slide.steps) return `slide "${slide.id}" has ${slide.steps} build step(s), not ${update.step}`;
  return null;
}

/** The position one click forward or back, or null at either end. Pure. */
export function stepFrom(index: LiveIndex, at: { readonly slide: string; readonly step: number }, direction: 1 | -1) {
  const i = index.slides.findIndex((s) => s.id === at.slide);
  const slide = index.slides[i];
  if (!slide) return null;
  const step = at.step + direction;
  if (step >= 0 && step <= slide.steps) return { slide: slide.id, step };
  const next = index.slides[i + direction];
  if (!next) return null;
  return { slide: next.id, step: direction === 1 ? 0 : next.steps };
}
