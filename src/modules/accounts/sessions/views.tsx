import { ErrorSummary, Form, Heading1, Link, SubmitButton, TextField } from '../../../core/views/components';
import { Layout } from '../../../core/views/layout';
import { type FormPageProps, hasErrors } from '../views';

/** Where logging in leads when the person came from no page of their own: their Mijn Samen. */
export const AFTER_LOGIN = '/mijn-samen';

export function LoginPage({ ctx, errors, values, next }: FormPageProps & { next: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('login.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('login.title')}</Heading1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`/inloggen${next !== AFTER_LOGIN ? `?terug=${encodeURIComponent(next)}` : ''}`}>
        <TextField
          name="email"
          type="email"
          label={t('register.email')}
          value={values.email}
          errors={errors}
          autocomplete="username"
        />
        <TextField
          name="password"
          type="password"
          label={t('login.password')}
          errors={errors}
          autocomplete="current-password"
        />
        <SubmitButton>{t('login.submit')}</SubmitButton>
      </Form>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <Link href="/wachtwoord-vergeten">{t('login.forgot')}</Link>
        </li>
        <li class="utrecht-unordered-list__item">
          <Link href="/registreren">{t('login.register')}</Link>
        </li>
        <li class="utrecht-unordered-list__item">
          <Link href="/account/bevestigen/opnieuw">{t('checkMail.resend')}</Link>
        </li>
      </ul>
    </Layout>
  );
}
