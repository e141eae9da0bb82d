import { describe, expect, it } from 'vitest';
import '../modules/organisations';
import { type Actor, anonymous, authorize, can } from './authz';
import { HttpProblem } from './http/problem';

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

describe('authorize', () => {
  it('answers 401 for anonymous actors and 403 when the policy refuses', () => {
    expect(() => authorize(anonymous, 'organisation.manageMembers', { organisationId: 'org-1' })).toThrowError(
      HttpProblem,
    );
    try {
      authorize(member('medewerker'), 'organisation.manageMembers', { organisationId: 'org-1' });
    } catch (error) {
      expect((error as HttpProblem).status).toBe(403);
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
