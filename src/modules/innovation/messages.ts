import type { Catalogue } from '../../core/i18n';
import { messages as advice } from './advice/messages';
import { messages as experiments } from './experiments/messages';
import { messages as initiatives } from './initiatives/messages';
import { messages as participation } from './participation/messages';
import { messages as similarity } from './similarity/messages';
import { messages as updates } from './updates/messages';

const parts: Catalogue[] = [initiatives, participation, experiments, advice, similarity, updates];

/** Texts of Samen innoveren: each sub-feature's own, in Dutch (B1) and English. */
export const messages: Catalogue = {
  nl: Object.assign({}, ...parts.map((part) => part.nl)),
  en: Object.assign({}, ...parts.map((part) => part.en)),
};
