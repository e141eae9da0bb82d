import type { FieldErrors } from '../../core/http/validation';
import { formatDateTime } from '../../core/i18n';
import {
  Alert,
  DataList,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TextField,
} from '../../core/views/components';
import type { ViewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import type { Profile } from './queries';

type Values = Record<string, string | string[] | undefined>;
interface FormPageProps {
  ctx: ViewContext;
  errors: FieldErrors;
  values: Values;
}

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

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
          maxlength={100}
          width="medium"
        />
        <TextField
          name="lastName"
          label={t('register.lastName')}
          hint={t('register.lastNameHint')}
          value={values.lastName}
          errors={errors}
          autocomplete="family-name"
          maxlength={100}
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

export function LoginPage({ ctx, errors, values, next }: FormPageProps & { next: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('login.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('login.title')}</Heading1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`/inloggen${next !== '/mijn-profiel' ? `?terug=${encodeURIComponent(next)}` : ''}`}>
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

export function ProfilePage({ ctx, profile, errors, values }: FormPageProps & { profile: Profile }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('profile.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('profile.title')}</Heading1>
      <DataList
        items={[
          { key: t('register.email'), value: profile.email },
          {
            key: t('profile.municipality'),
            value: profile.municipalitySlug ? (
              <Link href={`/gemeenten/${profile.municipalitySlug}`}>{profile.municipalityName}</Link>
            ) : (
              t('profile.noMunicipality')
            ),
          },
          ...(profile.memberships.length > 0
            ? [
                {
                  key: t('profile.memberships'),
                  value: profile.memberships
                    .map((m) => `${m.organisationName} (${t(`membershipRole.${m.role}`)})`)
                    .join(', '),
                },
              ]
            : []),
          ...(profile.roles.length > 0
            ? [{ key: t('profile.roles'), value: profile.roles.map((r) => t(`role.${r}`)).join(', ') }]
            : []),
          { key: t('profile.since'), value: formatDateTime(ctx.locale, profile.createdAt) },
        ]}
      />
      <h2 class="utrecht-heading-2">{t('profile.editTitle')}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action="/mijn-profiel">
        <TextField
          name="name"
          label={t('register.name')}
          hint={t('register.nameHint')}
          value={values.name}
          errors={errors}
          autocomplete="given-name"
          maxlength={100}
          width="medium"
        />
        <TextField
          name="lastName"
          label={t('register.lastName')}
          hint={t('register.lastNameHint')}
          value={values.lastName}
          errors={errors}
          autocomplete="family-name"
          maxlength={100}
          width="medium"
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
        <SelectField
          name="locale"
          label={t('profile.locale')}
          value={values.locale}
          errors={errors}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
        />
        <SubmitButton>{t('profile.save')}</SubmitButton>
      </Form>
      <h2 class="utrecht-heading-2">{t('profile.dataTitle')}</h2>
      <Paragraph>{t('profile.dataText')}</Paragraph>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a
            class="utrecht-link utrecht-link--html-a"
            href="/mijn-profiel/gegevens"
            download="samen-mijn-gegevens.json"
          >
            {t('profile.export')}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <Link href="/mijn-profiel/verwijderen">{t('profile.delete')}</Link>
        </li>
      </ul>
    </Layout>
  );
}

export function DeletePage({ ctx, errors }: { ctx: ViewContext; errors: FieldErrors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('delete.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('delete.title')}</Heading1>
      <Paragraph lead>{t('delete.intro')}</Paragraph>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">{t('delete.point1')}</li>
        <li class="utrecht-unordered-list__item">{t('delete.point2')}</li>
        <li class="utrecht-unordered-list__item">{t('delete.point3')}</li>
      </ul>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action="/mijn-profiel/verwijderen">
        <TextField
          name="password"
          type="password"
          label={t('delete.password')}
          hint={t('delete.passwordHint')}
          errors={errors}
          autocomplete="current-password"
        />
        <SubmitButton variant="danger">{t('delete.submit')}</SubmitButton>
      </Form>
      <Paragraph>
        <Link href="/mijn-profiel">{t('delete.cancel')}</Link>
      </Paragraph>
    </Layout>
  );
}
