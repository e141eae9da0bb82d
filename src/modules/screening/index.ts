import type { ApiApp } from '../../core/http/api';
import { defineModule } from '../../core/module';
import { registerScreeningApi } from './api';
import { messages } from './messages';

/**
 * Screening of every text that others read — posts, responses and messages, names of people and
 * organisations, initiatives and advice: publish, review (a beheerder looks first) or refuse, with
 * the reasons in plain language. Four rule sets (rules/): paid work, contact details, abuse, spam.
 * Also the limits per account on posts, responses and messages. Other modules use it only through
 * this file. docs/screening.md has what each rule set does and how well it does.
 */
export const screeningModule = defineModule({
  name: 'screening',
  messages,
  api: (api: ApiApp) => registerScreeningApi(api),
});

export { type Activity, ACTIVITY_LIMITS, countActivity } from './limits';
export type { Finding, RuleSet } from './rules/types';
export {
  OUTCOMES,
  type Outcome,
  type Reason,
  type Span,
  screen,
  TEXT_KINDS,
  type TextKind,
  type TextParts,
  type Verdict,
} from './screen';
export { refuseIfRefused, type ScreenRequest, screenOrRefuse, screenText } from './service';
export { ScreeningFeedback } from './views';
