/**
 * The demo city, for development only (never seeded in production): the co-creation desk and
 * nine bureaus with their divisions and sections, published themes, demo accounts and a few
 * proposals at different STEPs. Proposals go through the real services, so their timelines,
 * reference numbers and calendar assessments are what the product itself produces.
 */
import { count, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { addDays, tokyoDate } from '@kyoso/calendar/dates';
import { loadAllCatalogues } from '@kyoso/i18n/server';
import type { Role } from '@kyoso/contracts/roles';
import type { DepartmentLevel } from '@kyoso/contracts/departments';
import type { ProposalDraftFields } from '@kyoso/contracts/proposals';
import type { TransitionBody } from '@kyoso/contracts/transitions';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { toActor, type Actor } from '../plugins/auth';
import { hashPassword } from '../modules/auth/passwords';
import { departmentsTable } from '../modules/departments/departments.table';
import { outboxEmailsTable } from '../modules/notifications/outbox.table';
import { createOrganization } from '../modules/organizations/organizations.repository';
import { createDraft, updateDraft } from '../modules/proposals/proposals.service';
import { proposalsTable } from '../modules/proposals/proposals.table';
import type { AppContext } from '../app-context';
import { themesTable } from '../modules/themes/themes.table';
import { createUser, getUserById } from '../modules/users/users.repository';
import { getDepartmentById } from '../modules/departments/departments.repository';
import { getOrganizationById } from '../modules/organizations/organizations.repository';
import { createCases } from '../case-plugins';
import { storageFromConfig, type ObjectStorage } from '../modules/attachments/storage';
import { DEMO_BODIES, seedDemoRecords } from './demo-records';
import { createAppCaches } from '../caches';
import { noChangeFeed } from '../db/change-feed';
import { usersTable } from '../modules/users/users.table';
import { transitionProposal } from '../modules/workflow/workflow.service';

export const DEMO_PASSWORD = 'demo-pass-2026';

type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: Role; label: string }> = [
  { email: 'admin@demo.example', role: 'admin', label: '管理者 / administrator' },
  { email: 'coordinator@demo.example', role: 'coordinator', label: '共創窓口 / co-creation desk' },
  { email: 'staff1@demo.example', role: 'department', label: '保健福祉局 長寿社会対策課' },
  { email: 'staff2@demo.example', role: 'department', label: '建設局 公園管理課' },
  { email: 'staff3@demo.example', role: 'department', label: '産業経済局 観光課' },
  { email: 'startup@demo.example', role: 'proposer', label: '株式会社みまもりテック' },
];

type DepartmentSeed = {
  code: string;
  ja: string;
  en: string;
  level: DepartmentLevel;
  mission?: string;
  keywords?: string[];
  desk?: boolean;
  children?: DepartmentSeed[];
};

/** A realistic organisation chart of a designated city (modelled on Kitakyushu). */
export const DEMO_DEPARTMENTS: DepartmentSeed[] = [
  {
    code: 'zaisei',
    ja: '財政・変革局',
    en: 'Finance and Transformation Bureau',
    level: 'bureau',
    children: [
      {
        code: 'zaisei-henkaku',
        ja: '市政変革推進室',
        en: 'Municipal Reform Office',
        level: 'section',
        desk: true,
        mission: '官民共創の窓口として提案を受け付け、担当部署へ橋渡しする。',
        keywords: ['官民共創', '窓口', '市政変革'],
      },
    ],
  },
  {
    code: 'kodomo',
    ja: '子ども家庭局',
    en: 'Children and Families Bureau',
    level: 'bureau',
    children: [
      {
        code: 'kodomo-katei',
        ja: '子ども家庭部',
        en: 'Children and Families Division',
        level: 'division',
        children: [
          {
            code: 'kodomo-kosodate',
            ja: '子育て支援課',
            en: 'Child-rearing Support Section',
            level: 'section',
            mission: '妊娠・出産から子育てまでの切れ目ない支援。',
            keywords: ['子育て', '保護者', '妊娠', '出産', '育児', '相談'],
          },
          {
            code: 'kodomo-hoiku',
            ja: '保育課',
            en: 'Childcare Section',
            level: 'section',
            mission: '保育所・幼稚園の運営支援と待機児童対策。',
            keywords: ['保育', '保育所', '幼稚園', '待機児童', '保育士'],
          },
        ],
      },
    ],
  },
  {
    code: 'hoken',
    ja: '保健福祉局',
    en: 'Health and Welfare Bureau',
    level: 'bureau',
    children: [
      {
        code: 'hoken-chiiki',
        ja: '地域福祉部',
        en: 'Community Welfare Division',
        level: 'division',
        children: [
          {
            code: 'hoken-choju',
            ja: '長寿社会対策課',
            en: 'Ageing Society Section',
            level: 'section',
            mission: '高齢者が住み慣れた地域で安心して暮らせるよう、見守りや介護予防を進める。',
            keywords: [
              '高齢者',
              '見守り',
              '介護',
              '介護予防',
              '認知症',
              '独居',
              '特別養護老人ホーム',
            ],
          },
          {
            code: 'hoken-shogai',
            ja: '障害福祉企画課',
            en: 'Disability Welfare Planning Section',
            level: 'section',
            mission: '障害のある人の地域生活と就労を支える。',
            keywords: ['障害', '障害者', '就労支援', 'バリアフリー', '手話'],
          },
        ],
      },
    ],
  },
  {
    code: 'kankyo',
    ja: '環境局',
    en: 'Environment Bureau',
    level: 'bureau',
    children: [
      {
        code: 'kankyo-seisaku',
        ja: '環境政策部',
        en: 'Environmental Policy Division',
        level: 'division',
        children: [
          {
            code: 'kankyo-datsutanso',
            ja: 'グリーン成長推進課',
            en: 'Green Growth Section',
            level: 'section',
            mission: '脱炭素と再生可能エネルギーの導入を進める。',
            keywords: ['脱炭素', '再生可能エネルギー', '太陽光', '水素', 'CO2', 'GX'],
          },
        ],
      },
      {
        code: 'kankyo-junkan',
        ja: '資源循環部',
        en: 'Resource Circulation Division',
        level: 'division',
        children: [
          {
            code: 'kankyo-junkan-suishin',
            ja: '循環社会推進課',
            en: 'Circular Society Section',
            level: 'section',
            mission: 'ごみの減量とリサイクル、食品ロス削減を進める。',
            keywords: ['ごみ', 'リサイクル', '食品ロス', '資源循環', 'プラスチック'],
          },
        ],
      },
    ],
  },
  {
    code: 'kensetsu',
    ja: '建設局',
    en: 'Construction Bureau',
    level: 'bureau',
    children: [
      {
        code: 'kensetsu-doro',
        ja: '道路部',
        en: 'Roads Division',
        level: 'division',
        children: [
          {
            code: 'kensetsu-doro-iji',
            ja: '道路維持課',
            en: 'Road Maintenance Section',
            level: 'section',
            mission: '道路・橋りょうの点検と維持管理。',
            keywords: ['道路', '橋', '点検', 'インフラ', '舗装', '維持管理'],
          },
        ],
      },
      {
        code: 'kensetsu-koen',
        ja: '公園緑地部',
        en: 'Parks and Green Spaces Division',
        level: 'division',
        children: [
          {
            code: 'kensetsu-koen-kanri',
            ja: '公園管理課',
            en: 'Park Management Section',
            level: 'section',
            mission: '市内の公園の管理と利活用。',
            keywords: ['公園', '緑地', '利活用', 'イベント', '遊具', 'Park-PFI'],
          },
        ],
      },
    ],
  },
  {
    code: 'toshi',
    ja: '都市戦略局',
    en: 'Urban Strategy Bureau',
    level: 'bureau',
    children: [
      {
        code: 'toshi-kotsu',
        ja: '都市交通政策課',
        en: 'Urban Transport Policy Section',
        level: 'section',
        mission: '公共交通と新たなモビリティの導入。',
        keywords: ['交通', 'バス', 'モビリティ', 'MaaS', '自動運転', 'オンデマンド'],
      },
      {
        code: 'toshi-digital',
        ja: 'デジタル市役所推進課',
        en: 'Digital City Hall Section',
        level: 'section',
        mission: '行政手続のデジタル化とオープンデータ。',
        keywords: ['DX', 'デジタル', 'オープンデータ', 'オンライン申請', 'AI'],
      },
    ],
  },
  {
    code: 'sangyo',
    ja: '産業経済局',
    en: 'Industry and Economy Bureau',
    level: 'bureau',
    children: [
      {
        code: 'sangyo-innovation',
        ja: 'スタートアップ推進課',
        en: 'Startup Promotion Section',
        level: 'section',
        mission: 'スタートアップの創出と成長、地域企業のイノベーション支援。',
        keywords: ['スタートアップ', '創業', 'ベンチャー', 'イノベーション', '中小企業'],
      },
      {
        code: 'sangyo-kanko',
        ja: '観光課',
        en: 'Tourism Section',
        level: 'section',
        mission: '観光誘客とインバウンド対応。',
        keywords: ['観光', 'インバウンド', '宿泊', 'イベント', '多言語'],
      },
    ],
  },
  {
    code: 'shobo',
    ja: '消防局',
    en: 'Fire Department',
    level: 'bureau',
    children: [
      {
        code: 'shobo-keibo',
        ja: '警防部',
        en: 'Emergency Response Division',
        level: 'division',
        children: [
          {
            code: 'shobo-kyukyu',
            ja: '救急課',
            en: 'Emergency Medical Services Section',
            level: 'section',
            mission: '救急搬送の迅速化と適正利用。',
            keywords: ['救急', '救急車', '搬送', '119番', '医療機関'],
          },
        ],
      },
    ],
  },
  {
    code: 'kyoiku',
    ja: '教育委員会',
    en: 'Board of Education',
    level: 'bureau',
    children: [
      {
        code: 'kyoiku-gakko',
        ja: '学校教育部',
        en: 'School Education Division',
        level: 'division',
        children: [
          {
            code: 'kyoiku-joho',
            ja: '教育情報化推進課',
            en: 'Education ICT Section',
            level: 'section',
            mission: '学校のICT活用と校務の効率化。',
            keywords: ['学校', '教育', 'ICT', 'GIGA', '校務', '教員', '不登校'],
          },
        ],
      },
    ],
  },
  {
    code: 'kiki',
    ja: '危機管理室',
    en: 'Crisis Management Office',
    level: 'bureau',
    children: [
      {
        code: 'kiki-kanri',
        ja: '危機管理課',
        en: 'Crisis Management Section',
        level: 'section',
        mission: '防災・減災と災害時の情報伝達。',
        keywords: ['防災', '災害', '避難', '減災', '情報伝達', '浸水'],
      },
    ],
  },
];

const DEMO_THEMES = (today: string) => [
  {
    department: 'hoken-choju',
    title: '高齢者見守りサービスの高度化',
    policyArea: 'welfare' as const,
    summary: '一人暮らしの高齢者の異変に早く気づき、地域の支え手につなぐ仕組みを求めています。',
    background:
      '市内の65歳以上の一人暮らし世帯は増え続けており、民生委員による訪問だけでは見守りの手が足りなくなっています。',
    problem:
      '体調の急変や転倒に気づくのが遅れる事例があり、家族が遠方に住む高齢者ほど発見までに時間がかかっています。',
    outcomeWanted:
      '本人の負担やプライバシーに配慮しながら、異変を早期に把握して関係者へ確実に知らせる仕組み。',
    resourcesOffered:
      '実証に協力いただける地域（校区）と民生委員の紹介、市営住宅での実証フィールド、関係機関との調整。',
    opensOn: addDays(today, -45),
    closesOn: addDays(today, 75),
  },
  {
    department: 'kensetsu-koen-kanri',
    title: '公園を実証フィールドにした新しいサービス',
    policyArea: 'urban' as const,
    summary: '市が管理する公園を、新しい技術やサービスを試す場として開放します。',
    background: '市内には約1,700か所の公園がありますが、利用者が限られ、維持管理の費用も課題です。',
    problem: '公園の魅力が十分に伝わっておらず、子育て世代や若者の利用が伸びていません。',
    outcomeWanted: '公園のにぎわい創出と維持管理の効率化を両立する、自走可能なサービス。',
    resourcesOffered: '実証に使える公園区画、占用許可の調整、市の広報媒体での周知。',
    opensOn: addDays(today, -20),
    closesOn: addDays(today, 100),
  },
  {
    department: 'shobo-kyukyu',
    title: '救急搬送の適正化と医療機関との連携',
    policyArea: 'safety' as const,
    summary: '救急出動件数の増加に対応するため、適正な利用と搬送の効率化を進めます。',
    background: '救急出動件数は過去10年で約2割増え、現場到着までの時間が延びる傾向にあります。',
    problem: '緊急性の低い要請や、受入医療機関の選定に時間がかかることが負担になっています。',
    outcomeWanted: '救急車の適正利用の促進と、搬送先決定までの時間短縮。',
    resourcesOffered: '匿名化した救急統計データ、消防局・医師会との調整。',
    opensOn: addDays(today, -10),
    closesOn: null,
  },
  {
    department: 'kankyo-junkan-suishin',
    title: '食品ロス削減に向けた事業者との協働',
    policyArea: 'environment' as const,
    summary: '家庭と事業所の食品ロスを減らす取組を、市内の事業者と一緒に広げます。',
    background: '市の家庭ごみのうち、まだ食べられる食品が一定の割合を占めています。',
    problem: '小売店や飲食店で余った食品を必要とする人に届ける仕組みが十分にありません。',
    outcomeWanted: '食品ロスの削減量を測定できる、継続的なマッチングの仕組み。',
    resourcesOffered: 'ごみ組成調査データ、市の広報、協力店舗の募集への協力。',
    opensOn: addDays(today, -30),
    closesOn: addDays(today, 45),
  },
  {
    department: 'kyoiku-joho',
    title: '教員の校務負担の軽減',
    policyArea: 'education' as const,
    summary:
      '学校の事務作業をデジタルで減らし、子どもと向き合う時間を増やします。（募集は終了しました）',
    background: '教員の時間外勤務の多くを、成績処理や連絡業務などの校務が占めています。',
    problem: '紙と手作業による校務が多く、学校ごとにやり方が異なります。',
    outcomeWanted: '教員1人あたりの校務時間を測定可能な形で削減すること。',
    resourcesOffered: '協力校での実証、校務の実態調査データ。',
    opensOn: addDays(today, -200),
    closesOn: addDays(today, -60),
  },
];

const FULL_PROPOSAL: ProposalDraftFields = {
  title: 'センサーとAIによる一人暮らし高齢者の見守り実証',
  summary:
    '電力・ドアの開閉センサーの変化をAIで分析し、異変の兆候を民生委員と家族へ知らせる見守りサービスを、市営住宅で小さく実証します。',
  problem:
    '市内では一人暮らしの高齢者が増え、民生委員一人あたりの担当世帯も増えています。訪問の間隔が空くため、体調の急変や転倒に気づくまで数日かかった事例が、地域包括支援センターへのヒアリングで複数確認できました。家族が市外に住む世帯ほど発見が遅れる傾向があります。',
  whyThisCity:
    '政令市の中でも高齢化率が高く、市の地域福祉計画でも「見守りネットワークの強化」が重点施策とされています。市営住宅が多く、同じ条件で比較できる実証フィールドがある点も理由です。',
  solution:
    '住戸に工事不要の小型センサーを設置し、生活リズムの変化をAIが学習して、異変の兆候を検知したら登録された家族と民生委員にメールと電話で知らせます。カメラやマイクは使いません。',
  cityRole:
    '実証に協力いただける市営住宅と入居者への説明の場、民生委員・地域包括支援センターとの調整をお願いしたいと考えています。',
  companyRole:
    '機器の提供と設置、システムの運用、通知の一次対応、効果測定のレポート作成を自社の負担で行います。',
  cityBudget: 'none',
  cityBudgetEstimateYen: null,
  resourcesWanted: ['test_field', 'regulation', 'publicity'],
  impact:
    '異変の早期発見による重症化の防止と、民生委員の訪問負担の軽減。本格導入時は利用料モデルで自走します。',
  kpis: [
    { name: '異変検知から家族・民生委員への連絡までの時間', target: '平均30分以内' },
    { name: '参加世帯の満足度', target: '80%以上' },
  ],
  desiredStart: '2027-04',
  pilot: true,
  contactName: '見守 花子',
  contactEmail: 'startup@demo.example',
  confidentialSections: [],
};

async function actorFor(db: Database, userId: string): Promise<Actor> {
  const user = await getUserById(db, userId);
  if (!user) {
    throw new Error('demo actor not found');
  }
  const [organization, department] = await Promise.all([
    user.organizationId ? getOrganizationById(db, user.organizationId) : undefined,
    user.departmentId ? getDepartmentById(db, user.departmentId) : undefined,
  ]);
  return toActor(
    { user, organization: organization ?? null, department: department ?? null },
    'demo-seed',
  );
}

/**
 * Fills an empty database with the demo city. Does nothing (and returns false) when any user
 * exists. E-mails the seeding itself would cause are removed: nobody should receive them.
 */
export async function seedDemoData(args: {
  db: Database;
  config: Config;
  logger?: FastifyBaseLogger;
  now?: () => Date;
  /** Where the signed agreements of the demo go (the configured storage by default). */
  storage?: ObjectStorage;
}): Promise<boolean> {
  // The services write their e-mails from the catalogue, as in the app.
  await loadAllCatalogues();
  // One transaction: the demo city is there whole or not at all, so a start stopped half-way
  // through seeds it again the next time instead of leaving half a city.
  return args.db.transaction((tx) => seedCity({ ...args, db: tx }));
}

async function seedCity(args: Parameters<typeof seedDemoData>[0]): Promise<boolean> {
  const { db, config } = args;
  const [existing] = await db.select({ n: count() }).from(usersTable);
  if ((existing?.n ?? 0) > 0) {
    return false;
  }
  const now = args.now ?? (() => new Date());
  const today = tokyoDate(now());
  // Hashed on Node's thread pool while the departments and themes are written.
  const passwordHashing = hashPassword(DEMO_PASSWORD, config.passwordHashCost);
  passwordHashing.catch(() => undefined);

  const departmentIds = new Map<string, string>();
  let order = 0;
  async function insertDepartments(list: DepartmentSeed[], parentId: string | null) {
    for (const d of list) {
      order += 1;
      const [row] = await db
        .insert(departmentsTable)
        .values({
          parentId,
          code: d.code,
          level: d.level,
          nameJa: d.ja,
          nameEn: d.en,
          mission: d.mission ?? '',
          keywords: d.keywords ?? [],
          isCoordinatorDesk: d.desk ?? false,
          sortOrder: order,
        })
        .returning({ id: departmentsTable.id });
      if (!row) {
        throw new Error('department insert failed');
      }
      departmentIds.set(d.code, row.id);
      await insertDepartments(d.children ?? [], row.id);
    }
  }
  await insertDepartments(DEMO_DEPARTMENTS, null);
  const dept = (code: string) => {
    const id = departmentIds.get(code);
    if (!id) {
      throw new Error(`unknown demo department ${code}`);
    }
    return id;
  };

  const themeIds: string[] = [];
  for (const theme of DEMO_THEMES(today)) {
    const { department, ...values } = theme;
    const [row] = await db
      .insert(themesTable)
      .values({
        ...values,
        departmentId: dept(department),
        status: 'published',
        publishedAt: now(),
      })
      .returning({ id: themesTable.id });
    if (row) {
      themeIds.push(row.id);
    }
  }

  const passwordHash = await passwordHashing;
  const verified = now();
  const startupOrg = await createOrganization(db, {
    name: '株式会社みまもりテック',
    kind: 'startup',
    corporateNumber: '1290001234567',
  });
  const otherOrg = await createOrganization(db, {
    name: '北九パークス合同会社',
    kind: 'sme',
    corporateNumber: '5400001111222',
  });
  const salesOrg = await createOrganization(db, {
    name: '株式会社サンプル商事',
    kind: 'large_company',
    corporateNumber: null,
  });

  const user = (
    email: string,
    name: string,
    role: Role,
    extra: { organizationId?: string; departmentId?: string; departmentHead?: boolean } = {},
  ) =>
    createUser(db, {
      email,
      name,
      role,
      passwordHash,
      emailVerifiedAt: verified,
      passwordChangedAt: verified,
      ...extra,
    });
  await user('admin@demo.example', '管理 太郎', 'admin');
  const coordinator = await user('coordinator@demo.example', '共創 さくら', 'coordinator', {
    departmentId: dept('zaisei-henkaku'),
  });
  // The head of 長寿社会対策課: receives the escalations of its stages long overdue.
  const staff1 = await user('staff1@demo.example', '長寿 一郎', 'department', {
    departmentId: dept('hoken-choju'),
    departmentHead: true,
  });
  const staff2 = await user('staff2@demo.example', '公園 二郎', 'department', {
    departmentId: dept('kensetsu-koen-kanri'),
  });
  await user('staff3@demo.example', '観光 三郎', 'department', {
    departmentId: dept('sangyo-kanko'),
  });
  const startup = await user('startup@demo.example', '見守 花子', 'proposer', {
    organizationId: startupOrg.id,
  });
  const parks = await user('parks@demo.example', '緑川 健', 'proposer', {
    organizationId: otherOrg.id,
  });
  const sales = await user('sales@demo.example', '営業 一郎', 'proposer', {
    organizationId: salesOrg.id,
  });

  const ctx: AppContext = {
    db,
    engine: 'pglite',
    config,
    logger: args.logger ?? silentLogger,
    now,
    wakeOutbox: () => undefined,
    caches: createAppCaches(noChangeFeed()),
    cases: createCases(),
  };
  const actors = {
    coordinator: await actorFor(db, coordinator.id),
    staff1: await actorFor(db, staff1.id),
    staff2: await actorFor(db, staff2.id),
    startup: await actorFor(db, startup.id),
    parks: await actorFor(db, parks.id),
    sales: await actorFor(db, sales.id),
  };

  async function propose(
    actor: Actor,
    kind: 'theme' | 'free',
    themeId: string | undefined,
    fields: Partial<ProposalDraftFields>,
  ) {
    const access = await createDraft({
      ctx,
      actor,
      input: { kind, ...(themeId ? { themeId } : {}) },
    });
    const updated = await updateDraft({
      ctx,
      actor,
      proposalId: access.proposal.id,
      input: fields,
    });
    return updated.proposal;
  }
  async function act(actor: Actor, proposalId: string, body: WithoutVersion<TransitionBody>) {
    const [current] = await db
      .select({ version: proposalsTable.version })
      .from(proposalsTable)
      .where(eq(proposalsTable.id, proposalId));
    if (!current) {
      throw new Error('demo proposal not found');
    }
    await transitionProposal({
      ctx,
      actor,
      proposalId,
      input: { ...body, version: current.version },
      language: 'ja',
    });
  }

  // 1. A draft of a free proposal, half written.
  await propose(actors.startup, 'free', undefined, {
    title: '買い物が難しい高齢者向けの移動販売とオンライン注文の組み合わせ',
    summary:
      '移動販売車の巡回と電話・オンライン注文を組み合わせ、買い物に困っている高齢者を支えます。',
    problem: '',
  });

  // 2. Submitted on the 見守り theme: waiting for the first check.
  const submitted = await propose(actors.startup, 'theme', themeIds[0], FULL_PROPOSAL);
  await act(actors.startup, submitted.id, { action: 'submit' });

  // 3. Routed to the parks section, waiting for it to accept.
  const parksProposal = await propose(actors.parks, 'theme', themeIds[1], {
    ...FULL_PROPOSAL,
    title: '公園でのキッチンカーと屋外ワークスペースの実証',
    summary:
      '週末の公園にキッチンカーと電源付きの屋外ワークスペースを置き、にぎわいと利用データの取得を両立します。',
    problem:
      '公園の平日・週末の利用者が少なく、特に子育て世代と若い世代の利用が伸びていません。利用実態を示すデータもありません。市民アンケートでは「休憩できる場所や飲食の選択肢が少ない」という声が多く寄せられています。',
    solution:
      'キッチンカーの出店調整と、予約制の屋外ワークスペースを当社が運営し、来園者数を人流センサーで計測して市と共有します。売上の一部を公園の維持管理に充てます。',
    contactName: '緑川 健',
    contactEmail: 'parks@demo.example',
    confidentialSections: ['solution'],
  });
  await act(actors.parks, parksProposal.id, { action: 'submit' });
  await act(actors.coordinator, parksProposal.id, { action: 'accept_for_routing' });
  await act(actors.coordinator, parksProposal.id, {
    action: 'route',
    leadDepartmentId: dept('kensetsu-koen-kanri'),
    supportingDepartmentIds: [dept('sangyo-kanko')],
    note: '公園の占用許可が論点になります。観光課には集客面で支援をお願いします。',
  });

  // 4. In dialogue with the ageing-society section (nothing confidential, so no NDA needed).
  const dialogue = await propose(actors.startup, 'free', undefined, {
    ...FULL_PROPOSAL,
    ...DEMO_BODIES.nightOnCall,
    title: '介護施設の夜間オンコール代行の実証',
    summary:
      '特別養護老人ホームの夜間の看護判断を、オンラインの看護師チームが代行する仕組みを実証します。',
  });
  await act(actors.startup, dialogue.id, { action: 'submit' });
  await act(actors.coordinator, dialogue.id, { action: 'accept_for_routing' });
  await act(actors.coordinator, dialogue.id, {
    action: 'route',
    leadDepartmentId: dept('hoken-choju'),
    supportingDepartmentIds: [],
    note: '夜間の看護体制の課題に関する提案です。',
  });
  await act(actors.staff1, dialogue.id, { action: 'accept_assignment' });
  await act(actors.staff1, dialogue.id, { action: 'start_dialogue' });

  // 5. Declined at the first check: a sales pitch, with the reasons.
  const pitch = await propose(actors.sales, 'free', undefined, {
    ...FULL_PROPOSAL,
    title: '業務用タブレット端末の一括導入のご提案',
    summary: '当社のタブレット端末を全庁に一括導入いただくことで、ペーパーレス化を実現します。',
    problem:
      '市役所の会議や窓口では紙の資料が多く、印刷と保管に多くの費用と手間がかかっています。電子化が進んでいない部署もあります。',
    whyThisCity: '全庁のデジタル化の方針が示されているためです。',
    solution:
      '当社の業務用タブレット端末3,000台を全庁に一括で導入し、会議資料と窓口の申請書類を電子化します。導入後の保守も当社が担います。',
    cityRole: '端末の購入と配備をお願いします。',
    companyRole: '端末の納品と初期設定、操作研修を行います。',
    impact: 'ペーパーレス化による印刷費と保管場所の削減、会議の準備時間の短縮。',
    kpis: [{ name: '印刷枚数', target: '3割減' }],
    cityBudget: 'new',
    cityBudgetEstimateYen: 48_000_000,
    contactName: '営業 一郎',
    contactEmail: 'sales@demo.example',
  });
  await act(actors.sales, pitch.id, { action: 'submit' });
  await act(actors.coordinator, pitch.id, {
    action: 'decline',
    reasonCodes: ['procurement_request'],
    reason:
      '製品の導入（調達）のご提案のため、官民共創の枠組みではお受けできません。物品の調達は市の入札・契約の窓口をご利用ください。特定の地域課題を一緒に解決するご提案であれば、改めてお待ちしています。',
  });

  // 6–10. STEPs 4–6 as records: a decision to take, an agreement to confirm, a running pilot with
  // its KPI reports, a completed project with its evaluation and SROI, a resubmission.
  await seedDemoRecords({
    ctx,
    storage: args.storage ?? storageFromConfig(config),
    today,
    actors,
    dept,
    propose,
    act,
    fullProposal: FULL_PROPOSAL,
  });

  // Nobody should receive the e-mails caused by seeding.
  await db.delete(outboxEmailsTable);
  return true;
}

const silentLogger = {
  level: 'silent',
  fatal: () => undefined,
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
  silent: () => undefined,
  child: () => silentLogger,
} as unknown as FastifyBaseLogger;
