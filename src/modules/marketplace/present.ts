import type { Post } from './queries';
import { publicPerson } from './rules';

/**
 * A post as the public sees it: first name, marketplace, postcode area and place — never a
 * surname, address, phone number or e-mail address (those are not even selected).
 */
export function presentPost(post: Post & { distanceKm?: number | null }) {
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
  };
}
