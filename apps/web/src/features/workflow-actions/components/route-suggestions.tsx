import { routingMessages } from '@kyoso/i18n/catalogues/routing';
import { formatList } from '@kyoso/i18n/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useRoutingSuggestions } from '../api/get-routing-suggestions';

/** Departments that fit the proposal, best first, with the words that matched. */
export function RouteSuggestions({
  proposalId,
  chosen,
  onChoose,
}: {
  proposalId: string;
  chosen: string;
  onChoose: (departmentId: string) => void;
}) {
  const t = useT(routingMessages);
  const { l, language } = useI18n();
  const state = useRoutingSuggestions(proposalId);
  const suggestions = state.data?.suggestions ?? [];
  return (
    <div className="field">
      <h4>{t('suggestions.title')}</h4>
      {state.data && suggestions.length === 0 ? (
        <p className="muted">{t('suggestions.none')}</p>
      ) : null}
      <ol className="suggestions">
        {suggestions.map((s) => (
          <li key={s.department.id}>
            <strong>{l(s.department.fullName)}</strong>{' '}
            <span className="muted">{t(`suggestions.reason.${s.reason}`)}</span>
            {s.matchedWords.length > 0 ? (
              <p className="muted">
                {t('suggestions.matched', { words: formatList(s.matchedWords, language) })}
              </p>
            ) : null}
            <button
              type="button"
              className="button button--small button--secondary"
              aria-pressed={chosen === s.department.id}
              onClick={() => onChoose(s.department.id)}
            >
              {t(chosen === s.department.id ? 'suggestions.chosen' : 'suggestions.choose', {
                department: l(s.department.name),
              })}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
