import type { FieldErrors } from '../../core/http/validation';
import { ErrorSummary, Form, Heading1, Link, Paragraph, SubmitButton, TextField } from '../../core/views/components';
import type { ViewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';

/** What the account pages share: the props of a form page, and the pages that ask only an e-mail address. */

export interface FormPageProps {
  ctx: ViewContext;
  errors: FieldErrors;
  values: Record<string, string | string[] | undefined>;
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

export function EmailOnlyPage({ ctx, errors, values, kind }: FormPageProps & { kind: 'resend' | 'forgot' }) {
  const { t } = ctx;
  const action = kind === 'resend' ? '/account/bevestigen/opnieuw' : '/wachtwoord-vergeten';
  return (
    <Layout ctx={ctx} title={t(`${kind}.title`)} hasErrors={hasErrors(errors)}>
      <Heading1>{t(`${kind}.title`)}</Heading1>
      <Paragraph lead>{t(`${kind}.intro`)}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={action}>
        <TextField
          name="email"
          type="email"
          label={t('register.email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
        />
        <SubmitButton>{t(`${kind}.submit`)}</SubmitButton>
      </Form>
    </Layout>
  );
}

export function SentPage({ ctx, kind }: { ctx: ViewContext; kind: 'resend' | 'forgot' }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`${kind}.sentTitle`)}>
      <Heading1>{t(`${kind}.sentTitle`)}</Heading1>
      <Paragraph lead>{t(`${kind}.sentText`)}</Paragraph>
      <Paragraph>
        <Link href="/inloggen">{t('register.loginLink')}</Link>
      </Paragraph>
    </Layout>
  );
}
