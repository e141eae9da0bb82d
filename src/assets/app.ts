/**
 * Progressive enhancement: each module attaches to markup with data-module="name" and does
 * nothing when that markup is absent. Every page works without this file.
 */
import { enhanceScreeningFeedback } from './screening-feedback';
import { enhanceSimilarPanel } from './similar-panel';

type Enhancer = (element: HTMLElement) => void;

const enhancers: Record<string, Enhancer> = {
  // Move focus to the error summary so screen-reader users hear what went wrong (GOV.UK pattern).
  'error-summary': (element) => {
    element.focus();
  },
  'similar-panel': enhanceSimilarPanel,
  'screening-feedback': enhanceScreeningFeedback,
};

for (const element of document.querySelectorAll<HTMLElement>('[data-module]')) {
  const enhance = enhancers[element.dataset.module ?? ''];
  enhance?.(element);
}
