import type { CatalogueOf } from '../../core';
import type ja from './ja';

/** やさしい日本語: short sentences, everyday words, few kanji. */
export default {
  'event.decision_recorded': '市が きめたことを 書きました（{version}回目：{outcome}）',
  'event.resubmitted': '「できない」と なった ていあん {reference} を もとに、もう一度 出しました',
  'event.agreement_recorded': 'やくそく（協定・契約）の 中身を 書きました（{version}回目）',
  'event.agreement_confirmed':
    'ていあんした 会社が やくそくの 中身（{version}回目）を たしかめました',
  'event.agreement_document': 'サインした やくそくの 書類を のせました（サインした日 {signedOn}）',
  'event.public_summary_written': 'みんなに 見せる じぎょうの せつめいを 書きました',
  'event.public_summary_consented':
    'ていあんした 会社が じぎょうの せつめいを 見せることに OKしました',
  'event.public_summary_withdrawn':
    'ていあんした 会社が じぎょうの せつめいを 見せる OKを とりけしました',
  'event.logic_model_updated': 'ロジックモデル（しくみの 図）を かえました',
  'event.kpis_defined': 'もくひょうの 数字（KPI）を きめました（{count}こ）',
  'event.kpi_reported': '「{kpi}」の けっか（{period}）が とどきました',
  'event.kpi_verified': '市が「{kpi}」の けっか（{period}）を たしかめました',
  'event.kpi_questioned': '市が「{kpi}」の けっか（{period}）に しつもんしました',
  'event.kpi_answered': 'ていあんした 会社が「{kpi}」（{period}）の しつもんに こたえました',
  'event.evaluation_recorded': 'ふりかえり（評価）を 書きました（{version}回目）',
  'event.evaluation_commented': 'ていあんした 会社が ふりかえりに コメントしました',

  'decision.title': '市が きめたこと（STEP 4）',
  'decision.outcome.adopt': 'すすめる（採択）',
  'decision.outcome.hold': 'まつ（保留）',
  'decision.outcome.decline': 'できない（不採択）',
  'decision.fiscalBurden.label': '市の お金',
  'decision.fiscalBurden.none': '市の お金は つかいません',
  'decision.fiscalBurden.existing_budget': 'いまある 市の よさんの 中で します',
  'decision.fiscalBurden.new_budget': 'あたらしい 市の よさんが ひつようです',
  'decision.fiscalAmount': 'ひつような お金：{amount}',
  'decision.budgetFiscalYear': '{fiscalYear}の よさんに 入れる よていです',
  'decision.supplementaryBudget': 'とちゅうで ふやす よさん（補正予算）も かんがえます',
  'decision.original.label': 'あたらしさ',
  'decision.original.yes': 'あたらしい ていあんなので、この会社と けいやくできる かもしれません',
  'decision.original.no':
    'ほかの 会社も できる ないようです。ほかの 会社も えらべるように、公平な やりかたで きめます',
  'decision.exclusiveUse.label': '市の ものを ひとりじめ するか',
  'decision.exclusiveUse.none': '市の ものを ひとりじめ しません',
  'decision.exclusiveUse.partial': '市の ものを 一部 ひとりじめ します',
  'decision.exclusiveUse.exclusive': '市の ものを ひとりじめ します',
  'decision.fairnessMeasure': '公平に するために：{measure}',
  'decision.legal.label': 'ほうりつや ルール',
  'decision.legal.laws': 'しらべた ほうりつや ルール',
  'decision.legal.conflicts': 'みつかった もんだい',
  'decision.legal.zones': 'とくべつな くいき（特区）などの けんとう',
  'decision.body': '{body}で {date}に きめました',
  'decision.holdUntil': '{date}に もう一度 かんがえます',
  'decision.holdBudget': '{fiscalYear}の よさんに まにあうように、{date}に もう一度 かんがえます',
  'decision.declineReasons': 'できない りゆう',
  'decision.next.adopt':
    'つぎは やくそく（協定・契約）です。部署から やくそくの 中身が とどきます。',
  'decision.next.hold':
    'もう一度 かんがえる日に 部署から れんらくします。そのまえに かわったことが あれば メッセージで おしえてください。',
  'decision.next.decline':
    'りゆうを 見て ていあんを なおし、もう一度 出すことが できます。まえの ていあんとの つながりは 市の 人にも わかります。',
  'decision.panel.intro':
    '市が みんなに しめしている 3つの きじゅん（市の お金・あたらしさ・市の ものを ひとりじめ するか）と、ほうりつの たしかめで きめたことを 書きます。上の「操作」で すすめると、ていあんした 会社に つたわります。',
  'decision.panel.none': 'まだ きめたことは 書かれていません。',
  'decision.panel.version': '{version}回目（{date}に 書きました）',
  'decision.panel.outcome': '市が きめたこと',
  'decision.panel.taken': '{date}に すすめて、ていあんした 会社に つたえました。',
  'decision.panel.notTaken':
    'まだ すすめていません（ていあんした 会社には まだ つたわっていません）。',
  'decision.panel.recordedBy': '書いた 人：{name}',
  'decision.panel.internalNotes': '市の 中の メモ（市の 人だけ 見ます）',
  'decision.panel.next': 'これから すること',
  'decision.panel.record': 'きめたことを 書く',
  'decision.panel.revise': 'きめたことを なおす（あたらしく 書く）',
  'decision.panel.saved':
    '{version}回目を 書きました。ていあんした 会社に つたえるには、上の「操作」で「{action}」を おしてください。',
  'decision.versions.title': 'まえに 書いたもの（{count}こ）',
  'decision.versions.notTaken': 'すすめる まえに、あたらしく 書きなおしました。',
  'decision.guide.title': 'よさんの カレンダー',
  'decision.guide.afterCutoff': 'ことしの よさんの しめきり（{date}）は すぎました。',
  'decision.guide.beforeCutoff': 'ことしの よさんの しめきりは {date}です。',
  'decision.guide.earliest':
    'あたらしい よさんが ひつような ときは、いちばん はやくて {fiscalYear}の よさんに 入れられます（とちゅうで ふやす よさんは べつです）。',
  'decision.guide.cycle': '{fiscalYear}の よさんづくりは {date}に はじまります。',
  'decision.form.new': 'きめたことを 書く',
  'decision.form.revise': 'きめたことを なおす（{version}回目として 書く）',
  'decision.form.intro':
    '3つの きじゅん それぞれに、けつろんと みじかい せつめいを 書いてください。ていあんした 会社は、すすめた あとに これを 読みます（市の 中の メモは 読みません）。',
  'decision.form.fiscal.legend': 'きじゅん1　市の お金',
  'decision.form.fiscalAmount.hint': '円で、数字だけを 書いてください（れい：12000000）。',
  'decision.form.supplementary':
    'とちゅうで ふやす よさん（補正予算）を つかう（ことしから 入れられます）',
  'decision.form.choose': 'えらんでください',
  'decision.form.budgetFiscalYear.hint': 'ふつうの よさんなら {fiscalYear}から あとです。',
  'decision.form.fiscalExplanation.hint':
    'れい：5年間、つうしんと なおす お金が 毎年 1,200万円 ひつようです。',
  'decision.form.original.legend': 'きじゅん2　あたらしさ',
  'decision.form.original.yes': 'あたらしい（この会社と けいやく できるかも しれない）',
  'decision.form.original.no': 'あたらしくない（ほかの 会社も えらべる やりかたで きめる）',
  'decision.form.originality.hint':
    'この会社と けいやく するなら、その りゆう（ほかの 会社では できない わけ など）を 書いてください。',
  'decision.form.exclusive.legend': 'きじゅん3　市の ものを ひとりじめ するか',
  'decision.form.fairness.hint':
    'ほかの 会社にも チャンスを つくる やりかたを 書いてください（れい：おなじ ばしょを ほかの 会社にも ぼしゅうする）。',
  'decision.form.legal.legend': 'ほうりつや ルールの たしかめ',
  'decision.form.decided.legend': 'きめた 会議と 日',
  'decision.form.decisionBody.hint': 'れい：保健福祉局 局議',
  'decision.form.outcome.legend': 'けつろん',
  'decision.form.outcome.label': 'きめたこと',
  'decision.form.holdKind.date': '日を きめて まつ',
  'decision.form.holdKind.budget_cycle': 'よさんづくりの 時期まで まつ',
  'decision.form.holdCycle': '{fiscalYear}の よさんづくりまで（{date}に もう一度 かんがえる）',
  'decision.form.declineReason.hint':
    'ていあんした 会社が 読む 文です。りゆうと、つぎに できること（どう なおせば よいか など）を ていねいに 書いてください。',
  'decision.form.internalNotes.hint': '市の 人だけが 読みます。ていあんした 会社には 見えません。',
  'decision.form.submit': 'きめたことを 書く',
  'decision.actions.recordFirst':
    'すすめる・まつ・できない は、3つの きじゅんで きめたことを 書いてから します。',
  'decision.actions.record': 'きめたことを 書く',
  'decision.actions.recorded':
    '書いた きめたこと（{version}回目：{outcome}）を すすめられます。かえる ときは、きめたことを なおしてください。',
  'decision.actions.resumeFirst':
    '書いた きめたこと（{version}回目：{outcome}）は、もう一度 かんがえはじめてから すすめます。',
  'decision.actions.revise': 'きめたことを 見る・なおす',
  'decision.actions.asRecorded': '（書いた きめたこと の とおり）',
  'decision.resubmit.title': 'なおして もう一度 出す',
  'decision.resubmit.intro':
    'この ていあんを もとに、あたらしい したがきを つくります。りゆうを 見て なおしてから 出してください。まえの ていあんとの つながりは 市の 人にも わかります。',
  'decision.resubmit.button': 'なおして もう一度 出す',
  'decision.linked.noReference': '（うけつけ番号は まだ ありません）',
  'decision.linked.previous.title': '「できない」と なった ていあんを なおした ものです',
  'decision.linked.previous.body':
    'まえの ていあん {reference} は {date}に「できない」と なりました。',
  'decision.linked.previous.reasons': 'まえの ていあんが できなかった りゆう',
  'decision.linked.previous.open': 'まえの ていあん（{reference}）を 見る',
  'decision.linked.next.title': 'この ていあんは なおして もう一度 出されています',
  'decision.linked.next.body':
    'この ていあんを もとにした あたらしい ていあんが あります（{reference}）。',
  'decision.linked.next.open': 'あたらしい ていあんを 見る',

  'agreement.title': 'やくそく（協定・契約）（STEP 5）',
  'agreement.type.pilot': 'ためしに する やくそく（実証実験協定）',
  'agreement.type.partnership': 'いっしょに する やくそく（連携協定）',
  'agreement.type.comprehensive': 'ひろく いっしょに する やくそく（包括連携協定）',
  'agreement.type.contract': 'けいやく（契約）',
  'agreement.method.negotiated': 'この会社と けいやく（随意契約）',
  'agreement.method.open_proposal': 'ひろく ぼしゅうして えらぶ（公募型プロポーザル）',
  'agreement.method.tender': 'にゅうさつ（入札）',
  'agreement.council.none': '市議会で きめる ひつようは ありません',
  'agreement.council.budget': 'よさんを 市議会で きめる ひつようが あります',
  'agreement.council.ordinance': 'じょうれい（市の きまり）を 市議会で きめる ひつようが あります',
  'agreement.council.both': 'よさんと じょうれいを 市議会で きめる ひつようが あります',
  'agreement.councilSession': '{session}で きめる よていです',
  'agreement.openCall':
    'この ていあんは、ほかの 会社も えらべるように ひろく ぼしゅうします。サインする まえに 読んでください。',
  'agreement.openCallProtection': 'ぼしゅうの ときに ひみつの じょうほうを まもる ほうほう',
  'agreement.period': '{start}から {end}まで',
  'agreement.signedOn': '{date}に サイン',
  'agreement.confirmed': 'ていあんした 会社が たしかめました（{date}）',
  'agreement.notConfirmed': 'ていあんした 会社が たしかめるのを まっています',

  'logicModel.title': 'ロジックモデル（しくみの 図）',
  'logicModel.inputs': 'つかうもの（インプット）',
  'logicModel.activities': 'すること（活動）',
  'logicModel.outputs': 'できたもの（アウトプット）',
  'logicModel.outcomes': 'かわったこと（アウトカム）',
  'logicModel.impact': '社会への えいきょう（インパクト）',
  'kpi.period.monthly': 'まいつき',
  'kpi.period.quarterly': '3か月ごと',
  'kpi.period.yearly': 'まいとし',
  'kpi.reportStatus.submitted': '市が たしかめるのを まっています',
  'kpi.reportStatus.verified': '市が たしかめました',
  'kpi.reportStatus.questioned': '市から しつもんが あります',
  'kpi.reportStatus.answered': 'こたえました（市が たしかめるのを まっています）',

  'kpi.periodRange': '{first}〜{last}',

  'evaluation.title': 'ふりかえりと つぎの ステージ（STEP 6）',
  'evaluation.achievement.met': 'できた',
  'evaluation.achievement.partly': '少し できた',
  'evaluation.achievement.not_met': 'できなかった',
  'mail.next.agreement_recorded':
    'ないようを 読んで、ポータルで「ないようを たしかめました」を おして ください。サインは その あとです。',
  'mail.next.agreement_confirmed':
    'サインの てつづきを して、サインした日と 書類（PDF）を のせて ください。',
  'mail.next.agreement_document': 'サインした 書類は ポータルから ダウンロード できます。',
  'mail.next.public_summary_written':
    'みんなに 見せて いいか、文を 読んで ポータルで こたえて ください。OKが なければ、なにも 見せません。',
  'mail.next.kpis_defined': 'あたらしい もくひょうの 数字を 見て ください。',
  'mail.next.logic_model_updated': 'しくみの 図が かわりました。見て ください。',
  'mail.next.kpi_reported': 'ほうこくを 読んで、「たしかめた」に するか、しつもんして ください。',
  'mail.next.kpi_questioned':
    'ポータルで しつもんに こたえて ください。数字が ちがって いたら、なおせます。',
  'mail.next.kpi_answered': 'こたえを 読んで、もう一度 ほうこくを たしかめて ください。',
  'mail.next.evaluation_recorded':
    'ふりかえりを 読んで、いけんが あれば ポータルで コメントして ください。',
  'mail.questionLabel': '市からの しつもん',
  'mail.answerLabel': 'ていあんした 会社の こたえ',
  'mail.commentLabel': 'ていあんした 会社の コメント',
  'mail.fact.nextStage': 'つぎの ステージ',
  'mail.fact.agreementType': 'やくそくの しゅるい',
  'mail.fact.period': 'きかん',
  'mail.summaryLabel': 'みんなに 見せる じぎょうの せつめい',
} satisfies CatalogueOf<typeof ja>;
