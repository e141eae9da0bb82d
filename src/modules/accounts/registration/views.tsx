import {
  Alert,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SubmitButton,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { type FormPageProps, hasErrors } from '../views';

export function RegisterPage({ ctx, errors, values }: FormPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('register.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('register.title')}</Heading1>
      <Paragraph lead>{t('register.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action="/registreren">
        <TextField
          name="name"
          label={t('register.name')}
          hint={t('register.nameHint')}
          value={values.name}
          errors={errors}
          autocomplete="given-name"
          maxlength={TEXT_LIMITS.name}
          width="medium"
        />
        <TextField
          name="lastName"
          label={t('register.lastName')}
          hint={t('register.lastNameHint')}
          value={values.lastName}
          errors={errors}
          autocomplete="family-name"
          maxlength={TEXT_LIMITS.name}
          width="medium"
        />
        <TextField
          name="email"
          type="email"
          label={t('register.email')}
          hint={t('register.emailHint')}
          value={values.email}
          errors={errors}
          autocomplete="email"
        />
        <TextField
          name="postcode"
          label={t('register.postcode')}
          hint={t('register.postcodeHint')}
          value={values.postcode}
          errors={errors}
          autocomplete="postal-code"
          width="short"
          maxlength={7}
        />
        <TextField
          name="password"
          type="password"
          label={t('register.password')}
          hint={t('register.passwordHint')}
          errors={errors}
          autocomplete="new-password"
        />
        <SubmitButton>{t('register.submit')}</SubmitButton>
      </Form>
      <Paragraph>
        {t('register.haveAccount')} <Link href="/inloggen">{t('register.loginLink')}</Link>
      </Paragraph>
    </Layout>
  );
}

export function CheckMailPage({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('checkMail.title')}>
      <Heading1>{t('checkMail.title')}</Heading1>
      <Paragraph lead>{t('checkMail.text')}</Paragraph>
      <Paragraph>
        {t('checkMail.noMail')} <Link href="/account/bevestigen/opnieuw">{t('checkMail.resend')}</Link>
      </Paragraph>
      {ctx.devMail && (
        <Alert type="info">
          <Paragraph>
            {t('checkMail.devHint')} <Link href="/dev/mail">/dev/mail</Link>
          </Paragraph>
        </Alert>
      )}
    </Layout>
  );
}

export function ConfirmEmailPage({ ctx, token, valid }: { ctx: ViewContext; token: string; valid: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('verify.title')}>
      <Heading1>{t('verify.title')}</Heading1>
      {valid ? (
        <>
          <Paragraph lead>{t('verify.text')}</Paragraph>
          <Form ctx={ctx} action="/account/bevestigen">
            <input type="hidden" name="token" value={token} />
            <SubmitButton>{t('verify.submit')}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <Alert type="error">
            <Paragraph>{t('problem.linkInvalid.detail')}</Paragraph>
          </Alert>
          <Paragraph>
            <Link href="/account/bevestigen/opnieuw">{t('checkMail.resend')}</Link>
          </Paragraph>
        </>
      )}
    </Layout>
  );
}
