import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { expectAccessible } from './accessibility';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export type Language = 'en' | 'nl';

const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };
// E2E_SCREENSHOTS puts them elsewhere (a folder under /tmp, say), to look at without touching the worktree.
const screenshotsFolder = process.env.E2E_SCREENSHOTS ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/** Chromium's own complaint about an API answer the app expects and handles (a visitor's 401, say). */
const EXPECTED_CONSOLE_ERROR = /^Failed to load resource: the server responded with a status of (401|404)/;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface OpenOptions {
  baseURL: string;
  viewport: ViewportName;
  /** The browser's preferred language, which the app follows until the user chooses. */
  language: Language;
}

/**
 * One user in a fresh browser context. After every navigation the page is checked with axe-core:
 * `visit` and `follow` check at once, and any navigation a test makes otherwise is checked when it ends.
 */
export class Visitor {
  private navigatedSinceCheck = false;
  private readonly problems: string[] = [];
  private readonly expectedConsoleErrors: RegExp[] = [EXPECTED_CONSOLE_ERROR];

  constructor(
    readonly page: Page,
    readonly options: OpenOptions,
  ) {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.navigatedSinceCheck = true;
    });
    page.on('pageerror', (error) => this.problems.push(`Uncaught error in the page: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !this.expectedConsoleErrors.some((expected) => expected.test(message.text()))) {
        this.problems.push(`console.error in the page: ${message.text()}`);
      }
    });
  }

  /** A story that provokes an API error the app explains (a 409, say) expects Chromium to log it. */
  expectFailedResponse(status: number): void {
    this.expectedConsoleErrors.push(new RegExp(`^Failed to load resource: the server responded with a status of ${status}`));
  }

  /** Opens a path of the app, waits for the page to be drawn, and checks its accessibility. */
  async visit(pathname: string): Promise<void> {
    await this.page.goto(new URL(pathname, this.options.baseURL).href);
    await this.checkPage();
  }

  /** Does something that leads to another page (clicking a link, say), then checks the new page. */
  async follow(action: () => Promise<void>): Promise<void> {
    const before = this.page.url();
    await action();
    await this.page.waitForURL((url) => url.href !== before);
    await this.checkPage();
  }

  /** Waits until the page shows its heading and has finished loading, then runs axe-core on it. */
  async checkPage(): Promise<void> {
    await this.page.locator('main h1').first().waitFor();
    await this.page.locator('[role="status"]').first().waitFor({ state: 'detached' });
    this.navigatedSinceCheck = false;
    await expectAccessible(this.page);
  }

  /** Waits for something to be visible and returns it. */
  async see(locator: Locator): Promise<Locator> {
    await locator.waitFor({ state: 'visible', timeout: 5_000 });
    return locator;
  }

  /**
   * Saves e2e/screenshots/<test>--<viewport>-<language>--<step>.png (or into $E2E_SCREENSHOTS): the
   * whole page, or with `fullPage: false` what is on screen (a modal dialog's backdrop covers only that).
   */
  async screenshot(step: string, { fullPage = true } = {}): Promise<void> {
    const test = expect.getState().currentTestName?.split(' > ').at(-1) ?? 'test';
    const { viewport, language } = this.options;
    mkdirSync(screenshotsFolder, { recursive: true });
    await this.page.screenshot({
      path: path.join(screenshotsFolder, `${slug(test)}--${viewport}-${language}--${slug(step)}.png`),
      fullPage,
      animations: 'disabled',
    });
  }

  /** Fails on unchecked navigations, uncaught errors and console errors. */
  async finish(): Promise<void> {
    if (this.navigatedSinceCheck && !this.page.isClosed()) await this.checkPage();
    if (this.problems.length) throw new Error(this.problems.join('\n'));
  }
}

/** One Chromium for the test file; each test opens visitors in fresh contexts, closed after the test. */
export function useBrowser(): { open(options: OpenOptions): Promise<Visitor> } {
  let browser: Browser | undefined;
  let open: { context: BrowserContext; visitor: Visitor }[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterEach(async () => {
    const visitors = open;
    open = [];
    try {
      for (const { visitor } of visitors) await visitor.finish();
    } finally {
      await Promise.all(visitors.map(({ context }) => context.close()));
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(options) {
      if (!browser) throw new Error('The browser is not running: open visitors inside a test');
      const context = await browser.newContext({
        viewport: VIEWPORTS[options.viewport],
        locale: LOCALES[options.language],
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      const visitor = new Visitor(await context.newPage(), options);
      open.push({ context, visitor });
      return visitor;
    },
  };
}
