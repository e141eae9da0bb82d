import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime } from '../../../core/i18n';
import { type FieldValue, Form, Paragraph, SubmitButton, TextArea } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import type { Response } from '../conversations/queries';
import { conversationPath, postPath } from '../paths';
import type { Post } from '../posts/queries';

// "Melden": the report forms on a post's page and in a conversation.

/** "Melden" on a post, tucked away in a <details> (no JavaScript needed); open when it has an error. */
export function ReportPostForm({
  ctx,
  post,
  errors,
  values,
}: {
  ctx: ViewContext;
  post: Post;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}) {
  const { t } = ctx;
  if (ctx.actor.kind !== 'account' || ctx.actor.accountId === post.authorAccountId) return null;
  return (
    <details class="samen-details" open={errors.reportReason ? true : undefined}>
      <summary class="samen-details__summary">{t('moderation.report.post')}</summary>
      <Form ctx={ctx} action={`${postPath(post.id)}/melden`} label={t('moderation.report.post')}>
        <Paragraph>{t('moderation.report.postIntro')}</Paragraph>
        <TextArea
          name="reportReason"
          label={t('moderation.report.reason')}
          hint={t('moderation.report.reasonHint', { max: TEXT_LIMITS.reason })}
          value={values.reportReason}
          errors={errors}
          rows={3}
          maxlength={TEXT_LIMITS.reason}
        />
        <SubmitButton variant="secondary">{t('moderation.report.submit')}</SubmitButton>
      </Form>
    </details>
  );
}

/** "Gesprek melden" for either party; once reported, it says that the beheerder may read the conversation. */
export function ReportConversationForm({
  ctx,
  response,
  errors,
  values,
}: {
  ctx: ViewContext;
  response: Response;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}) {
  const { t } = ctx;
  if (response.reportedAt && !errors.reportReason)
    return (
      <Paragraph>
        {t('moderation.report.conversationReported', { date: formatDateTime(ctx.locale, response.reportedAt) })}
      </Paragraph>
    );
  return (
    <details class="samen-details" open={errors.reportReason ? true : undefined}>
      <summary class="samen-details__summary">{t('moderation.report.conversation')}</summary>
      <Form ctx={ctx} action={`${conversationPath(response.id)}/melden`} label={t('moderation.report.conversation')}>
        <Paragraph>{t('moderation.report.conversationIntro')}</Paragraph>
        <TextArea
          name="reportReason"
          label={t('moderation.report.reason')}
          hint={t('moderation.report.reasonHint', { max: TEXT_LIMITS.reason })}
          value={values.reportReason}
          errors={errors}
          rows={3}
          maxlength={TEXT_LIMITS.reason}
        />
        <SubmitButton variant="secondary">{t('moderation.report.submit')}</SubmitButton>
      </Form>
    </details>
  );
}
