import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { SignedIn } from '../../../core/authz';
import { authorize } from '../../../core/authz';
import { conflict } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, problemAsFormErrors } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { existingInitiative } from '../initiatives/access';
import { contactInitiative, conversationPath, initiativeConversationFor, writeInitiativeMessage } from './commands';
import { conversationStartedBy, conversationsOf } from './queries';
import { ContactInputSchema, InitiativeMessageInputSchema } from './schemas';
import { ContactPage, ConversationPage, ConversationsPage, CONVERSATIONS_PATH } from './views';

const PAGE_SIZE = 20;
const PageQuery = z.object({ pagina: z.coerce.number().int().min(1).max(10_000).catch(1) });

/** The initiative of the page, for someone who may write to its contact: 403 or 409 pages otherwise. */
async function initiativeToContact(c: Context<AppEnv>, actor: SignedIn) {
  authorize(actor, 'initiative.contact', {});
  const initiative = await existingInitiative(c.var.deps.db, c.req.param('id') ?? '');
  if (!initiative.contactAccountId) throw conflict('problem.noInitiativeContact');
  if (initiative.contactAccountId === actor.accountId) throw conflict('problem.ownInitiativeContact');
  return initiative;
}

/** "Neem contact op", the person's conversations about initiatives, and one conversation. */
export function registerContactPages(app: Hono<AppEnv>) {
  app.get(
    '/innovatie/:id/contact',
    forAccount(async (c, actor) => {
      const initiative = await initiativeToContact(c, actor);
      // Written before: that conversation goes on, there is no second one.
      const existing = await conversationStartedBy(c.var.deps.db, initiative.id, actor.accountId);
      if (existing) return c.redirect(conversationPath(existing), 303);
      return c.html(<ContactPage ctx={viewContext(c)} initiative={initiative} values={{}} errors={{}} />);
    }),
  );

  app.post(
    '/innovatie/:id/contact',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, ContactInputSchema);
      const initiative = await initiativeToContact(c, actor);
      const render = (errors: FieldErrors) =>
        c.html(<ContactPage ctx={viewContext(c)} initiative={initiative} values={form.values} errors={errors} />, 400);
      if (!form.ok) return render(form.errors);
      try {
        const { conversationId } = await contactInitiative(c.var.deps, actor, initiative.id, form.data);
        setFlash(c, 'flash.contactSent');
        return c.redirect(conversationPath(conversationId), 303);
      } catch (error) {
        return render(problemAsFormErrors(c, error, 'message'));
      }
    }),
  );

  app.get(
    CONVERSATIONS_PATH,
    forAccount(async (c, actor) => {
      const { pagina } = PageQuery.parse(c.req.query());
      const page = await conversationsOf(c.var.deps.db, actor.accountId, { page: pagina, pageSize: PAGE_SIZE });
      return c.html(
        <ConversationsPage
          ctx={viewContext(c)}
          items={page.items}
          total={page.total}
          page={pagina}
          pageSize={PAGE_SIZE}
          url={new URL(c.req.url)}
        />,
      );
    }),
  );

  const renderConversation = async (
    c: Context<AppEnv>,
    actor: SignedIn,
    form: { values: FormValues; errors: FieldErrors } = { values: {}, errors: {} },
    status: 200 | 400 | 409 = 200,
  ) => {
    const id = c.req.param('conversationId') ?? '';
    const { conversation, messages } = await initiativeConversationFor(c.var.deps, actor, id, { markRead: true });
    return c.html(
      <ConversationPage
        ctx={viewContext(c)}
        conversation={conversation}
        messages={messages}
        values={form.values}
        errors={form.errors}
      />,
      status,
    );
  };

  app.get(
    `${CONVERSATIONS_PATH}/:conversationId`,
    forAccount((c, actor) => renderConversation(c, actor)),
  );

  app.post(
    `${CONVERSATIONS_PATH}/:conversationId`,
    forAccount(async (c, actor) => {
      const form = await parseForm(c, InitiativeMessageInputSchema);
      const id = c.req.param('conversationId') ?? '';
      // Someone else's conversation: the 403 page, whatever was sent.
      await initiativeConversationFor(c.var.deps, actor, id);
      if (!form.ok) return renderConversation(c, actor, form, 400);
      try {
        await writeInitiativeMessage(c.var.deps, actor, id, form.data.body);
      } catch (error) {
        return renderConversation(
          c,
          actor,
          { values: form.values, errors: problemAsFormErrors(c, error, 'body') },
          409,
        );
      }
      setFlash(c, 'flash.contactSent');
      return c.redirect(conversationPath(id), 303);
    }),
  );
}
