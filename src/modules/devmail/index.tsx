import { defineModule } from '../../core/module';
import { messages } from './messages';
import { z } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../core/http/api';
import type { AppEnv } from '../../core/http/env';
import { notFound } from '../../core/errors';
import { formatDateTime } from '../../core/i18n';
import { listOutbox, type OutboxItem, outboxItem } from '../../core/mail';
import { Heading1, Link, Paragraph, TableBox } from '../../core/views/components';
import { type ViewContext, viewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';

/**
 * The development mailbox: every mail the platform would have sent, readable in the browser and
 * through the API, so a person or a test can follow a verification link. Only registered when
 * DEV_MAIL is on, which configuration refuses in production.
 */
const OutboxItemSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    headers: z.record(z.string(), z.string()).openapi({ description: 'o.a. List-Unsubscribe (RFC 8058)' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('OutboxMail');

export function registerDevMailApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/dev/outbox',
      tags: ['Ontwikkeling'],
      summary: 'De e-mails die verstuurd zouden zijn (alleen in ontwikkeling en demo)',
      request: { query: z.object(PaginationQuery) },
      responses: { 200: jsonResponse(pageOf(OutboxItemSchema, 'OutboxPage'), 'Nieuwste eerst') },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      const result = await listOutbox(c.var.deps.db, pageSize, (page - 1) * pageSize);
      return c.json({ items: result.items, page, pageSize, total: result.total }, 200);
    },
  );
}

/** Plain text with its links made clickable; the mail's own HTML is never injected into the page. */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <pre class="samen-mail-text">
      {parts.map((part) =>
        /^https?:\/\//.test(part) ? (
          <a class="utrecht-link utrecht-link--html-a" href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

function MailboxPage({ ctx, items }: { ctx: ViewContext; items: OutboxItem[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('devMail.title')}>
      <Heading1>{t('devMail.title')}</Heading1>
      <Paragraph lead>{t('devMail.intro')}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t('devMail.empty')}</Paragraph>
      ) : (
        <TableBox label={t('devMail.title')}>
          <table class="utrecht-table utrecht-table--html-table samen-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('devMail.when')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('devMail.to')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('devMail.subject')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {items.map((mail) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{formatDateTime(ctx.locale, mail.createdAt)}</td>
                  <td class="utrecht-table__cell">{mail.to}</td>
                  <td class="utrecht-table__cell">
                    <Link href={`/dev/mail/${mail.id}`}>{mail.subject}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </Layout>
  );
}

/**
 * The mail's extra headers, and the button a mail program shows for List-Unsubscribe-Post: it
 * posts "List-Unsubscribe=One-Click" to the link, as RFC 8058 says, without a session.
 */
function MailHeaders({ ctx, headers }: { ctx: ViewContext; headers: Record<string, string> }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return null;
  const oneClick = headers['List-Unsubscribe']?.match(/^<(https?:\/\/[^>]+)>/)?.[1];
  return (
    <>
      <dl class="samen-mail-headers">
        {entries.map(([name, value]) => (
          <>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      {oneClick && headers['List-Unsubscribe-Post'] && (
        <form method="post" action={new URL(oneClick).pathname} class="samen-form">
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {ctx.t('devMail.oneClick')}
          </button>
        </form>
      )}
    </>
  );
}

function MailPage({ ctx, mail }: { ctx: ViewContext; mail: OutboxItem }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={mail.subject}>
      <Heading1>{mail.subject}</Heading1>
      <Paragraph>
        {t('devMail.to')}: {mail.to} · {formatDateTime(ctx.locale, mail.createdAt)}
      </Paragraph>
      <MailHeaders ctx={ctx} headers={mail.headers} />
      <TextWithLinks text={mail.text} />
      <Paragraph>
        <Link href="/dev/mail">{t('devMail.back')}</Link>
      </Paragraph>
    </Layout>
  );
}

export function registerDevMailPages(app: Hono<AppEnv>) {
  app.get('/dev/mail', async (c) => {
    const { items } = await listOutbox(c.var.deps.db, 100, 0);
    return c.html(<MailboxPage ctx={viewContext(c)} items={items} />);
  });
  app.get('/dev/mail/:id', async (c) => {
    const mail = await outboxItem(c.var.deps.db, c.req.param('id'));
    if (!mail) throw notFound();
    return c.html(<MailPage ctx={viewContext(c)} mail={mail} />);
  });
}

/** The development outbox (/dev/mail): only when the configuration switches it on, never in production. */
export const devMailModule = defineModule({
  name: 'devmail',
  messages,
  api: (api, config) => {
    if (config.devMail) registerDevMailApi(api);
  },
  pages: (app, config) => {
    if (config.devMail) registerDevMailPages(app);
  },
});
