import type { PostKind } from './rules';

/** Where the marketplace's pages live, in one place: views and routes link with these. */
type Slugged = { municipalitySlug: string };

export const marketplacePath = (marketplace: Slugged) => `/gemeenten/${marketplace.municipalitySlug}/marktplaats`;
export const moderationPath = (marketplace: Slugged) => `${marketplacePath(marketplace)}/beheer`;
/** The report for the municipality that funds the marketplace (the reports module serves it). */
export const reportPath = (marketplace: Slugged) => `${marketplacePath(marketplace)}/rapportage`;
export const settingsPath = (marketplace: Slugged) => `${moderationPath(marketplace)}/instellingen`;
export const logoPath = (marketplace: Slugged) => `${marketplacePath(marketplace)}/logo`;
export const themePath = (marketplace: Slugged) => `${marketplacePath(marketplace)}/thema.css`;

/** The list of each kind of post on a marketplace: requests are its front page. */
export const KIND_PATHS: Record<PostKind, string> = {
  request: '',
  offer: '/hulpaanbod',
  vacancy: '/vacatures',
};
export const postPath = (postId: string) => `/hulp/${postId}`;
export const conversationPath = (responseId: string) => `/gesprekken/${responseId}`;
