/**
 * A rehearsal session (loaded on the first W, `?rehearse`, or when the report is asked for):
 * records a timed run-through from the first slide and opens the report at its end. Each slide
 * change, blackout (B or .) and hidden page is an event in the run, saved to the browser after
 * every event, so a reload keeps what was recorded. Clock and storage are injected.
 */
import type { RevealApi } from 'reveal.js';
import { applyPacing } from './pacing.ts';
import { fill } from '../model/messages.ts';
import { openReportDialog } from './report.ts';
import type { ReportLocale } from './report-view.ts';
import { closeStale, endRun, isEnded, withEvent, type PauseCause, type RehearsalEvent, type RehearsalRun } from './run.ts';
import { plannedSeconds, slideElements } from './slides.ts';
import { RehearsalStore, type KeyValueStorage } from './store.ts';
import { formatClock, isLong, summariseRun } from './timing.ts';

/** What the first script hands over (so that this chunk imports nothing from it). */
export interface SessionContext {
  readonly storage: KeyValueStorage | null;
  /** The storage key (versioned). */
  readonly key: string;
  /** Milliseconds. */
  readonly now: () => number;
  readonly showModal: (dialog: HTMLDialogElement) => void;
  /** The page's language and words (src/app/words.ts). */
  readonly locale: ReportLocale;
}

export class RehearsalSession {
  private readonly store: RehearsalStore;
  private readonly now: () => number;
  private run: RehearsalRun | null = null;
  private status: HTMLElement | null = null;
  private ticker: number | undefined;

  constructor(
    private readonly deck: RevealApi,
    private readonly context: SessionContext,
  ) {
    this.store = new RehearsalStore(context.storage, context.key);
    this.now = context.now;
    // A page that closed mid-run without its pagehide (a crash) left a run open: it ends where its events end.
    if (this.store.read().runs.some((r) => !isEnded(r))) this.store.updateRuns(closeStale);
  }

  isRecording(): boolean {
    return this.run !== null;
  }

  /** The presenter left the speaker view pacing by past runs: it still does after a reload. */
  restorePacing(): void {
    const stored = this.store.read();
    if (stored.pacing === 'median') applyPacing(true, stored.runs);
  }

  openReport(): void {
    openReportDialog({ store: this.store, showModal: this.context.showModal, locale: this.context.locale });
  }

  start(): void {
    if (this.run) return;
    const deck = this.deck;
    // A run-through starts on the first slide (this change is not part of the run).
    deck.slide(0);
    const at = this.now();
    let run: RehearsalRun = {
      id: `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      startedAt: at,
      // The talk's slides: a run that reaches the last of them (the closing slide) is complete; the appendix is not spoken.
      slides: slideElements()
        .filter((s) => !s.hasAttribute('data-appendix'))
        .map((s) => s.id),
      events: [{ kind: 'show', at, slide: deck.getCurrentSlide().id }],
    };
    if (deck.isPaused()) run = withEvent(run, { kind: 'pause', at, cause: 'blackout' });
    if (document.visibilityState === 'hidden') run = withEvent(run, { kind: 'pause', at, cause: 'hidden' });
    this.run = run;
    this.store.saveRun(run);
    deck.on('slidechanged', this.onSlide);
    deck.on('paused', this.onPaused);
    deck.on('resumed', this.onResumed);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onPageHide);
    document.documentElement.dataset.rehearsal = 'recording';
    this.showStatus();
  }

  /** Ends the run: complete when it showed the last slide, abandoned before. */
  finish(showReport: boolean): void {
    if (!this.run) return;
    this.store.saveRun(endRun(this.run, this.now()));
    this.run = null;
    const deck = this.deck;
    deck.off('slidechanged', this.onSlide);
    deck.off('paused', this.onPaused);
    deck.off('resumed', this.onResumed);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pagehide', this.onPageHide);
    window.clearInterval(this.ticker);
    this.status?.remove();
    this.status = null;
    delete document.documentElement.dataset.rehearsal;
    // The report also brings a speaker view paced by past runs up to date with this one.
    if (showReport) this.openReport();
  }

  private record(event: RehearsalEvent): void {
    if (!this.run) return;
    this.run = withEvent(this.run, event);
    this.store.saveRun(this.run);
    this.render();
  }

  private pause(cause: PauseCause): void {
    this.record({ kind: 'pause', at: this.now(), cause });
  }

  private resume(cause: PauseCause): void {
    this.record({ kind: 'resume', at: this.now(), cause });
  }

  private readonly onSlide = (): void => this.record({ kind: 'show', at: this.now(), slide: this.deck.getCurrentSlide().id });
  private readonly onPaused = (): void => this.pause('blackout');
  private readonly onResumed = (): void => this.resume('blackout');
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.pause('hidden');
    else this.resume('hidden');
  };
  /** Closing or reloading the page ends the run where it stands. */
  private readonly onPageHide = (): void => this.finish(false);

  private showStatus(): void {
    const status = document.createElement('div');
    status.className = 'rehearsal-status';
    // The label is announced once; the ticking time is not (it would talk over the presenter).
    const w = this.context.locale.words.rehearsal;
    const label = document.createElement('span');
    label.className = 'rehearsal-status-label';
    label.setAttribute('role', 'status');
    label.textContent = w.recording;
    const time = document.createElement('span');
    time.className = 'rehearsal-status-time';
    time.setAttribute('aria-hidden', 'true');
    const hint = document.createElement('span');
    hint.className = 'rehearsal-status-hint';
    const [before = '', after = ''] = w.endsHint.split('{key}');
    const key = document.createElement('kbd');
    key.textContent = 'W';
    hint.append(before, key, after);
    status.append(label, ' ', time, ' ', hint);
    document.body.append(status);
    this.status = status;
    this.ticker = window.setInterval(() => this.render(), 1000);
    this.render();
  }

  /** The status line: this slide's time so far against its plan, and the run's total. */
  private render(): void {
    if (!this.status || !this.run) return;
    const summary = summariseRun(this.run, this.now());
    const slide = this.deck.getCurrentSlide();
    const onSlide = summary.seconds.get(slide.id) ?? 0;
    const planned = plannedSeconds(slide);
    this.status.dataset.state = summary.pausedNow ? 'paused' : isLong(onSlide, planned) ? 'long' : 'running';
    const time = this.status.querySelector('.rehearsal-status-time');
    const w = this.context.locale.words.rehearsal;
    const label = slide.dataset.slideLabel ?? '';
    const where = slide.hasAttribute('data-appendix')
      ? fill(w.statusAppendix, { label })
      : fill(w.statusSlide, { label, n: new Intl.NumberFormat(this.context.locale.lang).format(this.run.slides.length) });
    if (time)
      time.textContent = [
        ...(summary.pausedNow ? [w.paused] : []),
        where,
        fill(w.statusOf, { time: formatClock(onSlide), planned: formatClock(planned) }),
        fill(w.statusTotal, { total: formatClock(summary.total) }),
      ].join(' · ');
  }
}
