import type { Membership } from '../../../../core/authz';
import type { FieldErrors } from '../../../../core/http/validation';
import type { FieldValue } from '../../../../core/views/components';

/** What the person looking at an initiative's page may do there. */
export interface DetailPermissions {
  canEdit: boolean;
  /** members of the owner and of a co-developing organisation log experiments */
  canLogExperiments: boolean;
  canAdvise: boolean;
  /** the person's organisations that could still join */
  joinable: Membership[];
  /** the person's organisations that take part and could leave */
  leavable: { organisationId: string; organisationName: string }[];
}

/** The one form on the page that was sent back with errors, if any. */
export interface DetailForms {
  /** which form the errors belong to: join, leave, experiment, phase, advice, response-<advice id> */
  form?: string;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}

/** The errors and values of one form on the page (empty unless it was the one sent back). */
export function stateOf(forms: DetailForms, form: string): { errors: FieldErrors; values: Record<string, FieldValue> } {
  return forms.form === form ? { errors: forms.errors, values: forms.values } : { errors: {}, values: {} };
}
