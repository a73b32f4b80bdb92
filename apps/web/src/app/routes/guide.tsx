import { Link } from 'react-router';
import { StepCards } from '../../features/workflow/components/step-cards';
import { PageTitle } from '../../components/ui/feedback';
import { paths } from '../../config/paths';
import { useI18n } from '../../lib/i18n';

type Bilingual = { ja: string; en: string };

const FOUR_POINTS: Array<{ title: Bilingual; body: Bilingual }> = [
  {
    title: { ja: '① 課題ドリブン', en: '① Problem-driven' },
    body: {
      ja: 'この市の誰が、どんな課題を抱えているのかを、根拠（データ、現場の声、ヒアリング結果など）とともに書いてください。製品やサービスの紹介から始めるのではなく、課題から始めるのがポイントです。',
      en: 'Say who in this city has which problem, with evidence (data, voices from the field, interviews). Start from the problem, not from your product.',
    },
  },
  {
    title: { ja: '② なぜこの市なのか', en: '② Why this city' },
    body: {
      ja: '市の計画や地域の状況とのつながりを示してください。他の自治体ではなく、この市で取り組む意味がはっきりすると、担当部署も動きやすくなります。',
      en: 'Show the link with the city’s plans and local situation. When it is clear why here and not elsewhere, departments can act.',
    },
  },
  {
    title: { ja: '③ 1提案 = 1ソリューション', en: '③ One proposal, one solution' },
    body: {
      ja: 'ひとつの提案には、ひとつの課題に対するひとつの解決策を書いてください。複数の解決策がある場合は、提案を分けてください。担当部署を見つけやすくなります。',
      en: 'One proposal answers one problem with one solution. If you have several, send several proposals: each finds its department faster.',
    },
  },
  {
    title: { ja: '④ 役割分担と費用負担', en: '④ Roles and costs' },
    body: {
      ja: '市が担うこと、貴社が担うこと、市の予算が必要かどうかを明確にしてください。まずは小さく始める（実証実験・トライアル）のがおすすめです。年度の途中で新たな予算を確保するのは難しいためです。',
      en: 'Be clear about what the city does, what you do, and whether city money is needed. Start small (a pilot): new money is hard to find in the middle of a fiscal year.',
    },
  },
];

const CAN: Bilingual[] = [
  {
    ja: '実証フィールドの提供（公園、公共施設、道路など）',
    en: 'Test fields (parks, public facilities, roads)',
  },
  {
    ja: '行政が持つデータの提供（個人情報を除く）',
    en: 'Data the city holds (never personal data)',
  },
  {
    ja: '許認可や規制に関する庁内・関係機関との調整',
    en: 'Coordination of permits and regulation, inside the city and with other bodies',
  },
  {
    ja: '広報への協力と、市と連携していることによる信用力',
    en: 'Publicity, and the credibility of working with the city',
  },
  {
    ja: '地域の団体や関係者とのネットワークづくり',
    en: 'Introductions to local groups and stakeholders',
  },
];

const CANNOT: Bilingual[] = [
  {
    ja: '製品やサービスの購入（調達は入札・契約の窓口で扱います）',
    en: 'Buying products or services (procurement has its own channel)',
  },
  {
    ja: '特定の企業だけに市の資源を独占的に使わせること',
    en: 'Giving one company exclusive use of city resources',
  },
  { ja: '予算の裏付けがない費用負担の約束', en: 'Promising money that no budget covers' },
  {
    ja: '法令や条例に反する取組への協力',
    en: 'Taking part in anything that conflicts with laws or ordinances',
  },
];

const FAQ: Array<{ q: Bilingual; a: Bilingual }> = [
  {
    q: { ja: '提案に費用はかかりますか。', en: 'Does proposing cost anything?' },
    a: {
      ja: 'かかりません。登録も提案も無料です。',
      en: 'No. Registering and proposing are free.',
    },
  },
  {
    q: {
      ja: '提案した内容が他社に知られることはありますか。',
      en: 'Will other companies learn about my proposal?',
    },
    a: {
      ja: '提案の内容は公開されません。秘密情報として指定した項目や添付ファイルは、秘密保持契約（NDA）の締結後に担当部署だけが閲覧でき、閲覧の記録は提案者のページで確認できます。',
      en: 'Proposals are not published. Sections and files you mark confidential are shown only to the department in charge once an NDA is signed, and every view is logged on your proposal page.',
    },
  },
  {
    q: { ja: 'どのくらいで返事がありますか。', en: 'How soon will I hear back?' },
    a: {
      ja: '共創窓口が受付から10営業日以内に一次確認を行い、結果をお知らせします。担当部署の決定後は、担当部署との対話（1〜3か月が目安）に進みます。',
      en: 'The co-creation desk does a first check within 10 business days. Once a department takes it on, the dialogue usually takes one to three months.',
    },
  },
  {
    q: {
      ja: '採択されなかった場合、理由は教えてもらえますか。',
      en: 'If the answer is no, will I know why?',
    },
    a: {
      ja: 'はい。見送りの場合は、必ず具体的な理由をポータルとメールでお伝えします。内容を見直して再度ご提案いただくこともできます。',
      en: 'Yes. A no always comes with concrete reasons, on the portal and by e-mail. You can rework the proposal and send it again.',
    },
  },
  {
    q: { ja: '10月以降に提案しても大丈夫ですか。', en: 'Can I propose after October?' },
    a: {
      ja: 'いつでも提案できます。ただし、市の予算が必要な新しい提案は、10月末を過ぎると翌年度の当初予算には間に合わず、最短で翌々年度になります。予算を必要としない実証などは時期を問いません。',
      en: 'Any time. But a new proposal that needs city money and arrives after the end of October cannot enter next year’s initial budget: the earliest is the year after. Pilots without city money are not affected.',
    },
  },
  {
    q: {
      ja: '同じ組織の同僚と一緒に提案を作れますか。',
      en: 'Can colleagues work on a proposal with me?',
    },
    a: {
      ja: 'はい。アカウントのページから同僚を招待すると、組織の提案を一緒に閲覧・編集できます。',
      en: 'Yes. Invite them from your account page: members of an organisation share its proposals.',
    },
  },
];

/** How to propose: the four points, the STEPs, what the city offers, FAQ, privacy and terms. */
export function GuidePage() {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  return (
    <article className="guide">
      <PageTitle
        lead={
          ja
            ? '官民共創の提案の書き方と、提案後の流れをご案内します。'
            : 'How to write a co-creation proposal, and what happens after you send it.'
        }
      >
        {ja ? '提案ガイド' : 'Proposal guide'}
      </PageTitle>
      <nav aria-label={ja ? 'このページの目次' : 'On this page'} className="card toc">
        <ul>
          <li>
            <a href="#points">
              {ja ? '良い提案の4つのポイント' : 'Four points of a good proposal'}
            </a>
          </li>
          <li>
            <a href="#steps">{ja ? '提案から実現までの流れ' : 'From proposal to results'}</a>
          </li>
          <li>
            <a href="#offer">
              {ja ? '市ができること・できないこと' : 'What the city can and cannot offer'}
            </a>
          </li>
          <li>
            <a href="#faq">{ja ? 'よくある質問' : 'FAQ'}</a>
          </li>
          <li>
            <a href="#privacy">{ja ? '個人情報の取扱い' : 'Privacy policy'}</a>
          </li>
          <li>
            <a href="#terms">{ja ? '利用規約' : 'Terms of use'}</a>
          </li>
        </ul>
      </nav>

      <section id="points" aria-labelledby="points-heading">
        <h2 id="points-heading">
          {ja ? '良い提案の4つのポイント' : 'Four points of a good proposal'}
        </h2>
        <div className="grid-2">
          {FOUR_POINTS.map((point) => (
            <div key={point.title.en} className="card">
              <h3>{l(point.title)}</h3>
              <p>{l(point.body)}</p>
            </div>
          ))}
        </div>
        <p>
          {ja
            ? 'あわせて、期待される社会的・経済的な効果を測定できるKPIで示し、市に求める資源（実証フィールド、データ、許認可の調整など）と希望する開始時期を書いてください。'
            : 'Also give the expected social and economic impact as measurable KPIs, the city resources you need (test field, data, permit coordination…) and when you would like to start.'}
        </p>
      </section>

      <section id="steps" aria-labelledby="steps-heading">
        <h2 id="steps-heading">
          {ja ? '提案から実現までの流れ（6つのSTEP）' : 'From proposal to results (six STEPs)'}
        </h2>
        <StepCards />
        <p>
          {ja
            ? '提案のタイミングと市の予算の関係は'
            : 'How timing and the city’s budget fit together: see the'}{' '}
          <Link to={paths.calendar}>{ja ? '予算カレンダー' : 'budget calendar'}</Link>
          {ja ? 'をご覧ください。' : '.'}
        </p>
      </section>

      <section id="offer" aria-labelledby="offer-heading">
        <h2 id="offer-heading">
          {ja ? '市ができること・できないこと' : 'What the city can and cannot offer'}
        </h2>
        <p>
          {ja
            ? '官民共創では、市は原則として事業への資金提供は行わず、市にしかない資源を提供します。'
            : 'In co-creation the city usually does not fund the project: it brings what only it has.'}
        </p>
        <div className="grid-2">
          <div className="card">
            <h3>{ja ? '市が提供できること' : 'What the city can offer'}</h3>
            <ul>
              {CAN.map((item) => (
                <li key={item.en}>{l(item)}</li>
              ))}
            </ul>
          </div>
          <div className="card">
            <h3>{ja ? '市ができないこと' : 'What the city cannot do'}</h3>
            <ul>
              {CANNOT.map((item) => (
                <li key={item.en}>{l(item)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section id="faq" aria-labelledby="faq-heading">
        <h2 id="faq-heading">{ja ? 'よくある質問' : 'Frequently asked questions'}</h2>
        {FAQ.map((item) => (
          <details key={item.q.en} className="card faq">
            <summary>{l(item.q)}</summary>
            <p>{l(item.a)}</p>
          </details>
        ))}
      </section>

      <section id="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">
          {ja ? '個人情報の取扱い（プライバシーポリシー）' : 'Privacy policy'}
        </h2>
        {ja ? (
          <>
            <p>
              本ポータルは、個人情報の保護に関する法律（個人情報保護法）および市の条例等に基づき、個人情報を適正に取り扱います。
            </p>
            <h3>取得する情報と利用目的</h3>
            <ul>
              <li>
                氏名、メールアドレス、所属組織、法人番号：アカウントの管理、提案に関するご連絡、本人確認のため
              </li>
              <li>提案の内容と添付ファイル：提案の審査、担当部署との対話、事業化の検討のため</li>
              <li>
                ログイン履歴や操作の記録（日時、IPアドレス等）：不正利用の防止と、秘密情報の閲覧記録のため
              </li>
            </ul>
            <h3>第三者への提供</h3>
            <p>
              法令に基づく場合を除き、ご本人の同意なく第三者に提供することはありません。提案の内容は、審査と対話に必要な範囲で市の職員（共創窓口と担当部署）のみが閲覧します。
            </p>
            <h3>秘密情報の扱い</h3>
            <p>
              提案者が秘密情報として指定した項目と添付ファイルは、共創窓口（一次確認のため）と、秘密保持契約（NDA）を締結した担当部署の職員のみが閲覧できます。職員による閲覧・ダウンロードはすべて記録され、提案者は提案のページで閲覧記録を確認できます。
            </p>
            <h3>開示・訂正・利用停止</h3>
            <p>
              ご自身の個人情報の開示、訂正、利用停止等のご請求は、共創窓口までご連絡ください。登録情報の多くはアカウントのページでご自身で変更できます。
            </p>
          </>
        ) : (
          <>
            <p>
              The portal handles personal information under Japan’s Act on the Protection of
              Personal Information (APPI) and the city’s ordinances.
            </p>
            <h3>What we collect and why</h3>
            <ul>
              <li>
                Name, e-mail address, organisation, corporate number: to manage your account, to
                contact you about your proposals and to identify you.
              </li>
              <li>
                Your proposals and files: to review them, hold dialogues with the department in
                charge and consider the project.
              </li>
              <li>
                Logins and actions (time, IP address): to prevent misuse and to log who viewed
                confidential information.
              </li>
            </ul>
            <h3>Disclosure to third parties</h3>
            <p>
              None without your consent, except where the law requires it. Your proposal is read
              only by city staff who need it (the co-creation desk and the department in charge).
            </p>
            <h3>Confidential information</h3>
            <p>
              Sections and files you mark confidential are readable only by the co-creation desk
              (for the first check) and by staff of the department in charge once an NDA is signed.
              Every view and download by city staff is logged, and you can see the log on your
              proposal page.
            </p>
            <h3>Access, correction and deletion</h3>
            <p>
              Ask the co-creation desk to see, correct or stop the use of your personal information.
              Most account details can be changed on your account page.
            </p>
          </>
        )}
      </section>

      <section id="terms" aria-labelledby="terms-heading">
        <h2 id="terms-heading">{ja ? '利用規約' : 'Terms of use'}</h2>
        {ja ? (
          <ol>
            <li>
              本ポータルは、市との官民共創に関する提案の受付と、提案後のやり取りのために提供します。
            </li>
            <li>利用者は、正確な情報で登録し、アカウントを自らの責任で管理してください。</li>
            <li>
              提案の内容に含まれる知的財産権は提案者に帰属します。市は、審査・対話・事業化の検討の目的に限って提案の内容を利用します。
            </li>
            <li>
              提案の受付は、市が提案を採択することや、契約・予算措置を約束するものではありません。
            </li>
            <li>
              他者の権利を侵害する内容、虚偽の内容、営業のみを目的とした内容の提案はお控えください。
            </li>
            <li>
              市は、システムの保守等のため、事前の告知のうえ本ポータルを一時停止することがあります。
            </li>
          </ol>
        ) : (
          <ol>
            <li>
              The portal is for sending co-creation proposals to the city and for the exchanges that
              follow.
            </li>
            <li>Register with accurate information and keep your account safe.</li>
            <li>
              Intellectual property in a proposal stays with the proposer. The city uses the content
              only to review it, hold dialogues and consider the project.
            </li>
            <li>
              Receiving a proposal does not commit the city to adopting it, signing a contract or
              funding it.
            </li>
            <li>
              Do not send content that infringes others’ rights, is false, or is only a sales pitch.
            </li>
            <li>The city may suspend the portal for maintenance, with notice.</li>
          </ol>
        )}
      </section>
    </article>
  );
}
