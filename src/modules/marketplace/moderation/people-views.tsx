import { isOperator } from '../../../core/authz';
import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime } from '../../../core/i18n';
import { longDate } from '../../../core/i18n/dates';
import {
  Alert,
  Breadcrumbs,
  ChoiceGroup,
  DataList,
  DateField,
  ErrorSummary,
  type FieldValue,
  Form,
  Heading1,
  Link,
  Pagination,
  Paragraph,
  SubmitButton,
  TableBox,
  TextArea,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { marketplacePath, moderationPath } from '../paths';
import type { Marketplace } from '../settings/queries';
import { themeOf } from '../settings/theme';
import type { Block, Person } from './block-queries';
import type { LogRowType } from './log';

// The beheer pages about people: who is blocked (on the beheer page), a person's page with the
// forms to warn and block, and the activity log of the marketplace.

const fullName = (person: { firstName: string; lastName: string | null }) =>
  [person.firstName, person.lastName].filter(Boolean).join(' ');

/** Who may lift a block: the marketplace's beheerders theirs, the operator a platform-wide one. */
const mayLift = (ctx: ViewContext, block: Block) => block.municipalityCode !== null || isOperator(ctx.actor);

/** The people blocked now on the marketplace (and on the whole platform), each with "lift" where allowed. */
export function BlocksSection({
  ctx,
  marketplace,
  blocks,
}: {
  ctx: ViewContext;
  marketplace: Marketplace;
  blocks: Block[];
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="blokkades" class="samen-section">
      <h2 class="utrecht-heading-2" id="blokkades">
        {t('moderation.blocks.title', { count: blocks.length })}
      </h2>
      {blocks.length === 0 ? (
        <Paragraph>{t('moderation.blocks.none')}</Paragraph>
      ) : (
        <ul class="samen-card-list">
          {blocks.map((block) => (
            <li class="samen-card">
              <Paragraph>
                <Link href={`${moderationPath(marketplace)}/personen/${block.accountId}`}>{fullName(block)}</Link>
              </Paragraph>
              <p class="samen-meta">
                {t(block.municipalityCode ? 'moderation.blocks.here' : 'moderation.blocks.platform')} ·{' '}
                {t('moderation.blocks.until', { date: longDate(ctx.locale, block.endsOn) })}
              </p>
              <Paragraph>{t('moderation.reportReason', { reason: block.reason })}</Paragraph>
              {mayLift(ctx, block) && (
                <Form
                  ctx={ctx}
                  action={`${moderationPath(marketplace)}/blokkades/${block.id}/opheffen`}
                  label={t('moderation.blocks.liftFor', { name: fullName(block) })}
                >
                  <SubmitButton variant="secondary">{t('moderation.blocks.lift')}</SubmitButton>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A person as the beheerder sees them, with the forms to warn them and to block them. */
export function PersonPage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  person: Person;
  block: Block | undefined;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}) {
  const { ctx, marketplace, person, block, errors, values } = props;
  const { t } = ctx;
  const name = fullName(person);
  const here = `${moderationPath(marketplace)}/personen/${person.accountId}`;
  return (
    <Layout
      ctx={ctx}
      title={t('moderation.person.title', { name })}
      hasErrors={Object.keys(errors).length > 0}
      theme={themeOf(marketplace)}
    >
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: marketplacePath(marketplace), label: marketplace.name },
          { href: moderationPath(marketplace), label: t('settings.beheer') },
        ]}
      />
      <Heading1>{t('moderation.person.title', { name })}</Heading1>
      <Paragraph lead>{t('moderation.person.intro', { place: marketplace.name })}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <DataList
        items={[
          { key: t('moderation.author'), value: name },
          { key: t('moderation.email'), value: person.email },
          {
            key: t('moderation.person.status'),
            value: block
              ? t(block.municipalityCode ? 'moderation.person.blockedHere' : 'moderation.person.blockedPlatform', {
                  date: longDate(ctx.locale, block.endsOn),
                  reason: block.reason,
                })
              : t('moderation.person.free'),
          },
        ]}
      />
      <section aria-labelledby="waarschuwen" class="samen-section">
        <h2 class="utrecht-heading-2" id="waarschuwen">
          {t('moderation.warn.title')}
        </h2>
        <Form ctx={ctx} action={`${here}/waarschuwen`} label={t('moderation.warn.title')}>
          <TextArea
            name="warningReason"
            label={t('moderation.warn.reason')}
            hint={t('moderation.personReasonHint', { max: TEXT_LIMITS.reason })}
            value={values.warningReason}
            errors={errors}
            rows={3}
            maxlength={TEXT_LIMITS.reason}
          />
          <SubmitButton variant="secondary">{t('moderation.warn.submit')}</SubmitButton>
        </Form>
      </section>
      <section aria-labelledby="blokkeren" class="samen-section">
        <h2 class="utrecht-heading-2" id="blokkeren">
          {t('moderation.block.title')}
        </h2>
        <Paragraph>{t('moderation.block.intro', { place: marketplace.name })}</Paragraph>
        {block && (
          <Alert type="info">
            <Paragraph>{t('moderation.block.already')}</Paragraph>
          </Alert>
        )}
        <Form ctx={ctx} action={`${here}/blokkeren`} label={t('moderation.block.title')}>
          <TextArea
            name="blockReason"
            label={t('moderation.block.reason')}
            hint={t('moderation.personReasonHint', { max: TEXT_LIMITS.reason })}
            value={values.blockReason}
            errors={errors}
            rows={3}
            maxlength={TEXT_LIMITS.reason}
          />
          <DateField
            ctx={ctx}
            name="blockEnd"
            label={t('moderation.block.end')}
            value={values.blockEnd}
            errors={errors}
          />
          {isOperator(ctx.actor) && (
            <ChoiceGroup
              kind="radio"
              name="scope"
              legend={t('moderation.block.scope')}
              options={[
                { value: 'marketplace', label: t('moderation.block.scopeHere', { place: marketplace.name }) },
                { value: 'platform', label: t('moderation.block.scopePlatform') },
              ]}
              value={values.scope ?? 'marketplace'}
              errors={errors}
            />
          )}
          <SubmitButton variant="danger">{t('moderation.block.submit')}</SubmitButton>
        </Form>
      </section>
      <Paragraph>
        <Link href={moderationPath(marketplace)}>{t('moderation.backToQueue')}</Link>
      </Paragraph>
    </Layout>
  );
}

/** The activity log of a marketplace: every decision, newest first, a page at a time. */
export function LogPage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  entries: LogRowType[];
  page: number;
  pageSize: number;
  total: number;
  baseUrl: URL;
}) {
  const { ctx, marketplace, entries, page, pageSize, total, baseUrl } = props;
  const { t } = ctx;
  const caption = t('moderation.log.title', { name: marketplace.name });
  return (
    <Layout ctx={ctx} title={caption} theme={themeOf(marketplace)}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: marketplacePath(marketplace), label: marketplace.name },
          { href: moderationPath(marketplace), label: t('settings.beheer') },
        ]}
      />
      <Heading1>{caption}</Heading1>
      <Paragraph lead>{t('moderation.log.intro')}</Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t('moderation.log.empty')}</Paragraph>
      ) : (
        <TableBox label={caption}>
          <table class="utrecht-table utrecht-table--html-table samen-table">
            <caption class="utrecht-table__caption">{t('moderation.log.caption', { count: total })}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {['when', 'who', 'what', 'about', 'note'].map((column) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {t(`moderation.log.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {entries.map((entry) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{formatDateTime(ctx.locale, entry.at)}</td>
                  <td class="utrecht-table__cell">{entry.actor ?? t('moderation.log.samen')}</td>
                  <td class="utrecht-table__cell">{t(`moderation.log.action.${entry.action}`)}</td>
                  <td class="utrecht-table__cell">{entry.subject}</td>
                  <td class="utrecht-table__cell">
                    {entry.action === 'hide'
                      ? t('moderation.log.hiddenNote', { count: Number(entry.note) })
                      : entry.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} baseUrl={baseUrl} />
      <Paragraph>
        <Link href={moderationPath(marketplace)}>{t('moderation.backToQueue')}</Link>
      </Paragraph>
    </Layout>
  );
}
