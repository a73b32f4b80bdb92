import { STEPS, type Step } from '@kyoso/contracts/workflow';
import { useI18n } from '../../lib/i18n';

/**
 * The six STEPs as a progress bar. An ended proposal (declined or withdrawn) shows the STEP it
 * reached, marked as stopped.
 */
export function StepProgress({ step, reached }: { step: Step; reached?: number | undefined }) {
  const { l, language } = useI18n();
  const current = step === 'end' ? (reached ?? 0) : step;
  const ended = step === 'end';
  return (
    <ol
      className={`steps${ended ? ' steps--ended' : ''}`}
      aria-label={language === 'ja' ? '6つのSTEP' : 'The six STEPs'}
    >
      {STEPS.map((s) => {
        const state =
          s.step < current ? 'done' : s.step === current ? (ended ? 'stopped' : 'current') : 'todo';
        return (
          <li
            key={s.step}
            className={`steps__item steps__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="steps__number" aria-hidden="true">
              {s.step}
            </span>
            <span className="steps__name">
              <span className="visually-hidden">STEP {s.step}: </span>
              {l(s.name)}
              <span className="visually-hidden">
                {state === 'done'
                  ? language === 'ja'
                    ? '（完了）'
                    : ' (done)'
                  : state === 'current'
                    ? language === 'ja'
                      ? '（現在）'
                      : ' (current)'
                    : state === 'stopped'
                      ? language === 'ja'
                        ? '（ここで終了）'
                        : ' (ended here)'
                      : ''}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
