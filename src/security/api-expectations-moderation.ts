// Who may use the moderation tools in the API: blocks, warnings and the activity log. A
// marketplace's beheerders on their own marketplace (and the operator); the whole platform is the
// operator's alone. Gerrit (moderation-fixtures.ts) is the person warned and blocked.
import { type Case, only, OPERATOR_ONLY, type Table } from './matrix';
import { inTwoWeeks, type MARKETPLACES, spare, spareBlock } from './moderation-fixtures';

type Code = (typeof MARKETPLACES)[keyof typeof MARKETPLACES];

/** Both marketplaces, and the platform-wide variant (without a marketplace: the operator only). */
function scoped(make: (code: Code | null) => Omit<Case, 'expect' | 'variant'>): Case[] {
  return [
    { variant: 'own marketplace (Utrecht)', expect: only(['beheerder', 'operator']), ...make('GM0344') },
    { variant: 'other marketplace (Rotterdam)', expect: only(['otherBeheerder', 'operator']), ...make('GM0599') },
    { variant: 'the whole platform', expect: OPERATOR_ONLY, ...make(null) },
  ];
}

const marketplaceOf = (code: Code | null): Record<string, string> => (code ? { marketplace: code } : {});

export const moderationApiExpectations: Table = {
  'GET /moderation/blocks': scoped((code) => ({ call: () => ({ query: marketplaceOf(code) }) })),
  'POST /moderation/blocks': scoped((code) => ({
    call: async (w) => ({
      body: { account: await spare(w), ...marketplaceOf(code), reason: 'Steeds reclame', endsOn: inTwoWeeks() },
    }),
  })),
  'POST /moderation/blocks/{id}/lift': scoped((code) => ({
    call: async (w) => ({ params: { id: await spareBlock(w, code) }, body: {} }),
  })),
  // A warning is always about one marketplace.
  'POST /moderation/warnings': scoped((code) => ({
    call: async (w) => ({ body: { account: await spare(w), marketplace: code, reason: 'Let op uw toon' } }),
  })).filter((c) => c.variant !== 'the whole platform'),
  'GET /moderation/log': scoped((code) => ({ call: () => ({ query: marketplaceOf(code) }) })),
};
