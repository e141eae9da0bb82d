import type { FieldErrors } from '../../../core/http/validation';
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
import { hasErrors } from '../views';

export function ResetPage({
  ctx,
  errors,
  token,
  valid,
}: {
  ctx: ViewContext;
  errors: FieldErrors;
  token: string;
  valid: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('reset.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('reset.title')}</Heading1>
      {valid ? (
        <>
          <ErrorSummary ctx={ctx} errors={errors} />
          <Form ctx={ctx} action="/wachtwoord-herstellen">
            <input type="hidden" name="token" value={token} />
            <TextField
              name="password"
              type="password"
              label={t('reset.password')}
              hint={t('register.passwordHint')}
              errors={errors}
              autocomplete="new-password"
            />
            <SubmitButton>{t('reset.submit')}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <Alert type="error">
            <Paragraph>{t('problem.linkInvalid.detail')}</Paragraph>
          </Alert>
          <Paragraph>
            <Link href="/wachtwoord-vergeten">{t('forgot.title')}</Link>
          </Paragraph>
        </>
      )}
    </Layout>
  );
}
