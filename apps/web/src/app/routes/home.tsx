import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { Link } from 'react-router';
import { phaseOf } from '@kyoso/calendar/budget-calendar';
import { tokyoDate } from '@kyoso/calendar/dates';
import type { ThemeSummary } from '@kyoso/contracts/themes';
import { StepCards } from '../../features/workflow/components/step-cards';
import { PageTitle } from '../../components/ui/feedback';
import { api } from '../../lib/api-client';
import { useApi } from '../../lib/use-api';
import { OpenThemes } from '../../features/themes/components/open-themes';
import { paths } from '../../config/paths';
import { useAuth } from '../../lib/auth';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useI18n, useT } from '../../lib/i18n';

function PublicHome() {
  const tc = useT(calendarMessages);
  const t = useT(appMessages);
  const { language } = useI18n();
  const phase = phaseOf(tokyoDate());
  const ja = language === 'ja';
  return (
    <>
      <section className="hero">
        <PageTitle lead={t('app.tagline')}>
          {ja ? '官民共創の提案窓口' : 'Propose co-creation to the city'}
        </PageTitle>
        <p>
          {ja
            ? '市は、実証フィールド・データ・許認可の調整・信用力といった「市にしかない資源」を提供し、企業は技術・人材・事業のノウハウを持ち寄ります。お金を出す・買うという関係ではなく、対等なパートナーとして地域の課題を一緒に解決します。'
            : 'The city brings what only it has — test fields, data, coordination of permits, credibility — and companies bring technology, people and business know-how. Not a purchase, but equal partners solving local problems together.'}
        </p>
        <div className="button-row">
          <Link className="button button--large" to={paths.themes}>
            {ja ? '募集中のテーマを見る' : 'See the open themes'}
          </Link>
          <Link className="button button--large button--secondary" to={paths.newProposal}>
            {ja ? '自由提案をする' : 'Make a free proposal'}
          </Link>
        </div>
      </section>

      <section aria-labelledby="entrances-heading">
        <h2 id="entrances-heading">{ja ? '2つの入口' : 'Two ways in'}</h2>
        <div className="grid-2">
          <div className="card">
            <h3>{ja ? '課題設定型（テーマ型）' : 'Theme-based proposals'}</h3>
            <p>
              {ja
                ? '市の部署が具体的な課題をテーマとして公開しています。テーマに対する解決策を提案してください。実現までの道筋が明確です。'
                : 'Departments publish concrete challenges as themes. Propose your solution to one: the road to realisation is clear.'}
            </p>
            <Link to={paths.themes}>{ja ? 'テーマ一覧へ' : 'Browse themes'}</Link>
          </div>
          <div className="card">
            <h3>{ja ? '自由提案型（フリー型）' : 'Free proposals'}</h3>
            <p>
              {ja
                ? 'テーマにとらわれず、皆さまが見つけた地域の課題とその解決策をご提案ください。市がまだ気づいていない課題の発見につながります。'
                : 'Bring a local problem you have found and your solution, whatever the themes. It helps the city discover needs it did not know it had.'}
            </p>
            <Link to={paths.newProposal}>{ja ? '自由提案を始める' : 'Start a free proposal'}</Link>
          </div>
        </div>
      </section>

      <OpenThemes />

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">
          {ja ? '提案から実現までの6つのSTEP' : 'Six STEPs from proposal to results'}
        </h2>
        <StepCards />
      </section>

      <section className="card callout" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">
          {ja ? 'いまの時期（予算カレンダー）' : 'Where the city’s year stands'}
        </h2>
        <p>
          <strong>{tc(`phase.${phase.phase}.name`)}</strong>: {tc(`phase.${phase.phase}.city`)}
        </p>
        <p>{tc(`phase.${phase.phase}.advice`)}</p>
        <Link to={paths.calendar}>
          {ja ? '予算カレンダーと提案のタイミング' : 'The budget calendar and when to propose'}
        </Link>
      </section>
    </>
  );
}

export function HomePage() {
  const t = useT(appMessages);
  const { l } = useI18n();
  const { user } = useAuth();
  if (!user) {
    return <PublicHome />;
  }
  const intro =
    user.role === 'proposer'
      ? t('home.proposer.intro')
      : user.role === 'coordinator'
        ? t('home.coordinator.intro')
        : user.role === 'department'
          ? t('home.department.intro', {
              department: user.department ? l(user.department.name) : '',
            })
          : t('home.admin.intro');
  const link =
    user.role === 'proposer'
      ? { to: paths.proposals, label: t('home.goMyProposals') }
      : user.role === 'admin'
        ? { to: paths.adminUsers, label: t('home.goUsers') }
        : { to: paths.inbox, label: t('home.goInbox') };
  return (
    <>
      <PageTitle lead={intro}>{t('home.hello', { name: user.name })}</PageTitle>
      <div className="button-row">
        <Link className="button button--large" to={link.to}>
          {link.label}
        </Link>
        {user.role === 'proposer' ? (
          <Link className="button button--large button--secondary" to={paths.newProposal}>
            {l({ ja: '新しい提案を始める', en: 'Start a new proposal' })}
          </Link>
        ) : null}
      </div>
    </>
  );
}
