/**
 * Headless Chromium driven over the DevTools protocol on a pipe, for the exports: a page of a
 * given size and pixel density, navigation, evaluation, printing to PDF and screenshots. It is
 * the handful of commands the exports use and nothing more, so a command-line export does not
 * load a whole automation library (Playwright takes about half a second to load) before it can
 * start the browser. Tests keep using Playwright.
 *
 * The browser is spawned at once by `launchChromium` (the caller does other work while it
 * starts); every method waits for it. Each launch has its own temporary profile, removed on close.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ProtocolMapping } from 'devtools-protocol/types/protocol-mapping.d.ts';

type Command = keyof ProtocolMapping.Commands;
type Params<C extends Command> = ProtocolMapping.Commands[C]['paramsType'][0];
type Result<C extends Command> = ProtocolMapping.Commands[C]['returnType'];
type EventName = keyof ProtocolMapping.Events;
type EventParams<E extends EventName> = ProtocolMapping.Events[E][0];

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly message: string; readonly data?: string };
  readonly sessionId?: string;
}

/** Flags every launch gets on top of the caller's: headless, the pipe, and no first-run work. */
const LAUNCH_FLAGS = [
  '--headless',
  '--remote-debugging-pipe',
  '--hide-scrollbars',
  '--mute-audio',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-breakpad',
  '--disable-hang-monitor',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-field-trial-config',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  // Services an export never uses, off as the automation libraries turn them off.
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4,NetworkTimeServiceQuerying,PaintHolding',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  // The colours of the page as authored, as Playwright (which the tests use) prints them.
  '--force-color-profile=srgb',
];

/**
 * Where the throwaway profile goes: memory (/dev/shm) where there is one. Chromium creates some
 * 140 files there (SQLite databases with their journals and syncs, caches) and they are deleted
 * after every export: on a disk that costs a third of a second each way on a busy machine.
 */
function profileParent(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/** Signals that end this process: a running Chromium is ended with it. */
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** One DevTools connection: commands by id, events to listeners. */
class Connection {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  private readonly listeners = new Set<(message: Message) => void>();
  private buffered: Buffer[] = [];
  private closedWith: Error | null = null;

  constructor(
    private readonly output: Writable,
    input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => {
      // Messages are JSON separated by NUL bytes.
      let start = 0;
      for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
        this.buffered.push(chunk.subarray(start, end));
        const text = Buffer.concat(this.buffered).toString('utf8');
        this.buffered = [];
        start = end + 1;
        this.dispatch(JSON.parse(text) as Message);
      }
      if (start < chunk.length) this.buffered.push(chunk.subarray(start));
    });
    output.on('error', () => undefined);
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!call) return;
      if (message.error)
        call.reject(new Error(`${call.method}: ${message.error.message}${message.error.data ? ` (${message.error.data})` : ''}`));
      else call.resolve(message.result);
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  send<C extends Command>(method: C, params?: Params<C>, sessionId?: string): Promise<Result<C>> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = ++this.nextId;
    return new Promise<Result<C>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.output.write(`${JSON.stringify({ id, method, params: params ?? {}, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  listen(listener: (message: Message) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(error: Error): void {
    this.closedWith ??= error;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}

export interface PdfOptions {
  /** Page size in CSS px. */
  readonly width: number;
  readonly height: number;
  readonly printBackground?: boolean;
  readonly tagged?: boolean;
  readonly outline?: boolean;
}

/** A page (tab) in the browser. */
export class CdpPage {
  /** Uncaught exceptions and console errors, as the page reported them. */
  readonly errors: string[] = [];
  /** The main frame's current document: its JavaScript context and origin. */
  private context: { readonly id: number; readonly origin: string } | null = null;
  private readonly contextWaiters = new Set<() => void>();

  constructor(
    private readonly connection: Connection,
    private readonly sessionId: string,
    private readonly frameId: string,
  ) {
    connection.listen((message) => {
      if (message.sessionId !== sessionId) return;
      if (message.method === 'Runtime.executionContextCreated') {
        const { context } = message.params as EventParams<'Runtime.executionContextCreated'>;
        const aux = context.auxData as { isDefault?: boolean; frameId?: string } | undefined;
        if (aux?.isDefault && aux.frameId === frameId) {
          this.context = { id: context.id, origin: context.origin };
          for (const wake of this.contextWaiters) wake();
        }
      } else if (message.method === 'Runtime.executionContextDestroyed') {
        const { executionContextId } = message.params as EventParams<'Runtime.executionContextDestroyed'>;
        if (executionContextId === this.context?.id) this.context = null;
      } else if (message.method === 'Runtime.executionContextsCleared') {
        this.context = null;
      } else if (message.method === 'Runtime.exceptionThrown') {
        const { exceptionDetails } = message.params as EventParams<'Runtime.exceptionThrown'>;
        this.errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
      } else if (message.method === 'Runtime.consoleAPICalled') {
        const event = message.params as EventParams<'Runtime.consoleAPICalled'>;
        if (event.type === 'error') this.errors.push(event.args.map((a) => String(a.value ?? a.description ?? '')).join(' '));
      }
    });
  }

  private send<C extends Command>(method: C, params?: Params<C>): Promise<Result<C>> {
    return this.connection.send(method, params, this.sessionId);
  }

  /** Starts the protocol domains the page's methods rely on. */
  async init(width: number, height: number, deviceScaleFactor: number): Promise<void> {
    await Promise.all([
      this.send('Page.enable'),
      this.send('Runtime.enable'),
      this.send('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor,
        mobile: false,
        screenWidth: width,
        screenHeight: height,
      }),
    ]);
  }

  /**
   * Opens `url` and resolves once its document is running (its scripts can be evaluated): what
   * comes after is the caller's to wait for, by the page's own signals.
   */
  async goto(url: string, timeoutMs: number): Promise<void> {
    const origin = new URL(url).origin;
    this.context = null;
    const started = this.documentOf(origin);
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`could not open ${url}: ${errorText}`);
    await withTimeout(started, timeoutMs, `${url} did not start within ${(timeoutMs / 1000).toFixed(0)} s`);
  }

  /** Resolves once the main frame runs a document from `origin`. */
  private documentOf(origin: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = (): void => {
        if (this.context?.origin !== origin) return;
        this.contextWaiters.delete(wake);
        resolve();
      };
      this.contextWaiters.add(wake);
      wake();
    });
  }

  /** The page as this document: no navigation, no network. */
  async setContent(html: string): Promise<void> {
    const { frameTree } = await this.send('Page.getFrameTree');
    await this.send('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
  }

  /**
   * Runs `fn` in the page (awaiting a returned promise) and returns its JSON-serialisable result.
   * `fn` travels as source text, so it must not use anything from the module around it.
   */
  async evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    if (!this.context) throw new Error('the page has no document to evaluate in (it is between two documents)');
    const { result, exceptionDetails } = await this.send('Runtime.callFunctionOn', {
      functionDeclaration: fn.toString(),
      executionContextId: this.context.id,
      arguments: arg === undefined ? [] : [{ value: arg }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** Chromium's PDF of the page: vector text, links, and (optionally) tags and a heading outline. */
  async pdf(options: PdfOptions): Promise<Buffer> {
    const { data } = await this.send('Page.printToPDF', {
      paperWidth: options.width / 96,
      paperHeight: options.height / 96,
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
      printBackground: options.printBackground ?? true,
      preferCSSPageSize: false,
      generateTaggedPDF: options.tagged ?? true,
      generateDocumentOutline: options.outline ?? false,
    });
    return Buffer.from(data, 'base64');
  }

  /** A PNG of the viewport, or of `clip` (CSS px); `omitBackground` keeps transparency. */
  async screenshot(
    options: { clip?: { x: number; y: number; width: number; height: number }; omitBackground?: boolean } = {},
  ): Promise<Buffer> {
    if (options.omitBackground) await this.send('Emulation.setDefaultBackgroundColorOverride', { color: { r: 0, g: 0, b: 0, a: 0 } });
    const { data } = await this.send('Page.captureScreenshot', {
      format: 'png',
      ...(options.clip ? { clip: { ...options.clip, scale: 1 } } : {}),
    });
    if (options.omitBackground) await this.send('Emulation.setDefaultBackgroundColorOverride', {});
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.connection.send('Target.closeTarget', { targetId: this.frameId }).catch(() => undefined);
  }
}

export class Chromium {
  private readonly process: ChildProcess;
  private readonly connection: Connection;
  private readonly profile: string;
  private readonly exited: Promise<void>;
  private readonly started: Promise<void>;
  /** The tab Chromium opens at start, handed out by the first `newPage` (its renderer is already up). */
  private firstTab: string | null = null;
  private stderr = '';

  constructor(executablePath: string, args: readonly string[]) {
    this.profile = mkdtempSync(join(profileParent(), 'deck-chromium-'));
    this.process = spawn(executablePath, [...LAUNCH_FLAGS, ...args, `--user-data-dir=${this.profile}`, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      // A process group of its own, so that it ends as one (its zygotes, renderers and services too).
      detached: true,
    });
    const [, , errors, toBrowser, fromBrowser] = this.process.stdio as [null, null, Readable, Writable, Readable];
    errors.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.connection = new Connection(toBrowser, fromBrowser);
    this.exited = new Promise((resolve) => {
      const done = (reason: string): void => {
        this.connection.close(
          new Error(`Chromium ${reason}${this.stderr ? `:\n${this.stderr.trim().split('\n').slice(-5).join('\n')}` : ''}`),
        );
        resolve();
      };
      this.process.once('error', (error) => done(`could not start (${executablePath}): ${error.message}`));
      this.process.once('exit', (code, signal) => done(`exited (${signal ?? `code ${code}`})`));
    });
    // A Chromium left behind by this process would hold its profile forever: it ends with this
    // process, and on the signals that end it (outside the terminal's process group, Ctrl+C no
    // longer reaches Chromium itself), after which the signal is raised again.
    const onExit = (): void => this.kill();
    const onSignal = (signal: NodeJS.Signals): void => {
      this.kill();
      this.removeProfile();
      for (const name of ENDING_SIGNALS) process.off(name, onSignal);
      process.kill(process.pid, signal);
    };
    process.once('exit', onExit);
    for (const name of ENDING_SIGNALS) process.on(name, onSignal);
    void this.exited.then(() => {
      process.off('exit', onExit);
      for (const name of ENDING_SIGNALS) process.off(name, onSignal);
    });
    this.started = this.connection.send('Target.getTargets').then(({ targetInfos }) => {
      this.firstTab = targetInfos.find((t) => t.type === 'page')?.targetId ?? null;
    });
  }

  /** Chromium's version, e.g. `156.0.8078.114`. */
  async version(): Promise<string> {
    const { product } = await this.connection.send('Browser.getVersion');
    return product.replace(/^[^/]*\//, '');
  }

  async newPage(options: { width: number; height: number; deviceScaleFactor?: number }): Promise<CdpPage> {
    await this.started;
    let targetId = this.firstTab;
    this.firstTab = null;
    targetId ??= (await this.connection.send('Target.createTarget', { url: 'about:blank' })).targetId;
    const { sessionId } = await this.connection.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new CdpPage(this.connection, sessionId, targetId);
    await page.init(options.width, options.height, options.deviceScaleFactor ?? 1);
    return page;
  }

  /**
   * Ends the browser and removes its profile. Safe to call more than once. The profile is thrown
   * away, so there is nothing for a graceful shutdown to save: the browser is killed (its helper
   * processes end with it), which takes milliseconds where `Browser.close` takes a tenth of a
   * second or more of CPU that the export is using to finish its file.
   */
  async close(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      this.kill();
      await this.exited;
    }
    this.removeProfile();
  }

  /** Kills the browser's whole process group: nothing of it writes to the profile afterwards. */
  private kill(): void {
    const pid = this.process.pid;
    try {
      if (pid !== undefined) process.kill(-pid, 'SIGKILL');
    } catch {
      this.process.kill('SIGKILL');
    }
  }

  private removeProfile(): void {
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
  }
}

/** Starts Chromium now; use the returned browser's methods, which wait for it to be up. */
export function launchChromium(executablePath: string, args: readonly string[]): Chromium {
  return new Chromium(executablePath, args);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new Error(message);
      error.name = 'TimeoutError';
      reject(error);
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
