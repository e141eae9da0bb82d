import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core (WCAG 2.1 A + AA rules) on the page as it is now and returns one readable line
 * per violation and element: rule id, impact, help text, where, and axe's explanation of the fix.
 * An empty list means the page passes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) =>
      [
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
        `  at ${node.target.map(String).join(' > ')}`,
        `  ${node.failureSummary?.replace(/\n/g, '\n  ') ?? ''}`,
        `  see ${violation.helpUrl}`,
      ].join('\n'),
    ),
  );
}
