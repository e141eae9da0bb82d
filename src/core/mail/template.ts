import { html, raw } from 'hono/html';
import { type Locale, translator } from '../i18n';

export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  closing: string[];
  /** the recipient's language: the mail's lang attribute and the hint under the button */
  locale?: Locale;
  /** small print under the closing: why this mail came and links to stop it */
  footer?: { text: string; links: { label: string; url: string }[] };
}

const BUTTON_STYLE =
  'display:inline-block;padding:12px 20px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px';

/** One mail as plain text and HTML from the same content, so both always say the same. */
export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.action ? [`${content.action.label}:`, content.action.url, ''] : []),
    ...content.closing,
    ...(content.footer
      ? ['', '--', content.footer.text, ...content.footer.links.map((link) => `${link.label}: ${link.url}`)]
      : []),
  ].join('\n');
  const locale = content.locale ?? 'nl';
  const body = html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${content.subject}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em">
<p>${content.greeting}</p>
${raw(content.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`).join(''))}
${
  content.action
    ? html`<p><a href="${content.action.url}" style="${BUTTON_STYLE}">${content.action.label}</a></p>
<p>${translator(locale)('mail.buttonFallback')}<br>${content.action.url}</p>`
    : ''
}
<p>${raw(content.closing.map((line) => html`${line}`).join('<br>'))}</p>
${
  content.footer
    ? html`<hr><p style="font-size:14px;color:#4d4d4d">${content.footer.text}<br>${raw(
        content.footer.links
          .map((link) => html`<a href="${link.url}" style="color:#0b5394">${link.label}</a>`)
          .join(' · '),
      )}</p>`
    : ''
}
</body></html>`;
  return { subject: content.subject, text, html: String(body) };
}
