import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import type { Dialogue } from '@kyoso/contracts/collaboration';
import type { LocalizedText } from '@kyoso/i18n/languages';
import { CheckboxField } from '../../../components/ui/field';
import { formatDate, formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useUpdateActionItemMutation } from '../api/update-action-item';
import { DialogueCommentForm } from './dialogue-comment-form';

type Item = Dialogue['actionItems'][number];

function itemText(
  t: ReturnType<typeof useT<typeof collaborationMessages.ja>>,
  item: Item,
  language: Parameters<typeof formatDate>[1],
): string {
  const vars = {
    description: item.description,
    side: t(`dialogues.side.${item.ownerSide}`),
    owner: item.ownerName,
  };
  return item.dueOn
    ? t('dialogues.itemDue', { ...vars, date: formatDate(item.dueOn, language) })
    : t('dialogues.item', vars);
}

/**
 * One dialogue record: when, who, the minutes, the action items (ticked by the two sides), the
 * comments, and what the reader may do with it.
 */
export function DialogueRecord({
  proposalId,
  dialogue: d,
  organizationName,
  leadDepartment,
  canComment,
  canConfirm,
  canCorrect,
  onConfirm,
  confirming,
  onCorrect,
}: {
  proposalId: string;
  dialogue: Dialogue;
  organizationName: string;
  leadDepartment: LocalizedText | null;
  /** The two sides may comment and tick the action items. */
  canComment: boolean;
  canConfirm: boolean;
  canCorrect: boolean;
  onConfirm: () => void;
  confirming: boolean;
  onCorrect: () => void;
}) {
  const t = useT(collaborationMessages);
  const { l, language } = useI18n();
  const items = useUpdateActionItemMutation(proposalId);
  const cityName = leadDepartment ? l(leadDepartment) : t('dialogues.side.city');
  return (
    <article className="card dialogue" aria-labelledby={`dialogue-${d.id}`}>
      <h3 id={`dialogue-${d.id}`}>{t(`dialogues.round.${d.round}`)}</h3>
      <dl className="facts">
        <dt>{t('dialogues.heldOn')}</dt>
        <dd>{formatDate(d.heldOn, language)}</dd>
        <dt>{t('dialogues.cityAttendees')}</dt>
        <dd>{d.cityAttendees}</dd>
        <dt>{t('dialogues.proposerAttendees')}</dt>
        <dd>{d.proposerAttendees}</dd>
        <dt>{t('dialogues.confirmation')}</dt>
        <dd>
          {d.confirmedAt
            ? t('dialogues.confirmedAt', { date: formatDateTime(d.confirmedAt, language) })
            : t('dialogues.notConfirmed')}
        </dd>
      </dl>
      <h4>{t('dialogues.minutes')}</h4>
      <p className="prewrap">{d.minutes}</p>
      {d.actionItems.length > 0 ? (
        <>
          <h4>{t('dialogues.actionItems')}</h4>
          <ul className="plain-list action-items">
            {d.actionItems.map((item) => (
              <li key={item.id}>
                {canComment ? (
                  <CheckboxField
                    label={itemText(t, item, language)}
                    name={`item-${item.id}`}
                    checked={item.done}
                    onChange={(done) => items.mutate({ dialogueId: d.id, itemId: item.id, done })}
                  />
                ) : (
                  <span className={item.done ? 'action-items__done' : undefined}>
                    {itemText(t, item, language)} {item.done ? t('dialogues.itemDone') : ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.comments.length > 0 ? (
        <>
          <h4>{t('dialogues.comments')}</h4>
          <ol className="thread">
            {d.comments.map((c) => (
              <li key={c.id} className={`thread__item thread__item--${c.side}`}>
                <p className="thread__head">
                  <strong>
                    {c.side === 'city'
                      ? [cityName, c.author].filter(Boolean).join(' ・ ')
                      : (c.author ?? organizationName)}
                  </strong>{' '}
                  ・ <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, language)}</time>
                </p>
                <p className="thread__body">{c.body}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <div className="button-row">
        {canConfirm && !d.confirmedAt ? (
          <button type="button" className="button" disabled={confirming} onClick={onConfirm}>
            {t('dialogues.confirm')}
          </button>
        ) : null}
        {canCorrect && !d.confirmedAt ? (
          <button type="button" className="button button--ghost" onClick={onCorrect}>
            {t('dialogues.correct')}
          </button>
        ) : null}
      </div>
      {canComment ? <DialogueCommentForm proposalId={proposalId} dialogueId={d.id} /> : null}
    </article>
  );
}
