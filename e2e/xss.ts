import type { BrowserContext, Page } from 'playwright-core';

/**
 * An XSS corpus and a watcher for the browser tests. Every payload, when it runs, calls
 * `__xss(id)`: a function the watcher exposes in every frame, so an execution is recorded with the
 * page it happened on. The id says which field and which payload: `field * 100 + payload`.
 * The watcher also records Content-Security-Policy violations (the `securitypolicyviolation`
 * event and Chromium's "Refused to …" console messages), dialogs (alert, confirm, prompt), and
 * markup a payload injected into the DOM (`data-xss` attributes, event handler attributes,
 * inline scripts or styles, `javascript:` URLs).
 */

/** [name, template]; X is replaced by the call `__xss(id)`. */
export const TEMPLATES: readonly (readonly [string, string])[] = [
  ['script element', '<script>X</script>'],
  ['attribute breakout, img onerror', '"><img src=x onerror=X data-xss>'],
  ['svg onload', '<svg onload=X data-xss>'],
  ['bare javascript: URL', 'javascript:X'],
  ['textarea breakout', '</textarea><script>X</script><textarea>'],
  ['title breakout', '</title><script>X</script>'],
  ['double-quote attribute breakout', '" autofocus onfocus="X" data-xss="'],
  ['single-quote attribute breakout', "' autofocus onfocus='X' data-xss='"],
  ['backtick attribute breakout', '` autofocus onfocus=X data-xss `'],
  ['iframe srcdoc', '<iframe srcdoc="<script>X</script>" data-xss></iframe>'],
  ['template expression', "{{constructor.constructor('X')()}}"],
  ['HTML entities', '&lt;script&gt;X&lt;/script&gt;'],
  ['numeric character references', '&#60;img src=x onerror=X&#62;'],
  ['JavaScript unicode escapes', '\\u003cscript\\u003eX\\u003c/script\\u003e'],
  ['percent-encoded', '%3Cscript%3EX%3C%2Fscript%3E'],
  ['full-width brackets', '＜script＞X＜/script＞'],
  ['style injection', '<style>*{background:url(x)}</style><b style="color:red" data-xss>X</b>'],
  ['javascript: link', '<a href="javascript:X" data-xss>klik</a>'],
  ['details ontoggle', '<details open ontoggle=X data-xss>'],
  ['mutation XSS (math, style)', '<math><mtext><table><mglyph><style><img src=x onerror=X>'],
  ['nested script tags', '<scr<script>ipt>X</scr</script>ipt>'],
  ['JavaScript string breakout', `';X;//";X;//</script>`],
  ['alert dialog', '<img src=x onerror=alert(X) data-xss>'],
  ['meta refresh', '<meta http-equiv=refresh content="0;url=javascript:X">'],
  ['form action', '<form action="javascript:X"><button data-xss>ok</button></form>'],
  ['object data', '<object data="javascript:X" data-xss></object>'],
  ['mixed case, whitespace', '<ScRiPt >X</sCrIpT >'],
  ['noscript mutation XSS', '<noscript><p title="</noscript><img src=x onerror=X>">'],
  // Without spaces: public names are shown up to their first space.
  ['img without spaces', '<img/src=x/onerror=X/data-xss>'],
  ['svg without spaces', '"><svg/onload=X/data-xss>'],
  ['script after a quote, without spaces', "'><script>X</script>"],
];

/** The fields (and reflected parameters) that get the corpus; the number is the id's field part. */
const fields: string[] = [];
const fieldNumber = (field: string) => {
  let index = fields.indexOf(field);
  if (index < 0) index = fields.push(field) - 1;
  return index + 1;
};

/** Every payload for `field`, at most `max` characters long (longer ones are left out). */
export function corpus(field: string, max = Number.POSITIVE_INFINITY): string[] {
  const n = fieldNumber(field);
  return TEMPLATES.map(([, template], i) => template.replaceAll('X', `__xss(${n * 100 + i})`)).filter(
    (payload) => payload.length <= max,
  );
}

/**
 * The corpus of `field` packed into few texts of at most `max` characters (first fit, longest first),
 * for short fields: every payload ends up in one of them. Payloads longer than `max` are left out.
 */
export function packs(field: string, max: number): string[] {
  const texts: string[][] = [];
  const length = (text: string[]) => text.join(' ').length;
  for (const one of corpus(field, max).sort((a, b) => b.length - a.length)) {
    const room = texts.find((text) => length(text) + 1 + one.length <= max);
    if (room) room.push(one);
    else texts.push([one]);
  }
  // A payload without spaces first: where only a first name is shown, that is the part up to a space.
  return texts.map((text) => [...text].sort((a, b) => Number(a.includes(' ')) - Number(b.includes(' '))).join(' '));
}

/** All payloads in one text, one a line, for the long fields. */
export const blob = (field: string) => corpus(field).join('\n');

/** "request.title: textarea breakout" for an id. */
export function describe(id: number): string {
  const field = fields[Math.floor(id / 100) - 1] ?? `field ${Math.floor(id / 100)}`;
  return `${field}: ${TEMPLATES[id % 100]?.[0] ?? `payload ${id % 100}`}`;
}

export const fieldsCovered = () => [...fields];

export interface Finding {
  kind: 'execution' | 'csp-violation' | 'dialog' | 'injected-markup' | 'server-error';
  page: string;
  detail: string;
}

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

declare global {
  interface Window {
    __xss?: (id: number) => void;
    __xssViolation?: (violation: Violation) => void;
  }
}

export class XssWatch {
  readonly findings: Finding[] = [];
  readonly pagesVisited = new Set<string>();
  /** Page views that were not what the test meant to look at (another status, no payload shown). */
  readonly problems: string[] = [];
  visits = 0;
  /** Every payload id that some visited page showed (as text). */
  readonly seen = new Set<number>();

  constructor(private readonly baseURL: string) {}

  private where(url: string) {
    return url.startsWith(this.baseURL) ? url.slice(this.baseURL.length) : url;
  }

  /** Call on a new context, before it opens a page. */
  async watch(context: BrowserContext): Promise<BrowserContext> {
    await context.exposeBinding('__xss', ({ frame }, id: number) => {
      this.findings.push({ kind: 'execution', page: this.where(frame.url()), detail: describe(Number(id)) });
    });
    await context.exposeBinding('__xssViolation', ({ frame }, v: Violation) => {
      const sample = v.sample ? `"${v.sample}" ` : '';
      const detail = `${v.directive} blocked ${v.blocked || 'inline'} ${sample}(${v.source}:${v.line})`;
      this.findings.push({ kind: 'csp-violation', page: this.where(frame.url()), detail });
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__xssViolation?.({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: event.sourceFile,
          line: event.lineNumber,
        });
      });
    });
    const onPage = (page: Page) => {
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          this.findings.push({ kind: 'csp-violation', page: this.where(page.url()), detail: message.text() });
      });
      page.on('dialog', async (dialog) => {
        this.findings.push({
          kind: 'dialog',
          page: this.where(page.url()),
          detail: `${dialog.type()}("${dialog.message()}")`,
        });
        await dialog.dismiss().catch(() => {});
      });
    };
    context.pages().forEach(onPage);
    context.on('page', onPage);
    return context;
  }

  /**
   * Opens `path` on `page`, lets it settle and looks for injected markup. With `stored`, the page must
   * answer 200 and show at least one payload (as text), or the test would look at nothing.
   */
  async visit(page: Page, path: string, options: { stored?: boolean } = {}): Promise<number> {
    const label = path;
    const response = await page.goto(path, { waitUntil: 'load' });
    const status = response?.status() ?? 0;
    this.visits++;
    const at = new URL(page.url()).pathname;
    this.pagesVisited.add(at.includes('__xss') ? '{payload}' : at.replace(/[0-9a-f-]{36}/g, '{id}'));
    if (status >= 500) this.findings.push({ kind: 'server-error', page: label, detail: `HTTP ${status}` });
    const html = await this.check(page, label);
    if (options.stored && (status !== 200 || !html.includes('__xss(')))
      this.problems.push(
        `${label}: HTTP ${status}, ${status === 200 ? 'no payload shown' : new URL(page.url()).pathname}`,
      );
    return status;
  }

  /**
   * Looks for markup a payload injected into the page (and gives pending events a moment to arrive);
   * notes which payloads the page shows. Returns the page's HTML.
   */
  async check(page: Page, label = this.where(page.url()), options: { mail?: boolean } = {}): Promise<string> {
    // A mail's own HTML has style attributes; anything else counts there too.
    const injected = await page.evaluate(async (mail) => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const found: string[] = [];
      const jsUrl = /^\s*javascript:/i;
      for (const element of document.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        const reasons: string[] = [];
        for (const { name, value } of element.attributes) {
          if (name === 'data-xss' || name.startsWith('on') || name === 'srcdoc' || (name === 'style' && !mail))
            reasons.push(name);
          else if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(name) && jsUrl.test(value))
            reasons.push(`${name}=javascript:`);
        }
        if (tag === 'script' && (!element.hasAttribute('src') || element.textContent?.trim())) reasons.push('inline');
        if (['style', 'iframe', 'object', 'embed', 'base'].includes(tag)) reasons.push('element');
        if (tag === 'meta' && element.hasAttribute('http-equiv')) reasons.push('http-equiv');
        if (reasons.length > 0) found.push(`<${tag}> ${reasons.join(', ')}: ${element.outerHTML.slice(0, 120)}`);
      }
      return found;
    }, options.mail ?? false);
    for (const detail of injected) this.findings.push({ kind: 'injected-markup', page: label, detail });
    const html = await page.content();
    for (const [, id] of html.matchAll(/__xss\((\d+)\)/g)) this.seen.add(Number(id));
    return html;
  }

  /** Visits each page's paths in order, the pages side by side. */
  async visitAll(tasks: [Page, string][], options: { stored?: boolean } = { stored: true }): Promise<void> {
    const byPage = new Map<Page, string[]>();
    for (const [page, path] of tasks) byPage.set(page, [...(byPage.get(page) ?? []), path]);
    await Promise.all(
      [...byPage].map(async ([page, paths]) => {
        for (const path of paths) await this.visit(page, path, options);
      }),
    );
  }

  /**
   * Sets form fields by name (past their maxlength: a too-long value is sent back too) and presses the
   * button; the page that answers shows the form again with an error and what was typed.
   */
  async submit(page: Page, values: Record<string, string>, button: string): Promise<void> {
    for (const [name, value] of Object.entries(values))
      await page.locator(`[name="${name}"]`).evaluate((field: HTMLInputElement, text) => {
        field.value = text;
      }, value);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    this.visits++;
    const label = `${new URL(page.url()).pathname} (form sent back with an error)`;
    if (!(await this.check(page, label)).includes('__xss(')) this.problems.push(`${label}: no payload shown`);
  }

  /** The findings as lines for an assertion message: kind, page, what. */
  report(): string {
    return this.findings.map((f) => `${f.kind} on ${f.page}: ${f.detail}`).join('\n');
  }
}
