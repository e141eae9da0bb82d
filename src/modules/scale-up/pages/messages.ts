import { adoptionPageMessages } from './messages-adoption';
import { roundPageMessages } from './messages-rounds';
import { servicePageMessages } from './messages-services';
import { mergeMessages } from '../../../core/i18n';

/** The texts of the pages of Samen opschalen, in plain Dutch (B1) and English. */
export const pageMessages = mergeMessages(roundPageMessages, servicePageMessages, adoptionPageMessages);
