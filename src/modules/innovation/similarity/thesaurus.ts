import concepts from './thesaurus.json';

/**
 * A thesaurus of the social domain: concepts and the Dutch words that express them, in
 * thesaurus.json. Two texts about the same idea often share concepts while sharing few words
 * ("betalingsachterstand" and "onbetaalde huur" are both about debt). Ranking adds a concept term
 * for every concept a text touches, to documents and queries alike, so such texts meet. Words are
 * stemmed by the same text search configuration as the documents; one word may belong to several
 * concepts.
 *
 * Source: curated for Samen by its makers (docs/decisions/0003-similarity.md says why, and what it
 * does to recall on the labelled set in evaluation/); it was thesaurus.ts before it became data.
 * Keep concepts general (a subject of the field, not one initiative) and words unambiguous;
 * `npm run evaluate:similarity` shows what a change does.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = concepts;
