import { describe, expect, it } from 'vitest';
import { organisationsModule } from '../modules/organisations';
import { type Actor, anonymous, authorize, can } from './authz';
import { DomainError } from './errors';

const member = (role: 'medewerker' | 'beheerder', organisationId = 'org-1'): Actor => ({
  kind: 'account',
  accountId: 'a-1',
  firstName: 'Sanne',
  locale: 'nl',
  municipalityCode: 'GM0344',
  roles: [],
  memberships: [
    {
      organisationId,
      organisationName: 'Welzijn',
      organisationType: 'welzijnsorganisatie',
      municipalityCode: 'GM0344',
      role,
    },
  ],
});

organisationsModule.policies();

describe('authorize', () => {
  it('answers 401 for anonymous actors and 403 when the policy refuses', () => {
    expect(() => authorize(anonymous, 'organisation.manageMembers', { organisationId: 'org-1' })).toThrowError(
      DomainError,
    );
    try {
      authorize(member('medewerker'), 'organisation.manageMembers', { organisationId: 'org-1' });
    } catch (error) {
      expect((error as DomainError).kind).toBe('forbidden');
    }
  });

  it('lets a beheerder manage only their own organisation', () => {
    expect(can(member('beheerder'), 'organisation.manageMembers', { organisationId: 'org-1' })).toBe(true);
    expect(can(member('beheerder'), 'organisation.manageMembers', { organisationId: 'org-2' })).toBe(false);
  });

  it('lets netwerkbeheer do everything', () => {
    const operator: Actor = {
      ...(member('medewerker') as Extract<Actor, { kind: 'account' }>),
      roles: ['netwerkbeheer'],
    };
    expect(can(operator, 'organisation.create', {})).toBe(true);
    expect(can(member('beheerder'), 'organisation.create', {})).toBe(false);
  });
});
