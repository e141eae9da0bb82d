import { defineMessages, mergeMessages } from '../../core/i18n';
import { messages as alerts } from './alerts/messages';
import { messages as conversations } from './conversations/messages';
import { messages as moderation } from './moderation/messages';
import { messages as posts } from './posts/messages';
import { messages as nextSteps } from './posts/next-steps-messages';
import { messages as search } from './search/messages';
import { messages as settings } from './settings/messages';

/** Texts the sub-features share: categories, times, statuses and the kinds of post. */
const shared = defineMessages(
  {
    'problem.conflict.title': 'Dit kan niet',
    'validation.boolean': 'Kies ja of nee (true of false).',
    'category.boodschappen': 'Boodschappen',
    'category.vervoer': 'Vervoer',
    'category.klussen': 'Klussen in huis',
    'category.tuin': 'Tuin',
    'category.gezelschap': 'Gezelschap en maatje',
    'category.computerhulp': 'Computerhulp',
    'category.administratie': 'Administratie en formulieren',
    'category.taal': 'Taal',
    'category.verhuizen': 'Verhuizen',
    'category.maaltijd': 'Maaltijd',
    'category.bewegen': 'Wandelen en bewegen',
    'category.oppas': 'Oppas',
    'category.dieren': 'Dieren',
    'category.bijles': 'Bijles',
    'category.overig': 'Overig',
    'validation.category': 'Deze categorie kennen we niet. Kies een categorie uit de lijst.',
    'problem.postNotFound': 'Deze plaatsing bestaat niet (meer).',
    'market.mySamen': 'Mijn Samen',
    'market.kind.request': 'Hulpvraag',
    'market.kind.offer': 'Hulpaanbod',
    'market.kind.vacancy': 'Vrijwilligersvacature',
    'when.once': 'Eén keer',
    'when.recurring': 'Vaker',
    'when.flexible': 'In overleg',
    'postStatus.concept': 'concept',
    'postStatus.in-review': 'wordt gecontroleerd',
    'postStatus.open': 'open',
    'postStatus.matched': 'hulp gevonden',
    'postStatus.closed': 'gesloten',
    'postStatus.withdrawn': 'ingetrokken',
    'postStatus.expired': 'verlopen',
    'problem.noMarketplacePage': 'Deze gemeente heeft nog geen marktplaats op Samen.',
    'validation.chooseCategory': 'Kies een categorie.',
  },
  {
    'problem.conflict.title': 'This is not possible',
    'validation.boolean': 'Choose yes or no (true or false).',
    'category.boodschappen': 'Groceries',
    'category.vervoer': 'Transport',
    'category.klussen': 'Odd jobs at home',
    'category.tuin': 'Garden',
    'category.gezelschap': 'Company and buddy',
    'category.computerhulp': 'Computer help',
    'category.administratie': 'Paperwork and forms',
    'category.taal': 'Language',
    'category.verhuizen': 'Moving house',
    'category.maaltijd': 'Meals',
    'category.bewegen': 'Walking and exercise',
    'category.oppas': 'Babysitting',
    'category.dieren': 'Pets',
    'category.bijles': 'Tutoring',
    'category.overig': 'Other',
    'validation.category': "We don't know this category. Choose one from the list.",
    'problem.postNotFound': 'This post does not exist (any more).',
    'market.mySamen': 'My Samen',
    'market.kind.request': 'Help request',
    'market.kind.offer': 'Help offered',
    'market.kind.vacancy': 'Volunteer vacancy',
    'when.once': 'Once',
    'when.recurring': 'Regularly',
    'when.flexible': 'To be agreed',
    'postStatus.concept': 'draft',
    'postStatus.in-review': 'being checked',
    'postStatus.open': 'open',
    'postStatus.matched': 'help found',
    'postStatus.closed': 'closed',
    'postStatus.withdrawn': 'withdrawn',
    'postStatus.expired': 'expired',
    'problem.noMarketplacePage': 'This municipality has no marketplace on Samen yet.',
    'validation.chooseCategory': 'Choose a category.',
  },
);

/** Texts of the marketplace module, in Dutch (B1) and English. */
export const messages = mergeMessages(shared, settings, search, posts, nextSteps, conversations, moderation, alerts);
