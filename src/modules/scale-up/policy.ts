import { definePolicies, isOfficialOf } from '../../core/authz';

declare module '../../core/authz' {
  interface PolicyRegistry {
    /** open a portfolio round or a competition, create a national service: the platform operator only */
    'scaleUp.manage': Record<string, never>;
    /** nominate an initiative: an official of the municipality that owns it */
    'scaleUp.nominate': { ownerMunicipalityCode: string };
    /** score, preselect and decide in a round: its board members */
    'scaleUp.board': { boardMemberIds: readonly string[] };
    /** record a municipality's adoption and see its stakeholders: that municipality's officials */
    'scaleUp.adoption': { municipalityCode: string };
  }
}

/** Who may do what in Samen opschalen; the operator may do everything (core/authz). */
export const registerPolicies = () =>
  definePolicies({
    'scaleUp.manage': () => false,
    'scaleUp.nominate': (actor, { ownerMunicipalityCode }) => isOfficialOf(actor, ownerMunicipalityCode),
    'scaleUp.board': (actor, { boardMemberIds }) => boardMemberIds.includes(actor.accountId),
    'scaleUp.adoption': (actor, { municipalityCode }) => isOfficialOf(actor, municipalityCode),
  });
