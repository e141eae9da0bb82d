import { defineMessages } from '../../../core/i18n';

/** Texts of reports and of the beheer pages of a marketplace. */
export const messages = defineMessages(
  {
    'validation.decision': 'Kies approve (goedkeuren) of reject (afwijzen).',
    'moderation.link': 'Beheer: controle en meldingen',
    'moderation.title': 'Beheer van {name}',
    'moderation.intro':
      'Hier ziet u plaatsingen die op controle wachten en plaatsingen die iemand heeft gemeld. Keur ze goed of ' +
      'wijs ze af. Schrijf er altijd bij waarom.',
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
    'moderation.reason': 'Reden van uw besluit',
    'moderation.reasonHint':
      'Maximaal {max, plural, one {# teken} other {# tekens}}. Als u afwijst, wordt de plaatsing gesloten met deze ' +
      'reden.',
    'validation.decisionReason': 'Schrijf op waarom u de plaatsing goedkeurt of afwijst.',
    'validation.chooseDecision': 'Kies Goedkeuren of Afwijzen.',
    'moderation.approve': 'Goedkeuren',
    'moderation.reject': 'Afwijzen',
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
    'validation.reason': 'Schrijf de reden op.',
  },
  {
    'validation.decision': 'Choose approve or reject.',
    'moderation.link': 'Manage: review and reports',
    'moderation.title': 'Managing {name}',
    'moderation.intro':
      'Here you see posts that wait for review and posts that someone reported. Approve or reject them. Always ' +
      'write down why.',
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
    'moderation.reason': 'Reason for your decision',
    'moderation.reasonHint':
      'At most {max, plural, one {# character} other {# characters}}. If you reject, the post is closed with this ' +
      'reason.',
    'validation.decisionReason': 'Write down why you approve or reject the post.',
    'validation.chooseDecision': 'Choose Approve or Reject.',
    'moderation.approve': 'Approve',
    'moderation.reject': 'Reject',
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
    'validation.reason': 'Write down the reason.',
  },
);
