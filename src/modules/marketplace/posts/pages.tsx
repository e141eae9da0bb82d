import type { Context, Hono } from 'hono';
import { authorize, type SignedIn } from '../../../core/authz';
import type { Executor } from '../../../core/db';
import { DomainError, notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, problemAsFormErrors } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { writtenDate } from '../../../core/i18n/dates';
import { viewContext } from '../../../core/views/context';
import { postcodeOf } from '../../accounts';
import { postcodeLookup } from '../../municipalities';
import { marketplaceBySlug } from '../http';
import { postPath } from '../paths';
import { POST_KINDS, type PostKind } from '../rules';
import { type Marketplace, marketplaceOf } from '../settings/queries';
import { changePost, closePost, createPost, placePost, withdrawPost } from './commands';
import { PostFormPage } from './form';
import type { Elsewhere } from './next-steps';
import { type Post, postById } from './queries';
import { renderPost } from './render';
import { CloseForm, postChangeForm, postFieldOf, postForm } from './schemas';

const kindOf = (c: Context<AppEnv>): PostKind => POST_KINDS.find((k) => k === c.req.query('soort')) ?? 'request';
const organisationsFor = (actor: SignedIn) =>
  actor.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }));

/** The edit form's values from a post as it is now. */
const postValues = (post: Post): FormValues => ({
  title: post.title,
  description: post.description,
  category: post.category,
  whenKind: post.whenKind,
  whenDate: post.whenDate ? writtenDate(post.whenDate) : undefined,
  whenText: post.whenText ?? undefined,
  hoursPerWeek: post.hoursPerWeek === null ? undefined : String(post.hoursPerWeek),
});

/** The post of the page's :id, for its owner only (the 403 page for anyone else). */
async function ownedPost(c: Context<AppEnv>, actor: SignedIn) {
  const post = await postById(c.var.deps.db, c.req.param('id') ?? '');
  if (!post) throw notFound('problem.postNotFound');
  authorize(actor, 'post.own', { authorAccountId: post.authorAccountId });
  const marketplace = await marketplaceOf(c.var.deps.db, post.municipalityCode);
  if (!marketplace) throw notFound();
  return { post, marketplace };
}

/**
 * The postcode of the person's profile, for a new post on this marketplace: only when it lies in
 * the marketplace's municipality (a post elsewhere would be refused).
 */
async function profilePostcode(db: Executor, actor: SignedIn, marketplace: Marketplace) {
  const postcode = await postcodeOf(db, actor.accountId);
  const place = postcode ? await postcodeLookup(db, postcode) : undefined;
  return place?.municipalityCode === marketplace.municipalityCode ? place.pc4 : undefined;
}

/** When the postcode of a refused post lies in another municipality: where the post belongs instead. */
async function elsewhereOf(db: Executor, postcode: string, marketplace: Marketplace): Promise<Elsewhere | undefined> {
  const place = await postcodeLookup(db, postcode);
  if (!place || place.municipalityCode === marketplace.municipalityCode) return undefined;
  const there = await marketplaceOf(db, place.municipalityCode);
  return {
    municipalityName: place.municipalityName,
    municipalitySlug: place.municipalitySlug,
    marketplace: there?.status === 'live' ? { name: there.name, municipalitySlug: there.municipalitySlug } : undefined,
  };
}

const FIELD_LABELS: Record<string, string> = {
  title: 'market.new.title',
  description: 'market.new.description',
  whenText: 'market.new.whenText',
  clientFirstName: 'market.new.client',
};

/**
 * A refused post's errors on the form. What the screening found names its field too ("Korte titel:
 * …"), so the error summary says where the problem is and what to change, also without JavaScript.
 */
function postFormErrors(c: Context<AppEnv>, error: unknown): FieldErrors {
  const errors = problemAsFormErrors(c, error, 'title', postFieldOf);
  if (!(error instanceof DomainError) || error.detailKey !== 'problem.screening') return errors;
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const label = FIELD_LABELS[field];
      return [field, label ? `${c.var.t(label)}: ${message}` : message];
    }),
  );
}

/** Placing a post, its page, and what its owner does with it: change, place, close, withdraw. */
export function registerPostPages(app: Hono<AppEnv>) {
  app.get(
    '/gemeenten/:slug/marktplaats/nieuw',
    forAccount(async (c, actor) => {
      const marketplace = await marketplaceBySlug(c);
      const postcode = await profilePostcode(c.var.deps.db, actor, marketplace);
      return c.html(
        <PostFormPage
          ctx={viewContext(c)}
          marketplace={marketplace}
          kind={kindOf(c)}
          values={{ postcode }}
          errors={{}}
          organisations={organisationsFor(actor)}
        />,
      );
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/nieuw',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, postForm(viewContext(c).today), { fieldOf: postFieldOf });
      const marketplace = await marketplaceBySlug(c);
      const kind = kindOf(c);
      const render = (errors: FieldErrors, elsewhere?: Elsewhere) =>
        c.html(
          <PostFormPage
            ctx={viewContext(c)}
            marketplace={marketplace}
            kind={kind}
            values={form.values}
            errors={errors}
            organisations={organisationsFor(actor)}
            elsewhere={elsewhere}
          />,
          400,
        );
      if (!form.ok) return render(form.errors);
      let id: string;
      try {
        const input = { ...form.data, municipality: marketplace.municipalityCode };
        id = await createPost(c.var.deps, actor, kind, input);
      } catch (error) {
        const errors = postFormErrors(c, error);
        return render(
          errors,
          errors.postcode ? await elsewhereOf(c.var.deps.db, form.data.postcode, marketplace) : undefined,
        );
      }
      // The flash says where the post is now: a concept, on the marketplace, or waiting for a beheerder.
      const status = (await postById(c.var.deps.db, id))?.status;
      setFlash(
        c,
        status === 'concept' ? 'flash.conceptSaved' : status === 'open' ? 'flash.postCreated' : 'flash.postInReview',
      );
      return c.redirect(postPath(id), 303);
    }),
  );

  app.get('/hulp/:id', (c) => renderPost(c, c.req.param('id')));

  app.get(
    '/hulp/:id/bewerken',
    forAccount(async (c, actor) => {
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
    }),
  );

  app.post(
    '/hulp/:id/bewerken',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, postChangeForm(viewContext(c).today), { fieldOf: postFieldOf });
      const { post, marketplace } = await ownedPost(c, actor);
      const render = (errors: FieldErrors, status: 400 | 409) =>
        c.html(
          <PostFormPage
            ctx={viewContext(c)}
            marketplace={marketplace}
            kind={post.kind}
            values={form.values}
            errors={errors}
            organisations={[]}
            edit={post}
          />,
          status,
        );
      if (!form.ok) return render(form.errors, 400);
      try {
        await changePost(c.var.deps, actor, post.id, form.data);
      } catch (error) {
        const status = error instanceof DomainError && error.kind === 'conflict' ? 409 : 400;
        return render(postFormErrors(c, error), status);
      }
      setFlash(c, 'flash.postChanged');
      return c.redirect(postPath(post.id), 303);
    }),
  );

  app.post(
    '/hulp/:id/plaatsen',
    forAccount(async (c, actor) => {
      const { post } = await ownedPost(c, actor); // someone else's post: the 403 page, not a remark on this one
      try {
        const status = await placePost(c.var.deps, actor, post.id);
        setFlash(c, status === 'open' ? 'flash.postCreated' : 'flash.postInReview');
      } catch (error) {
        return renderPost(c, post.id, problemAsFormErrors(c, error, 'message'), {}, 409);
      }
      return c.redirect(postPath(post.id), 303);
    }),
  );

  app.post(
    '/hulp/:id/afsluiten',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, CloseForm, { fieldOf: postFieldOf });
      const { post } = await ownedPost(c, actor);
      if (!form.ok) return renderPost(c, post.id, form.errors, form.values, 400);
      try {
        await closePost(c.var.deps, actor, post.id, form.data);
      } catch (error) {
        return renderPost(c, post.id, problemAsFormErrors(c, error, 'reason', postFieldOf), form.values, 409);
      }
      setFlash(c, 'flash.closed');
      return c.redirect(postPath(post.id), 303);
    }),
  );

  app.post(
    '/hulp/:id/intrekken',
    forAccount(async (c, actor) => {
      const id = c.req.param('id') ?? '';
      try {
        await withdrawPost(c.var.deps, actor, id);
      } catch (error) {
        return renderPost(c, id, problemAsFormErrors(c, error, 'message'), {}, 409);
      }
      setFlash(c, 'flash.withdrawn');
      return c.redirect('/mijn-samen', 303);
    }),
  );
}
