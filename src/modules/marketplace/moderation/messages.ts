import { defineMessages, mergeMessages } from '../../../core/i18n';
import { messages as people } from './messages-people';

/** Texts of reports and of the beheer pages of a marketplace. */
const queue = defineMessages(
  {
    'validation.decision': 'Kies approve (goedkeuren), reject (afwijzen) of return (terugsturen).',
    'moderation.link': 'Beheer: controle en meldingen',
    'moderation.title': 'Beheer van {name}',
    'moderation.intro':
      'Hier ziet u plaatsingen die op controle wachten en plaatsingen die iemand heeft gemeld. U ziet ook waarom ' +
      'ze wachten. Keur ze goed, stuur ze terug naar de schrijver of wijs ze af. De schrijver hoort wat u besluit.',
    'moderation.privacy':
      'U ziet hier ook de naam en het e-mailadres van de schrijver. Gebruik die alleen voor dit werk. Samen houdt ' +
      'bij wie deze pagina bekijkt.',
    'moderation.postsTitle': 'Plaatsingen om te beoordelen ({count})',
    'moderation.noPosts': 'Er wachten nu geen plaatsingen op u.',
    'moderation.postedAt': 'geplaatst op {date}',
    'moderation.author': 'Schrijver',
    'moderation.authorGone': 'Dit account bestaat niet meer',
    'moderation.email': 'E-mailadres',
    'moderation.reports': 'Meldingen',
    'moderation.noReports': 'Geen meldingen. De plaatsing wacht op controle.',
    'moderation.viewPost': 'Bekijk de plaatsing',
    'moderation.backToQueue': 'Terug naar beheer',
    'moderation.decisionFor': 'Besluit over "{title}"',
    'moderation.reason': 'Toelichting voor de schrijver',
    'moderation.reasonHint':
      'Voor de schrijver. Nodig als u terugstuurt (wat moet anders?) of afwijst (waarom?). Maximaal ' +
      '{max, plural, one {# teken} other {# tekens}}.',
    'validation.rejectReason': 'Schrijf op waarom u de plaatsing afwijst. De schrijver leest dit.',
    'validation.returnNote': 'Schrijf op wat de schrijver moet aanpassen.',
    'validation.chooseDecision': 'Kies Goedkeuren, Terugsturen of Afwijzen.',
    'moderation.approve': 'Goedkeuren',
    'moderation.reject': 'Afwijzen',
    'moderation.return': 'Terugsturen voor aanpassing',
    'moderation.conversationsTitle': 'Gemelde gesprekken ({count})',
    'moderation.noConversations': 'Er zijn geen gemelde gesprekken.',
    'moderation.conversationLink': 'Gesprek tussen {poster} en {responder} over "{title}"',
    'moderation.reportedAt': 'gemeld op {date}',
    'moderation.reportReason': 'Reden: {reason}',
    'moderation.conversationTitle': 'Gemeld gesprek tussen {poster} en {responder}',
    'moderation.readAsBeheerder':
      'U leest dit gesprek als beheerder, omdat iemand het heeft gemeld. U kunt hier geen berichten sturen.',
    'moderation.report.post': 'Melden',
    'moderation.report.postIntro':
      'Klopt er iets niet met deze plaatsing? Bijvoorbeeld betaald werk, reclame of iets dat kwetst? Laat het de ' +
      'beheerder van de marktplaats weten. De schrijver ziet niet wie het heeft gemeld.',
    'moderation.report.conversation': 'Gesprek melden',
    'moderation.report.conversationIntro':
      'Voelt u zich niet prettig in dit gesprek? Meld het. De beheerder van de marktplaats mag het gesprek dan lezen.',
    'moderation.report.conversationReported':
      'Dit gesprek is gemeld op {date}. De beheerder van de marktplaats mag het lezen.',
    'moderation.report.reason': 'Wat is er mis?',
    'moderation.report.reasonHint': 'Maximaal {max, plural, one {# teken} other {# tekens}}.',
    'validation.reportReason': 'Schrijf kort op wat er mis is.',
    'moderation.report.submit': 'Melding versturen',
    'flash.reported': 'Bedankt, de beheerder kijkt ernaar.',
    'problem.reportNotOpen': 'Dit gesprek heeft geen open melding (meer).',
    'moderation.resolve': 'Afgehandeld',
    'flash.reportResolved': 'De melding is afgehandeld.',
    'flash.moderated.approve': 'De plaatsing is goedgekeurd.',
    'flash.moderated.reject': 'De plaatsing is afgewezen en gesloten.',
    'flash.moderated.return': 'De plaatsing is teruggestuurd. De schrijver kan hem aanpassen en opnieuw insturen.',
    'validation.reason': 'Schrijf de reden op.',
  },
  {
    'validation.decision': 'Choose approve, reject or return.',
    'moderation.link': 'Manage: review and reports',
    'moderation.title': 'Managing {name}',
    'moderation.intro':
      'Here you see posts that wait for review and posts that someone reported. You also see why they wait. ' +
      'Approve them, send them back to the author or reject them. The author hears what you decide.',
    'moderation.privacy':
      'You also see the name and e-mail address of the author here. Use them only for this work. Samen records who ' +
      'views this page.',
    'moderation.postsTitle': 'Posts to review ({count})',
    'moderation.noPosts': 'No posts are waiting for you right now.',
    'moderation.postedAt': 'posted on {date}',
    'moderation.author': 'Author',
    'moderation.authorGone': 'This account no longer exists',
    'moderation.email': 'E-mail address',
    'moderation.reports': 'Reports',
    'moderation.noReports': 'No reports. The post waits for review.',
    'moderation.viewPost': 'View the post',
    'moderation.backToQueue': 'Back to managing the marketplace',
    'moderation.decisionFor': 'Decision on "{title}"',
    'moderation.reason': 'Note for the author',
    'moderation.reasonHint':
      'For the author. Needed when you send it back (what must change?) or reject it (why?). At most ' +
      '{max, plural, one {# character} other {# characters}}.',
    'validation.rejectReason': 'Write down why you reject the post. The author reads this.',
    'validation.returnNote': 'Write down what the author should change.',
    'validation.chooseDecision': 'Choose Approve, Send back or Reject.',
    'moderation.approve': 'Approve',
    'moderation.reject': 'Reject',
    'moderation.return': 'Send back for a change',
    'moderation.conversationsTitle': 'Reported conversations ({count})',
    'moderation.noConversations': 'There are no reported conversations.',
    'moderation.conversationLink': 'Conversation between {poster} and {responder} about "{title}"',
    'moderation.reportedAt': 'reported on {date}',
    'moderation.reportReason': 'Reason: {reason}',
    'moderation.conversationTitle': 'Reported conversation between {poster} and {responder}',
    'moderation.readAsBeheerder':
      'You are reading this conversation as a moderator, because someone reported it. You cannot send messages here.',
    'moderation.report.post': 'Report',
    'moderation.report.postIntro':
      'Is something wrong with this post? For example paid work, advertising or something hurtful? Let the ' +
      'moderator of the marketplace know. The author does not see who reported it.',
    'moderation.report.conversation': 'Report conversation',
    'moderation.report.conversationIntro':
      'Do you feel uncomfortable in this conversation? Report it. The moderator of the marketplace may then read ' +
      'the conversation.',
    'moderation.report.conversationReported':
      'This conversation was reported on {date}. The moderator of the marketplace may read it.',
    'moderation.report.reason': 'What is wrong?',
    'moderation.report.reasonHint': 'At most {max, plural, one {# character} other {# characters}}.',
    'validation.reportReason': 'Briefly write down what is wrong.',
    'moderation.report.submit': 'Send report',
    'flash.reported': 'Thank you, the moderator will look into it.',
    'problem.reportNotOpen': 'This conversation has no open report (any more).',
    'moderation.resolve': 'Handled',
    'flash.reportResolved': 'The report is marked as handled.',
    'flash.moderated.approve': 'The post has been approved.',
    'flash.moderated.reject': 'The post has been rejected and closed.',
    'flash.moderated.return': 'The post has been sent back. The author can change it and send it in again.',
    'validation.reason': 'Write down the reason.',
  },
);

export const messages = mergeMessages(queue, people);
