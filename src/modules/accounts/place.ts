import type { Executor } from '../../core/db';
import { invalidField } from '../../core/errors';
import { postcodeLookup } from '../municipalities';

/** Where a postcode places a person: its 4 digits and municipality, or a refusal on the field. */
export async function resolvePostcode(
  db: Executor,
  postcode: string | null | undefined,
  field = 'postcode',
): Promise<{ postcode: string | null; municipalityCode: string | null }> {
  if (!postcode) return { postcode: null, municipalityCode: null };
  const found = await postcodeLookup(db, postcode);
  if (!found) throw invalidField(field, 'validation.postcodeUnknown', { pc4: postcode });
  return { postcode: found.pc4, municipalityCode: found.municipalityCode };
}
