import type { Context, Hono } from 'hono';
import { authorize, type SignedIn } from '../../../core/authz';
import { DomainError } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, problemAsFormErrors } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { marketplaceBySlug } from '../http';
import { moderationPath } from '../paths';
import type { Marketplace } from '../settings/queries';
import { blockPerson, liftBlock, moderationLog, personForBeheer, warnPerson } from './people';
import { LogPage, PersonPage } from './people-views';
import { blockForm, WarningForm } from './schemas';

const LOG_PAGE_SIZE = 50;

/** The command's field names → the person page's fields. */
const FIELDS: Record<string, string> = {
  reason: 'blockReason',
  endsOn: 'blockEnd',
  account: 'blockReason',
  marketplace: 'scope',
};

/** The marketplace of the page, for its beheerders only (the 403 page for anyone else), before anything else. */
async function managedBySlug(c: Context<AppEnv>, actor: SignedIn): Promise<Marketplace> {
  const marketplace = await marketplaceBySlug(c);
  authorize(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId });
  return marketplace;
}

/** A refusal that is about who may do it (or what exists) is a page of its own, not a remark on the form. */
const rethrowAccess = (error: unknown) => {
  if (error instanceof DomainError && ['forbidden', 'not-found', 'unauthenticated'].includes(error.kind)) throw error;
};

/**
 * The beheer pages about people: a person's page (warn, block), lifting a block, and the activity
 * log. Plain forms: POST, then 303 back with a flash message; errors on the same page with 400.
 */
export function registerModerationPeoplePages(app: Hono<AppEnv>) {
  async function renderPerson(
    c: Context<AppEnv>,
    actor: SignedIn,
    marketplace: Marketplace,
    errors: FieldErrors = {},
    values: FormValues = {},
  ) {
    const { person, block } = await personForBeheer(c.var.deps, actor, marketplace, c.req.param('accountId') ?? '');
    return c.html(
      <PersonPage
        ctx={viewContext(c)}
        marketplace={marketplace}
        person={person}
        block={block}
        errors={errors}
        values={values}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get(
    '/gemeenten/:slug/marktplaats/beheer/personen/:accountId',
    forAccount(async (c, actor) => renderPerson(c, actor, await managedBySlug(c, actor))),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/personen/:accountId/waarschuwen',
    forAccount(async (c, actor) => {
      const marketplace = await managedBySlug(c, actor);
      const form = await parseForm(c, WarningForm);
      if (!form.ok) return renderPerson(c, actor, marketplace, form.errors, form.values);
      const account = c.req.param('accountId') ?? '';
      try {
        await warnPerson(c.var.deps, actor, {
          account,
          marketplace: marketplace.municipalityCode,
          reason: form.data.warningReason,
        });
      } catch (error) {
        rethrowAccess(error);
        return renderPerson(
          c,
          actor,
          marketplace,
          problemAsFormErrors(c, error, 'warningReason', () => 'warningReason'),
        );
      }
      setFlash(c, 'flash.moderation.warned');
      return c.redirect(`${moderationPath(marketplace)}/personen/${account}`, 303);
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/personen/:accountId/blokkeren',
    forAccount(async (c, actor) => {
      const marketplace = await managedBySlug(c, actor);
      const form = await parseForm(c, blockForm(viewContext(c).today));
      if (!form.ok) return renderPerson(c, actor, marketplace, form.errors, form.values);
      const account = c.req.param('accountId') ?? '';
      try {
        await blockPerson(c.var.deps, actor, {
          account,
          marketplace: form.data.scope === 'platform' ? undefined : marketplace.municipalityCode,
          reason: form.data.blockReason,
          endsOn: form.data.blockEnd,
        });
      } catch (error) {
        rethrowAccess(error);
        const errors = problemAsFormErrors(c, error, 'blockReason', (name) => FIELDS[name] ?? 'blockReason');
        return renderPerson(c, actor, marketplace, errors, form.values);
      }
      setFlash(c, 'flash.moderation.blocked');
      return c.redirect(`${moderationPath(marketplace)}/personen/${account}`, 303);
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/blokkades/:id/opheffen',
    forAccount(async (c, actor) => {
      const marketplace = await managedBySlug(c, actor);
      try {
        await liftBlock(c.var.deps, actor, c.req.param('id') ?? '');
      } catch (error) {
        // Pressed twice, or a colleague was first: it is lifted either way.
        if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
      }
      setFlash(c, 'flash.moderation.lifted');
      return c.redirect(moderationPath(marketplace), 303);
    }),
  );

  app.get(
    '/gemeenten/:slug/marktplaats/beheer/logboek',
    forAccount(async (c, actor) => {
      const marketplace = await managedBySlug(c, actor);
      const asked = Number.parseInt(c.req.query('pagina') ?? '1', 10);
      const page = Number.isFinite(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
      const { items, total } = await moderationLog(
        c.var.deps,
        actor,
        marketplace.municipalityCode,
        page,
        LOG_PAGE_SIZE,
      );
      return c.html(
        <LogPage
          ctx={viewContext(c)}
          marketplace={marketplace}
          entries={items}
          page={page}
          pageSize={LOG_PAGE_SIZE}
          total={total}
          baseUrl={new URL(c.req.url)}
        />,
      );
    }),
  );
}
