import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime } from '../../../core/i18n';
import {
  Alert,
  DataList,
  type FieldValue,
  Form,
  fieldId,
  Link,
  Paragraph,
  SubmitButton,
  TextArea,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { moderationPath, postPath } from '../paths';
import type { StoredReason } from '../posts/queries';
import { isPublic } from '../rules';
import type { Marketplace } from '../settings/queries';
import type { ModerationItem } from './queries';

/** Which item's form was sent with an error, and what was typed in it. */
export interface ModerationForm {
  postId: string;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}

/**
 * A field's text cut into pieces, the matched ones (the screening's spans of that field) marked.
 * Spans that no longer fit the text (it changed since) or overlap an earlier one are left out.
 */
export function markedPieces(text: string, spans: readonly StoredReason['spans'][number][], field: string) {
  const mine = spans
    .filter((s) => s.field === field && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .filter((s) => text.slice(s.start, s.end) === s.text)
    .sort((a, b) => a.start - b.start);
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const span of mine) {
    if (span.start < at) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), marked: false });
    pieces.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** A text with what the screening found in it in <mark>. */
function Marked({ text, spans, field }: { text: string; spans: StoredReason['spans']; field: string }) {
  return <>{markedPieces(text, spans, field).map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>;
}

/** Why the post waits: which rule found what (the reasons of its screening), or the marketplace's setting. */
function WhyItWaits({ ctx, item }: { ctx: ViewContext; item: ModerationItem }) {
  const { t } = ctx;
  if (item.screening.length === 0)
    return <>{item.status === 'in-review' ? t('moderation.why.review') : t('moderation.why.reported')}</>;
  const spans = item.screening.flatMap((reason) => reason.spans);
  return (
    <ul class="utrecht-unordered-list">
      {item.screening.map((reason) => (
        <li class="utrecht-unordered-list__item">
          <strong>{t(`moderation.rule.${reason.rule}`)}</strong>: {t(`screening.reason.${reason.code}`, reason.params)}
        </li>
      ))}
      {item.whenText && spans.some((span) => span.field === 'when.text') && (
        <li class="utrecht-unordered-list__item">
          {t('moderation.whenText')} <Marked text={item.whenText} spans={spans} field="when.text" />
        </li>
      )}
    </ul>
  );
}

/** One post of the queue: why it waits (the matched text marked), its reports, the author, the decision. */
export function ModerationCard({
  ctx,
  marketplace,
  item,
  form,
}: {
  ctx: ViewContext;
  marketplace: Marketplace;
  item: ModerationItem;
  form: ModerationForm | undefined;
}) {
  const { t } = ctx;
  const mine = form?.postId === item.postId ? form : undefined;
  const headingId = `plaatsing-${item.postId}`;
  const spans = item.screening.flatMap((reason) => reason.spans);
  const author = item.author
    ? [item.author.firstName, item.author.lastName].filter(Boolean).join(' ')
    : t('moderation.authorGone');
  const canReturn = item.status === 'in-review' || item.status === 'open';
  return (
    <li class="samen-card">
      <article aria-labelledby={headingId}>
        <h3 class="utrecht-heading-3" id={headingId}>
          <Marked text={item.title} spans={spans} field="title" />
        </h3>
        <p class="samen-meta">
          {t(`market.kind.${item.kind}`)} · {t(`postStatus.${item.status}`)} ·{' '}
          {t('moderation.postedAt', { date: formatDateTime(ctx.locale, item.createdAt) })}
        </p>
        {item.hiddenAt && (
          <Alert type="warning">
            <Paragraph>
              {t('moderation.hidden', {
                date: formatDateTime(ctx.locale, item.hiddenAt),
                count: item.reports.length,
              })}
            </Paragraph>
          </Alert>
        )}
        <Paragraph>
          <Marked text={item.description} spans={spans} field="description" />
        </Paragraph>
        <DataList
          items={[
            { key: t('moderation.why'), value: <WhyItWaits ctx={ctx} item={item} /> },
            { key: t('moderation.author'), value: author },
            { key: t('moderation.email'), value: item.author?.email ?? '–' },
            {
              key: t('moderation.reports'),
              value:
                item.reports.length === 0 ? (
                  t('moderation.noReports')
                ) : (
                  <ul class="utrecht-unordered-list">
                    {item.reports.map((report) => (
                      <li class="utrecht-unordered-list__item">
                        {report.reason} <span class="samen-meta">({formatDateTime(ctx.locale, report.createdAt)})</span>
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
        {isPublic(item) && (
          <Paragraph>
            <Link href={postPath(item.postId)}>{t('moderation.viewPost')}</Link>
          </Paragraph>
        )}
        {item.author && (
          <Paragraph>
            <Link href={`${moderationPath(marketplace)}/personen/${item.author.id}`}>
              {t('moderation.person.link', { name: item.author.firstName })}
            </Link>
          </Paragraph>
        )}
        <Form
          ctx={ctx}
          action={`${moderationPath(marketplace)}/${item.postId}/besluit`}
          label={t('moderation.decisionFor', { title: item.title })}
        >
          <TextArea
            name="reason"
            id={fieldId(`reason-${item.postId}`)}
            label={t('moderation.reason')}
            hint={t('moderation.reasonHint', { max: TEXT_LIMITS.reason })}
            value={mine?.values.reason}
            errors={mine?.errors}
            rows={2}
            maxlength={TEXT_LIMITS.reason}
          />
          <div class="samen-button-row">
            <SubmitButton name="decision" value="approve">
              {t('moderation.approve')}
            </SubmitButton>
            {canReturn && (
              <SubmitButton variant="secondary" name="decision" value="return">
                {t('moderation.return')}
              </SubmitButton>
            )}
            <SubmitButton variant="secondary" name="decision" value="reject">
              {t('moderation.reject')}
            </SubmitButton>
          </div>
        </Form>
      </article>
    </li>
  );
}
