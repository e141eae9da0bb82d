import { z } from '@hono/zod-openapi';
import { CATEGORIES, POST_KINDS, POST_STATUSES, publicPerson, WHEN_KINDS } from '../rules';
import type { Post } from './queries';

/** A post in the API. */
export const PostSchema = z
  .object({
    id: z.string(),
    kind: z.enum(POST_KINDS),
    marketplace: z.object({ code: z.string(), name: z.string() }),
    title: z.string(),
    description: z.string(),
    category: z.enum(CATEGORIES),
    when: z.object({
      kind: z.enum(WHEN_KINDS),
      date: z.string().nullable().openapi({ format: 'date' }),
      text: z.string().nullable(),
    }),
    hoursPerWeek: z.number().int().optional(),
    area: z
      .object({ pc4: z.string(), place: z.string() })
      .openapi({ description: 'Alleen de 4 cijfers van de postcode; nooit een adres.' }),
    postedBy: z.string().openapi({ description: 'Voornaam, of de organisatie bij een vacature' }),
    onBehalfOf: z.string().optional(),
    postedFor: z.string().nullable().optional(),
    status: z.enum(POST_STATUSES),
    responseCount: z.number().int(),
    publishedAt: z.string().nullable().openapi({ format: 'date-time' }),
    expiresAt: z.string().nullable().openapi({
      format: 'date-time',
      description: 'Tot wanneer de plaatsing open staat, als niemand haar eerder afsluit.',
    }),
    distanceKm: z.number().optional(),
    moderatorNote: z.string().optional().openapi({
      description:
        'Alleen voor de schrijver: wat de beheerder vraagt aan te passen (teruggestuurd), of waarom hij afwees',
    }),
    hidden: z.boolean().optional().openapi({
      description: 'Alleen voor de schrijver: verborgen na meldingen of een afwijzing, tot een beheerder besluit',
    }),
  })
  .openapi('Post');

/**
 * A post as the public sees it: first name, marketplace, postcode area and place — never a
 * surname, address, phone number or e-mail address (those are not even selected).
 */
export function presentPost(
  post: Post & { distanceKm?: number | null },
  options: { forAuthor?: boolean } = {},
): z.infer<typeof PostSchema> {
  const note = post.returnedNote ?? post.rejectedReason;
  return {
    id: post.id,
    kind: post.kind,
    marketplace: { code: post.municipalityCode, name: post.marketplaceName },
    title: post.title,
    description: post.description,
    category: post.category,
    when: { kind: post.whenKind, date: post.whenDate, text: post.whenText },
    ...(post.hoursPerWeek ? { hoursPerWeek: post.hoursPerWeek } : {}),
    area: { pc4: post.pc4, place: post.place },
    postedBy:
      post.organisationName && post.kind === 'vacancy' ? post.organisationName : publicPerson(post.authorFirstName),
    ...(post.onBehalfOfFirstName
      ? { onBehalfOf: publicPerson(post.onBehalfOfFirstName), postedFor: post.organisationName }
      : {}),
    status: post.status,
    responseCount: post.responseCount,
    publishedAt: post.publishedAt,
    expiresAt: post.expiresAt,
    ...(post.distanceKm !== undefined && post.distanceKm !== null ? { distanceKm: post.distanceKm } : {}),
    ...(options.forAuthor ? { hidden: post.withheld, ...(note ? { moderatorNote: note } : {}) } : {}),
  };
}
