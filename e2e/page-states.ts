import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { BrowserSession } from './browser';

/**
 * What every page state the axe tests visit must also do, besides passing axe:
 * - reflow (WCAG 1.4.10): at 320 × 640 CSS px the page is no wider than the screen, in Dutch and in
 *   English (the English state is the same request again, in a context of its own with `taal=en`);
 * - name the fields in its error summary, each linking to its field (GOV.UK / NL Design System);
 * - be valid HTML: its HTML in both languages is kept, and one run of the W3C Nu checker checks all
 *   of them at the end (every-page-state-is-valid-html.test.ts).
 */

export const PHONE = { width: 320, height: 640 };

/** Where this run keeps the HTML of the page states, for the Nu checker. */
export const htmlDir = () => join(inject('sessionDir'), 'html');

/** The texts that say nothing about the field they belong to. */
const GENERIC = [
  'Vul dit veld in.',
  'Please fill in this field.',
  'Deze waarde klopt niet.',
  'This value is not correct.',
];

const lastDocuments = new WeakMap<Page, Request>();

/**
 * Remembers the last request that loaded the page's document (after redirects), so the same state
 * can be asked for again in English. BrowserSession.newPage does this for every page it opens.
 */
export function trackDocument(page: Page): void {
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) lastDocuments.set(page, request);
  });
}

/** The page's width at 320 CSS px, and the widest elements when it is too wide (to say what to fix). */
async function widthAtPhoneSize(page: Page) {
  await page.setViewportSize(PHONE);
  return page.evaluate((limit) => {
    const width = document.documentElement.scrollWidth;
    const culprits =
      width <= limit
        ? []
        : [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > limit + 1)
            .filter(
              (element) => ![...element.children].some((child) => child.getBoundingClientRect().right > limit + 1),
            )
            .slice(0, 5)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 60)}`,
            );
    return { width, culprits };
  }, PHONE.width);
}

/** Each entry of the page's error summary: its text, and whether its link leads to a field on the page. */
async function errorSummaryOf(page: Page) {
  return page.locator('.samen-error-summary a').evaluateAll((links) =>
    links.map((link) => {
      const id = (link.getAttribute('href') ?? '').replace(/^#/, '');
      const target = id ? document.getElementById(id) : null;
      return {
        text: link.textContent?.trim() ?? '',
        href: link.getAttribute('href') ?? '',
        leadsToField: !!target && ['INPUT', 'SELECT', 'TEXTAREA', 'FIELDSET'].includes(target.tagName),
      };
    }),
  );
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

let kept = 0;

/** The HTML of the page as it is now (after its script ran), kept for the Nu checker. */
async function keepHtml(page: Page, name: string) {
  const dir = htmlDir();
  mkdirSync(dir, { recursive: true });
  kept += 1;
  writeFileSync(join(dir, `${slug(name)}-${process.pid}-${kept}.html`), await page.content());
}

async function expectReflows(page: Page, what: string) {
  const { width, culprits } = await widthAtPhoneSize(page);
  expect(
    width,
    `${what} is ${width} px wide at ${PHONE.width} px; too wide: ${culprits.join(' | ')}`,
  ).toBeLessThanOrEqual(PHONE.width);
}

async function expectSummaryNamesFields(page: Page, what: string) {
  const entries = await errorSummaryOf(page);
  for (const entry of entries) {
    expect(entry.leadsToField, `${what}: "${entry.text}" links to ${entry.href}, not to a field`).toBe(true);
    expect(GENERIC, `${what}: "${entry.text}" does not say which field or what to do`).not.toContain(entry.text);
  }
  const texts = entries.map((entry) => entry.text);
  expect(new Set(texts).size, `${what}: the same message twice in the error summary: ${texts.join(' | ')}`).toBe(
    texts.length,
  );
}

/**
 * The checks of this file on the page state `page` is in. Dutch first, on `page` itself (at phone
 * size for the check, then back to its own size). Then English: in a new context with the same
 * cookies plus `taal=en`, the request that loaded the state is sent again (a form's POST included).
 */
export async function checkPageState(session: BrowserSession, page: Page, name: string) {
  const viewport = page.viewportSize();
  await expectReflows(page, name);
  await expectSummaryNamesFields(page, name);
  await keepHtml(page, `${name} nl`);
  if (viewport) await page.setViewportSize(viewport);

  const request = lastDocuments.get(page);
  if (!request) throw new Error(`e2e: no document request recorded for "${name}" (open pages with session.newPage)`);
  const context = await session.newContext({ storageState: await page.context().storageState(), viewport: PHONE });
  await context.addCookies([{ name: 'taal', value: 'en', url: session.baseURL }]);
  const english = await context.newPage();
  const url = request.url();
  if (request.method() !== 'GET') {
    const body = request.postDataBuffer() ?? '';
    const contentType = (await request.allHeaders())['content-type'] ?? '';
    await english.route(
      url,
      async (route) =>
        route.continue({
          method: request.method(),
          postData: body,
          headers: { ...(await route.request().allHeaders()), 'content-type': contentType },
        }),
      { times: 1 },
    );
  }
  await english.goto(url);
  await english.locator('html[lang="en"]').waitFor({ state: 'attached' });
  await expectReflows(english, `${name} (English)`);
  await expectSummaryNamesFields(english, `${name} (English)`);
  await keepHtml(english, `${name} en`);
}
