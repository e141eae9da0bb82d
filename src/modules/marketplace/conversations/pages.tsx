import type { Hono } from 'hono';
import { DomainError } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { forAccount, parseForm, problemAsFormErrors, readForm } from '../../../core/http/forms';
import { single } from '../../../core/views/components';
import { viewContext } from '../../../core/views/context';
import { conversationPath } from '../paths';
import { postsBy } from '../posts/queries';
import { renderPost } from '../posts/render';
import { acceptResponse, respondToPost, sendMessage } from './commands';
import { answerFollowUp, readFollowUpToken } from './follow-up';
import { conversationsOf } from './queries';
import { renderConversation } from './render';
import { MessageInputSchema, ResponseInputSchema } from './schemas';
import { FollowUpPage, MySamenPage } from './views';

/** A refused response or message: 400 for its text (the screening), 429 at the hour's limit, else 409. */
const statusOf = (error: unknown) =>
  error instanceof DomainError && error.kind === 'rate-limited'
    ? 429
    : error instanceof DomainError && error.kind === 'invalid'
      ? 400
      : 409;

/** "Ik wil helpen", the conversation that follows, accepting the help, Mijn Samen and the follow-up mail's page. */
export function registerConversationPages(app: Hono<AppEnv>) {
  app.post(
    '/hulp/:id/reageren',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, ResponseInputSchema);
      const postId = c.req.param('id') ?? '';
      if (!form.ok) return renderPost(c, postId, form.errors, form.values, 400);
      try {
        const responseId = await respondToPost(c.var.deps, actor, postId, form.data.message);
        setFlash(c, 'flash.responded');
        return c.redirect(conversationPath(responseId), 303);
      } catch (error) {
        return renderPost(c, postId, problemAsFormErrors(c, error, 'message'), form.values, statusOf(error));
      }
    }),
  );

  app.get(
    '/gesprekken/:id',
    forAccount((c, actor) => renderConversation(c, actor, c.req.param('id') ?? '')),
  );

  app.post(
    '/gesprekken/:id',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, MessageInputSchema);
      const id = c.req.param('id') ?? '';
      if (!form.ok) return renderConversation(c, actor, id, form.errors, form.values, 400);
      try {
        await sendMessage(c.var.deps, actor, id, form.data.body);
      } catch (error) {
        if (!(error instanceof DomainError) || !['invalid', 'rate-limited'].includes(error.kind)) throw error;
        return renderConversation(c, actor, id, problemAsFormErrors(c, error, 'body'), form.values, statusOf(error));
      }
      return c.redirect(conversationPath(id), 303);
    }),
  );

  app.post(
    '/gesprekken/:id/accepteren',
    forAccount(async (c, actor) => {
      const id = c.req.param('id') ?? '';
      try {
        await acceptResponse(c.var.deps, actor, id);
      } catch (error) {
        return renderConversation(c, actor, id, problemAsFormErrors(c, error, 'body'), {}, 409);
      }
      setFlash(c, 'flash.matched');
      return c.redirect(conversationPath(id), 303);
    }),
  );

  app.get(
    '/mijn-samen',
    forAccount(async (c, actor) => {
      const { db } = c.var.deps;
      const posts = await postsBy(db, actor.accountId);
      const conversations = await conversationsOf(db, actor.accountId);
      return c.html(<MySamenPage ctx={viewContext(c)} posts={posts} conversations={conversations} />);
    }),
  );

  // The follow-up mail's links: the answer is in the signed token; one more click records it,
  // so a mail scanner that opens links can't answer for the person.
  app.get('/hulp-gevonden', (c) => {
    const token = c.req.query('token') ?? '';
    const parsed = readFollowUpToken(c.var.deps.config.sessionSecret, token);
    return c.html(
      <FollowUpPage ctx={viewContext(c)} token={token} answer={parsed?.answer} done={false} />,
      parsed ? 200 : 400,
    );
  });
  app.post('/hulp-gevonden', async (c) => {
    const token = single((await readForm(c)).token) ?? '';
    try {
      const { answer } = await answerFollowUp(c.var.deps, token);
      return c.html(<FollowUpPage ctx={viewContext(c)} token="" answer={answer} done />);
    } catch {
      return c.html(<FollowUpPage ctx={viewContext(c)} token="" answer={undefined} done={false} />, 400);
    }
  });
}
