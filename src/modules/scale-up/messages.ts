import { defineMessages } from '../../core/i18n';

/** The problems and field messages of Samen opschalen, in plain Dutch (B1) and English. */
export const problemMessages = defineMessages(
  {
    'scaleUp.problem.roundNotFound': 'Deze ronde bestaat niet.',
    'scaleUp.problem.nominationNotFound': 'Deze voordracht bestaat niet in deze ronde.',
    'scaleUp.problem.serviceNotFound': 'Deze landelijke voorziening bestaat niet.',
    'scaleUp.problem.stepNotFound': 'Deze stap hoort niet bij deze voorziening.',
    'scaleUp.problem.groupNotFound': 'Deze gezamenlijke invoering bestaat niet.',
    'scaleUp.problem.nominationPhase':
      'Alleen een initiatief in de fase pilot of evaluatie kan worden voorgedragen. Zet het eerst in die fase.',
    'scaleUp.problem.nominationCarriers':
      'Een voordracht moet door minstens twee gemeenten gedragen worden: de eigenaar en minstens één gemeente ' +
      'die meeontwikkelt. Zoek eerst een partnergemeente.',
    'scaleUp.problem.nominationsClosed': 'Voordragen kan niet meer: de voordrachten van deze ronde zijn gesloten.',
    'scaleUp.problem.alreadyNominated': 'Dit initiatief is al voorgedragen in deze ronde.',
    'scaleUp.problem.notBoardMember': 'Alleen leden van het portfolio-overleg van deze ronde kunnen scoren.',
    'scaleUp.problem.scoringClosed':
      'Scoren kan nu niet: dat kan alleen tussen het sluiten van de voordrachten en het sluiten van het scoren.',
    'scaleUp.problem.notCompetition': 'Voorselectie hoort bij een open competitie, niet bij een portfolio-ronde.',
    'scaleUp.problem.decisionTooEarly': 'Besluiten kan pas als het scoren gesloten is.',
    'scaleUp.problem.alreadyDecided': 'Over deze voordracht is al besloten.',
    'scaleUp.problem.notPreselected': 'In een competitie kan alleen een voorgeselecteerde inzending winnen.',
    'scaleUp.problem.twoWinners': 'Een competitie heeft hoogstens twee winnaars.',
    'scaleUp.problem.stageBackwards':
      'Van {from} naar {to} kan niet: een traject gaat alleen vooruit, of stopt. Kies een volgende fase.',
    'scaleUp.problem.serviceRetired': 'Deze voorziening is uitgefaseerd. U kunt alleen nog vastleggen dat u stopt.',
    'scaleUp.problem.noAdoption': 'Leg eerst vast dat uw gemeente belangstelling heeft voor deze voorziening.',
    'scaleUp.problem.groupExists': 'Er is al een gezamenlijke invoering met deze naam.',
    'scaleUp.problem.noAdoptionYet': 'Deze gemeente heeft (nog) geen belangstelling voor deze voorziening vastgelegd.',
    'scaleUp.validation.boardMemberUnknown': 'Niet elk lid van het overleg heeft een account bij Samen.',
    'scaleUp.validation.initiativeUnknown': 'Dit initiatief bestaat niet.',
    'scaleUp.validation.score': 'Geef een cijfer van 1 tot en met 5.',
    'scaleUp.validation.mustDeclareConflict':
      'Uw gemeente draagt dit initiatief. Vink belangenverstrengeling aan; uw score telt dan niet mee.',
    'scaleUp.validation.atMostThree': 'Kies hoogstens drie inzendingen.',
    'scaleUp.validation.nominationUnknown': 'Een van deze inzendingen hoort niet bij deze ronde.',
    'scaleUp.validation.future': 'Deze datum ligt in de toekomst. Vul een datum in die al geweest is.',
    'scaleUp.validation.stoppedReason': 'Schrijf op waarom uw gemeente stopt.',
    'scaleUp.validation.sharedNeedsGroup':
      'Een stap kan alleen gezamenlijk zijn als uw gemeente in een gezamenlijke invoering zit.',
    'scaleUp.validation.dates': 'De datums moeten na elkaar komen: voordrachten sluiten, scoren sluit, besluit.',
    'scaleUp.validation.stage': 'Kies interested, deciding, implementing, live of stopped.',
    'scaleUp.validation.roundStatus': 'Kies nominating, scoring, deciding of decided.',
    'scaleUp.validation.decision': 'Kies scale-up, not-yet of no.',
    'scaleUp.validation.rationale': 'Schrijf de reden van het besluit op. Iedereen kan die lezen.',
  },
  {
    'scaleUp.problem.roundNotFound': 'This round does not exist.',
    'scaleUp.problem.nominationNotFound': 'This nomination does not exist in this round.',
    'scaleUp.problem.serviceNotFound': 'This national service does not exist.',
    'scaleUp.problem.stepNotFound': 'This step does not belong to this service.',
    'scaleUp.problem.groupNotFound': 'This shared implementation does not exist.',
    'scaleUp.problem.nominationPhase':
      'Only an initiative in the pilot or evaluation phase can be nominated. Move it to that phase first.',
    'scaleUp.problem.nominationCarriers':
      'A nomination must be carried by at least two municipalities: the owner and at least one co-developing ' +
      'municipality. Find a partner municipality first.',
    'scaleUp.problem.nominationsClosed': 'Nominating is no longer possible: nominations for this round have closed.',
    'scaleUp.problem.alreadyNominated': 'This initiative has already been nominated in this round.',
    'scaleUp.problem.notBoardMember': 'Only members of this round’s portfolio board can score.',
    'scaleUp.problem.scoringClosed':
      'Scoring is not possible now: only between the close of nominations and the close of scoring.',
    'scaleUp.problem.notCompetition': 'Preselection belongs to an open competition, not to a portfolio round.',
    'scaleUp.problem.decisionTooEarly': 'A decision can only be made once scoring has closed.',
    'scaleUp.problem.alreadyDecided': 'This nomination has already been decided.',
    'scaleUp.problem.notPreselected': 'In a competition only a preselected entry can win.',
    'scaleUp.problem.twoWinners': 'A competition has at most two winners.',
    'scaleUp.problem.stageBackwards':
      'From {from} to {to} is not possible: a trajectory only moves forward, or stops. Choose a next stage.',
    'scaleUp.problem.serviceRetired': 'This service has been retired. You can only record that you stop.',
    'scaleUp.problem.noAdoption': 'First record that your municipality is interested in this service.',
    'scaleUp.problem.groupExists': 'There already is a shared implementation with this name.',
    'scaleUp.problem.noAdoptionYet': 'This municipality has not (yet) recorded an interest in this service.',
    'scaleUp.validation.boardMemberUnknown': 'Not every board member has an account on Samen.',
    'scaleUp.validation.initiativeUnknown': 'This initiative does not exist.',
    'scaleUp.validation.score': 'Give a score from 1 to 5.',
    'scaleUp.validation.mustDeclareConflict':
      'Your municipality carries this initiative. Tick conflict of interest; your score will then not count.',
    'scaleUp.validation.atMostThree': 'Choose at most three entries.',
    'scaleUp.validation.nominationUnknown': 'One of these entries does not belong to this round.',
    'scaleUp.validation.future': 'This date lies in the future. Enter a date that has passed.',
    'scaleUp.validation.stoppedReason': 'Write down why your municipality stops.',
    'scaleUp.validation.sharedNeedsGroup':
      'A step can only be shared when your municipality is in a shared implementation.',
    'scaleUp.validation.dates': 'The dates must follow each other: nominations close, scoring closes, decision.',
    'scaleUp.validation.stage': 'Choose interested, deciding, implementing, live or stopped.',
    'scaleUp.validation.roundStatus': 'Choose nominating, scoring, deciding or decided.',
    'scaleUp.validation.decision': 'Choose scale-up, not-yet or no.',
    'scaleUp.validation.rationale': 'Write down the reason for the decision. Everyone can read it.',
  },
);
