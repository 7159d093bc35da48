// What the renderer benchmark measures in Chromium, each timed inside the page with performance.now()
// (its origin is the navigation start), so the numbers do not include Playwright's round trips:
//  - first inbox paint: navigation start → the first frame painted after a queue row is in the DOM;
//  - opening a conversation: the Enter keydown on a queue row → the frame after its thread is shown;
//  - keystroke to screen in the composer: keydown → the frame after the character is in the field;
//  - a scripted scroll through the queue: frame intervals, blank frames, long tasks (> 50 ms);
//  - memory: JS heap after a forced GC and DOM node count (CDP Performance.getMetrics).
// "The frame after" is requestAnimationFrame followed by a message-channel task: it runs once the
// frame holding the change was produced, which is when the agent can see it.
import type { Browser, BrowserContext, Page } from '@playwright/test';

/** Installed before any script of the page: the first-row watch and the long-task log. */
function instrumentPage(): void {
  const bench = { firstRowAt: null as number | null, longTasks: [] as Array<{ start: number; duration: number }> };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = new MutationObserver(() => {
    if (!document.querySelector('[role="listbox"] [role="option"]')) return;
    watch.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (bench.firstRowAt = performance.now());
      channel.port2.postMessage(null);
    });
  });
  watch.observe(document, { childList: true, subtree: true });
}

export async function openConsole(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  // A fresh context each time: no HTTP cache, no session storage, as on a cold start of the app.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', colorScheme: 'light' });
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps named functions in __name(): give the page that helper too, so
  // the functions below can be sent to it as they are.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(instrumentPage);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: { firstRowAt: number | null } }).__bench.firstRowAt !== null, undefined, { timeout: 60_000 });
  return { context, page };
}

export async function firstPaintMs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __bench: { firstRowAt: number } }).__bench.firstRowAt);
}

/** Opens `samples` conversations one after another (j, then Enter) from the top of the queue. */
export async function openConversationSamples(page: Page, samples: number): Promise<number[]> {
  const results: number[] = [];
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await queue.getByRole('option').first().focus();
  let previousName = '';
  while (results.length < samples) {
    const name = await page.evaluate(() => {
      const row = document.activeElement;
      if (row?.getAttribute('role') !== 'option') throw new Error('the focus left the queue');
      return document.getElementById(row.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '';
    });
    // Customers may share a name: open only rows whose thread is told apart by its heading.
    if (name === previousName || name === '') {
      await page.keyboard.press('j');
      continue;
    }
    await page.evaluate((customer) => {
      const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
      bench.open = new Promise<number>((resolve) => {
        let pressedAt: number | null = null;
        window.addEventListener('keydown', (event) => event.key === 'Enter' && (pressedAt = performance.now()), { capture: true, once: true });
        const shown = () =>
          [...document.querySelectorAll('section.conversation')].some(
            (section) => section.querySelector('h2')?.textContent?.trim() === customer && section.querySelector('[role="log"] .thread__messages > *'),
          );
        const watch = new MutationObserver(() => {
          if (pressedAt === null || !shown()) return;
          watch.disconnect();
          const began = pressedAt;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - began);
            channel.port2.postMessage(null);
          });
        });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, name);
    await page.keyboard.press('Enter');
    results.push(await page.evaluate(() => (window as unknown as { __bench: { open: Promise<number> } }).__bench.open));
    previousName = name;
    await page.keyboard.press('j');
  }
  return results;
}

export interface KeystrokeSamples {
  /** keydown → the frame after the character is in the field. */
  toScreen: number[];
  /** keydown → the end of the task that handled it (React's render included): the JavaScript share. */
  handling: number[];
}

/** Types `samples` characters into the open conversation's reply field, one every `gapMs`. */
export async function keystrokeSamples(page: Page, samples: number, gapMs: number): Promise<KeystrokeSamples> {
  const field = page.locator('textarea.composer__field');
  await field.click();
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
    const result = { toScreen: [] as number[], handling: [] as number[] };
    bench.keystrokes = result;
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea.composer__field')!;
    let pressedAt = 0;
    textarea.addEventListener(
      'keydown',
      () => {
        const began = performance.now();
        pressedAt = began;
        const lengthBefore = textarea.value.length;
        const afterFrame = () => {
          // The character must be in the field in this frame; otherwise wait for the next one.
          if (textarea.value.length === lengthBefore) return requestAnimationFrame(afterFrame);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => result.toScreen.push(performance.now() - began);
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(afterFrame);
      },
      { capture: true },
    );
    textarea.addEventListener('input', () => {
      const began = pressedAt;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => result.handling.push(performance.now() - began);
      channel.port2.postMessage(null);
    });
  });
  const text = 'Buongiorno, grazie per averci scritto! Controllo subito il suo ordine e le rispondo. ';
  for (let typed = 0; typed < samples; typed += 1) {
    await page.keyboard.type(text[typed % text.length]!);
    await page.waitForTimeout(gapMs);
  }
  await page.waitForFunction((count) => (window as unknown as { __bench: { keystrokes: KeystrokeSamples } }).__bench.keystrokes.toScreen.length >= count, samples);
  return page.evaluate(() => (window as unknown as { __bench: { keystrokes: KeystrokeSamples } }).__bench.keystrokes);
}

export interface ScrollResult {
  frames: number;
  frameIntervals: number[];
  /** Frames in which the middle of the list showed no row (a gap the user would see). */
  blankFrames: number;
  longTasks: number;
  longestTaskMs: number;
  maxRenderedRows: number;
  /** How far down the queue the scroll got (aria-posinset of the last row reached). */
  reachedRow: number;
}

/** Scrolls the queue half a screen per frame for `frames` frames, as a fast wheel or a dragged scrollbar would. */
export async function scriptedScroll(page: Page, frames: number): Promise<ScrollResult> {
  return page.evaluate(async (frameCount) => {
    const bench = (window as unknown as { __bench: { longTasks: Array<{ start: number; duration: number }> } }).__bench;
    const scroller = document.querySelector<HTMLElement>('.queue-scroller')!;
    const box = scroller.getBoundingClientRect();
    const began = performance.now();
    const stamps: number[] = [];
    let blankFrames = 0;
    let maxRenderedRows = 0;
    await new Promise<void>((resolve) => {
      const step = (stamp: number) => {
        stamps.push(stamp);
        const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (!middle?.closest('[role="option"]')) blankFrames += 1;
        maxRenderedRows = Math.max(maxRenderedRows, scroller.querySelectorAll('[role="option"]').length);
        if (stamps.length >= frameCount) return resolve();
        scroller.scrollTop += scroller.clientHeight / 2;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    // Let the last page load and long tasks be reported.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ended = performance.now();
    const during = bench.longTasks.filter((task) => task.start >= began && task.start <= ended);
    const positions = [...scroller.querySelectorAll('[role="option"]')].map((row) => Number(row.getAttribute('aria-posinset')));
    return {
      frames: stamps.length,
      frameIntervals: stamps.slice(1).map((stamp, index) => stamp - stamps[index]!),
      blankFrames,
      longTasks: during.length,
      longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
      maxRenderedRows,
      reachedRow: Math.max(0, ...positions),
    };
  }, frames);
}

export interface MemorySample {
  jsHeapUsedBytes: number;
  domNodes: number;
  renderedRows: number;
}

/** After a forced garbage collection, what the page holds. */
export async function memorySample(context: BrowserContext, page: Page): Promise<MemorySample> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  const renderedRows = await page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').count();
  return { jsHeapUsedBytes: metric('JSHeapUsedSize'), domNodes: metric('Nodes'), renderedRows };
}
