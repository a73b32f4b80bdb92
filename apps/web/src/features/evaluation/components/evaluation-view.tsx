import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Evaluation } from '@kyoso/contracts/evaluations';
import { formatDateTime, formatNumber, formatYen, useI18n, useT } from '../../../lib/i18n';

type SroiResult = NonNullable<Evaluation['sroi']>['result'];

/** The SROI's figures: present value of the benefits, net present value, ratio. */
export function SroiFigures({
  result,
  investmentYen,
}: {
  result: SroiResult;
  investmentYen: number;
}) {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('evaluation.sroi.investment')}</dt>
      <dd>{formatYen(investmentYen, language)}</dd>
      <dt>{t('evaluation.sroi.presentValue')}</dt>
      <dd>{formatYen(result.presentValueYen, language)}</dd>
      <dt>{t('evaluation.sroi.npv')}</dt>
      <dd>{formatYen(result.netPresentValueYen, language)}</dd>
      <dt>{t('evaluation.sroi.ratio')}</dt>
      <dd>
        <strong>
          {result.ratio === null
            ? t('evaluation.sroi.noRatio')
            : t('evaluation.sroi.ratioValue', {
                ratio: formatNumber(Math.round(result.ratio * 100) / 100, language),
              })}
        </strong>
      </dd>
    </dl>
  );
}

/** One version of the evaluation as it was recorded. */
export function EvaluationView({
  evaluation: e,
  headingLevel = 3,
}: {
  evaluation: Evaluation;
  headingLevel?: 3 | 4;
}) {
  const t = useT(recordsMessages);
  const tw = useT(workflowMessages);
  const { language } = useI18n();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card">
      <p className="muted">
        {t('evaluation.panel.version', {
          version: e.version,
          date: formatDateTime(e.recordedAt, language),
        })}
        {e.recordedBy?.name ? (
          <span> {t('evaluation.panel.recordedBy', { name: e.recordedBy.name })}</span>
        ) : null}
      </p>
      <H>{t('evaluation.panel.achievements')}</H>
      {e.achievements.length === 0 ? (
        <p className="muted">{t('evaluation.panel.noAchievements')}</p>
      ) : (
        <ul className="plain-list">
          {e.achievements.map((a) => (
            <li key={a.kpiId}>
              <strong>
                {t('evaluation.panel.achievementLine', {
                  kpi: a.kpiName,
                  achievement: t(`evaluation.achievement.${a.achievement}`),
                })}
              </strong>
              {a.comment ? <div className="prewrap">{a.comment}</div> : null}
            </li>
          ))}
        </ul>
      )}
      <H>{t('evaluation.panel.whatWorked')}</H>
      <p className="prewrap">{e.whatWorked}</p>
      <H>{t('evaluation.panel.whatDidNot')}</H>
      <p className="prewrap">{e.whatDidNot}</p>
      {e.cityComment ? (
        <>
          <H>{t('evaluation.panel.cityComment')}</H>
          <p className="prewrap">{e.cityComment}</p>
        </>
      ) : null}
      <H>{t('evaluation.panel.nextStage')}</H>
      <p>
        <strong>{tw(`outcome.${e.nextStage}`)}</strong>
      </p>
      <p className="prewrap">{e.nextStageReason}</p>
      {e.sroi ? (
        <>
          <H>{t('evaluation.sroi.title')}</H>
          <SroiFigures result={e.sroi.result} investmentYen={e.sroi.input.investmentYen} />
          <ul className="plain-list">
            {e.sroi.result.byOutcome.map((o, index) => (
              <li key={index}>
                {t('evaluation.sroi.outcomeValue', {
                  name: o.name,
                  value: formatYen(o.presentValueYen, language),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <H>{t('evaluation.panel.proposerComment')}</H>
      {e.proposerComment ? (
        <>
          <p className="prewrap">{e.proposerComment}</p>
          {e.proposerCommentedAt ? (
            <p className="muted">{formatDateTime(e.proposerCommentedAt, language)}</p>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('evaluation.panel.noComment')}</p>
      )}
    </article>
  );
}
