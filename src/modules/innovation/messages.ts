import { mergeMessages } from '../../core/i18n';
import { messages as advice } from './advice/messages';
import { messages as contact } from './contact/messages';
import { messages as experiments } from './experiments/messages';
import { messages as initiatives } from './initiatives/messages';
import { messages as participation } from './participation/messages';
import { messages as paths } from './paths-messages';
import { messages as similarity } from './similarity/messages';
import { messages as updates } from './updates/messages';

/** Texts of Samen innoveren: each sub-feature's own, in Dutch (B1) and English. */
export const messages = mergeMessages(
  initiatives,
  participation,
  experiments,
  advice,
  similarity,
  updates,
  contact,
  paths,
);
