import { formatDateTime } from '../../../core/i18n';
import { Form, fieldId, Paragraph, SubmitButton, TextArea } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { type DetailForms, stateOf } from '../initiatives/views/detail-state';
import { Section } from '../parts';
import type { Advice } from './queries';

/** The form that sends back an answer to one piece of advice: its field has an id of its own. */
export const responseForm = (adviceId: string) => `response-${adviceId}`;

/** Advice from the innovation panel with the owner's answers, and the forms to give and answer it. */
export function AdviceSection(props: {
  ctx: ViewContext;
  initiativeId: string;
  advice: Advice[];
  canEdit: boolean;
  canAdvise: boolean;
  forms: DetailForms;
}) {
  const { ctx, initiativeId, advice, canEdit, canAdvise, forms } = props;
  const { t } = ctx;
  const given = stateOf(forms, 'advice');
  return (
    <Section id="advies" title={t('initiativePage.advice')}>
      {advice.length === 0 && <Paragraph>{t('initiativePage.noAdvice')}</Paragraph>}
      {advice.map((a) => {
        const answer = stateOf(forms, responseForm(a.id));
        return (
          <article class="samen-card" aria-label={t('initiativePage.adviceBy', { name: a.authorName })}>
            <p class="samen-meta">
              {t('initiativePage.adviceBy', { name: a.authorName })} · {formatDateTime(ctx.locale, a.createdAt)}
            </p>
            <Paragraph>{a.body}</Paragraph>
            {a.response ? (
              <p class="utrecht-paragraph">
                <strong>{t('initiativePage.response')}:</strong> {a.response}
              </p>
            ) : (
              canEdit && (
                <Form
                  ctx={ctx}
                  action={`/innovatie/${initiativeId}/advies/${a.id}/reactie`}
                  label={t('initiativePage.respond')}
                >
                  <TextArea
                    name="response"
                    id={fieldId(responseForm(a.id))}
                    label={t('initiativePage.respond')}
                    value={answer.values.response}
                    errors={answer.errors}
                    rows={2}
                  />
                  <SubmitButton variant="secondary">{t('initiativePage.respondSubmit')}</SubmitButton>
                </Form>
              )
            )}
          </article>
        );
      })}
      {canAdvise && (
        <Form ctx={ctx} action={`/innovatie/${initiativeId}/advies`} label={t('initiativePage.giveAdvice')}>
          <TextArea
            name="body"
            label={t('initiativePage.giveAdvice')}
            value={given.values.body}
            errors={given.errors}
            rows={3}
          />
          <SubmitButton variant="secondary">{t('initiativePage.adviceSubmit')}</SubmitButton>
        </Form>
      )}
    </Section>
  );
}
