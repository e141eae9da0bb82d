import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Sessions, signIn } from './axe-pages';
import { useBrowser } from './browser';

const session = useBrowser();
const sessions: Sessions = {};

beforeAll(async () => {
  await signIn(session, sessions, ['resident', 'alphen']);
});

/** What the focus looks like on one element, computed from its styles in the browser. */
interface Focused {
  what: string;
  inHeader: boolean;
  inMain: boolean;
  inFooter: boolean;
  /** the indicator's colour (outline, else box-shadow), or null when there is none */
  indicator: string | null;
  width: number;
  /** the lowest contrast of the indicator against what lies behind it, on each side of the element */
  contrast: number;
  /** the contrast of the element's text against its own background, for links and buttons with text */
  textContrast: number | null;
}

/** Runs in the page: the focus indicator of document.activeElement and its contrast with its surroundings. */
function focusOfActiveElement(): Focused | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const rgba = (text: string) => {
    const parts = (text.match(/rgba?\(([^)]*)\)/)?.[1] ?? '0 0 0 0')
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return { r: parts[0] ?? 0, g: parts[1] ?? 0, b: parts[2] ?? 0, a: parts[3] ?? 1 };
  };
  type Colour = ReturnType<typeof rgba>;
  const over = (top: Colour, below: Colour): Colour => ({
    r: top.r * top.a + below.r * (1 - top.a),
    g: top.g * top.a + below.g * (1 - top.a),
    b: top.b * top.a + below.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }: Colour) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const ratio = (x: Colour, y: Colour) => {
    const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  /** The colour an element shows: its background over its ancestors' (white at the bottom). */
  const backgroundOf = (start: Element | null): Colour => {
    const layers: Colour[] = [];
    for (let node = start; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a >= 1) break;
    }
    return layers.reverse().reduce((below, top) => over(top, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' ? style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] : undefined;
  const indicator = outlined ? style.outlineColor : (shadow ?? null);
  const width = outlined ? Number.parseFloat(style.outlineWidth) : shadow ? 2 : 0;
  const offset = outlined ? Number.parseFloat(style.outlineOffset) : 0;
  // Behind the ring: what lies at the middle of the ring on each side of the element.
  const box = element.getBoundingClientRect();
  const out = offset + width / 2;
  const points = [
    [box.left - out, box.top + box.height / 2],
    [box.right + out, box.top + box.height / 2],
    [box.left + box.width / 2, box.top - out],
    [box.left + box.width / 2, box.bottom + out],
  ].filter(([x, y]) => x !== undefined && y !== undefined && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
  const ring = indicator ? rgba(indicator) : null;
  const contrasts = points.map(([x, y]) => {
    const behind = document
      .elementsFromPoint(x as number, y as number)
      .find((node) => node === element || !element.contains(node));
    return ring ? ratio(over(ring, backgroundOf(behind ?? null)), backgroundOf(behind ?? null)) : 1;
  });
  const hasText = ['A', 'BUTTON', 'SUMMARY'].includes(element.tagName) && (element.textContent ?? '').trim() !== '';
  return {
    what: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('name') || '').trim()}"`,
    inHeader: !!element.closest('header'),
    inMain: !!element.closest('main'),
    inFooter: !!element.closest('footer'),
    indicator,
    width,
    contrast: contrasts.length > 0 ? Math.min(...contrasts) : 0,
    textContrast: hasText ? ratio(rgba(style.color), backgroundOf(element)) : null,
  };
}

/** Tabs from the top of the page to the footer and measures the focus on every element on the way. */
async function tabThrough(page: Page): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let step = 0; step < 90; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(focusOfActiveElement);
    if (!focused || focused.inFooter) break;
    seen.push(focused);
  }
  return seen;
}

function expectVisibleFocus(seen: Focused[], formControls: number) {
  expect(seen.filter((f) => f.inHeader).length, 'the header links and buttons').toBeGreaterThanOrEqual(5);
  expect(seen.filter((f) => f.inMain).length, 'the fields and buttons of the form').toBeGreaterThanOrEqual(
    formControls,
  );
  for (const focused of seen) {
    expect(focused.indicator, `${focused.what} shows no focus indicator`).not.toBeNull();
    expect(focused.width, `${focused.what}: focus indicator of ${focused.width} px`).toBeGreaterThanOrEqual(2);
    expect(focused.contrast, `${focused.what}: focus indicator ${focused.indicator}`).toBeGreaterThanOrEqual(3);
    // A focused link or button stays readable (no white text on a yellow focus background).
    if (focused.textContrast !== null)
      expect(focused.textContrast, `${focused.what}: text when focused`).toBeGreaterThanOrEqual(4.5);
  }
}

describe('A keyboard user sees where the focus is', () => {
  it('in the default theme: the header and the initiative form (Samen innoveren)', async () => {
    const page = await session.newPage({ storageState: sessions.alphen });
    await page.goto('/innovatie/nieuw');
    expectVisibleFocus(await tabThrough(page), 10);
  });

  it('in the default theme: the header and the filter of the rounds (Samen opschalen)', async () => {
    const page = await session.newPage({ storageState: sessions.alphen });
    await page.goto('/opschalen/rondes');
    expectVisibleFocus(await tabThrough(page), 2);
  });

  it("in Utrecht's theme: the header and the form to ask for help (Samen helpen)", async () => {
    const page = await session.newPage({ storageState: sessions.resident });
    await page.goto('/gemeenten/utrecht/marktplaats/nieuw?soort=request');
    expect(await page.locator('body.samen-theme-gm0344').count()).toBe(1);
    expectVisibleFocus(await tabThrough(page), 8);
  });

  it("in Rotterdam's theme: the header and the search of the marketplace", async () => {
    const page = await session.newPage();
    await page.goto('/gemeenten/rotterdam/marktplaats');
    expect(await page.locator('body.samen-theme-gm0599').count()).toBe(1);
    expectVisibleFocus(await tabThrough(page), 5);
  });
});
