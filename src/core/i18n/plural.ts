/**
 * Plural forms in texts, chosen by `Intl.PluralRules` for the language: a message names its forms
 * in the ICU way, and `#` in a form is the number, written the way the language writes numbers.
 *
 *   '{count, plural, one {# nieuw bericht} other {# nieuwe berichten}}'
 *   '{count, plural, =0 {Nog geen reacties} one {# reactie} other {# reacties}}'
 *
 * An exact form (`=0`) comes before the language's category (zero, one, two, few, many, other);
 * `other` is required. Other placeholders may appear inside a form (`{name}`); they are filled after.
 */

const TAGS = { nl: 'nl-NL', en: 'en-GB' } as const;
type PluralLocale = keyof typeof TAGS;

const rules = new Map<PluralLocale, Intl.PluralRules>();
const numbers = new Map<PluralLocale, Intl.NumberFormat>();

/** The plural category of `count` in `locale` ("one", "other", …). */
export function pluralCategory(locale: PluralLocale, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(TAGS[locale]);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

function formatCount(locale: PluralLocale, count: number): string {
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(TAGS[locale]);
    numbers.set(locale, format);
  }
  return format.format(count);
}

/** The index just after the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

/** The forms of one plural block's body (" one {…} other {…}"), by selector; null when malformed. */
function formsOf(body: string): Map<string, string> | null {
  const forms = new Map<string, string>();
  let index = 0;
  while (index < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(index));
    if (!selector) return body.slice(index).trim() === '' ? forms : null;
    const open = index + selector[0].length - 1;
    const end = closing(body, open);
    if (end < 0) return null;
    forms.set(selector[1] as string, body.slice(open + 1, end - 1));
    index = end;
  }
  return forms;
}

const BLOCK = /\{(\w+),\s*plural,/g;

/**
 * Replaces each plural block of `template` by the form for its number in `params`. A block whose
 * number is missing or not a number stays as it is (visible, like an unknown key).
 */
export function selectPlurals(
  locale: PluralLocale,
  template: string,
  params: Record<string, string | number | undefined>,
): string {
  if (!template.includes(', plural,')) return template;
  let result = '';
  let from = 0;
  BLOCK.lastIndex = 0;
  for (let match = BLOCK.exec(template); match; match = BLOCK.exec(template)) {
    const end = closing(template, match.index);
    const count = Number(params[match[1] as string]);
    const forms = end < 0 ? null : formsOf(template.slice(match.index + match[0].length, end - 1));
    if (end < 0 || !forms?.has('other') || params[match[1] as string] === undefined || Number.isNaN(count)) continue;
    const form = forms.get(`=${count}`) ?? forms.get(pluralCategory(locale, count)) ?? (forms.get('other') as string);
    result += template.slice(from, match.index) + form.replace(/#/g, formatCount(locale, count));
    from = end;
    BLOCK.lastIndex = end;
  }
  return result + template.slice(from);
}

/** The names of the numbers a template's plural blocks choose by. */
export function pluralVariables(template: string): string[] {
  return [...template.matchAll(BLOCK)].map((match) => match[1] as string);
}
