import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { trackDocument } from './page-states';

/**
 * Debian's chromium driven by playwright-core: no browser download, ever. One browser per test
 * file, a fresh context (cookies, storage) per test.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`e2e: no chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // We run as root in a container without network access.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Each context is a person on her own device, with her own address: the server (TRUST_PROXY in
 * e2e/server.ts) limits logins to 10 a minute per address, as it would for real visitors, and one
 * shared 127.0.0.1 made a run with many sign-ins fail on that limit.
 */
function someClientAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}`;
}

export interface BrowserSession {
  readonly baseURL: string;
  readonly browser: Browser;
  /** A new context for this test (closed after it) with one page, Dutch, pointed at the app. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Call at the top of a test file: registers the hooks that open and close the browser. */
export function useBrowser(): BrowserSession {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const session: BrowserSession = {
    baseURL,
    get browser() {
      if (!browser) throw new Error('e2e: the browser is not running yet (use it inside a test or hook)');
      return browser;
    },
    async newContext(options = {}) {
      const context = await session.browser.newContext({
        baseURL,
        locale: 'nl-NL',
        ...options,
        extraHTTPHeaders: { 'X-Forwarded-For': someClientAddress(), ...options.extraHTTPHeaders },
      });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return context;
    },
    async newPage(options = {}) {
      const context = await session.newContext(options);
      const page = await context.newPage();
      trackDocument(page);
      return page;
    },
  };
  return session;
}
