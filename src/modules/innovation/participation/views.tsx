import { ChoiceGroup, Form, Link, Paragraph, SelectField, SubmitButton } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import type { DetailForms, DetailPermissions } from '../initiatives/views/detail-state';
import { stateOf } from '../initiatives/views/detail-state';
import { optionsOf, Section } from '../parts';
import { PARTICIPANT_ROLES } from '../vocabulary';
import type { Participant } from './queries';

function PartnerName({ partner }: { partner: Participant }) {
  return partner.municipalitySlug ? (
    <Link href={`/gemeenten/${partner.municipalitySlug}`}>{partner.organisationName}</Link>
  ) : (
    partner.organisationName
  );
}

/** Who co-develops and who follows the initiative. */
export function PartnersSection({ ctx, participants }: { ctx: ViewContext; participants: Participant[] }) {
  const { t } = ctx;
  const coDevelopers = participants.filter((p) => p.role === 'co-developer');
  const followers = participants.filter((p) => p.role === 'follower');
  return (
    <Section id="partners" title={t('initiativePage.partners')}>
      {participants.length === 0 ? (
        <Paragraph>{t('initiativePage.noPartners')}</Paragraph>
      ) : (
        <>
          {coDevelopers.length > 0 && <h3 class="utrecht-heading-3">{t('participantRole.co-developer')}</h3>}
          <ul class="utrecht-unordered-list">
            {coDevelopers.map((p) => (
              <li class="utrecht-unordered-list__item">
                <PartnerName partner={p} />
                {p.contactFirstName ? ` — ${t('initiativePage.contact')}: ${p.contactFirstName}` : ''}
              </li>
            ))}
          </ul>
          {followers.length > 0 && <h3 class="utrecht-heading-3">{t('participantRole.follower')}</h3>}
          <ul class="utrecht-unordered-list">
            {followers.map((p) => (
              <li class="utrecht-unordered-list__item">
                <PartnerName partner={p} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/** Joining on behalf of one of the person's organisations, or stopping. */
export function JoinSection(props: {
  ctx: ViewContext;
  initiativeId: string;
  permissions: DetailPermissions;
  forms: DetailForms;
}) {
  const { ctx, initiativeId, permissions, forms } = props;
  const { t } = ctx;
  const join = stateOf(forms, 'join');
  return (
    <Section id="meedoen" title={t('initiativePage.joinTitle')}>
      {ctx.actor.kind !== 'account' ? (
        <Paragraph>
          <Link href={`/inloggen?terug=${encodeURIComponent(`/innovatie/${initiativeId}`)}`}>
            {t('initiativePage.loginToJoin')}
          </Link>
        </Paragraph>
      ) : permissions.joinable.length === 0 && permissions.leavable.length === 0 ? (
        // No organisation to join with: the person has none, or each of hers already owns this initiative.
        <Paragraph>
          {t(
            ctx.actor.memberships.length === 0 ? 'initiativePage.noOrganisationToJoin' : 'initiativePage.ownInitiative',
          )}
        </Paragraph>
      ) : null}
      {permissions.joinable.length > 0 && (
        <Form ctx={ctx} action={`/innovatie/${initiativeId}/deelnemen`} label={t('initiativePage.joinTitle')}>
          <SelectField
            name="organisation"
            label={t('initiativePage.joinAs')}
            value={join.values.organisation}
            errors={join.errors}
            options={permissions.joinable.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
          />
          <ChoiceGroup
            kind="radio"
            name="role"
            legend={t('initiativePage.joinRole')}
            options={optionsOf(ctx, 'participantRole', PARTICIPANT_ROLES)}
            value={join.values.role ?? 'co-developer'}
            errors={join.errors}
          />
          <SubmitButton>{t('initiativePage.joinSubmit')}</SubmitButton>
        </Form>
      )}
      {permissions.leavable.map((organisation) => (
        <Form
          ctx={ctx}
          action={`/innovatie/${initiativeId}/verlaten`}
          label={t('initiativePage.leave', { name: organisation.organisationName })}
        >
          <input type="hidden" name="organisation" value={organisation.organisationId} />
          <SubmitButton variant="secondary">
            {t('initiativePage.leave', { name: organisation.organisationName })}
          </SubmitButton>
        </Form>
      ))}
    </Section>
  );
}
