import type { Hono } from 'hono';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { forAccount, readForm } from '../../../core/http/forms';
import { ChoiceGroup, Form, Heading1, Paragraph, SubmitButton } from '../../../core/views/components';
import { type ViewContext, viewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { mailPreference, setMailPreference } from './queries';

function PreferencesPage({ ctx, on }: { ctx: ViewContext; on: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('preferences.title')}>
      <Heading1>{t('preferences.title')}</Heading1>
      <Paragraph lead>{t('preferences.intro')}</Paragraph>
      <Form ctx={ctx} action="/innovatie/meldingen">
        <ChoiceGroup
          kind="radio"
          name="updates"
          legend={t('preferences.legend')}
          value={on ? 'aan' : 'uit'}
          options={[
            { value: 'aan', label: t('preferences.on') },
            { value: 'uit', label: t('preferences.off') },
          ]}
        />
        <SubmitButton>{t('profile.save')}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** Whether a person gets news about their initiatives by mail. */
export function registerUpdatePages(app: Hono<AppEnv>) {
  app.get(
    '/innovatie/meldingen',
    forAccount(async (c, actor) => {
      const on = await mailPreference(c.var.deps.db, actor.accountId);
      return c.html(<PreferencesPage ctx={viewContext(c)} on={on} />);
    }),
  );

  app.post(
    '/innovatie/meldingen',
    forAccount(async (c, actor) => {
      const form = await readForm(c);
      await setMailPreference(c.var.deps.db, actor.accountId, form.updates !== 'uit');
      setFlash(c, 'flash.preferencesSaved');
      return c.redirect('/innovatie/meldingen', 303);
    }),
  );
}
