/**
 * The demo city's proposals at STEPs 4–6, written through the real services (decisions,
 * agreements, KPIs and their reports, evaluations, resubmission), so that their timelines,
 * e-mails, due dates and versions are what the product itself produces:
 *
 * - STEP 4: a proposal in internal review, ready for the lead department's decision;
 * - STEP 5: an adopted proposal whose agreement terms wait for the proposer's confirmation;
 * - STEP 6: a night-time on-call pilot for nursing homes, running, with KPIs reported over five
 *   months (verified, one questioned and answered, one waiting) and a public summary consented;
 * - completed: an AI care-record pilot, evaluated with its lessons and an SROI, scaled up;
 * - declined at STEP 4 with reasons, and resubmitted (the desk sees the link).
 */
import { addDays, makeDate, parseDate } from '@kyoso/calendar/dates';
import type { AgreementInput } from '@kyoso/contracts/agreements';
import type { DecisionInput } from '@kyoso/contracts/decisions';
import type { ProposalDraftFields } from '@kyoso/contracts/proposals';
import type { TransitionBody } from '@kyoso/contracts/transitions';
import type { AppContext } from '../app-context';
import {
  addSignedDocument,
  confirmAgreement,
  consentToSummary,
  recordAgreement,
  writeSummary,
} from '../modules/agreements/agreements.service';
import type { ObjectStorage } from '../modules/attachments/storage';
import { recordDecision } from '../modules/decisions/decisions.service';
import { confirmDialogueRecord, recordDialogue } from '../modules/dialogues/dialogues.service';
import { commentOnEvaluation, recordEvaluation } from '../modules/evaluations/evaluations.service';
import {
  answerReport,
  reportKpi,
  reviewReport,
  saveKpis,
  saveLogicModel,
} from '../modules/kpis/kpis.service';
import { resubmitProposal } from '../modules/proposals/proposals.service';
import type { Actor } from '../modules/users/actor';

type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

export type DemoRecordsContext = {
  ctx: AppContext;
  storage: ObjectStorage;
  today: string;
  actors: { coordinator: Actor; staff1: Actor; staff2: Actor; startup: Actor; parks: Actor };
  dept: (code: string) => string;
  propose: (
    actor: Actor,
    kind: 'theme' | 'free',
    themeId: string | undefined,
    fields: Partial<ProposalDraftFields>,
  ) => Promise<{ id: string }>;
  act: (actor: Actor, proposalId: string, body: WithoutVersion<TransitionBody>) => Promise<void>;
  fullProposal: ProposalDraftFields;
};

/** What each demo proposal says, so that its sections match its title. */
export const DEMO_BODIES = {
  nightOnCall: {
    problem:
      '特別養護老人ホームの夜間は看護師が不在の施設が多く、入所者の急な発熱や転倒の際、夜勤の介護職員が救急車を呼ぶかどうかを一人で判断しています。判断に迷った結果の救急搬送が、施設と救急医療の双方の負担になっています。',
    whyThisCity:
      '市内の特別養護老人ホームの多くが夜間の看護体制に課題を抱えており、市の高齢者支援計画でも介護人材の負担軽減が重点とされているためです。',
    solution:
      'オンラインの看護師チームが24時間待機し、夜勤職員からの相談にビデオ通話で応じて、様子を見るか、受診するか、救急車を呼ぶかの判断を支えます。相談の記録は翌朝、施設の看護師と嘱託医に共有します。',
    cityRole:
      '実証に参加する施設の紹介、消防局・医師会との調整、効果検証への協力をお願いしたいと考えています。',
    companyRole:
      'オンライン看護師チームの運営、施設への端末の貸与と職員研修、毎月の実績報告を自社の負担で行います。',
    impact:
      '不要な救急搬送の減少と、夜勤職員の不安と負担の軽減。入所者が住み慣れた施設で安心して夜を過ごせるようになります。',
    kpis: [
      { name: '夜間の救急搬送件数', target: '半減' },
      { name: '夜勤職員の「判断に不安がある」割合', target: '30%以下' },
    ],
  },
  locatorTag: {
    problem:
      '認知症の方が外出したまま行方不明になる事案が毎年発生し、発見までに時間がかかるほど命の危険が高まります。家族と警察による捜索だけでは、広い範囲を早く探すことが難しいのが現状です。',
    whyThisCity:
      '市は認知症の方の見守りネットワークづくりを進めており、商店街や交通事業者との協力の素地があるためです。',
    solution:
      '認知症の方が身に付ける小型のタグと、協力する商店・タクシー・バスに置く受信機で、タグの近くを通った場所と時刻を記録し、行方が分からなくなったときに家族と警察が最後に確認された場所を知れるようにします。',
    cityRole: '協力事業者への呼びかけ、地域包括支援センターとの調整をお願いしたいと考えています。',
    companyRole: 'タグと受信機の提供、システムの運用、個人情報の管理を自社の負担で行います。',
    impact: '行方不明になった方の早期発見と、家族の安心。地域ぐるみの見守りの広がり。',
    kpis: [
      { name: '行方不明から発見までの時間', target: '平均2時間以内' },
      { name: '協力事業者の受信機の設置数', target: '300か所' },
    ],
  },
  exercise: {
    problem:
      '地域の通いの場では体操の指導者が不足し、活動の内容が単調になって参加者が減っています。外出の機会が減ると、高齢者のフレイル（虚弱）が進みます。',
    whyThisCity: '市内には通いの場が多くあり、市も介護予防の拠点として支援しているためです。',
    solution:
      '理学療法士がオンラインで週2回の体操教室を届け、参加者の様子を見ながら双方向で指導します。参加の記録と体力測定の結果を市と共有します。',
    cityRole: '実証に参加する通いの場の紹介と、体力測定への協力をお願いしたいと考えています。',
    companyRole: '教室の運営、機器の貸与、体力測定の結果の集計を自社の負担で行います。',
    impact: 'フレイルの予防と、通いの場への参加者の増加。',
    kpis: [
      { name: '通いの場の参加者数', target: '2割増' },
      { name: '体力測定の改善者の割合', target: '50%以上' },
    ],
  },
  careRecords: {
    problem:
      '介護職員の業務のうち、記録の作成に1日1時間以上かかっており、入所者と向き合う時間が削られています。夜勤帯では記録が後回しになり、漏れも起きています。',
    whyThisCity:
      '市は介護現場の生産性向上を支援しており、ICTの導入に意欲のある施設が多いためです。',
    solution:
      '介護職員がスマートフォンに話した内容をAIが介護記録の文章にまとめ、職員が確認して保存します。方言や専門用語は施設ごとに学習します。',
    cityRole: '実証に参加する施設の紹介と、業務時間調査への協力をお願いしたいと考えています。',
    companyRole: 'アプリの提供、導入の研修、業務時間の測定と報告を自社の負担で行います。',
    impact: '記録にかかる時間の削減と記録の質の向上。介護職員の定着。',
    kpis: [{ name: '職員1人あたりの記録時間', target: '1日40分以内' }],
  },
  playground: {
    problem:
      '公園の遊具の劣化や危険な使い方による事故が起きており、年1回の点検では変化に気づくのが遅れることがあります。',
    whyThisCity:
      '市内には600か所を超える公園があり、遊具の点検の効率化が課題となっているためです。',
    solution:
      '遊具にセンサーを取り付け、揺れや傾きの変化から劣化の兆候を検知して、公園の管理者にメールで知らせます。点検の記録も自動で残します。',
    cityRole: '実証に使う公園と遊具の提供、点検業務の委託先との調整をお願いしたいと考えています。',
    companyRole: 'センサーの設置と保守、検知システムの運用を行います。',
    impact: '遊具による事故の防止と、点検業務の効率化。',
    kpis: [{ name: '劣化の早期発見件数', target: '年20件' }],
  },
} satisfies Record<string, Partial<ProposalDraftFields>>;

/** The first day of the month `months` months before `date`. */
function monthStart(date: string, monthsBack: number): string {
  const { year, month } = parseDate(date);
  return makeDate(year, month - monthsBack, 1);
}

/** A small, valid PDF standing for a scanned signed agreement. */
function signedPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const DECISION_BASE: Omit<DecisionInput, 'outcome'> = {
  fiscalBurden: 'none',
  fiscalAmountYen: null,
  budgetFiscalYear: null,
  supplementaryBudget: false,
  fiscalExplanation: '機器・人員・運用の費用は提案者が負担し、市の新たな支出はありません。',
  original: true,
  originalityJustification:
    '介護施設の夜間の判断をオンラインの看護師が支える仕組みは市内に例がなく、提案者の独自の運用ノウハウによるものです。',
  exclusiveUse: 'partial',
  fairnessMeasure:
    '実証に参加する施設は公募で選び、同様の提案をする事業者には別の施設で実証の機会を設けます。',
  lawsExamined:
    '介護保険法、個人情報保護法、北九州市個人情報保護条例、医師法・保健師助産師看護師法',
  conflictsFound: '看護師の判断は助言に限り、医行為は行わない運用とすることで整理しました。',
  specialZones: '国家戦略特区の活用は不要と判断しました。',
  decisionBody: '保健福祉局 局議',
  decidedOn: '',
  holdKind: null,
  holdUntil: null,
  holdFiscalYear: null,
  declineReasonCodes: [],
  declineReason: '',
  internalNotes: '局長了承済み。議会への報告は次の常任委員会で行う。',
};

function agreementTerms(startsOn: string, endsOn: string): AgreementInput {
  return {
    type: 'pilot',
    contractMethod: null,
    openCall: false,
    openCallProtection: '',
    parties: [
      { name: '北九州市', representative: '北九州市長' },
      { name: '株式会社みまもりテック', representative: '代表取締役 見守 花子' },
    ],
    startsOn,
    endsOn,
    cityCommitments:
      '実証に参加する介護施設の紹介と説明会の開催、関係機関（消防局・医師会）との調整、効果検証への協力。',
    companyCommitments:
      '夜間オンコール体制（看護師2名常駐）の運営、施設への端末の貸与と研修、毎月の実績報告と効果測定。',
    councilVote: 'none',
    councilSessionMonth: null,
  };
}

export async function seedDemoRecords(d: DemoRecordsContext): Promise<void> {
  const { ctx, storage, today, actors, dept, propose, act, fullProposal } = d;
  const ip = null;
  const base = { ctx, ip };

  /** Through STEPs 2–3 to internal review, with both dialogues recorded and confirmed. */
  async function toReview(
    proposer: Actor,
    lead: Actor,
    leadCode: string,
    fields: Partial<ProposalDraftFields>,
  ) {
    const proposal = await propose(proposer, 'free', undefined, { ...fullProposal, ...fields });
    const id = proposal.id;
    await act(proposer, id, { action: 'submit' });
    await act(actors.coordinator, id, { action: 'accept_for_routing' });
    await act(actors.coordinator, id, {
      action: 'route',
      leadDepartmentId: dept(leadCode),
      supportingDepartmentIds: [],
    });
    await act(lead, id, { action: 'accept_assignment' });
    await act(lead, id, { action: 'start_dialogue' });
    for (const round of [1, 2] as const) {
      const record = await recordDialogue({
        ctx,
        actor: lead,
        proposalId: id,
        input: {
          round,
          heldOn: addDays(today, round === 1 ? -60 : -30),
          cityAttendees: '担当係長、担当者',
          proposerAttendees: '代表取締役、事業責任者',
          minutes:
            round === 1
              ? '目的と市民にとっての価値、市と事業者の役割分担、実証後の事業モデルを確認した。'
              : '関係する法令と規則、リスクの分担、KPI（指標・目標・測り方）を確認した。',
          actionItems: [],
        },
      });
      await confirmDialogueRecord({ ctx, actor: proposer, proposalId: id, dialogueId: record.id });
    }
    await act(lead, id, { action: 'send_to_review' });
    return id;
  }

  async function decide(lead: Actor, id: string, input: Partial<DecisionInput>) {
    await recordDecision({
      ...base,
      actor: lead,
      proposalId: id,
      input: { ...DECISION_BASE, outcome: 'adopt', decidedOn: addDays(today, -20), ...input },
    });
  }

  /** Adopted, the agreement confirmed, signed and uploaded, then signed in the workflow. */
  async function toRunning(id: string, startsOn: string, endsOn: string, title: string) {
    await decide(actors.staff1, id, {});
    await act(actors.staff1, id, { action: 'adopt' });
    await recordAgreement({
      ...base,
      actor: actors.staff1,
      proposalId: id,
      input: agreementTerms(startsOn, endsOn),
    });
    await confirmAgreement({ ...base, actor: actors.startup, proposalId: id, version: 1 });
    await addSignedDocument({
      ...base,
      actor: actors.staff1,
      proposalId: id,
      storage,
      fileName: `実証実験協定書（${title}）.pdf`,
      bytes: signedPdf(`Signed pilot agreement - ${title}`),
      signedOn: addDays(startsOn, -7) < today ? addDays(startsOn, -7) : today,
    });
    await act(actors.staff1, id, { action: 'sign_agreement' });
  }

  // STEP 4: ready for the decision (the start of the walkthrough in the README).
  await toReview(actors.startup, actors.staff1, 'hoken-choju', {
    ...DEMO_BODIES.locatorTag,
    title: '認知症の方の行方不明を防ぐ見守りタグの実証',
    summary:
      '認知症の方が持つ小型タグと、地域の商店・タクシーに置く受信機で、行方不明の早期発見を実証します。',
  });

  // STEP 5: adopted; the agreement's terms wait for the proposer's confirmation.
  const step5 = await toReview(actors.startup, actors.staff1, 'hoken-choju', {
    ...DEMO_BODIES.exercise,
    title: '高齢者の通いの場へのオンライン体操教室の提供',
    summary:
      '市内の通いの場に、理学療法士が指導するオンライン体操教室を週2回届け、フレイル予防の効果を測ります。',
  });
  await decide(actors.staff1, step5, {
    originalityJustification:
      '理学療法士による双方向の指導と参加記録を組み合わせたサービスで、同種の提供事業者は市内にありません。',
    exclusiveUse: 'none',
    fairnessMeasure: '',
  });
  await act(actors.staff1, step5, { action: 'adopt' });
  await recordAgreement({
    ...base,
    actor: actors.staff1,
    proposalId: step5,
    input: agreementTerms(monthStart(today, -2), addDays(monthStart(today, -14), -1)),
  });

  // STEP 6, running: the night-time on-call pilot with five months of reports.
  const startsOn = monthStart(today, 6);
  const pilotTitle = '夜間オンコール支援の先行実証（若松区の特別養護老人ホーム）';
  const pilot = await toReview(actors.startup, actors.staff1, 'hoken-choju', {
    ...DEMO_BODIES.nightOnCall,
    title: pilotTitle,
    summary:
      '特別養護老人ホーム3施設の夜間の看護判断を、オンラインの看護師チームが24時間支える体制を実証します。',
  });
  await toRunning(pilot, startsOn, addDays(monthStart(today, -6), -1), '夜間オンコール支援');
  await saveLogicModel({
    ...base,
    actor: actors.startup,
    proposalId: pilot,
    input: {
      inputs: [
        'オンライン看護師チーム（2名常駐）',
        '施設への端末の貸与',
        '市による施設・消防局との調整',
      ],
      activities: ['夜間の相談対応（電話・ビデオ）', '施設職員への研修', '月次の振り返り会'],
      outputs: ['夜間の相談件数', '研修を受けた職員数'],
      outcomes: ['不要な救急搬送の減少', '夜勤職員の不安と負担の軽減'],
      impact: ['入所者が住み慣れた施設で安心して夜を過ごせる', '救急医療の負担の軽減'],
    },
  });
  const kpiView = await saveKpis({
    ...base,
    actor: actors.staff1,
    proposalId: pilot,
    kpis: [
      {
        name: '夜間の救急搬送件数（3施設合計）',
        unit: '件/月',
        baseline: 12,
        target: 6,
        period: 'monthly',
        source: '施設の夜間記録と消防局の搬送記録',
        startsOn,
      },
      {
        name: '夜勤職員の「夜間の判断に不安がある」割合',
        unit: '%',
        baseline: 68,
        target: 30,
        period: 'monthly',
        source: '職員への毎月のアンケート',
        startsOn,
      },
    ],
  });
  const actuals = [
    [11, 62],
    [10, 55],
    [9, 49],
    [6, 44],
    [7, 40],
  ];
  for (const [k, kpi] of kpiView.kpis.entries()) {
    for (const [i, period] of kpi.periods.slice(0, 5).entries()) {
      const report = await reportKpi({
        ...base,
        actor: actors.startup,
        proposalId: pilot,
        kpiId: kpi.id,
        input: {
          periodStart: period.periodStart,
          actual: actuals[i]![k]!,
          comment: k === 0 ? '施設の夜間記録を集計しました。' : '回答率は9割を超えました。',
        },
      });
      if (i < 3) {
        await reviewReport({
          ...base,
          actor: actors.staff1,
          proposalId: pilot,
          reportId: report.id,
          verdict: 'verify',
          comment: '',
        });
      } else if (i === 3 && k === 0) {
        await reviewReport({
          ...base,
          actor: actors.staff1,
          proposalId: pilot,
          reportId: report.id,
          verdict: 'question',
          comment: 'この月だけ大きく減っています。集計の方法や対象施設に変更はありましたか。',
        });
        await answerReport({
          ...base,
          actor: actors.startup,
          proposalId: pilot,
          reportId: report.id,
          answer: '1施設の記録の一部が漏れていました。消防局の記録と突き合わせ、8件に訂正します。',
          actual: 8,
        });
      }
    }
  }
  await writeSummary({
    ...base,
    actor: actors.staff1,
    proposalId: pilot,
    text: '若松区の特別養護老人ホーム3施設で、夜間の看護判断をオンラインの看護師チームが支える体制を実証しています。夜間の救急搬送の減少と、夜勤職員の負担軽減を目指します。',
  });
  await consentToSummary({
    ...base,
    actor: actors.startup,
    proposalId: pilot,
    consent: true,
    text: '若松区の特別養護老人ホーム3施設で、夜間の看護判断をオンラインの看護師チームが支える体制を実証しています。夜間の救急搬送の減少と、夜勤職員の負担軽減を目指します。',
  });

  // Completed: evaluated with its lessons and an SROI, then scaled up.
  const done = await toReview(actors.startup, actors.staff1, 'hoken-choju', {
    ...DEMO_BODIES.careRecords,
    title: 'AIによる介護記録の自動作成の実証',
    summary:
      '介護職員の声による記録をAIが文章にまとめ、記録にかかる時間を減らす仕組みを5施設で実証しました。',
  });
  const doneStart = monthStart(today, 13);
  await toRunning(done, doneStart, addDays(monthStart(today, 1), -1), '介護記録の自動作成');
  const doneKpis = await saveKpis({
    ...base,
    actor: actors.staff1,
    proposalId: done,
    kpis: [
      {
        name: '職員1人あたりの記録時間',
        unit: '分/日',
        baseline: 80,
        target: 40,
        period: 'quarterly',
        source: '施設の業務時間調査',
        startsOn: doneStart,
      },
    ],
  });
  const kpi = doneKpis.kpis[0]!;
  for (const [i, period] of kpi.periods.entries()) {
    if (period.periodEnd >= today) {
      continue;
    }
    const report = await reportKpi({
      ...base,
      actor: actors.startup,
      proposalId: done,
      kpiId: kpi.id,
      input: { periodStart: period.periodStart, actual: [68, 55, 44, 38][i] ?? 38, comment: '' },
    });
    await reviewReport({
      ...base,
      actor: actors.staff1,
      proposalId: done,
      reportId: report.id,
      verdict: 'verify',
      comment: '',
    });
  }
  await act(actors.staff1, done, { action: 'start_evaluation' });
  await recordEvaluation({
    ...base,
    actor: actors.staff1,
    proposalId: done,
    input: {
      achievements: [
        {
          kpiId: kpi.id,
          achievement: 'met',
          comment: '1日80分から38分に減り、目標の40分を達成しました。',
        },
      ],
      whatWorked:
        '声で記録できるため、夜勤帯でも記録が溜まらなくなった。職員の評判が良く、定着が早かった。',
      whatDidNot:
        '方言や専門用語の認識の誤りが当初は多く、修正に時間がかかった。通信環境の悪い居室では使えなかった。',
      cityComment: '他の施設種別（グループホーム等）にも展開できる見込みがあります。',
      nextStage: 'scale_up',
      nextStageReason:
        '目標を達成し、職員の負担軽減と記録の質の向上が確認できたため、市内の全ての特別養護老人ホームに広げます。',
      sroi: {
        investmentYen: 6_000_000,
        discountRate: 0.04,
        outcomes: [
          {
            name: '記録時間の削減（介護職員の時間の価値）',
            stakeholder: '介護職員',
            quantity: 5 * 20 * 42 * 240,
            financialProxyYen: 30,
            deadweight: 0.1,
            displacement: 0,
            attribution: 0.3,
            dropOff: 0.2,
            durationYears: 3,
          },
          {
            name: '記録の漏れによる事故の減少',
            stakeholder: '入所者と家族',
            quantity: 12,
            financialProxyYen: 150_000,
            deadweight: 0.3,
            displacement: 0,
            attribution: 0.4,
            dropOff: 0.3,
            durationYears: 2,
          },
        ],
      },
    },
  });
  await commentOnEvaluation({
    ...base,
    actor: actors.startup,
    proposalId: done,
    comment:
      '方言の認識は学習データを増やして改善しました。全市展開では、通信環境の整備も一緒に進めたいと考えています。',
  });
  await act(actors.staff1, done, {
    action: 'complete',
    outcome: 'scale_up',
    comment: '全市展開に向けた予算要求を行います。',
  });

  // Declined at STEP 4 with reasons, then resubmitted by the proposer.
  const declined = await toReview(actors.parks, actors.staff2, 'kensetsu-koen-kanri', {
    ...DEMO_BODIES.playground,
    title: '公園の遊具へのIoTセンサー設置による事故防止',
    summary: '公園の遊具にセンサーを付け、劣化や危険な使い方を検知して管理者に知らせます。',
    contactName: '緑川 健',
    contactEmail: 'parks@demo.example',
  });
  const reasons = {
    declineReasonCodes: ['fiscal_burden' as const, 'exclusive_use' as const],
    declineReason:
      '市内600か所の公園の遊具への設置と維持に新たな予算が必要なうえ、特定の事業者の機器に公園の設備を長期に固定することになるため、今回は見送ります。点検の一部を対象にした小規模な実証であれば、改めてご相談ください。',
  };
  await recordDecision({
    ...base,
    actor: actors.staff2,
    proposalId: declined,
    input: {
      ...DECISION_BASE,
      outcome: 'decline',
      fiscalBurden: 'new_budget',
      fiscalAmountYen: 180_000_000,
      budgetFiscalYear: parseDate(today).year + 2,
      fiscalExplanation: '600公園の遊具への設置と5年間の通信費・保守費が必要です。',
      original: false,
      originalityJustification: '遊具の点検を支援する機器は複数の事業者が提供しています。',
      exclusiveUse: 'exclusive',
      fairnessMeasure: '調達する場合は仕様を公開して入札にかけます。',
      decisionBody: '建設局 局議',
      decidedOn: addDays(today, -5),
      internalNotes: '点検業務の委託先との調整が必要。',
      ...reasons,
    },
  });
  await act(actors.staff2, declined, {
    action: 'decline',
    reasonCodes: reasons.declineReasonCodes,
    reason: reasons.declineReason,
  });
  const again = await resubmitProposal({ ctx, actor: actors.parks, proposalId: declined, ip });
  await act(actors.parks, again.proposal.id, { action: 'submit' });
}
