import type { ViewContext } from '../../core/views/context';
import type { TextKind } from './screen';

/**
 * Where the post form says, while someone types, what the screening would do with the text. Empty
 * without JavaScript (the form's error summary says it after submitting); with JavaScript
 * (assets/screening-feedback.ts) it is filled from POST /api/v1/screening-checks after each pause,
 * and read out by screen readers (aria-live). The texts the script needs come with it.
 */
export function ScreeningFeedback(props: {
  ctx: ViewContext;
  kind: TextKind;
  municipality: string;
  /** the labels of the fields, so each reason says which field it is about */
  labels: { title: string; description: string };
}) {
  const { ctx, kind, municipality, labels } = props;
  const { t } = ctx;
  return (
    <div
      class="samen-screening-feedback"
      data-module="screening-feedback"
      data-kind={kind}
      data-municipality={municipality}
      data-label-title={labels.title}
      data-label-description={labels.description}
      data-ok={t('screening.feedback.ok')}
      data-review={t('screening.feedback.review')}
      data-refuse={t('screening.feedback.refuse')}
    >
      <div aria-live="polite" data-screening-result />
    </div>
  );
}
