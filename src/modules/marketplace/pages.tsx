import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { authorize, type SignedIn } from '../../core/authz';
import type { AppEnv } from '../../core/http/env';
import { setFlash } from '../../core/http/flash';
import { type FormValues, problemAsFormErrors, signedInOrLogin } from '../../core/http/forms';
import { type DomainError, notFound } from '../../core/errors';
import { fieldErrors, formValues, invalidParams } from '../../core/http/validation';
import { single } from '../../core/views/components';
import { viewContext } from '../../core/views/context';
import { marketplaceBySlug, renderConversation, renderPost } from './page-helpers';
import { postcodeLookup } from '../municipalities';
import {
  acceptResponse,
  answerFollowUp,
  changePost,
  closePost,
  createPost,
  placePost,
  readFollowUpToken,
  respondToPost,
  sendMessage,
  withdrawPost,
} from './commands';
import { conversationsOf, type Post, postById, postsBy } from './queries';
import { marketplaceOf, neighbouringMarketplaces } from './marketplaces.queries';
import { registerModerationPages } from './moderation-pages';
import { registerSettingsPages } from './settings-pages';
import { CATEGORIES, type PostKind } from './rules';
import { CloseInputSchema, PostChangeSchema, PostInputSchema } from './schemas';
import { searchPosts } from './search';
import { FollowUpPage, MarketplacePage, MySamenPage, PostFormPage, themeCss } from './views';

const searchQuery = z.object({
  zoek: z.string().trim().max(200, 'validation.tooLong').optional(),
  categorie: z.enum(CATEGORIES).optional().catch(undefined),
  postcode: z.string().trim().max(7, 'validation.postcode').optional(),
  afstand: z.enum(['2', '5', '10', '25']).catch('5'),
  sorteer: z.enum(['relevance', 'distance', 'date']).catch('relevance'),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

async function marketplacePage(c: Context<AppEnv>, kind: PostKind) {
  const marketplace = await marketplaceBySlug(c);
  const url = new URL(c.req.url);
  const parsed = searchQuery.safeParse(c.req.query());
  const values = parsed.success ? parsed.data : { afstand: '5' as const, sorteer: 'relevance' as const, pagina: 1 };
  let errors = parsed.success ? {} : fieldErrors(invalidParams(parsed.error, c.var.t));
  let near: { lat: number; lon: number } | undefined;
  if (values.postcode) {
    const pc4 = values.postcode.replace(/\s+/g, '').slice(0, 4);
    near = /^[1-9]\d{3}$/.test(pc4) ? await postcodeLookup(c.var.deps.db, pc4) : undefined;
    if (!near)
      errors = {
        ...errors,
        postcode: c.var.t(/^[1-9]\d{3}$/.test(pc4) ? 'validation.postcodeUnknown' : 'validation.postcode', { pc4 }),
      };
  }
  // Without a postcode the marketplace lists its own posts, and its neighbours' when it chose to.
  const neighbours =
    !near && marketplace.showNeighbours
      ? await neighbouringMarketplaces(c.var.deps.db, marketplace.municipalityCode)
      : [];
  const result = await searchPosts(c.var.deps.db, {
    kind,
    q: values.zoek,
    category: values.categorie,
    municipalityCodes: near ? undefined : [marketplace.municipalityCode, ...neighbours.map((n) => n.municipalityCode)],
    near,
    radiusKm: near ? Number(values.afstand) : undefined,
    sort: values.sorteer,
    page: values.pagina,
    pageSize: 20,
  });
  return c.html(
    <MarketplacePage
      ctx={viewContext(c)}
      marketplace={marketplace}
      kind={kind}
      values={values}
      errors={errors}
      items={result.items}
      total={result.total}
      fuzzy={result.fuzzy}
      url={url}
      neighbours={neighbours}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

/** The post form's flat fields → the API's input shape, so one schema checks both. */
function postInputFrom(values: FormValues) {
  const text = (name: string) => single(values[name]);
  const hours = text('hoursPerWeek');
  return {
    title: text('title'),
    description: text('description'),
    category: text('category'),
    postcode: text('postcode'),
    when: { kind: text('whenKind'), date: text('whenDate'), text: text('whenText') },
    organisation: text('organisation'),
    onBehalfOf: text('clientFirstName') ? { clientFirstName: text('clientFirstName') } : undefined,
    hoursPerWeek: hours === undefined ? undefined : Number(hours),
    // the form's second button, "Opslaan als concept"
    concept: text('concept') === '1' ? true : undefined,
  };
}

/** The edit form's fields → the API's change shape (the postcode and organisation stay). */
function postChangeFrom(values: FormValues) {
  const { title, description, category, when, hoursPerWeek } = postInputFrom(values);
  return { title: title ?? '', description: description ?? '', category, when, hoursPerWeek };
}

const postValues = (post: Post): FormValues => ({
  title: post.title,
  description: post.description,
  category: post.category,
  whenKind: post.whenKind,
  whenDate: post.whenDate ?? undefined,
  whenText: post.whenText ?? undefined,
  hoursPerWeek: post.hoursPerWeek === null ? undefined : String(post.hoursPerWeek),
});

/** Nested field names from the schema (when.date) → the form's flat names (whenDate). */
const formField = (name: string) =>
  ({
    'when.kind': 'whenKind',
    'when.date': 'whenDate',
    'when.text': 'whenText',
    'onBehalfOf.clientFirstName': 'clientFirstName',
  })[name] ?? name;

export function registerMarketplacePages(app: Hono<AppEnv>) {
  registerModerationPages(app);
  registerSettingsPages(app);
  app.get('/gemeenten/:slug/marktplaats', (c) => marketplacePage(c, 'request'));
  app.get('/gemeenten/:slug/marktplaats/hulpaanbod', (c) => marketplacePage(c, 'offer'));
  app.get('/gemeenten/:slug/marktplaats/vacatures', (c) => marketplacePage(c, 'vacancy'));
  app.get('/gemeenten/:slug/marktplaats/thema.css', async (c) => {
    const marketplace = await marketplaceBySlug(c);
    return c.body(themeCss(marketplace), 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    });
  });

  const kindOf = (c: Context<AppEnv>): PostKind =>
    (['request', 'offer', 'vacancy'] as const).find((k) => k === c.req.query('soort')) ?? 'request';
  const organisationsFor = (actor: SignedIn) =>
    actor.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }));

  app.get('/gemeenten/:slug/marktplaats/nieuw', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const marketplace = await marketplaceBySlug(c);
    const values = {};
    return c.html(
      <PostFormPage
        ctx={viewContext(c)}
        marketplace={marketplace}
        kind={kindOf(c)}
        values={values}
        errors={{}}
        organisations={organisationsFor(actor)}
      />,
    );
  });

  app.post('/gemeenten/:slug/marktplaats/nieuw', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const marketplace = await marketplaceBySlug(c);
    const kind = kindOf(c);
    const values = formValues(await c.req.parseBody({ all: true }));
    const render = (errors: Record<string, string>) =>
      c.html(
        <PostFormPage
          ctx={viewContext(c)}
          marketplace={marketplace}
          kind={kind}
          values={values}
          errors={errors}
          organisations={organisationsFor(actor)}
        />,
        400,
      );
    const parsed = PostInputSchema.safeParse(postInputFrom(values));
    if (!parsed.success)
      return render(Object.fromEntries(invalidParams(parsed.error, c.var.t).map((p) => [formField(p.name), p.reason])));
    try {
      const id = await createPost(c.var.deps, actor, kind, {
        ...parsed.data,
        municipality: marketplace.municipalityCode,
      });
      setFlash(c, parsed.data.concept ? 'flash.conceptSaved' : 'flash.postCreated');
      return c.redirect(`/hulp/${id}`, 303);
    } catch (error) {
      const errors = problemAsFormErrors(c, error, 'title');
      return render(Object.fromEntries(Object.entries(errors).map(([name, reason]) => [formField(name), reason])));
    }
  });

  app.get('/hulp/:id', (c) => renderPost(c, c.req.param('id')));

  app.post('/hulp/:id/reageren', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = formValues(await c.req.parseBody({ all: true }));
    const message = single(values.message) ?? '';
    if (!message.trim())
      return renderPost(c, c.req.param('id'), { message: c.var.t('validation.required') }, values, 400);
    if (message.length > 2000)
      return renderPost(c, c.req.param('id'), { message: c.var.t('validation.tooLong', { max: 2000 }) }, values, 400);
    try {
      const responseId = await respondToPost(c.var.deps, actor, c.req.param('id'), message);
      setFlash(c, 'flash.responded');
      return c.redirect(`/gesprekken/${responseId}`, 303);
    } catch (error) {
      return renderPost(c, c.req.param('id'), problemAsFormErrors(c, error, 'message'), values, 409);
    }
  });

  app.post('/hulp/:id/intrekken', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    try {
      await withdrawPost(c.var.deps, actor, c.req.param('id'));
    } catch (error) {
      return renderPost(c, c.req.param('id'), problemAsFormErrors(c, error, 'message'), {}, 409);
    }
    setFlash(c, 'flash.withdrawn');
    return c.redirect('/mijn-samen', 303);
  });

  // --- the owner: edit, place a concept, close naming who helped ---

  async function ownedPost(c: Context<AppEnv>, actor: SignedIn) {
    const post = await postById(c.var.deps.db, c.req.param('id') ?? '');
    if (!post) throw notFound('problem.postNotFound');
    authorize(actor, 'post.own', { authorAccountId: post.authorAccountId });
    const marketplace = await marketplaceOf(c.var.deps.db, post.municipalityCode);
    if (!marketplace) throw notFound();
    return { post, marketplace };
  }

  app.get('/hulp/:id/bewerken', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const { post, marketplace } = await ownedPost(c, actor);
    return c.html(
      <PostFormPage
        ctx={viewContext(c)}
        marketplace={marketplace}
        kind={post.kind}
        values={postValues(post)}
        errors={{}}
        organisations={[]}
        edit={post}
      />,
    );
  });

  app.post('/hulp/:id/bewerken', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const { post, marketplace } = await ownedPost(c, actor);
    const values = formValues(await c.req.parseBody({ all: true }));
    const render = (errors: Record<string, string>, status: 400 | 409) =>
      c.html(
        <PostFormPage
          ctx={viewContext(c)}
          marketplace={marketplace}
          kind={post.kind}
          values={values}
          errors={errors}
          organisations={[]}
          edit={post}
        />,
        status,
      );
    const parsed = PostChangeSchema.safeParse(postChangeFrom(values));
    if (!parsed.success)
      return render(
        Object.fromEntries(invalidParams(parsed.error, c.var.t).map((p) => [formField(p.name), p.reason])),
        400,
      );
    try {
      await changePost(c.var.deps, actor, post.id, parsed.data);
    } catch (error) {
      const errors = problemAsFormErrors(c, error, 'title');
      return render(
        Object.fromEntries(Object.entries(errors).map(([name, reason]) => [formField(name), reason])),
        (error as DomainError).kind === 'conflict' ? 409 : 400,
      );
    }
    setFlash(c, 'flash.postChanged');
    return c.redirect(`/hulp/${post.id}`, 303);
  });

  app.post('/hulp/:id/plaatsen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    await ownedPost(c, actor); // someone else's post: the 403 page, not a remark on this one
    try {
      const status = await placePost(c.var.deps, actor, c.req.param('id'));
      setFlash(c, status === 'open' ? 'flash.postCreated' : 'flash.postInReview');
    } catch (error) {
      return renderPost(c, c.req.param('id'), problemAsFormErrors(c, error, 'message'), {}, 409);
    }
    return c.redirect(`/hulp/${c.req.param('id')}`, 303);
  });

  app.post('/hulp/:id/afsluiten', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    await ownedPost(c, actor);
    const values = formValues(await c.req.parseBody({ all: true }));
    const parsed = CloseInputSchema.safeParse({
      matchedResponseId: single(values.helper) || undefined,
      reason: single(values.reason) ?? '',
    });
    if (!parsed.success)
      return renderPost(
        c,
        c.req.param('id'),
        Object.fromEntries(
          invalidParams(parsed.error, c.var.t).map((p) => [
            p.name === 'matchedResponseId' ? 'helper' : p.name,
            p.reason,
          ]),
        ),
        values,
        400,
      );
    try {
      await closePost(c.var.deps, actor, c.req.param('id'), parsed.data);
    } catch (error) {
      return renderPost(c, c.req.param('id'), problemAsFormErrors(c, error, 'reason'), values, 409);
    }
    setFlash(c, 'flash.closed');
    return c.redirect(`/hulp/${c.req.param('id')}`, 303);
  });

  app.get('/gesprekken/:id', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    return renderConversation(c, actor, c.req.param('id'));
  });

  app.post('/gesprekken/:id', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = formValues(await c.req.parseBody({ all: true }));
    const body = single(values.body) ?? '';
    if (!body.trim())
      return renderConversation(c, actor, c.req.param('id'), { body: c.var.t('validation.required') }, values, 400);
    if (body.length > 2000)
      return renderConversation(
        c,
        actor,
        c.req.param('id'),
        { body: c.var.t('validation.tooLong', { max: 2000 }) },
        values,
        400,
      );
    await sendMessage(c.var.deps, actor, c.req.param('id'), body);
    return c.redirect(`/gesprekken/${c.req.param('id')}`, 303);
  });

  app.post('/gesprekken/:id/accepteren', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    try {
      await acceptResponse(c.var.deps, actor, c.req.param('id'));
    } catch (error) {
      return renderConversation(c, actor, c.req.param('id'), problemAsFormErrors(c, error, 'body'), {}, 409);
    }
    setFlash(c, 'flash.matched');
    return c.redirect(`/gesprekken/${c.req.param('id')}`, 303);
  });

  app.get('/mijn-samen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const { db } = c.var.deps;
    return c.html(
      <MySamenPage
        ctx={viewContext(c)}
        posts={await postsBy(db, actor.accountId)}
        conversations={await conversationsOf(db, actor.accountId)}
      />,
    );
  });

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
    const body = await c.req.parseBody({ all: true });
    const token = typeof body.token === 'string' ? body.token : '';
    try {
      const { answer } = await answerFollowUp(c.var.deps, token);
      return c.html(<FollowUpPage ctx={viewContext(c)} token="" answer={answer} done />);
    } catch {
      return c.html(<FollowUpPage ctx={viewContext(c)} token="" answer={undefined} done={false} />, 400);
    }
  });
}
