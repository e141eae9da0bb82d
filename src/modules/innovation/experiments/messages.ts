import { defineMessages } from '../../../core/i18n';

/** Texts of the experiment log, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'initiativePage.experiments': 'Experimenten',
    'initiativePage.noExperiments': 'Er zijn nog geen experimenten gelogd.',
    'initiativePage.addExperiment': 'Experiment loggen',
    'experiment.hypothesis': 'Hypothese',
    'experiment.hypothesisHint':
      'Wat verwacht u? Bijvoorbeeld: als de huisarts geldzorgen bespreekt, melden meer mensen zich eerder.',
    'experiment.measure': 'Meting: hoe meet u het?',
    'experiment.result': 'Resultaat',
    'experiment.learning': 'Wat heeft u geleerd?',
    'experiment.date': 'Datum',
    'flash.experimentAdded': 'Het experiment is gelogd.',
    'validation.hypothesis': 'Schrijf wat u verwacht: uw hypothese.',
    'validation.measure': 'Schrijf hoe u het meet.',
    'validation.experimentDate': 'Vul de datum van het experiment in.',
  },
  {
    'initiativePage.experiments': 'Experiments',
    'initiativePage.noExperiments': 'No experiments have been logged yet.',
    'initiativePage.addExperiment': 'Log an experiment',
    'experiment.hypothesis': 'Hypothesis',
    'experiment.hypothesisHint':
      'What do you expect? For example: if the GP talks about money worries, more people ask for help earlier.',
    'experiment.measure': 'Measure: how do you measure it?',
    'experiment.result': 'Result',
    'experiment.learning': 'What did you learn?',
    'experiment.date': 'Date',
    'flash.experimentAdded': 'The experiment has been logged.',
    'validation.hypothesis': 'Write what you expect: your hypothesis.',
    'validation.measure': 'Write how you measure it.',
    'validation.experimentDate': 'Enter the date of the experiment.',
  },
);
