import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('A keyboard user skips to the content', () => {
  it('reaches the skip link with the first Tab and jumps to the main content with Enter', async () => {
    const page = await session.newPage();
    await page.goto('/gemeenten');

    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    // Hidden until it has focus.
    const hiddenBox = await skipLink.boundingBox();
    expect(hiddenBox === null || hiddenBox.y + hiddenBox.height <= 0).toBe(true);

    await page.keyboard.press('Tab');
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    const shownBox = await skipLink.boundingBox();
    expect(shownBox).not.toBeNull();
    expect(shownBox?.y).toBeGreaterThanOrEqual(0);

    await page.keyboard.press('Enter');
    await page.waitForURL('**/gemeenten#inhoud');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });
});
