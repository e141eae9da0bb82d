import type { Municipality } from '../../municipalities';
import type { Adoption, AdoptionEvent, ImplementationGroup, Stakeholder, StepProgress } from '../adoptions/queries';
import type { Service, Step } from '../services/queries';

/** A municipality's trajectory as this person may see it. */
export interface AdoptionView {
  service: Service;
  municipality: Municipality;
  adoption: Adoption | undefined;
  events: AdoptionEvent[];
  /** an official of the municipality, the operator, or the service's operator: sees notes and stakeholders */
  insider: boolean;
  stakeholders: Stakeholder[];
  steps: Step[];
  /** this municipality's progress on the steps */
  progress: StepProgress[];
  groups: ImplementationGroup[];
  /** an official of the municipality or the operator: may update it */
  mayEdit: boolean;
  /** today, YYYY-MM-DD, as the example for date fields */
  today: string;
}

/** The trajectory page of a municipality's adoption; its forms post to paths below it. */
export const adoptionPath = (view: { service: { slug: string }; municipality: { code: string } }) =>
  `/opschalen/voorzieningen/${view.service.slug}/gemeenten/${view.municipality.code}`;
