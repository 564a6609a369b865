/**
 * A small typed client for W3C WebDriver (classic, over HTTP), enough to drive WebKitGTK through
 * Debian's `WebKitWebDriver` (package webkit2gtk-driver) under a virtual X server (`xvfb-run`).
 * Playwright cannot download its own WebKit build here; this is Safari's engine as Debian ships it.
 * Only the commands the WebKit smoke test uses: a session, navigation, windows, scripts, keys.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The W3C key codes the tests press (WebDriver's "normalised key values"). */
export const KEY = {
  Escape: '\uE00C',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  Shift: '\uE008',
  Control: '\uE009',
} as const;

interface WireError {
  readonly error: string;
  readonly message: string;
}

const isWireError = (value: unknown): value is WireError =>
  typeof value === 'object' && value !== null && typeof (value as Partial<WireError>).error === 'string';

/** Whether WebKitWebDriver and xvfb-run are installed; the reason when not. */
export function webkitDriverMissing(): string | null {
  const missing = ['WebKitWebDriver', 'xvfb-run'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  return missing.length === 0 ? null : missing.join(' and ');
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export class WebDriverSession {
  private constructor(
    private readonly base: string,
    private readonly child: ChildProcess,
    private readonly log: string[],
  ) {}

  /** Starts WebKitWebDriver under xvfb-run and opens a MiniBrowser session. */
  static async startWebKit(): Promise<WebDriverSession> {
    const port = await freePort();
    // Its own process group: xvfb-run, Xvfb, the driver and the browser end together.
    const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', 'WebKitWebDriver', `--port=${port}`], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    child.stdout.on('data', (d: Buffer) => log.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => log.push(d.toString()));
    const root = `http://127.0.0.1:${port}`;
    const until = Date.now() + 20_000;
    for (;;) {
      const ready = await fetch(`${root}/status`)
        .then((r) => r.json() as Promise<{ value?: { ready?: boolean } }>)
        .catch(() => null);
      if (ready?.value?.ready) break;
      if (Date.now() > until || child.exitCode !== null) {
        kill(child);
        throw new Error(`WebKitWebDriver did not start: ${log.join('').trim() || 'no output'}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const created = await call(root, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } },
    }).catch((error: unknown) => {
      kill(child);
      throw error;
    });
    const id = (created as { sessionId?: unknown }).sessionId;
    if (typeof id !== 'string') {
      kill(child);
      throw new Error('WebKitWebDriver answered without a session id');
    }
    return new WebDriverSession(`${root}/session/${id}`, child, log);
  }

  private send(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    return call(this.base, method, path, body);
  }

  /** Whatever the driver and the browser printed (for a failure message). */
  output(): string {
    return this.log.join('');
  }

  async navigate(url: string): Promise<void> {
    await this.send('POST', '/url', { url });
  }

  /** Sets the window's outer size (the browser's toolbar takes some of the height). */
  async setWindowSize(width: number, height: number): Promise<void> {
    await this.send('POST', '/window/rect', { width, height });
  }

  /** Sets the window so that the page's viewport is width×height. */
  async setViewport(width: number, height: number): Promise<void> {
    await this.setWindowSize(width, height);
    // The browser's own frame is the outer size less the inner: measured, not guessed from the first
    // resize (which a busy window may not have finished).
    const [w, h, ow, oh] = await this.execute<[number, number, number, number]>(
      'return [innerWidth, innerHeight, outerWidth, outerHeight]',
    );
    if (w !== width || h !== height) await this.setWindowSize(width + Math.max(0, ow - w), height + Math.max(0, oh - h));
  }

  /** Runs a function body in the page (`arguments[i]` are the args) and returns its JSON result. */
  async execute<T>(body: string, ...args: unknown[]): Promise<T> {
    return (await this.send('POST', '/execute/sync', { script: body, args })) as T;
  }

  /** Polls a function body until it returns something truthy (or fails with the message). */
  async waitFor<T>(body: string, message: string, timeout = 15_000, ...args: unknown[]): Promise<T> {
    const until = Date.now() + timeout;
    for (;;) {
      // WebKitGTK's driver now and then cannot read back a result while the page is busy (a chart
      // mid-draw): that poll counts as "not yet", and the next one asks again.
      const last = await this.execute<T>(body, ...args).catch((error: unknown) => {
        if (error instanceof Error && error.message.includes('Could not parse script result') && Date.now() < until) return null;
        throw error;
      });
      if (last) return last;
      if (Date.now() > until) throw new Error(`timed out: ${message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Presses keys in order (each down then up); `modifiers` are held throughout. */
  async press(keys: readonly string[], modifiers: readonly string[] = []): Promise<void> {
    const actions = [
      ...modifiers.map((value) => ({ type: 'keyDown', value })),
      ...keys.flatMap((value) => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]),
      ...[...modifiers].reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.send('DELETE', '/actions');
  }

  /** Runs the following commands in the page's `index`th frame (null: the top page again). */
  async switchToFrame(index: number | null): Promise<void> {
    await this.send('POST', '/frame', { id: index });
  }

  async windowHandles(): Promise<string[]> {
    return (await this.send('GET', '/window/handles')) as string[];
  }

  async switchToWindow(handle: string): Promise<void> {
    await this.send('POST', '/window', { handle });
  }

  /** A PNG of the viewport. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from((await this.send('GET', '/screenshot')) as string, 'base64');
  }

  /** Ends the session and the driver, the browser and the X server with it. */
  async close(): Promise<void> {
    await this.send('DELETE', '').catch(() => undefined);
    kill(this.child);
  }
}

/** WebKitWebDriver's answer when the page's web process died or stopped answering (a browser fault, not a page's). */
export const isPageCrash = (error: unknown): boolean => error instanceof Error && /page crash or hang/.test(error.message);

function kill(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function call(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { value?: unknown };
  if (!response.ok || isWireError(json.value)) {
    const error = isWireError(json.value) ? `${json.value.error}: ${json.value.message}` : `HTTP ${response.status}`;
    throw new Error(`WebDriver ${method} ${path}: ${error}`);
  }
  return json.value ?? null;
}
