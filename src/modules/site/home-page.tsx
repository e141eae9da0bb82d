import type { Hono } from 'hono';
import type { AppEnv } from '../../core/http/env';
import { fieldErrors, type FieldErrors, invalidParams } from '../../core/http/validation';
import { postcode4 } from '../../core/http/fields';
import { ErrorSummary, Heading1, Link, Paragraph, SubmitButton, TextField } from '../../core/views/components';
import { type ViewContext, viewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import { postcodeLookup } from '../municipalities';

function PostcodeForm({ ctx, errors, value }: { ctx: ViewContext; errors: FieldErrors; value?: string | undefined }) {
  return (
    <form method="get" action="/postcode" novalidate class="samen-form samen-postcode-form">
      <TextField
        name="postcode"
        label={ctx.t('home.postcodeLabel')}
        hint={ctx.t('home.postcodeHint')}
        value={value}
        errors={errors}
        autocomplete="postal-code"
        inputmode="text"
        width="short"
        maxlength={7}
      />
      <SubmitButton>{ctx.t('home.postcodeButton')}</SubmitButton>
    </form>
  );
}

function HomePage({ ctx, errors, value }: { ctx: ViewContext; errors: FieldErrors; value?: string | undefined }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')} hasErrors={Object.keys(errors).length > 0}>
      <div class="samen-hero">
        <Heading1>{t('home.heading')}</Heading1>
        <Paragraph lead>{t('home.intro')}</Paragraph>
        <ErrorSummary ctx={ctx} errors={errors} />
        <PostcodeForm ctx={ctx} errors={errors} value={value} />
      </div>
      <div class="samen-columns">
        <section aria-labelledby="helpen">
          <h2 class="utrecht-heading-2" id="helpen">
            {t('home.helpTitle')}
          </h2>
          <Paragraph>{t('home.helpText')}</Paragraph>
          <Paragraph>
            <Link href="/gemeenten?marktplaats=ja">{t('home.helpLink')}</Link>
          </Paragraph>
        </section>
        <section aria-labelledby="innoveren">
          <h2 class="utrecht-heading-2" id="innoveren">
            {t('home.innovateTitle')}
          </h2>
          <Paragraph>{t('home.innovateText')}</Paragraph>
          <Paragraph>
            <Link href="/innovatie">{t('home.innovateLink')}</Link>
          </Paragraph>
        </section>
      </div>
      <Paragraph>
        <Link href="/gemeenten">{t('home.allMunicipalities')}</Link>
      </Paragraph>
    </Layout>
  );
}

/** The home page and its postcode form. */
export function registerHomePages(app: Hono<AppEnv>) {
  app.get('/', (c) => c.html(<HomePage ctx={viewContext(c)} errors={{}} />));

  // The home page form: a known postcode leads to its municipality; anything else gets a clear message.
  app.get('/postcode', async (c) => {
    const raw = c.req.query('postcode');
    const parsed = postcode4().safeParse(raw?.trim() ? raw : undefined);
    const ctx = viewContext(c);
    if (!parsed.success) {
      return c.html(
        <HomePage
          ctx={ctx}
          errors={fieldErrors(invalidParams(parsed.error, c.var.t).map((param) => ({ ...param, name: 'postcode' })))}
          value={raw}
        />,
        400,
      );
    }
    const found = await postcodeLookup(c.var.deps.db, parsed.data);
    if (!found) {
      return c.html(
        <HomePage
          ctx={ctx}
          errors={{ postcode: c.var.t('validation.postcodeUnknown', { pc4: parsed.data }) }}
          value={raw}
        />,
        404,
      );
    }
    return c.redirect(`/gemeenten/${found.municipalitySlug}`, 303);
  });
}
