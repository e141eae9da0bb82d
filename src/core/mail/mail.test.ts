import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { rows } from '../db';
import { deliverPendingMail, queueMail, smtpTransport } from './index';
import { renderMail } from './template';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe('mail', () => {
  it('renders the same Dutch message as plain text and escaped HTML', () => {
    const mail = renderMail({
      subject: 'Test',
      greeting: 'Beste <b>Jan</b>,',
      paragraphs: ['Eén alinea.'],
      action: { label: 'Klik', url: 'https://samen.test/x?a=1&b=2' },
      closing: ['Groet'],
    });
    expect(mail.text).toContain('Beste <b>Jan</b>,');
    expect(mail.text).toContain('https://samen.test/x?a=1&b=2');
    expect(mail.html).toContain('Beste &lt;b&gt;Jan&lt;/b&gt;,');
    expect(mail.html).toContain('lang="nl"');
  });

  it('delivers the outbox over real SMTP, once, and retries a failure later', async () => {
    const received: { to: string; body: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as { port: number }).port;
    try {
      await queueMail(testApp.db, {
        to: 'ontvanger@voorbeeld.nl',
        ...renderMail({ subject: 'Hallo', greeting: 'Beste Jan,', paragraphs: ['Welkom.'], closing: ['Samen'] }),
      });
      const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
      expect(await deliverPendingMail(testApp.db, transport, 'Samen <noreply@samen.test>')).toBe(1);
      expect(await deliverPendingMail(testApp.db, transport, 'Samen <noreply@samen.test>')).toBe(0);
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toBe('ontvanger@voorbeeld.nl');
      expect(received[0]?.body).toContain('Subject: Hallo');

      // An unreachable server: the mail stays pending with a back-off and the error noted.
      await queueMail(testApp.db, { to: 'later@voorbeeld.nl', subject: 'Later', text: 'x', html: '<p>x</p>' });
      const broken = smtpTransport('smtp://127.0.0.1:1');
      await deliverPendingMail(testApp.db, broken, 'Samen <noreply@samen.test>');
      const [pending] = await rows<{ attempts: number; sent: boolean; error: string | null; later: boolean }>(
        testApp.db,
        sql`SELECT attempts, sent_at IS NOT NULL AS sent, last_error AS error, next_attempt_at > now() AS later
              FROM mail_outbox WHERE to_address = 'later@voorbeeld.nl'`,
      );
      expect(pending).toMatchObject({ attempts: 1, sent: false, later: true });
      expect(pending?.error).toBeTruthy();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
