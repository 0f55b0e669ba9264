/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** Decimal (fixed-point) */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** Represents a file upload. */
  Upload: { input: File; output: File; }
};

/** 项目资产 / An asset of a project. */
export type AddAssetInput = {
  /** 资产类别 / Class of asset. */
  assetClass: Scalars['String']['input'];
  /** 管护责任人 / Who looks after it. */
  keeper?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  quantity: Scalars['Decimal']['input'];
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 管理制度 / Management rules. */
  rules?: Scalars['String']['input'];
  /** 移交协议编号 / Agreement no. */
  transferNo?: Scalars['String']['input'];
  transferredOn?: InputMaybe<Scalars['Date']['input']>;
  unit?: Scalars['String']['input'];
  /** 资产价值（元）/ Yuan. */
  value: Scalars['Decimal']['input'];
};

/** 收益分配 / Income received and how it was distributed. */
export type AddDistributionPlanInput = {
  /** 收益金额（元）/ Yuan. */
  amount: Scalars['Decimal']['input'];
  noticeOn?: InputMaybe<Scalars['Date']['input']>;
  paidOn?: InputMaybe<Scalars['Date']['input']>;
  plannedOn?: InputMaybe<Scalars['Date']['input']>;
  projectId: Scalars['ID']['input'];
  receivedOn: Scalars['Date']['input'];
};

/** 资金拨付 / A payment for a project. */
export type AddFundDisbursementInput = {
  /** 拨付金额（元）/ Yuan. */
  amount: Scalars['Decimal']['input'];
  /** contract 合同约定 / progress 工程进度 / final_account 决算金额 */
  basis: Scalars['String']['input'];
  paidOn: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  /** 凭证号 / Voucher number. */
  voucherNo?: Scalars['String']['input'];
};

export type AddMemberInput = {
  householdId: Scalars['ID']['input'];
  member: MemberInput;
};

/** 项目调整 / A change of a project's content or investment. */
export type AddProjectAdjustmentInput = {
  adjustedOn: Scalars['Date']['input'];
  content: Scalars['String']['input'];
  /** 建设内容调整比例（%，-100 到 100）/ Percent. */
  contentChangePct?: Scalars['Decimal']['input'];
  /** 投资调整额（元，减少为负）/ Yuan, negative when less. */
  investmentChange?: Scalars['Decimal']['input'];
  projectId: Scalars['ID']['input'];
};

/** 项目收益 / A period's expected and received return. */
export type AddProjectReturnInput = {
  dueOn: Scalars['Date']['input'];
  /** 应收收益（元）/ Yuan. */
  expected: Scalars['Decimal']['input'];
  /** 收益期间（如 2024、2024-H1）/ Period. */
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  /** 实收（元）/ Yuan. */
  received?: InputMaybe<Scalars['Decimal']['input']>;
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** 质量保证金 / A quality deposit. */
export type AddQualityDepositInput = {
  /** 金额（元）/ Yuan. */
  amount: Scalars['Decimal']['input'];
  dueOn: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  returnedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** 自查互查一致率 / Agreement of self- and cross-check answers. */
export type Agreement = {
  __typename?: 'Agreement';
  /** Cohen's kappa */
  kappa?: Maybe<Scalars['Float']['output']>;
  key?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** 比对项数 / Answer pairs compared. */
  pairs: Scalars['Int']['output'];
  /** 一致率（%）/ Percent agreement. */
  percent?: Maybe<Scalars['Float']['output']>;
};

/** 一致率统计口径 / Agreement grouping. */
export type AgreementBy =
  | 'AREA'
  | 'CADRE'
  | 'TOWN';

/** 答案 / An answer of one version. */
export type Answer = {
  __typename?: 'Answer';
  checkpoint: Scalars['String']['output'];
  evidence: Array<Scalars['String']['output']>;
  fixedOnSpot: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
  value?: Maybe<Scalars['JSON']['output']>;
};

/** 一个指标的答案 / An answer. */
export type AnswerInput = {
  checkpoint: Scalars['String']['input'];
  /** 证据文件 key */
  evidence?: Array<Scalars['String']['input']>;
  /** 立行立改 / Fixed on the spot. */
  fixedOnSpot?: Scalars['Boolean']['input'];
  note?: Scalars['String']['input'];
  number?: InputMaybe<Scalars['Decimal']['input']>;
  /** 等级、选项或文字 / Grade, choice or text. */
  text?: InputMaybe<Scalars['String']['input']>;
  yes?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 评估凭证 / An evaluator API token (the secret is never shown again). */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** 凭证前缀 / First characters of the secret. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  townIds: Array<Scalars['ID']['output']>;
};

/** 申诉 / An appeal against a finding. */
export type Appeal = Node & {
  __typename?: 'Appeal';
  appellantId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionReason: Scalars['String']['output'];
  evidence: Array<Scalars['String']['output']>;
  findingId: Scalars['ID']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** pending / upheld（维持）/ withdrawn（撤销） */
  state: Scalars['String']['output'];
};

export type AppealPayload = {
  __typename?: 'AppealPayload';
  appeal?: Maybe<Appeal>;
  errors: Array<MutationError>;
};

/** 项目库申报 / A village's application to the library. */
export type ApplyLibraryEntryInput = {
  name: Scalars['String']['input'];
  /** 计划投资（元）/ Yuan. */
  plannedInvestment: Scalars['Decimal']['input'];
  villageId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** 管理区 / A management area: a group of villages. */
export type Area = Node & {
  __typename?: 'Area';
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 所属乡镇 / The town. */
  town?: Maybe<Town>;
  /** 村 / Villages of the area. */
  villages: VillageConnection;
};


/** 管理区 / A management area: a group of villages. */
export type AreaVillagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Relay 连接 / A Relay connection. */
export type AreaConnection = {
  __typename?: 'AreaConnection';
  edges: Array<AreaEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type AreaEdge = {
  __typename?: 'AreaEdge';
  cursor: Scalars['String']['output'];
  node: Area;
};

/** 项目资产 / A project's asset: transfer, registration, upkeep. */
export type Asset = Node & {
  __typename?: 'Asset';
  /** 资产类别 / Class of asset. */
  assetClass: Scalars['String']['output'];
  /** 镇级季度现场检查 / The quarterly on-site checks. */
  checks: Array<AssetCheck>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 管护责任人 / Who looks after it. */
  keeper: Scalars['String']['output'];
  name: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  quantity: Scalars['Decimal']['output'];
  /** “三资”平台或村集体账簿登记日期 / Registration in the collective ledger. */
  registeredOn?: Maybe<Scalars['Date']['output']>;
  /** 管理制度 / Management rules. */
  rules: Scalars['String']['output'];
  /** 移交协议编号 / Transfer agreement number. */
  transferNo: Scalars['String']['output'];
  /** 移交日期 / Transfer date. */
  transferredOn?: Maybe<Scalars['Date']['output']>;
  unit: Scalars['String']['output'];
  /** 资产价值（元）/ Value in yuan. */
  value: Scalars['Decimal']['output'];
};

/** 镇级季度现场检查 / One line of the town's quarterly check ledger. */
export type AssetCheck = Node & {
  __typename?: 'AssetCheck';
  assetId: Scalars['ID']['output'];
  checkedOn: Scalars['Date']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 检查情况 / Findings of the check. */
  note: Scalars['String']['output'];
  /** 季度（YYYY-Qn）/ Quarter of the check. */
  quarter: Scalars['String']['output'];
};

export type AssetCheckPayload = {
  __typename?: 'AssetCheckPayload';
  check?: Maybe<AssetCheck>;
  errors: Array<MutationError>;
};

export type AssetPayload = {
  __typename?: 'AssetPayload';
  asset?: Maybe<Asset>;
  errors: Array<MutationError>;
};

/** 核查任务 / An assignment: who checks which household or subject. */
export type Assignment = Node & {
  __typename?: 'Assignment';
  assigneeId: Scalars['ID']['output'];
  /** helper/area/village/office/manual */
  basis: Scalars['String']['output'];
  /** 已提交入户访谈 / A visit is submitted. */
  done: Scalars['Boolean']['output'];
  headName?: Maybe<Scalars['String']['output']>;
  householdId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** household/projects/funds/social/collaboration */
  subject: Scalars['String']['output'];
};

/** 社会扶贫类别 / Kind of social assistance. */
export type AssistanceKind =
  | 'COMPANY'
  | 'CONSUMPTION'
  | 'CROWDFUNDING'
  | 'DONATION'
  | 'ORGANISATION';

export type AttachmentPayload = {
  __typename?: 'AttachmentPayload';
  attachment?: Maybe<CycleAttachment>;
  errors: Array<MutationError>;
};

/** 审计记录 / An audit entry (append-only, hash-chained). */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** 操作人 / Who acted. */
  actor: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 本条哈希（十六进制）/ This entry's hash (hex). */
  hash: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  targetId: Scalars['String']['output'];
  targetType: Scalars['String']['output'];
};

/** Relay 连接 / A Relay connection. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** 通报 / One version of the town's bulletin. */
export type Bulletin = Node & {
  __typename?: 'Bulletin';
  /** 数据截至 / Data up to. */
  dataCutoff: Scalars['DateTime']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** 可打印的 HTML / Printable HTML page. */
  html: Scalars['String']['output'];
  htmlUrl: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  summary: Scalars['JSON']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  xlsxUrl: Scalars['String']['output'];
};

export type BulletinPayload = {
  __typename?: 'BulletinPayload';
  bulletin?: Maybe<Bulletin>;
  errors: Array<MutationError>;
};

/** 燃尽图的一天 / One day of the burn-down. */
export type BurnDownDay = {
  __typename?: 'BurnDownDay';
  day: Scalars['Date']['output'];
  /** 理想进度 / The straight line to zero. */
  ideal: Scalars['Float']['output'];
  /** 当天结束时未销号 / Open at day's end. */
  open?: Maybe<Scalars['Int']['output']>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** 评估项目 / An item. */
export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  checkpoints: Array<Checkpoint>;
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** 评估板块 / A section. */
export type ChecklistSection = {
  __typename?: 'ChecklistSection';
  code: Scalars['String']['output'];
  items: Array<ChecklistItem>;
  title: Scalars['String']['output'];
};

/** 评估细则 / A county's checklist template. */
export type ChecklistTemplate = Node & {
  __typename?: 'ChecklistTemplate';
  code: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  versions: Array<ChecklistVersion>;
};

/** 评估细则版本 / A template version (published ones never change). */
export type ChecklistVersion = Node & {
  __typename?: 'ChecklistVersion';
  checkpointCount: Scalars['Int']['output'];
  /** 导出为 YAML 或 JSON / The version as a document. */
  document: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 板块、项目与指标 / Sections, items and checkpoints. */
  sections: Array<ChecklistSection>;
  /** draft / published */
  state: Scalars['String']['output'];
};


/** 评估细则版本 / A template version (published ones never change). */
export type ChecklistVersionDocumentArgs = {
  format?: DocumentFormat;
};

export type ChecklistVersionPayload = {
  __typename?: 'ChecklistVersionPayload';
  errors: Array<MutationError>;
  version?: Maybe<ChecklistVersion>;
};

/** 指标 / A checkpoint. */
export type Checkpoint = {
  __typename?: 'Checkpoint';
  /** yes_no/number/grade/choice/text/photo */
  answerType: Scalars['String']['output'];
  choices: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  evidenceDocuments: Scalars['Int']['output'];
  evidenceNote: Scalars['String']['output'];
  evidencePhotos: Scalars['Int']['output'];
  expect: Scalars['Boolean']['output'];
  guidance: Scalars['String']['output'];
  /** 预填的农户数据（如 income.per_capita）/ The registry fact it starts from. */
  prefill?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  rule?: Maybe<Scalars['String']['output']>;
  severity: Scalars['String']['output'];
  /** household/village/project/fund/town/cadre */
  target: Scalars['String']['output'];
  text: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  weight: Scalars['Decimal']['output'];
};

/** 清零情况 / Clearance of one town, area, village or cadre. */
export type Clearance = {
  __typename?: 'Clearance';
  /** 已清零 / Nothing open. */
  cleared: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** 按期销号 / Signed off by the deadline. */
  onTime: Scalars['Int']['output'];
  /** 按期销号率（%）/ On-time rate. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 未销号 / Not signed off. */
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  signedOff: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** 清零统计口径 / Clearance grouping. */
export type ClearanceBy =
  | 'AREA'
  | 'CADRE'
  | 'TOWN'
  | 'VILLAGE';

/** 省内扶贫协作资金 / An intra-province collaboration fund. */
export type CollaborationFund = Node & {
  __typename?: 'CollaborationFund';
  /** 金额（元）/ Yuan. */
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 协作方 / Partner. */
  partner: Scalars['String']['output'];
  /** 项目或用途 / Project or purpose. */
  purpose: Scalars['String']['output'];
  /** 到账日期 / Received. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** 带动脱贫成效 / Results. */
  results: Scalars['String']['output'];
  /** 使用日期 / Used. */
  usedOn?: Maybe<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

/** Relay 连接 / A Relay connection. */
export type CollaborationFundConnection = {
  __typename?: 'CollaborationFundConnection';
  edges: Array<CollaborationFundEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type CollaborationFundEdge = {
  __typename?: 'CollaborationFundEdge';
  cursor: Scalars['String']['output'];
  node: CollaborationFund;
};

/** 省内扶贫协作资金 / An intra-province collaboration fund. */
export type CollaborationFundInput = {
  amount: Scalars['Decimal']['input'];
  partner: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  results?: Scalars['String']['input'];
  townId: Scalars['ID']['input'];
  usedOn?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};

export type CollaborationFundPayload = {
  __typename?: 'CollaborationFundPayload';
  errors: Array<MutationError>;
  fund?: Maybe<CollaborationFund>;
};

export type CountPayload = {
  __typename?: 'CountPayload';
  count: Scalars['Int']['output'];
  errors: Array<MutationError>;
};

/** 县 / A county: owns towns and checklist templates. */
export type County = Node & {
  __typename?: 'County';
  code: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CreateApiTokenInput = {
  expiresInDays?: Scalars['Int']['input'];
  /** 评估机构 / Evaluator organisation. */
  label: Scalars['String']['input'];
  townIds: Array<Scalars['ID']['input']>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  errors: Array<MutationError>;
  /** 凭证密钥，仅显示一次 / The secret, shown once. */
  secret?: Maybe<Scalars['String']['output']>;
};

/** 新建管理区 / Create a management area. */
export type CreateAreaInput = {
  name: Scalars['String']['input'];
  townId: Scalars['ID']['input'];
};

export type CreateAreaPayload = {
  __typename?: 'CreateAreaPayload';
  area?: Maybe<Area>;
  errors: Array<MutationError>;
};

/** 新建评估周期 / Create a cycle. */
export type CreateCycleInput = {
  name: Scalars['String']['input'];
  rulesNote?: Scalars['String']['input'];
  townId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
  windows: WindowsInput;
  year: Scalars['Int']['input'];
};

/** 新建户 / Register a household. */
export type CreateHouseholdInput = {
  address?: Scalars['String']['input'];
  assistanceMeasures?: Array<Scalars['String']['input']>;
  category: HouseholdCategory;
  helperIds?: Array<Scalars['ID']['input']>;
  liftedYear?: InputMaybe<Scalars['Int']['input']>;
  members: Array<MemberInput>;
  phone?: InputMaybe<Scalars['String']['input']>;
  povertyCauses?: Array<Scalars['String']['input']>;
  villageId: Scalars['ID']['input'];
};

/** 新建大办 / Create an office. */
export type CreateOfficeInput = {
  name: Scalars['String']['input'];
  townId: Scalars['ID']['input'];
};

export type CreateOfficePayload = {
  __typename?: 'CreateOfficePayload';
  errors: Array<MutationError>;
  office?: Maybe<Office>;
};

/** 新建村 / Create a village. */
export type CreateVillageInput = {
  areaId: Scalars['ID']['input'];
  isKeyVillage?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
};

export type CreateVillagePayload = {
  __typename?: 'CreateVillagePayload';
  errors: Array<MutationError>;
  village?: Maybe<Village>;
};

/** 评估周期 / One run of the evaluation in a town. */
export type Cycle = Node & {
  __typename?: 'Cycle';
  /** 培训材料与细则 / Training material and the town's rules. */
  attachments: Array<CycleAttachment>;
  createdAt: Scalars['DateTime']['output'];
  crossEnd: Scalars['Date']['output'];
  crossStart: Scalars['Date']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 进度 / Progress by cadre, village, area or town. */
  progress: Array<Progress>;
  rectEnd: Scalars['Date']['output'];
  rectStart: Scalars['Date']['output'];
  rulesNote: Scalars['String']['output'];
  selfEnd: Scalars['Date']['output'];
  selfStart: Scalars['Date']['output'];
  /** draft / active / closed */
  state: Scalars['String']['output'];
  /** 评估细则版本 ID / The pinned checklist version. */
  versionId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};


/** 评估周期 / One run of the evaluation in a town. */
export type CycleProgressArgs = {
  by?: ProgressBy;
};

/** 周期附件（培训材料、细则）/ Training material or the town's rules. */
export type CycleAttachment = Node & {
  __typename?: 'CycleAttachment';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 下载地址 / Where to download it. */
  downloadUrl: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** training（培训材料）/ rules（细则） */
  kind: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type CyclePayload = {
  __typename?: 'CyclePayload';
  cycle?: Maybe<Cycle>;
  errors: Array<MutationError>;
};

/** 周期评分 / A cycle's scores from its latest snapshot. */
export type CycleScores = {
  __typename?: 'CycleScores';
  /** 乡镇总分构成 / The town's total and its parts. */
  breakdown: ScoreBreakdown;
  /** 某一管理区/村/干部的得分明细 / One group's detail. */
  group: GroupDetail;
  /** 各管理区/村/干部得分（高到低）/ Groups of a level, best first. */
  groups: Array<GroupScore>;
  /** 乡镇指标 / The town's indicators. */
  indicators: Array<IndicatorValue>;
  /** 模拟第三方评估：错退率、漏评率、认可度及 95% 置信区间 / Mock evaluation. */
  mockEvaluation: Array<IndicatorValue>;
  snapshot: ScoreSnapshotType;
};


/** 周期评分 / A cycle's scores from its latest snapshot. */
export type CycleScoresGroupArgs = {
  level: ScoreLevel;
  subjectId: Scalars['ID']['input'];
};


/** 周期评分 / A cycle's scores from its latest snapshot. */
export type CycleScoresGroupsArgs = {
  level: ScoreLevel;
};

/** 阶段 / Stage. */
export type CycleStage =
  | 'CROSS'
  | 'RECT'
  | 'SELF';

/** 删除登记的结果 / The result of removing a register entry. */
export type DeleteProgramEntryPayload = {
  __typename?: 'DeleteProgramEntryPayload';
  /** 已删除登记的全局 ID / The removed entry's id. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<MutationError>;
};

/** 部门名单中的一行（身份证号已脱敏）/ One row of a department list. */
export type DepartmentEntry = Node & {
  __typename?: 'DepartmentEntry';
  /** 金额（元）/ Amount, yuan. */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** 补贴类别代码 / Subsidy category code. */
  category: Scalars['String']['output'];
  /** 补贴类别 / Subsidy category. */
  categoryLabel?: Maybe<Scalars['String']['output']>;
  /** 截止日期 / Period or loan end. */
  endOn?: Maybe<Scalars['Date']['output']>;
  /** 文件中的其他列 / The file's other columns. */
  extra: Scalars['JSON']['output'];
  /** 该成员现在所在的户 / The household of that member now. */
  householdId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 脱敏身份证号 / Masked ID number. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 完整身份证号（有权限的角色可见，每次读取记入审计）/ Full ID number, for roles that may see it; audited. */
  idNumberFull?: Maybe<Scalars['String']['output']>;
  /** 台账中现有此身份证号的成员 / Someone in the town's registry has this ID now. */
  matched: Scalars['Boolean']['output'];
  /** 部门填写的姓名 / Name as the department wrote it. */
  name: Scalars['String']['output'];
  /** 发放日期 / Paid on. */
  paidOn?: Maybe<Scalars['Date']['output']>;
  /** 文件中的行号 / The row as Excel shows it. */
  rowNo: Scalars['Int']['output'];
  /** 起始日期 / Period or loan start. */
  startOn?: Maybe<Scalars['Date']['output']>;
};

/** Relay 连接 / A Relay connection. */
export type DepartmentEntryConnection = {
  __typename?: 'DepartmentEntryConnection';
  edges: Array<DepartmentEntryEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type DepartmentEntryEdge = {
  __typename?: 'DepartmentEntryEdge';
  cursor: Scalars['String']['output'];
  node: DepartmentEntry;
};

/** 部门名单 / A department's list, matched to the registry. */
export type DepartmentList = Node & {
  __typename?: 'DepartmentList';
  /** 导入的文件名 / Imported file's name. */
  filename: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  importedAt: Scalars['DateTime']['output'];
  kind: DepartmentListKind;
  /** 类别名称 / The kind in Chinese. */
  kindLabel: Scalars['String']['output'];
  /** 名单说明（如 2025年3月）/ Period or label. */
  label: Scalars['String']['output'];
  /** 人次 / Rows imported. */
  rowCount: Scalars['Int']['output'];
  /** 金额合计（元）/ Total, yuan. */
  totalAmount: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** 部门名单类别 / Kind of department list. */
export type DepartmentListKind =
  | 'DIBAO'
  | 'DISABILITY_SUBSIDY'
  | 'MICROCREDIT'
  | 'PUBLIC_WELFARE_JOB'
  | 'TEKUN'
  | 'TEMPORARY_AID'
  | 'TRAINING';

/** 互查与自查不一致 / A discrepancy, self vs cross side by side. */
export type Discrepancy = {
  __typename?: 'Discrepancy';
  checkpoint: Scalars['String']['output'];
  crossCadre: Scalars['String']['output'];
  crossValue?: Maybe<Scalars['JSON']['output']>;
  findingId: Scalars['ID']['output'];
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** 自查干部（责任人）/ Held responsible. */
  selfCadre: Scalars['String']['output'];
  selfValue?: Maybe<Scalars['JSON']['output']>;
  severity: Scalars['String']['output'];
};

/** Relay 连接 / A Relay connection. */
export type DiscrepancyConnection = {
  __typename?: 'DiscrepancyConnection';
  edges: Array<DiscrepancyEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type DiscrepancyEdge = {
  __typename?: 'DiscrepancyEdge';
  cursor: Scalars['String']['output'];
  node: Discrepancy;
};

/** 收益分配 / Distribution of income: plan, notice, payment. */
export type DistributionPlan = Node & {
  __typename?: 'DistributionPlan';
  /** 收益金额（元）/ Income, yuan. */
  amount: Scalars['Decimal']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 公告公示日期 / Public notice. */
  noticeOn?: Maybe<Scalars['Date']['output']>;
  /** 分配到户或村集体 / Paid out. */
  paidOn?: Maybe<Scalars['Date']['output']>;
  /** 分配方案日期 / Plan decided. */
  plannedOn?: Maybe<Scalars['Date']['output']>;
  projectId: Scalars['ID']['output'];
  /** 收益到账日期 / Income received. */
  receivedOn: Scalars['Date']['output'];
};

export type DistributionPlanPayload = {
  __typename?: 'DistributionPlanPayload';
  errors: Array<MutationError>;
  plan?: Maybe<DistributionPlan>;
};

/** 文档格式 / Document format. */
export type DocumentFormat =
  | 'JSON'
  | 'YAML';

/** 预填的答案 / A pre-filled answer of the visit form. */
export type DraftAnswer = {
  __typename?: 'DraftAnswer';
  checkpoint: Checkpoint;
  evidence: Array<Scalars['String']['output']>;
  fixedOnSpot: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
  /** 仅凭台账数据的规则结论（false 表示台账提示有问题）/ The rule on registry data. */
  registryVerdict?: Maybe<Scalars['Boolean']['output']>;
  /** visit（本周期已提交）/ registry（户籍台账）/ previous（上一周期）/ none */
  source: Scalars['String']['output'];
  value?: Maybe<Scalars['JSON']['output']>;
};

/** 抽签记录（可复核）/ The draw, with everything to verify it. */
export type Draw = {
  __typename?: 'Draw';
  algorithm: Scalars['String']['output'];
  avoidPrevious: Scalars['Boolean']['output'];
  commitDeadline: Scalars['DateTime']['output'];
  commitments: Array<DrawCommitment>;
  cycleId: Scalars['ID']['output'];
  drawnAt?: Maybe<Scalars['DateTime']['output']>;
  /** 补充随机值 / Fallback value. */
  fallback?: Maybe<Scalars['String']['output']>;
  /** 抽签输入 / Recorded inputs. */
  inputs?: Maybe<Scalars['JSON']['output']>;
  /** 抽签结果 / The result. */
  result?: Maybe<Scalars['JSON']['output']>;
  revealDeadline: Scalars['DateTime']['output'];
  /** 各类户的抽样比例 / Sample rates. */
  sampleRates: Scalars['JSON']['output'];
  /** 种子（十六进制）/ The seed, hex. */
  seed: Scalars['String']['output'];
  /** 被哈希的种子原文 / Text hashed. */
  seedText?: Maybe<Scalars['String']['output']>;
  /** open（进行中）/ drawn（已完成） */
  state: Scalars['String']['output'];
};

/** 承诺与揭示 / A director's commitment and reveal. */
export type DrawCommitment = {
  __typename?: 'DrawCommitment';
  /** SHA-256（十六进制）/ The hash committed. */
  commitment: Scalars['String']['output'];
  committedAt: Scalars['DateTime']['output'];
  revealedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 揭示的秘密数 / The secret, once revealed. */
  secret?: Maybe<Scalars['String']['output']>;
  teamId: Scalars['ID']['output'];
};

export type DrawPayload = {
  __typename?: 'DrawPayload';
  errors: Array<MutationError>;
  seed?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
};

/** 抽签复核结果 / A draw recomputed and compared. */
export type DrawVerification = {
  __typename?: 'DrawVerification';
  algorithm: Scalars['String']['output'];
  differences: Array<Scalars['String']['output']>;
  matches: Scalars['Boolean']['output'];
  seed: Scalars['String']['output'];
};

/** 错误代码 / Machine-readable error code. */
export type ErrorCode =
  | 'CONFLICT'
  | 'DRAW_INFEASIBLE'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'READ_ONLY'
  | 'THROTTLED'
  | 'UNAUTHENTICATED'
  | 'WEAK_PASSWORD';

/** 证据文件 / A stored evidence file. */
export type EvidenceFileType = {
  __typename?: 'EvidenceFileType';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** 已去除的元数据 / Metadata removed. */
  stripped: Array<Scalars['String']['output']>;
};

export type EvidencePayload = {
  __typename?: 'EvidencePayload';
  errors: Array<MutationError>;
  file?: Maybe<EvidenceFileType>;
};

/** 延长阶段 / Extend a stage window. */
export type ExtendStageInput = {
  cycleId: Scalars['ID']['input'];
  newEnd: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  stage: CycleStage;
};

/** 问题 / A finding. */
export type Finding = Node & {
  __typename?: 'Finding';
  checkpoint: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  fixEvidence: Array<Scalars['String']['output']>;
  fixNote: Scalars['String']['output'];
  foundBy: Scalars['ID']['output'];
  /** 所涉农户（项目问题没有）/ The household (none for a project finding). */
  householdId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 被问责的干部（自查者）/ The cadre held responsible. */
  responsibleId?: Maybe<Scalars['ID']['output']>;
  severity: Scalars['String']['output'];
  /** rule 台账数据 / answer 入户核查 / discrepancy 互查不一致 / sweep 举一反三 */
  source: Scalars['String']['output'];
  stage: Scalars['String']['output'];
  /** open / fixed_on_spot / withdrawn */
  state: Scalars['String']['output'];
  /** 发现问题的访谈（举一反三产生的问题没有）/ The visit that found it. */
  visitId?: Maybe<Scalars['ID']['output']>;
};

/** Relay 连接 / A Relay connection. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  edges: Array<FindingEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  cursor: Scalars['String']['output'];
  node: Finding;
};

/** “五通十有”中的一项 / One item of the 五通十有 standard. */
export type FiveTenItem = {
  __typename?: 'FiveTenItem';
  code: Scalars['String']['output'];
  /** 是否达标（仅在村年度中）/ Met (only within a village year). */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** 中文名称，如 通路、有卫生室 / Chinese name. */
  name: Scalars['String']['output'];
};

/** “五通十有”一项是否达标 / Whether one item is met. */
export type FiveTenItemInput = {
  /** 项目代码，见 fiveTenItems / Item code. */
  code: Scalars['String']['input'];
  met: Scalars['Boolean']['input'];
};

/** 资金拨付 / A payment for a project. */
export type FundDisbursement = Node & {
  __typename?: 'FundDisbursement';
  /** 拨付金额（元）/ Yuan. */
  amount: Scalars['Decimal']['output'];
  /** contract 合同约定 / progress 工程进度 / final_account 决算金额 */
  basis: Scalars['String']['output'];
  basisLabel: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 拨付日期 / Date paid. */
  paidOn: Scalars['Date']['output'];
  projectId: Scalars['ID']['output'];
  /** 凭证号 / Voucher number. */
  voucherNo: Scalars['String']['output'];
};

export type FundDisbursementPayload = {
  __typename?: 'FundDisbursementPayload';
  disbursement?: Maybe<FundDisbursement>;
  errors: Array<MutationError>;
};

export type GenerateAssignmentsPayload = {
  __typename?: 'GenerateAssignmentsPayload';
  created: Scalars['Int']['output'];
  errors: Array<MutationError>;
  /** 无人负责的户 / Nobody's households. */
  unassigned: Scalars['Int']['output'];
};

/** 某一层级的得分明细 / One group's score, parts and indicators. */
export type GroupDetail = {
  __typename?: 'GroupDetail';
  breakdown: ScoreBreakdown;
  /** 管理区和乡镇的指标 / Indicators (areas and the town). */
  indicators: Array<IndicatorValue>;
  score?: Maybe<Scalars['Float']['output']>;
};

/** 某一层级的得分 / The score of a town, area, village or cadre. */
export type GroupScore = {
  __typename?: 'GroupScore';
  /** 评分户数 / Households scored in it. */
  households: Scalars['Int']['output'];
  level: ScoreLevel;
  name: Scalars['String']['output'];
  score?: Maybe<Scalars['Float']['output']>;
  /** 乡镇/管理区/村/干部的 ID */
  subjectId: Scalars['ID']['output'];
};

/** 帮扶责任人 / An assistance cadre. */
export type Helper = {
  __typename?: 'Helper';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** 户 / A registered household. */
export type Household = Node & {
  __typename?: 'Household';
  address: Scalars['String']['output'];
  assistanceMeasures: Array<Scalars['String']['output']>;
  category: HouseholdCategory;
  categoryLabel: Scalars['String']['output'];
  headName: Scalars['String']['output'];
  /** 帮扶责任人 / Assigned assistance cadres. */
  helpers: Array<Helper>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 历年收入（新到旧）/ Income by year, newest first. */
  incomes: Array<Income>;
  liftedYear?: Maybe<Scalars['Int']['output']>;
  /** 住房与饮水 / Living conditions. */
  livingConditions?: Maybe<LivingConditions>;
  members: Array<Member>;
  /** 脱敏电话 / Masked phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** 完整联系电话（读取记入审计）/ Full phone; audited. */
  phoneFull?: Maybe<Scalars['String']['output']>;
  povertyCauses: Array<Scalars['String']['output']>;
  /** 风险提示 / Risk flags. */
  riskFlags: Array<RiskFlag>;
  /** 户类别变更程序 / Status procedures, oldest first. */
  statusCases: Array<StatusCase>;
  /** 所在村 / The village. */
  village?: Maybe<Village>;
};

/** 户类别 / Household category. */
export type HouseholdCategory =
  | 'LIFTED_SUPPORTED'
  | 'LIFTED_UNSUPPORTED'
  | 'MONITORED'
  | 'ORDINARY';

/** Relay 连接 / A Relay connection. */
export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  edges: Array<HouseholdEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  cursor: Scalars['String']['output'];
  node: Household;
};

/** 户筛选条件 / Household filters. */
export type HouseholdFilterInput = {
  /** 是否有任一风险提示 / Has (or lacks) any risk flag. */
  anyRiskFlag?: InputMaybe<Scalars['Boolean']['input']>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  /** 帮扶责任人（用户 ID）/ Assigned cadre's user ID. */
  helperId?: InputMaybe<Scalars['ID']['input']>;
  /** 成员身份证号（精确匹配）/ A member's exact ID number. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  riskFlag?: InputMaybe<Scalars['String']['input']>;
  /** 户主、成员姓名或住址 / Name or address contains. */
  search?: InputMaybe<Scalars['String']['input']>;
  townId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type HouseholdPayload = {
  __typename?: 'HouseholdPayload';
  errors: Array<MutationError>;
  household?: Maybe<Household>;
};

/** 农户得分 / A household's score in the latest snapshot. */
export type HouseholdScore = {
  __typename?: 'HouseholdScore';
  /** 已答指标数 / Checkpoints answered. */
  answered: Scalars['Int']['output'];
  breakdown: ScoreBreakdown;
  earned: Scalars['Float']['output'];
  /** 未通过的指标 / Failed ones. */
  failedCheckpoints: Array<Scalars['String']['output']>;
  householdId: Scalars['ID']['output'];
  possible: Scalars['Float']['output'];
  satisfaction?: Maybe<Scalars['String']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
};

export type ImportDepartmentListPayload = {
  __typename?: 'ImportDepartmentListPayload';
  /** 上传时即可发现的问题（参数、文件格式）/ Problems found at upload. */
  errors: Array<MutationError>;
  /** 导入任务；完成后结果中含导入的名单，或每行的问题（可下载错误报告） / The import job; its result holds the list, or every problem by row and column. */
  job?: Maybe<Job>;
};

/** 导入户籍台账 / Import households and members from a file. */
export type ImportRegistryInput = {
  /** .xlsx 或 .csv，表头见模板 / Spreadsheet. */
  file: Scalars['Upload']['input'];
  townId: Scalars['ID']['input'];
};

export type ImportRegistryPayload = {
  __typename?: 'ImportRegistryPayload';
  errors: Array<MutationError>;
  /** 导入任务；完成后结果中含每行错误或导入数量 / The import job. */
  job?: Maybe<Job>;
};

/** 年度收入 / Income of one year. */
export type Income = {
  __typename?: 'Income';
  evidence: Scalars['String']['output'];
  /** 纯收入 / Net income. */
  net: Scalars['Decimal']['output'];
  /** 人均纯收入 / Per-capita net income. */
  perCapita: Scalars['Decimal']['output'];
  production: Scalars['Decimal']['output'];
  productionCosts: Scalars['Decimal']['output'];
  property: Scalars['Decimal']['output'];
  transfers: Scalars['Decimal']['output'];
  wages: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** 指标 / An indicator, or an estimate with its 95 % interval. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  code: Scalars['String']['output'];
  /** 样本量或分母 / Sample size or base. */
  denominator: Scalars['Float']['output'];
  description: Scalars['String']['output'];
  /** 95% 置信区间上限 / Upper bound. */
  high?: Maybe<Scalars['Float']['output']>;
  higherIsBetter: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  /** 95% 置信区间下限 / Lower bound. */
  low?: Maybe<Scalars['Float']['output']>;
  numerator: Scalars['Float']['output'];
  /** rate 比率 / per100 每百户 / per_project / kappa */
  unit: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** 后台任务 / A background job and its progress. */
export type Job = Node & {
  __typename?: 'Job';
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  progress: Scalars['Int']['output'];
  result?: Maybe<Scalars['JSON']['output']>;
  /** queued / running / done / failed */
  status: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** 整改台账筛选 / Ledger filters. */
export type LedgerFilter = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** 只看逾期 / Overdue only. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  severity?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

/** 整改事项 / A rectification ledger item. */
export type LedgerItem = Node & {
  __typename?: 'LedgerItem';
  areaId?: Maybe<Scalars['ID']['output']>;
  checkpoint: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  cycleId: Scalars['ID']['output'];
  /** 时限 / Deadline. */
  deadline: Scalars['Date']['output'];
  /** 成效核验 / Effectiveness check. */
  effectiveness: Scalars['String']['output'];
  evidence: Array<Scalars['String']['output']>;
  findingId: Scalars['ID']['output'];
  /** due_soon（即将到期）/ overdue（已逾期）/ 空 */
  flag: Scalars['String']['output'];
  /** 户主姓名 / The head of the household. */
  headName: Scalars['String']['output'];
  householdId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 整改措施 / Measures. */
  measures: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  /** 责任人 / The owner. */
  ownerId: Scalars['ID']['output'];
  /** 责任人姓名 / The owner's name. */
  ownerName: Scalars['String']['output'];
  /** 问题 / The problem. */
  problem: Scalars['String']['output'];
  /** 回头看重新打开的次数 / Times reopened. */
  reopened: Scalars['Int']['output'];
  resultNote: Scalars['String']['output'];
  severity: Scalars['String']['output'];
  signedOffAt?: Maybe<Scalars['DateTime']['output']>;
  /** open/in_progress/submitted/returned/signed_off/withdrawn */
  state: Scalars['String']['output'];
  stateLabel: Scalars['String']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  sweptFrom?: Maybe<Scalars['ID']['output']>;
  /** 整改过程 / Every step, oldest first. */
  transitions: Array<LedgerTransition>;
  villageId?: Maybe<Scalars['ID']['output']>;
};

/** Relay 连接 / A Relay connection. */
export type LedgerItemConnection = {
  __typename?: 'LedgerItemConnection';
  edges: Array<LedgerItemEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type LedgerItemEdge = {
  __typename?: 'LedgerItemEdge';
  cursor: Scalars['String']['output'];
  node: LedgerItem;
};

export type LedgerItemPayload = {
  __typename?: 'LedgerItemPayload';
  errors: Array<MutationError>;
  item?: Maybe<LedgerItem>;
};

export type LedgerItemsPayload = {
  __typename?: 'LedgerItemsPayload';
  count: Scalars['Int']['output'];
  errors: Array<MutationError>;
  items: Array<LedgerItem>;
};

/** 整改步骤 / A step of the ledger's state machine. */
export type LedgerStep =
  | 'RESUME'
  | 'SEND_BACK'
  | 'SIGN_OFF'
  | 'START'
  | 'SUBMIT';

/** 整改过程的一步 / One step of an item's history. */
export type LedgerTransition = {
  __typename?: 'LedgerTransition';
  actorId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  evidence: Array<Scalars['String']['output']>;
  fromState: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  toState: Scalars['String']['output'];
};

/** 项目库条目 / A project library entry (村申报、乡镇审核). */
export type LibraryEntry = Node & {
  __typename?: 'LibraryEntry';
  appliedAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionNote: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 计划投资（元）/ Yuan. */
  plannedInvestment: Scalars['Decimal']['output'];
  /** applied 已申报 / approved 通过 / rejected 未通过 */
  state: Scalars['String']['output'];
  stateLabel: Scalars['String']['output'];
  villageId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** Relay 连接 / A Relay connection. */
export type LibraryEntryConnection = {
  __typename?: 'LibraryEntryConnection';
  edges: Array<LibraryEntryEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type LibraryEntryEdge = {
  __typename?: 'LibraryEntryEdge';
  cursor: Scalars['String']['output'];
  node: LibraryEntry;
};

export type LibraryEntryPayload = {
  __typename?: 'LibraryEntryPayload';
  entry?: Maybe<LibraryEntry>;
  errors: Array<MutationError>;
};

/** 住房与饮水 / Housing safety, drinking water and sanitation. */
export type LivingConditions = {
  __typename?: 'LivingConditions';
  assessedBy: Scalars['String']['output'];
  assessedOn?: Maybe<Scalars['Date']['output']>;
  housingGrade: Scalars['String']['output'];
  planDoneOn?: Maybe<Scalars['Date']['output']>;
  planDue?: Maybe<Scalars['Date']['output']>;
  repairPlan: Scalars['String']['output'];
  sanitation: Scalars['String']['output'];
  waterSafe: Scalars['Boolean']['output'];
  waterSource: Scalars['String']['output'];
};

export type LoginInput = {
  password: Scalars['String']['input'];
  /** 浏览器登录：会话放在 HttpOnly Cookie 中，响应不含令牌 / Browser sign-in: the session goes into an HttpOnly cookie and is not returned in the response. */
  useCookie?: Scalars['Boolean']['input'];
  /** 用户名或手机号 / Username or phone. */
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Cookie 会话变更请求的 X-CSRF-Token 值 / CSRF header for cookie sessions. */
  csrfToken?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** 会话令牌（Bearer），仅限 API 登录 / Session token, API sign-in only. */
  token?: Maybe<Scalars['String']['output']>;
  viewer?: Maybe<Viewer>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  errors: Array<MutationError>;
  notifications: Array<Notification>;
  /** 剩余未读 / Unread left. */
  unreadCount: Scalars['Int']['output'];
};

/** 家庭成员（身份证号已脱敏）/ A member; the ID number is masked. */
export type Member = Node & {
  __typename?: 'Member';
  age: Scalars['Int']['output'];
  basicMedical: Scalars['Boolean']['output'];
  birthDate: Scalars['Date']['output'];
  chronicCertified: Scalars['Boolean']['output'];
  chronicIllness: Scalars['Boolean']['output'];
  criticalIllness: Scalars['Boolean']['output'];
  disabilityGrade?: Maybe<Scalars['Int']['output']>;
  disabilityType?: Maybe<Scalars['String']['output']>;
  enrolled?: Maybe<Scalars['Boolean']['output']>;
  familyDoctor: Scalars['Boolean']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 脱敏身份证号 / Masked ID number. */
  idNumber: Scalars['String']['output'];
  /** 完整身份证号（有权限的角色可见，每次读取记入审计）/ Full ID number, for roles that may see it; audited. */
  idNumberFull: Scalars['String']['output'];
  labourStatus: Scalars['String']['output'];
  labourStatusLabel: Scalars['String']['output'];
  name: Scalars['String']['output'];
  relation: Scalars['String']['output'];
  relationLabel: Scalars['String']['output'];
  schoolStage?: Maybe<Scalars['String']['output']>;
  schoolStageLabel?: Maybe<Scalars['String']['output']>;
  sex: Scalars['String']['output'];
  specialInsurance: Scalars['Boolean']['output'];
  specialPolicyDelivered: Scalars['Boolean']['output'];
  subsidies: Array<Scalars['String']['output']>;
  yuluPlan: Scalars['Boolean']['output'];
};

/** 成员信息 / A member. */
export type MemberInput = {
  basicMedical?: Scalars['Boolean']['input'];
  chronicCertified?: Scalars['Boolean']['input'];
  chronicIllness?: Scalars['Boolean']['input'];
  criticalIllness?: Scalars['Boolean']['input'];
  disabilityGrade?: InputMaybe<Scalars['Int']['input']>;
  disabilityType?: InputMaybe<Scalars['String']['input']>;
  enrolled?: InputMaybe<Scalars['Boolean']['input']>;
  familyDoctor?: Scalars['Boolean']['input'];
  idNumber: Scalars['String']['input'];
  labourStatus?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** 与户主关系代码，如 head、spouse、child */
  relation: Scalars['String']['input'];
  schoolStage?: InputMaybe<Scalars['String']['input']>;
  specialInsurance?: Scalars['Boolean']['input'];
  specialPolicyDelivered?: Scalars['Boolean']['input'];
  subsidies?: Array<Scalars['String']['input']>;
  yuluPlan?: Scalars['Boolean']['input'];
};

/** 角色成员关系 / A role held in the county or in a town. */
export type Membership = {
  __typename?: 'Membership';
  /** 限定的管理区 / Area the role is narrowed to. */
  area?: Maybe<Area>;
  /** 所属大办 / Office of an office director. */
  office?: Maybe<Office>;
  role: Role;
  /** 角色中文名 / Role name in Chinese. */
  roleLabel: Scalars['String']['output'];
  /** 乡镇（县级角色为空）/ The town; null for county roles. */
  town?: Maybe<Town>;
  /** 限定的村 / Village the role is narrowed to. */
  village?: Maybe<Village>;
};

/** 办理整改步骤 / Move an item one step. */
export type MoveLedgerItemInput = {
  /** 佐证文件 key */
  evidence?: Array<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** 说明；销号时为成效核验意见 */
  note?: Scalars['String']['input'];
  step: LedgerStep;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 启动评估周期 / Activate a draft cycle. */
  activateCycle: CyclePayload;
  /** 登记项目资产 / Record an asset of a project. */
  addAsset: AssetPayload;
  /** 登记收益分配 / Record income and its distribution. */
  addDistributionPlan: DistributionPlanPayload;
  /** 登记资金拨付 / Record a payment for a project. */
  addFundDisbursement: FundDisbursementPayload;
  /** 添加成员 / Add a member to a household. */
  addMember: HouseholdPayload;
  /** 登记项目调整 / Record a change of content or investment. */
  addProjectAdjustment: ProjectAdjustmentPayload;
  /** 登记项目收益 / Record a period's return. */
  addProjectReturn: ProjectReturnPayload;
  /** 登记质量保证金 / Record a quality deposit. */
  addQualityDeposit: QualityDepositPayload;
  /** 村申报项目入库 / Apply for the project library. */
  applyLibraryEntry: LibraryEntryPayload;
  /** 举一反三：生成问题和整改事项 / Apply a sweep. */
  applySweep: LedgerItemsPayload;
  /** 上传培训材料或细则 / Attach training material or the town's rules. */
  attachToCycle: AttachmentPayload;
  /** 修改密码 / Change the viewer's password. */
  changePassword: OkPayload;
  /** 结束评估周期；整改未清零时须填写例外说明 exception / Close a cycle. */
  closeCycle: CyclePayload;
  /** 提交承诺（秘密数的哈希）/ Commit to a secret number. */
  commitDraw: DrawPayload;
  /** 扶贫办完成抽签（有人未揭示时填补充随机值）/ Complete the draw. */
  completeDraw: DrawPayload;
  /** 确认立行立改 / Confirm a fix made on the spot. */
  confirmFixOnSpot: LedgerItemsPayload;
  /** 签发评估凭证 / Issue a read-only evaluator token. */
  createApiToken: CreateApiTokenPayload;
  /** 新建管理区 / Create a management area in a town. */
  createArea: CreateAreaPayload;
  /** 登记省内扶贫协作资金 / Record a collaboration fund. */
  createCollaborationFund: CollaborationFundPayload;
  /** 新建评估周期（草稿）/ Create a cycle from a published version. */
  createCycle: CyclePayload;
  /** 新建户 / Register a household with its members. */
  createHousehold: HouseholdPayload;
  /** 新建大办 / Create an office in a town. */
  createOffice: CreateOfficePayload;
  /** 新建项目 / Create a project from the library. */
  createProject: ProjectPayload;
  /** 登记社会扶贫 / Record a social-assistance entry. */
  createSocialAssistance: SocialAssistancePayload;
  /** 新建村 / Create a village in an area. */
  createVillage: CreateVillagePayload;
  /** 处理申诉：维持或撤销问题 / Uphold or withdraw the finding. */
  decideAppeal: AppealPayload;
  /** 乡镇审核项目库条目 / Approve or reject a library entry. */
  decideLibraryEntry: LibraryEntryPayload;
  /** 删除省内扶贫协作资金登记 / Remove a collaboration fund. */
  deleteCollaborationFund: DeleteProgramEntryPayload;
  /** 删除社会扶贫登记 / Remove a social-assistance entry. */
  deleteSocialAssistance: DeleteProgramEntryPayload;
  /** 延长阶段时间窗（记入审计）/ Extend a stage (audited). */
  extendCycleStage: CyclePayload;
  /** 对问题提出申诉 / Appeal against a finding. */
  fileAppeal: AppealPayload;
  /** 按大办组建互查队伍 / Form one team per office. */
  formTeams: TeamsPayload;
  /** 按规则生成核查任务 / Generate the self-check assignments. */
  generateAssignments: GenerateAssignmentsPayload;
  /** 生成新一版通报 / Generate a new bulletin version. */
  generateBulletin: BulletinPayload;
  /** 导入评估细则（YAML 或 JSON），生成草稿版本 / Import a template document. */
  importChecklist: ChecklistVersionPayload;
  /** 上传部门名单导入（后台任务）：全部行核对无误才写入，同类别、年度、说明的名单整体替换 / Import a department list as a job; all or nothing, a re-import replaces it. */
  importDepartmentList: ImportDepartmentListPayload;
  /** 上传表格导入户籍台账（后台任务）/ Import a spreadsheet. */
  importRegistry: ImportRegistryPayload;
  /** 本周期未整改的问题全部列入台账 / Every open finding into the ledger. */
  listCycleFindings: LedgerItemsPayload;
  /** 登录 / Sign in with username (or phone) and password. */
  login: LoginPayload;
  /** 退出登录 / Sign out of this session. */
  logout: OkPayload;
  /** 标记通知已读 / Mark the viewer's own notifications read. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** 办理整改步骤（开始、提交、退回、销号）/ Move an item. */
  moveLedgerItem: LedgerItemPayload;
  /** 开始抽签（设定截止时间）/ Open the draw. */
  openDraw: DrawPayload;
  /** 将问题列入整改台账 / Put a finding in the ledger. */
  openLedgerItem: LedgerItemPayload;
  /** 发起户类别变更程序 / Open a category change procedure. */
  openStatusCase: StatusCasePayload;
  /** 发布通报 / Publish a bulletin to the town. */
  publishBulletin: BulletinPayload;
  /** 发布版本（发布后不可修改）/ Publish a version. */
  publishChecklistVersion: ChecklistVersionPayload;
  /** 改派核查任务 / Give an assignment to another cadre. */
  reassign: CountPayload;
  /** 登记镇级季度现场检查 / Record an on-site check of an asset. */
  recordAssetCheck: AssetCheckPayload;
  /** 记录变更程序的下一步 / Record the next procedure step. */
  recordStatusStep: StatusCasePayload;
  /** 记录培训签到 / Record who attended the training. */
  recordTraining: CountPayload;
  /** 删除成员 / Remove a member (not the head). */
  removeMember: HouseholdPayload;
  /** 校验审计链（后台任务）/ Verify audit chains as a job. */
  requestAuditVerification: RequestAuditVerificationPayload;
  /** 为全县各乡镇当年最新周期评分 / Score every town's latest cycle of a year. */
  requestCountyScoring: RequestScoringPayload;
  /** 检查整改时限并发送通知（后台任务）/ Flag due and overdue items as a job. */
  requestDeadlineCheck: RequestDeadlineCheckPayload;
  /** 为一个周期评分（后台任务）/ Score one cycle in the background. */
  requestScoring: RequestScoringPayload;
  /** 退付质量保证金 / Record that a quality deposit was returned. */
  returnQualityDeposit: QualityDepositPayload;
  /** 揭示秘密数 / Reveal the secret number. */
  revealDraw: DrawPayload;
  /** 审核：通过或退回 / Accept a visit or send it back. */
  reviewVisit: VisitPayload;
  /** 吊销评估凭证 / Revoke an evaluator token. */
  revokeApiToken: RevokeApiTokenPayload;
  /** 运行行业政策规则（名单与台账比对），发现的问题记入本周期 / Compare the department lists with the registry for a cycle's year. */
  runPolicyRules: RunPolicyRulesPayload;
  /** 运行项目规则，发现的问题记入本周期 / Run the project rules for a cycle. */
  runProjectRules: RunProjectRulesPayload;
  /** 运行重点村规则（集体收入、“五通十有”），发现的问题记入本周期 / Check the key villages for a cycle's year. */
  runVillageRules: RunVillageRulesPayload;
  /** 登记年度收入 / Record a year's income. */
  setIncome: HouseholdPayload;
  /** 登记住房与饮水 / Record living conditions. */
  setLivingConditions: HouseholdPayload;
  /** 设置收入标准并刷新风险提示 / Set the income line. */
  setPovertyLine: PovertyLinePayload;
  /** 登记项目资金决算与结余 / Record a project's funds. */
  setProjectFunds: ProjectFundsPayload;
  /** 登记项目运营情况 / Record how a project is run. */
  setProjectOperation: ProjectOperationPayload;
  /** 调整队员（抽签前）/ Set a team's members. */
  setTeamMembers: TeamsPayload;
  /** 提交互查访谈（重试安全）/ Submit a cross-check visit. */
  submitCrossVisit: VisitPayload;
  /** 提交入户访谈（重试安全）/ Submit a visit (retry-safe). */
  submitVisit: VisitPayload;
  /** 修改省内扶贫协作资金登记 / Correct a collaboration fund. */
  updateCollaborationFund: CollaborationFundPayload;
  /** 修改户信息 / Edit a household. */
  updateHousehold: HouseholdPayload;
  /** 修改项目 / Update a project (the whole form). */
  updateProject: ProjectPayload;
  /** 修改社会扶贫登记 / Correct a social-assistance entry. */
  updateSocialAssistance: SocialAssistancePayload;
  /** 修改村年度情况（集体收入、“五通十有”）/ Correct a village's year. */
  updateVillageYear: VillageYearPayload;
  /** 上传证据（照片去除位置信息）/ Upload evidence. */
  uploadEvidence: EvidencePayload;
  /** 填报或更新村年度情况 / Enter or replace a village's year. */
  upsertVillageYear: VillageYearPayload;
};


export type MutationActivateCycleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddAssetArgs = {
  input: AddAssetInput;
};


export type MutationAddDistributionPlanArgs = {
  input: AddDistributionPlanInput;
};


export type MutationAddFundDisbursementArgs = {
  input: AddFundDisbursementInput;
};


export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


export type MutationAddProjectAdjustmentArgs = {
  input: AddProjectAdjustmentInput;
};


export type MutationAddProjectReturnArgs = {
  input: AddProjectReturnInput;
};


export type MutationAddQualityDepositArgs = {
  input: AddQualityDepositInput;
};


export type MutationApplyLibraryEntryArgs = {
  input: ApplyLibraryEntryInput;
};


export type MutationApplySweepArgs = {
  deadline: Scalars['Date']['input'];
  findingId: Scalars['ID']['input'];
};


export type MutationAttachToCycleArgs = {
  cycleId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  kind?: Scalars['String']['input'];
  title?: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseCycleArgs = {
  exception?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCommitDrawArgs = {
  commitment: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationCompleteDrawArgs = {
  cycleId: Scalars['ID']['input'];
  fallback?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmFixOnSpotArgs = {
  findingId: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateAreaArgs = {
  input: CreateAreaInput;
};


export type MutationCreateCollaborationFundArgs = {
  input: CollaborationFundInput;
};


export type MutationCreateCycleArgs = {
  input: CreateCycleInput;
};


export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


export type MutationCreateOfficeArgs = {
  input: CreateOfficeInput;
};


export type MutationCreateProjectArgs = {
  input: ProjectInput;
};


export type MutationCreateSocialAssistanceArgs = {
  input: SocialAssistanceInput;
};


export type MutationCreateVillageArgs = {
  input: CreateVillageInput;
};


export type MutationDecideAppealArgs = {
  appealId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  withdraw: Scalars['Boolean']['input'];
};


export type MutationDecideLibraryEntryArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationDeleteCollaborationFundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSocialAssistanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExtendCycleStageArgs = {
  input: ExtendStageInput;
};


export type MutationFileAppealArgs = {
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  findingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationFormTeamsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type MutationGenerateAssignmentsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type MutationGenerateBulletinArgs = {
  cycleId: Scalars['ID']['input'];
  title?: Scalars['String']['input'];
};


export type MutationImportChecklistArgs = {
  document: Scalars['String']['input'];
  format?: DocumentFormat;
};


export type MutationImportDepartmentListArgs = {
  file: Scalars['Upload']['input'];
  kind: DepartmentListKind;
  label?: Scalars['String']['input'];
  townId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationImportRegistryArgs = {
  input: ImportRegistryInput;
};


export type MutationListCycleFindingsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMoveLedgerItemArgs = {
  input: MoveLedgerItemInput;
};


export type MutationOpenDrawArgs = {
  input: OpenDrawInput;
};


export type MutationOpenLedgerItemArgs = {
  input: OpenLedgerItemInput;
};


export type MutationOpenStatusCaseArgs = {
  input: OpenStatusCaseInput;
};


export type MutationPublishBulletinArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishChecklistVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReassignArgs = {
  assigneeId: Scalars['ID']['input'];
  assignmentId: Scalars['ID']['input'];
};


export type MutationRecordAssetCheckArgs = {
  input: RecordAssetCheckInput;
};


export type MutationRecordStatusStepArgs = {
  input: RecordStatusStepInput;
};


export type MutationRecordTrainingArgs = {
  attendedOn: Scalars['Date']['input'];
  cycleId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationRequestAuditVerificationArgs = {
  input?: InputMaybe<RequestAuditVerificationInput>;
};


export type MutationRequestCountyScoringArgs = {
  year: Scalars['Int']['input'];
};


export type MutationRequestDeadlineCheckArgs = {
  townId: Scalars['ID']['input'];
};


export type MutationRequestScoringArgs = {
  cycleId: Scalars['ID']['input'];
};


export type MutationReturnQualityDepositArgs = {
  id: Scalars['ID']['input'];
  returnedOn: Scalars['Date']['input'];
};


export type MutationRevealDrawArgs = {
  secret: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationReviewVisitArgs = {
  input: ReviewVisitInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationRunPolicyRulesArgs = {
  cycleId: Scalars['ID']['input'];
};


export type MutationRunProjectRulesArgs = {
  cycleId: Scalars['ID']['input'];
};


export type MutationRunVillageRulesArgs = {
  cycleId: Scalars['ID']['input'];
};


export type MutationSetIncomeArgs = {
  input: SetIncomeInput;
};


export type MutationSetLivingConditionsArgs = {
  input: SetLivingConditionsInput;
};


export type MutationSetPovertyLineArgs = {
  input: SetPovertyLineInput;
};


export type MutationSetProjectFundsArgs = {
  input: SetProjectFundsInput;
};


export type MutationSetProjectOperationArgs = {
  input: SetProjectOperationInput;
};


export type MutationSetTeamMembersArgs = {
  teamId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationSubmitCrossVisitArgs = {
  input: SubmitVisitInput;
};


export type MutationSubmitVisitArgs = {
  input: SubmitVisitInput;
};


export type MutationUpdateCollaborationFundArgs = {
  input: UpdateCollaborationFundInput;
};


export type MutationUpdateHouseholdArgs = {
  input: UpdateHouseholdInput;
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: ProjectInput;
};


export type MutationUpdateSocialAssistanceArgs = {
  input: UpdateSocialAssistanceInput;
};


export type MutationUpdateVillageYearArgs = {
  input: UpdateVillageYearInput;
};


export type MutationUploadEvidenceArgs = {
  file: Scalars['Upload']['input'];
  kind?: Scalars['String']['input'];
  townId: Scalars['ID']['input'];
};


export type MutationUpsertVillageYearArgs = {
  input: VillageYearInput;
};

/** 可预期的错误 / An expected failure of a mutation. */
export type MutationError = {
  __typename?: 'MutationError';
  code: ErrorCode;
  /** 出错的输入字段 / Input field at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** 中文说明 / Human-readable message (Chinese). */
  message: Scalars['String']['output'];
};

/** 带全局 ID 的对象 / An object with a global ID (Relay). */
export type Node = {
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
};

/** 通知 / An in-app notification to the viewer about a ledger item. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** 通知时间 / When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 相关整改事项 / The ledger item it is about. */
  itemId?: Maybe<Scalars['ID']['output']>;
  /** 原因：due_soon 即将到期，overdue 已超期 / Why: due_soon or overdue. */
  kind: Scalars['String']['output'];
  /** 通知内容 / The notice (Chinese). */
  message: Scalars['String']['output'];
  /** 是否已读 / Whether it has been read. */
  read: Scalars['Boolean']['output'];
  /** 已读时间 / When it was read. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** 所属乡镇 / The town. */
  townId: Scalars['ID']['output'];
};

/** Relay 连接 / A Relay connection. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** 大办 / An office; its director leads one cross-check team. */
export type Office = Node & {
  __typename?: 'Office';
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 所属乡镇 / The town. */
  town?: Maybe<Town>;
};

/** Relay 连接 / A Relay connection. */
export type OfficeConnection = {
  __typename?: 'OfficeConnection';
  edges: Array<OfficeEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type OfficeEdge = {
  __typename?: 'OfficeEdge';
  cursor: Scalars['String']['output'];
  node: Office;
};

export type OkPayload = {
  __typename?: 'OkPayload';
  errors: Array<MutationError>;
  ok: Scalars['Boolean']['output'];
};

/** 组织抽签 / Open the draw. */
export type OpenDrawInput = {
  /** 不抽上一周期检查过的管理区 / Rotate areas. */
  avoidPrevious?: Scalars['Boolean']['input'];
  commitDeadline: Scalars['DateTime']['input'];
  cycleId: Scalars['ID']['input'];
  revealDeadline: Scalars['DateTime']['input'];
  /** 各类户的抽样比例，如 {"lifted_unsupported": "0.3"}；未列出的全部检查 */
  sampleRates?: InputMaybe<Scalars['JSON']['input']>;
};

/** 列入整改台账 / Put a finding in the ledger. */
export type OpenLedgerItemInput = {
  deadline: Scalars['Date']['input'];
  findingId: Scalars['ID']['input'];
  measures: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
};

/** 发起户类别变更程序 / Open a category change. */
export type OpenStatusCaseInput = {
  householdId: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  /** self_report / cadre_check / department_data */
  source: Scalars['String']['input'];
  toCategory: HouseholdCategory;
};

/** 分页信息 / Relay page info. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 一项权限 / A permission: resource and action in a domain. */
export type Permission = {
  __typename?: 'Permission';
  action: Scalars['String']['output'];
  /** county:<id> 或 town:<id> */
  domain: Scalars['String']['output'];
  resource: Scalars['String']['output'];
};

/** 许可文件 / A permit: document number and date. */
export type Permit = {
  __typename?: 'Permit';
  issuedOn?: Maybe<Scalars['Date']['output']>;
  number: Scalars['String']['output'];
};

/** 许可文件 / A permit: document number and date. */
export type PermitInput = {
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  number?: Scalars['String']['input'];
};

/** 收入标准 / The county's income line for a year. */
export type PovertyLine = {
  __typename?: 'PovertyLine';
  line: Scalars['Decimal']['output'];
  /** 边缘区间 / Margin above the line. */
  margin: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

export type PovertyLinePayload = {
  __typename?: 'PovertyLinePayload';
  errors: Array<MutationError>;
  povertyLine?: Maybe<PovertyLine>;
};

/** 进度 / Households visited of those assigned. */
export type Progress = {
  __typename?: 'Progress';
  done: Scalars['Int']['output'];
  key?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** 进度统计口径 / Progress grouping. */
export type ProgressBy =
  | 'AREA'
  | 'CADRE'
  | 'TOWN'
  | 'VILLAGE';

/** 产业扶贫项目 / An industrial assistance project. */
export type Project = Node & {
  __typename?: 'Project';
  /** 县级竣工验收 / County acceptance. */
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  /** 项目调整 / Adjustments, by date. */
  adjustments: Array<ProjectAdjustment>;
  /** 批复日期 / Approval date. */
  approvedOn: Scalars['Date']['output'];
  /** 项目资产及其季度检查 / Assets, with their quarterly checks. */
  assets: Array<Asset>;
  /** 第三方造价审核 / Cost audit. */
  auditedOn?: Maybe<Scalars['Date']['output']>;
  /** 完工日期 / Completion. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** 合同金额 / Contract amount. */
  contractAmount?: Maybe<Scalars['Decimal']['output']>;
  contractOn?: Maybe<Scalars['Date']['output']>;
  /** 承建方 / Contractor. */
  contractor: Scalars['String']['output'];
  /** 资金拨付 / Payments, by date. */
  disbursements: Array<FundDisbursement>;
  /** 收益分配 / Income distribution, by date received. */
  distributionPlans: Array<DistributionPlan>;
  /** 发包方 / Employer. */
  employer: Scalars['String']['output'];
  /** 环保许可 / Environment permit. */
  envPermit: Permit;
  /** 项目资金 / Final account, surplus and allocation, if recorded. */
  funds?: Maybe<ProjectFunds>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 土地许可 / Land permit. */
  landPermit: Permit;
  /** 项目库条目 / Library entry. */
  libraryId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 公示日期 / Public notice. */
  noticeOn?: Maybe<Scalars['Date']['output']>;
  /** 项目运营 / How the project is run, if recorded. */
  operation?: Maybe<ProjectOperation>;
  plannedContent: Scalars['String']['output'];
  /** 计划投资（元）/ Yuan. */
  plannedInvestment: Scalars['Decimal']['output'];
  /** 规划许可 / Planning permit. */
  planningPermit: Permit;
  /** 质量保证金 / Quality deposits, by due date. */
  qualityDeposits: Array<QualityDeposit>;
  /** 项目收益 / Returns, by due date. */
  returns: Array<ProjectReturn>;
  /** 中标金额 / Tender amount. */
  tenderAmount?: Maybe<Scalars['Decimal']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  villageId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** 项目调整 / A change of a project's content or investment. */
export type ProjectAdjustment = Node & {
  __typename?: 'ProjectAdjustment';
  /** 调整日期 / Date of the change. */
  adjustedOn: Scalars['Date']['output'];
  /** 调整内容 / What changed. */
  content: Scalars['String']['output'];
  /** 建设内容调整比例（%）/ Share of the content changed, in percent. */
  contentChangePct: Scalars['Decimal']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 投资调整额（元，减少为负）/ Change of investment in yuan (negative: less). */
  investmentChange: Scalars['Decimal']['output'];
  projectId: Scalars['ID']['output'];
};

export type ProjectAdjustmentPayload = {
  __typename?: 'ProjectAdjustmentPayload';
  adjustment?: Maybe<ProjectAdjustment>;
  errors: Array<MutationError>;
};

/** Relay 连接 / A Relay connection. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** 项目问题 / A finding about a project, raised by the project rules. */
export type ProjectFinding = Node & {
  __typename?: 'ProjectFinding';
  /** 规则（评估细则指标）/ The rule's checkpoint. */
  checkpoint: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  cycleId: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  severity: Scalars['String']['output'];
  /** open / fixed_on_spot / withdrawn */
  state: Scalars['String']['output'];
};

/** Relay 连接 / A Relay connection. */
export type ProjectFindingConnection = {
  __typename?: 'ProjectFindingConnection';
  edges: Array<ProjectFindingEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type ProjectFindingEdge = {
  __typename?: 'ProjectFindingEdge';
  cursor: Scalars['String']['output'];
  node: ProjectFinding;
};

/** 项目资金 / Final account, surplus and published allocation. */
export type ProjectFunds = Node & {
  __typename?: 'ProjectFunds';
  /** 决算金额（元）/ Yuan. */
  finalAmount?: Maybe<Scalars['Decimal']['output']>;
  /** 决算日期 / Final account date. */
  finalOn?: Maybe<Scalars['Date']['output']>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  /** 资金分配结果公告日期 / Allocation published on. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** 结余资金（元）/ Surplus, yuan. */
  surplusAmount: Scalars['Decimal']['output'];
  /** 结余资金使用情况 / Use of the surplus. */
  surplusUse: Scalars['String']['output'];
};

export type ProjectFundsPayload = {
  __typename?: 'ProjectFundsPayload';
  errors: Array<MutationError>;
  funds?: Maybe<ProjectFunds>;
};

/** 项目信息（整表提交）/ A project's form, every field. */
export type ProjectInput = {
  acceptedOn?: InputMaybe<Scalars['Date']['input']>;
  approvedOn: Scalars['Date']['input'];
  auditedOn?: InputMaybe<Scalars['Date']['input']>;
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  contractAmount?: InputMaybe<Scalars['Decimal']['input']>;
  contractOn?: InputMaybe<Scalars['Date']['input']>;
  contractor?: Scalars['String']['input'];
  employer?: Scalars['String']['input'];
  envPermit?: InputMaybe<PermitInput>;
  landPermit?: InputMaybe<PermitInput>;
  /** 当年项目库条目 / Library entry. */
  libraryId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  noticeOn?: InputMaybe<Scalars['Date']['input']>;
  plannedContent?: Scalars['String']['input'];
  /** 计划投资（元）/ Yuan. */
  plannedInvestment: Scalars['Decimal']['input'];
  planningPermit?: InputMaybe<PermitInput>;
  tenderAmount?: InputMaybe<Scalars['Decimal']['input']>;
  year: Scalars['Int']['input'];
};

/** 项目运营 / How a project is run: self-run, leased or entrusted. */
export type ProjectOperation = Node & {
  __typename?: 'ProjectOperation';
  /** 约定年收益（元）/ Agreed annual return, yuan. */
  annualReturn?: Maybe<Scalars['Decimal']['output']>;
  /** 合同编号 / Contract number. */
  contractNo: Scalars['String']['output'];
  /** 合同签订日期 / Contract date. */
  contractOn?: Maybe<Scalars['Date']['output']>;
  /** 资产损毁 / Assets damaged. */
  damaged: Scalars['Boolean']['output'];
  /** 帮扶带动户数 / Households helped. */
  householdsAssisted: Scalars['Int']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 资产闲置 / Assets idle. */
  idle: Scalars['Boolean']['output'];
  /** 违约责任 / Liability for breach. */
  liabilityNote: Scalars['String']['output'];
  /** self_run 村集体自营 / leased 承包租赁 / entrusted 委托经营 */
  mode: Scalars['String']['output'];
  modeLabel: Scalars['String']['output'];
  /** 经营主体 / Who runs it. */
  operator: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** 经营目标（自营）/ Targets of a self-run project. */
  targets: Scalars['String']['output'];
  /** 经营期限止 / Term end. */
  termEnd?: Maybe<Scalars['Date']['output']>;
  /** 经营期限起 / Term start. */
  termStart?: Maybe<Scalars['Date']['output']>;
  updatedOn: Scalars['Date']['output'];
  /** 资产管护责任方 / Who keeps the assets. */
  upkeepParty: Scalars['String']['output'];
};

export type ProjectOperationPayload = {
  __typename?: 'ProjectOperationPayload';
  errors: Array<MutationError>;
  operation?: Maybe<ProjectOperation>;
};

export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  errors: Array<MutationError>;
  project?: Maybe<Project>;
};

/** 项目收益 / A period's return: expected by when, and received. */
export type ProjectReturn = Node & {
  __typename?: 'ProjectReturn';
  /** 约定到账日期 / Due date. */
  dueOn: Scalars['Date']['output'];
  /** 应收收益（元）/ Expected, yuan. */
  expected: Scalars['Decimal']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 收益期间（如 2024、2024-H1）/ Period. */
  period: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** 实收收益（元）/ Received, yuan. */
  received?: Maybe<Scalars['Decimal']['output']>;
  /** 到账日期 / Date received. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
};

export type ProjectReturnPayload = {
  __typename?: 'ProjectReturnPayload';
  errors: Array<MutationError>;
  projectReturn?: Maybe<ProjectReturn>;
};

/** 质量保证金 / A quality deposit, returned after its due date. */
export type QualityDeposit = Node & {
  __typename?: 'QualityDeposit';
  /** 金额（元）/ Yuan. */
  amount: Scalars['Decimal']['output'];
  /** 到期日 / Due date. */
  dueOn: Scalars['Date']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  /** 退付日期 / Date returned. */
  returnedOn?: Maybe<Scalars['Date']['output']>;
};

export type QualityDepositPayload = {
  __typename?: 'QualityDepositPayload';
  deposit?: Maybe<QualityDeposit>;
  errors: Array<MutationError>;
};

export type Query = {
  __typename?: 'Query';
  /** 自查互查一致率（低者在前）/ Agreement, lowest first. */
  agreement: Array<Agreement>;
  /** 评估凭证列表 / Evaluator tokens the viewer manages. */
  apiTokens: Array<ApiToken>;
  /** 申诉（可按状态筛选）/ Appeals of a cycle's findings. */
  appeals: Array<Appeal>;
  /** 乡镇审计日志（新到旧）/ A town's audit trail, newest first. */
  auditEntries: AuditEntryConnection;
  /** 通报（已发布的各版）/ The cycle's bulletins. */
  bulletins: Array<Bulletin>;
  /** 整改燃尽图 / The burn-down toward zero. */
  burnDown: Array<BurnDownDay>;
  /** 本县的评估细则 / The county's checklist templates. */
  checklistTemplates: Array<ChecklistTemplate>;
  /** 清零统计 / Clearance statistics. */
  clearance: Array<Clearance>;
  /** 省内扶贫协作资金（可按年度、协作方筛选）/ Collaboration funds. */
  collaborationFunds: CollaborationFundConnection;
  /** 当前用户所在的县 / The viewer's county. */
  county?: Maybe<County>;
  /** 全县乡镇排名 / Every town's latest cycle of a year, ranked. */
  countyComparison: Array<TownComparison>;
  /** 周期评分（最新快照）/ A cycle's scores, latest snapshot. */
  cycleScores?: Maybe<CycleScores>;
  /** 可见乡镇的评估周期 / Cycles of the towns you may see. */
  cycles: Array<Cycle>;
  /** 部门名单的明细；matched 为 true 仅列台账中现有其身份证号的行，false 仅列没有的；search 按姓名筛选 / A department list's rows; matched: whether the town's registry has their ID numbers now; search: part of the name. */
  departmentListEntries: DepartmentEntryConnection;
  /** 部门名单（低保、特困、临时救助、残疾人补贴、培训、公益岗位、小额信贷） / A town's department lists of a year. */
  departmentLists: Array<DepartmentList>;
  /** 互查与自查不一致 / Discrepancies, self vs cross. */
  discrepancies: DiscrepancyConnection;
  /** 抽签记录 / The draw record, everything to verify it. */
  draw?: Maybe<Draw>;
  /** 问题数 / Count of findings by state. */
  findingCount: Scalars['Int']['output'];
  /** 问题清单（可筛选）/ Findings with filters. */
  findings: FindingConnection;
  /** “五通十有”标准各项 / The items of the 五通十有 standard. */
  fiveTenItems: Array<FiveTenItem>;
  /** 农户得分 / A household's score in a cycle. */
  householdScore?: Maybe<HouseholdScore>;
  /** 户列表（按角色范围）/ Households within the viewer's scope. */
  households: HouseholdConnection;
  /** 重点村稳定退出情况：村集体收入超过 5 万元且“五通十有”达标 / Every key village's exit readiness for a year. */
  keyVillageReadiness: Array<VillageReadiness>;
  /** 整改台账（可筛选）/ The ledger, filtered. */
  ledger: LedgerItemConnection;
  /** 当前登录者；未登录为 null / The viewer, or null. */
  me?: Maybe<Viewer>;
  /** 我的核查任务（未完成在前）/ What I should visit next. */
  myAssignments: Array<Assignment>;
  /** 按全局 ID 取对象 / Fetch any object by its global ID. */
  node?: Maybe<Node>;
  /** 按全局 ID 批量取对象（最多 100 个）/ Fetch up to 100 objects. */
  nodes: Array<Maybe<Node>>;
  /** 我的通知（新到旧）/ The viewer's notifications, newest first. */
  notifications: NotificationConnection;
  /** 县的收入标准（按年度）/ The county's income lines by year. */
  povertyLines: Array<PovertyLine>;
  /** 项目问题：项目规则发现的问题（不属于任何农户）/ Findings about projects. */
  projectFindings: ProjectFindingConnection;
  /** 项目库（可按年度、村、状态筛选）/ The project library. */
  projectLibrary: LibraryEntryConnection;
  /** 产业扶贫项目（可按年度、村筛选）/ Projects, filtered. */
  projects: ProjectConnection;
  /** 群众满意度 / Satisfaction rates. */
  satisfaction: Array<Satisfaction>;
  /** 评分快照（新到旧）/ A cycle's snapshots, newest first. */
  scoreSnapshots: Array<ScoreSnapshotType>;
  /** 社会扶贫登记（可按类别、村、年度筛选）/ Social assistance. */
  socialAssistance: SocialAssistanceConnection;
  /** 建议纳入监测的一般农户（命中风险规则）/ Ordinary households that meet risk rules: the suggested list for monitoring. */
  suggestedForMonitoring: HouseholdConnection;
  /** 举一反三预览 / Preview a sweep from a finding. */
  sweepPreview: SweepPreview;
  /** 队伍的互查户清单 / The households a team re-checks. */
  teamHouseholds: SampledHouseholdConnection;
  /** 互查队伍 / The cycle's cross-check teams. */
  teams: Array<Team>;
  /** 可查看的乡镇 / Towns the viewer may read. */
  towns: TownConnection;
  /** 我的未读通知数 / How many of the viewer's notices are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** 复核抽签 / Recompute the draw and compare. */
  verifyDraw: DrawVerification;
  /** 村年度情况（可按村筛选）/ Village years of a town and year. */
  villageYears: Array<VillageYear>;
  /** 入户访谈表：按台账和上一周期预填 / The visit form, pre-filled. */
  visitDraft: VisitDraft;
  /** 周期内的入户访谈 / Visits of a cycle. */
  visits: VisitConnection;
};


export type QueryAgreementArgs = {
  by?: AgreementBy;
  cycleId: Scalars['ID']['input'];
};


export type QueryAppealsArgs = {
  cycleId: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  townId: Scalars['ID']['input'];
};


export type QueryBulletinsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryBurnDownArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryClearanceArgs = {
  by?: ClearanceBy;
  cycleId: Scalars['ID']['input'];
};


export type QueryCollaborationFundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partner?: InputMaybe<Scalars['String']['input']>;
  townId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountyComparisonArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCycleScoresArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryCyclesArgs = {
  state?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDepartmentListEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  listId: Scalars['ID']['input'];
  matched?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDepartmentListsArgs = {
  kind?: InputMaybe<DepartmentListKind>;
  townId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryDiscrepanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDrawArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryFindingCountArgs = {
  cycleId: Scalars['ID']['input'];
  state?: Scalars['String']['input'];
};


export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  checkpoint?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  severity?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHouseholdScoreArgs = {
  cycleId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
};


export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKeyVillageReadinessArgs = {
  townId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  filter?: InputMaybe<LedgerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyAssignmentsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryProjectFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectLibraryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  townId: Scalars['ID']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  townId: Scalars['ID']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySatisfactionArgs = {
  by?: SatisfactionBy;
  cycleId: Scalars['ID']['input'];
};


export type QueryScoreSnapshotsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QuerySocialAssistanceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<AssistanceKind>;
  townId: Scalars['ID']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuggestedForMonitoringArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  townId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySweepPreviewArgs = {
  findingId: Scalars['ID']['input'];
};


export type QueryTeamHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  teamId: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryTownsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyDrawArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryVillageYearsArgs = {
  townId: Scalars['ID']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryVisitDraftArgs = {
  cycleId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
};


export type QueryVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

/** 镇级季度现场检查 / An on-site check of an asset. */
export type RecordAssetCheckInput = {
  assetId: Scalars['ID']['input'];
  /** 检查日期（决定季度）/ Sets the quarter. */
  checkedOn: Scalars['Date']['input'];
  /** 检查情况 / Findings of the check. */
  note?: Scalars['String']['input'];
};

/** 记录程序步骤 / Record the next step. */
export type RecordStatusStepInput = {
  caseId: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  /** village_review / public_notice / town_approval */
  step: Scalars['String']['input'];
};

export type RemoveMemberInput = {
  memberId: Scalars['ID']['input'];
};

export type RequestAuditVerificationInput = {
  townIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type RequestAuditVerificationPayload = {
  __typename?: 'RequestAuditVerificationPayload';
  errors: Array<MutationError>;
  job?: Maybe<Job>;
};

export type RequestDeadlineCheckPayload = {
  __typename?: 'RequestDeadlineCheckPayload';
  errors: Array<MutationError>;
  job?: Maybe<Job>;
};

export type RequestScoringPayload = {
  __typename?: 'RequestScoringPayload';
  errors: Array<MutationError>;
  /** 评分任务 / The scoring run. */
  job?: Maybe<Job>;
};

/** 审核入户访谈 / Review a visit. */
export type ReviewVisitInput = {
  accept: Scalars['Boolean']['input'];
  comment?: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};

export type RevokeApiTokenInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  errors: Array<MutationError>;
};

/** 风险提示 / A suspected problem found from registry data. */
export type RiskFlag = {
  __typename?: 'RiskFlag';
  detail: Scalars['JSON']['output'];
  flag: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** 角色 / Role. */
export type Role =
  | 'AREA_CADRE'
  | 'COUNTY_OFFICIAL'
  | 'EVALUATOR'
  | 'HELPER'
  | 'OFFICE_DIRECTOR'
  | 'TOWN_ADMIN'
  | 'VILLAGE_CADRE';

export type RunPolicyRulesPayload = {
  __typename?: 'RunPolicyRulesPayload';
  /** 新发现的问题数 / Findings raised. */
  count: Scalars['Int']['output'];
  errors: Array<MutationError>;
};

export type RunProjectRulesPayload = {
  __typename?: 'RunProjectRulesPayload';
  /** 新发现的问题数 / Findings raised. */
  count: Scalars['Int']['output'];
  errors: Array<MutationError>;
};

export type RunVillageRulesPayload = {
  __typename?: 'RunVillageRulesPayload';
  /** 新发现的问题数 / Findings raised. */
  count: Scalars['Int']['output'];
  errors: Array<MutationError>;
};

/** 互查样本中的一户 / A household a team re-checks. */
export type SampledHousehold = {
  __typename?: 'SampledHousehold';
  area: Scalars['String']['output'];
  category: Scalars['String']['output'];
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** all / finding / risk / sampled */
  reason: Scalars['String']['output'];
  village: Scalars['String']['output'];
  /** 已提交互查 / Cross-check submitted. */
  visited: Scalars['Boolean']['output'];
};

/** Relay 连接 / A Relay connection. */
export type SampledHouseholdConnection = {
  __typename?: 'SampledHouseholdConnection';
  edges: Array<SampledHouseholdEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type SampledHouseholdEdge = {
  __typename?: 'SampledHouseholdEdge';
  cursor: Scalars['String']['output'];
  node: SampledHousehold;
};

/** 群众满意度 / Satisfaction of the households asked. */
export type Satisfaction = {
  __typename?: 'Satisfaction';
  /** 受访户数 / Households asked. */
  asked: Scalars['Int']['output'];
  /** 基本满意 */
  fairly: Scalars['Int']['output'];
  key: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 满意度（%）/ (满意+基本满意)÷受访户数 */
  rate?: Maybe<Scalars['Float']['output']>;
  /** 满意 */
  satisfied: Scalars['Int']['output'];
  /** 未答 */
  unanswered: Scalars['Int']['output'];
  /** 不满意 */
  unsatisfied: Scalars['Int']['output'];
};

/** 满意度统计口径 / Satisfaction grouping. */
export type SatisfactionBy =
  | 'AREA'
  | 'TOWN'
  | 'VILLAGE';

/** 总分及其构成 / A total explained by its sections and items. */
export type ScoreBreakdown = {
  __typename?: 'ScoreBreakdown';
  items: Array<ScorePart>;
  sections: Array<ScorePart>;
  total?: Maybe<Scalars['Float']['output']>;
  /** 失分最多的项目 / Top losses. */
  worstItems: Array<ScorePart>;
};

/** 评分层级 / The level a score is about. */
export type ScoreLevel =
  | 'AREA'
  | 'CADRE'
  | 'TOWN'
  | 'VILLAGE';

/** 得分构成 / A section or item on the total's 0–100 scale. */
export type ScorePart = {
  __typename?: 'ScorePart';
  /** 参评指标数 / Checkpoints assessed. */
  checkpoints: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  /** 失分 / Points lost. */
  lost: Scalars['Float']['output'];
  /** 满分 / Points it could earn. */
  maximum: Scalars['Float']['output'];
  /** 得分 / Points earned. */
  points: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

/** 评分快照 / One scoring run's results for a cycle. */
export type ScoreSnapshotType = Node & {
  __typename?: 'ScoreSnapshotType';
  /** 截止时的审计序号 / Audit entry at cut-off. */
  auditSeq: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 数据截止时间：此刻之前提交的数据均已计入 / Data committed before it. */
  dataCutoff: Scalars['DateTime']['output'];
  /** 评分户数 / Households scored. */
  households: Scalars['Int']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 评分方法版本 / The scoring method's version. */
  method: Scalars['String']['output'];
  /** 第几次评分 / 1, 2, … per cycle. */
  number: Scalars['Int']['output'];
  /** 乡镇总分（0–100）/ The town's total. */
  score?: Maybe<Scalars['Float']['output']>;
  /** 评估细则版本 */
  templateVersionId: Scalars['ID']['output'];
};

/** 年度收入（元）/ Income of one year, in yuan. */
export type SetIncomeInput = {
  evidence?: Scalars['String']['input'];
  householdId: Scalars['ID']['input'];
  production?: Scalars['Decimal']['input'];
  productionCosts?: Scalars['Decimal']['input'];
  property?: Scalars['Decimal']['input'];
  transfers?: Scalars['Decimal']['input'];
  wages?: Scalars['Decimal']['input'];
  year: Scalars['Int']['input'];
};

/** 住房与饮水 / Living conditions. */
export type SetLivingConditionsInput = {
  assessedBy?: Scalars['String']['input'];
  assessedOn?: InputMaybe<Scalars['Date']['input']>;
  householdId: Scalars['ID']['input'];
  housingGrade: Scalars['String']['input'];
  planDoneOn?: InputMaybe<Scalars['Date']['input']>;
  planDue?: InputMaybe<Scalars['Date']['input']>;
  repairPlan?: Scalars['String']['input'];
  sanitation?: Scalars['String']['input'];
  waterSafe?: Scalars['Boolean']['input'];
  waterSource?: Scalars['String']['input'];
};

/** 设置收入标准 / Set the county's income line for a year. */
export type SetPovertyLineInput = {
  line: Scalars['Decimal']['input'];
  margin?: Scalars['Decimal']['input'];
  year: Scalars['Int']['input'];
};

/** 项目资金 / Final account, surplus, allocation (replaces). */
export type SetProjectFundsInput = {
  /** 决算金额（元） */
  finalAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** 决算日期 */
  finalOn?: InputMaybe<Scalars['Date']['input']>;
  projectId: Scalars['ID']['input'];
  /** 资金分配公告日期 */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 结余资金（元） */
  surplusAmount?: Scalars['Decimal']['input'];
  /** 结余资金使用情况 */
  surplusUse?: Scalars['String']['input'];
};

/** 项目运营 / How a project is run (replaces what was recorded). */
export type SetProjectOperationInput = {
  /** 约定年收益（元）/ Yuan. */
  annualReturn?: InputMaybe<Scalars['Decimal']['input']>;
  /** 合同编号 / Contract number. */
  contractNo?: Scalars['String']['input'];
  contractOn?: InputMaybe<Scalars['Date']['input']>;
  /** 资产损毁 / Assets damaged. */
  damaged?: Scalars['Boolean']['input'];
  /** 帮扶带动户数 */
  householdsAssisted?: Scalars['Int']['input'];
  /** 资产闲置 / Assets idle. */
  idle?: Scalars['Boolean']['input'];
  /** 违约责任 */
  liabilityNote?: Scalars['String']['input'];
  /** self_run 村集体自营 / leased 承包租赁 / entrusted 委托经营 */
  mode: Scalars['String']['input'];
  /** 经营主体 / Who runs it. */
  operator?: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  /** 经营目标（自营必填） */
  targets?: Scalars['String']['input'];
  termEnd?: InputMaybe<Scalars['Date']['input']>;
  termStart?: InputMaybe<Scalars['Date']['input']>;
  /** 资产管护责任方 */
  upkeepParty?: Scalars['String']['input'];
};

/** 社会扶贫登记 / A social-assistance entry. */
export type SocialAssistance = Node & {
  __typename?: 'SocialAssistance';
  /** 金额（元，物资按价值）/ Yuan. */
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  givenOn: Scalars['Date']['output'];
  /** 捐助方或帮扶主体 / Donor or helper. */
  helper: Scalars['String']['output'];
  householdId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  kind: AssistanceKind;
  kindLabel: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  /** 成效 / Result. */
  result: Scalars['String']['output'];
  villageId?: Maybe<Scalars['ID']['output']>;
};

/** Relay 连接 / A Relay connection. */
export type SocialAssistanceConnection = {
  __typename?: 'SocialAssistanceConnection';
  edges: Array<SocialAssistanceEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type SocialAssistanceEdge = {
  __typename?: 'SocialAssistanceEdge';
  cursor: Scalars['String']['output'];
  node: SocialAssistance;
};

/** 社会扶贫登记 / A social-assistance entry. */
export type SocialAssistanceInput = {
  amount: Scalars['Decimal']['input'];
  givenOn: Scalars['Date']['input'];
  helper: Scalars['String']['input'];
  householdId?: InputMaybe<Scalars['ID']['input']>;
  kind: AssistanceKind;
  purpose?: Scalars['String']['input'];
  result?: Scalars['String']['input'];
  townId: Scalars['ID']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type SocialAssistancePayload = {
  __typename?: 'SocialAssistancePayload';
  entry?: Maybe<SocialAssistance>;
  errors: Array<MutationError>;
};

/** 户类别变更程序 / A category change by procedure. */
export type StatusCase = Node & {
  __typename?: 'StatusCase';
  fromCategory: HouseholdCategory;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  source: Scalars['String']['output'];
  sourceLabel: Scalars['String']['output'];
  state: Scalars['String']['output'];
  /** 已记录的步骤 / Steps recorded so far. */
  steps: Array<StatusStep>;
  toCategory: HouseholdCategory;
};

export type StatusCasePayload = {
  __typename?: 'StatusCasePayload';
  errors: Array<MutationError>;
  statusCase?: Maybe<StatusCase>;
};

/** 程序步骤 / A recorded step of a status procedure. */
export type StatusStep = {
  __typename?: 'StatusStep';
  actor: Scalars['String']['output'];
  at: Scalars['String']['output'];
  label: Scalars['String']['output'];
  note: Scalars['String']['output'];
  step: Scalars['String']['output'];
};

/** 提交入户访谈 / Submit a visit. */
export type SubmitVisitInput = {
  answers: Array<AnswerInput>;
  /** 客户端生成的 UUID；重试时不变 / Retry-safe id. */
  clientId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  visitedOn: Scalars['Date']['input'];
};

/** 举一反三的候选户 / A household the sweep would add. */
export type SweepCandidate = {
  __typename?: 'SweepCandidate';
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  ownerId?: Maybe<Scalars['ID']['output']>;
};

/** 举一反三预览 / What a sweep would create. */
export type SweepPreview = {
  __typename?: 'SweepPreview';
  candidates: Array<SweepCandidate>;
  checkpoint: Scalars['String']['output'];
  checkpointText: Scalars['String']['output'];
  findingId: Scalars['ID']['output'];
};

/** 互查队伍 / A cross-check team (one office). */
export type Team = Node & {
  __typename?: 'Team';
  /** 抽到的管理区 / Areas drawn. */
  areaNames: Array<Scalars['String']['output']>;
  /** 已提交承诺 / Has committed. */
  committed: Scalars['Boolean']['output'];
  directorId?: Maybe<Scalars['ID']['output']>;
  directorName: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  members: Array<TeamMember>;
  name: Scalars['String']['output'];
  officeId: Scalars['ID']['output'];
  /** 已揭示 / Has revealed. */
  revealed: Scalars['Boolean']['output'];
};

/** 队员 / A team member. */
export type TeamMember = {
  __typename?: 'TeamMember';
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type TeamsPayload = {
  __typename?: 'TeamsPayload';
  errors: Array<MutationError>;
  teams: Array<Team>;
};

/** 乡镇（租户）/ A town, the tenant. */
export type Town = Node & {
  __typename?: 'Town';
  /** 管理区 / Management areas. */
  areas: AreaConnection;
  code: Scalars['String']['output'];
  /** 所属县 / The county. */
  county?: Maybe<County>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 大办 / Offices. */
  offices: OfficeConnection;
  /** 村 / Villages. */
  villages: VillageConnection;
};


/** 乡镇（租户）/ A town, the tenant. */
export type TownAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 乡镇（租户）/ A town, the tenant. */
export type TownOfficesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 乡镇（租户）/ A town, the tenant. */
export type TownVillagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 乡镇排名的一行 / One town in the county comparison. */
export type TownComparison = {
  __typename?: 'TownComparison';
  /** 较上一周期变化 / Change since then. */
  change?: Maybe<Scalars['Float']['output']>;
  cycleId: Scalars['ID']['output'];
  cycleName: Scalars['String']['output'];
  dataCutoff?: Maybe<Scalars['DateTime']['output']>;
  /** 名次说明 / Why this rank. */
  explanation: Scalars['String']['output'];
  households: Scalars['Int']['output'];
  indicators: Array<IndicatorValue>;
  items: Array<ScorePart>;
  mockEvaluation: Array<IndicatorValue>;
  /** 上一周期得分 / Previous cycle. */
  previousScore?: Maybe<Scalars['Float']['output']>;
  /** 名次（同分同名次）/ Rank; ties share. */
  rank?: Maybe<Scalars['Int']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  /** 分项得分 / Sub-scores. */
  sections: Array<ScorePart>;
  townId: Scalars['ID']['output'];
  townName: Scalars['String']['output'];
};

/** Relay 连接 / A Relay connection. */
export type TownConnection = {
  __typename?: 'TownConnection';
  edges: Array<TownEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type TownEdge = {
  __typename?: 'TownEdge';
  cursor: Scalars['String']['output'];
  node: Town;
};

/** 修改省内扶贫协作资金登记（整表提交）/ Replace a collaboration fund, every field. */
export type UpdateCollaborationFundInput = {
  amount: Scalars['Decimal']['input'];
  /** 登记的全局 ID / The entry's id. */
  id: Scalars['ID']['input'];
  partner: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  results?: Scalars['String']['input'];
  usedOn?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};

/** 修改户信息（未填写的字段不变）/ Edit a household. */
export type UpdateHouseholdInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  assistanceMeasures?: InputMaybe<Array<Scalars['String']['input']>>;
  helperIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  liftedYear?: InputMaybe<Scalars['Int']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  povertyCauses?: InputMaybe<Array<Scalars['String']['input']>>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改社会扶贫登记（整表提交）/ Replace a social-assistance entry, every field. */
export type UpdateSocialAssistanceInput = {
  amount: Scalars['Decimal']['input'];
  givenOn: Scalars['Date']['input'];
  helper: Scalars['String']['input'];
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** 登记的全局 ID / The entry's id. */
  id: Scalars['ID']['input'];
  kind: AssistanceKind;
  purpose?: Scalars['String']['input'];
  result?: Scalars['String']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改村年度情况：只改所填的字段与所列的“五通十有”项 / Correct a village's year: only the fields given and the items listed change. */
export type UpdateVillageYearInput = {
  /** 村集体年收入（元），不填则不变 / Yuan; unchanged if null. */
  collectiveIncome?: InputMaybe<Scalars['Decimal']['input']>;
  /** 村年度情况的全局 ID / The year's id. */
  id: Scalars['ID']['input'];
  /** 要改的项；未列出的项不变 / Unlisted items keep. */
  items?: Array<FiveTenItemInput>;
  /** 备注，不填则不变 / Unchanged if null. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 当前登录者 / The signed-in viewer. */
export type Viewer = Node & {
  __typename?: 'Viewer';
  displayName: Scalars['String']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** user 或 token */
  kind: Scalars['String']['output'];
  /** 角色 / Memberships. */
  memberships: Array<Membership>;
  /** 可执行的操作 / What the viewer may do, per domain. */
  permissions: Array<Permission>;
  readOnly: Scalars['Boolean']['output'];
};

/** 村 / A village. */
export type Village = Node & {
  __typename?: 'Village';
  /** 所属管理区 / The area. */
  area?: Maybe<Area>;
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** 是否重点村 / Key village. */
  isKeyVillage: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** 所属乡镇 / The town. */
  town?: Maybe<Town>;
};

/** Relay 连接 / A Relay connection. */
export type VillageConnection = {
  __typename?: 'VillageConnection';
  edges: Array<VillageEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 连接中的一条边 / An edge in a connection. */
export type VillageEdge = {
  __typename?: 'VillageEdge';
  cursor: Scalars['String']['output'];
  node: Village;
};

/** 重点村稳定退出情况（计算得出，不存储）/ A key village's exit readiness. */
export type VillageReadiness = {
  __typename?: 'VillageReadiness';
  /** 村集体年收入（元） */
  collectiveIncome?: Maybe<Scalars['Decimal']['output']>;
  /** 是否已填报当年情况 / Year entered. */
  entered: Scalars['Boolean']['output'];
  /** “五通十有”全部达标 / All items met. */
  facilitiesOk: Scalars['Boolean']['output'];
  /** 村集体年收入超过 5 万元 / Above 50,000. */
  incomeOk: Scalars['Boolean']['output'];
  /** 未达标的“五通十有”项 / Items not met. */
  missing: Array<Scalars['String']['output']>;
  /** 符合稳定退出条件 / Both conditions hold. */
  ready: Scalars['Boolean']['output'];
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** 村年度情况：村集体收入与“五通十有” / A village's year. */
export type VillageYear = Node & {
  __typename?: 'VillageYear';
  /** 村集体年收入（元）/ Yuan. */
  collectiveIncome: Scalars['Decimal']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  /** “五通十有”各项 / Every item. */
  items: Array<FiveTenItem>;
  note: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  villageId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** 村年度情况（整表提交）/ A village's year, every field. */
export type VillageYearInput = {
  /** 村集体年收入（元）/ Yuan. */
  collectiveIncome: Scalars['Decimal']['input'];
  /** 未列出的项按未达标处理 / Unlisted items are not met. */
  items?: Array<FiveTenItemInput>;
  note?: Scalars['String']['input'];
  villageId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type VillageYearPayload = {
  __typename?: 'VillageYearPayload';
  errors: Array<MutationError>;
  villageYear?: Maybe<VillageYear>;
};

/** 入户访谈 / A household visit. */
export type Visit = Node & {
  __typename?: 'Visit';
  /** 户主姓名 / The head of the household. */
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** 全局 ID / Global object ID. */
  id: Scalars['ID']['output'];
  reviewComment: Scalars['String']['output'];
  stage: Scalars['String']['output'];
  /** submitted / returned / accepted */
  state: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** 每次提交及其答案（含退回前的版本）/ Every version. */
  versions: Array<VisitVersion>;
};

/** Relay 连接 / A Relay connection. */
export type VisitConnection = {
  __typename?: 'VisitConnection';
  edges: Array<VisitEdge>;
  pageInfo: PageInfo;
  /** 总数 / Count of all items. */
  totalCount: Scalars['Int']['output'];
};

/** 入户访谈表（已预填）/ The visit form, pre-filled. */
export type VisitDraft = {
  __typename?: 'VisitDraft';
  answers: Array<DraftAnswer>;
  category: Scalars['String']['output'];
  /** 台账数据 / What the registry says. */
  facts: Scalars['JSON']['output'];
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** 本周期已有的访谈 / This cycle's visit. */
  visit?: Maybe<Visit>;
};

/** 连接中的一条边 / An edge in a connection. */
export type VisitEdge = {
  __typename?: 'VisitEdge';
  cursor: Scalars['String']['output'];
  node: Visit;
};

export type VisitPayload = {
  __typename?: 'VisitPayload';
  errors: Array<MutationError>;
  visit?: Maybe<Visit>;
};

/** 入户访谈的一次提交 / One submitted version of a visit. */
export type VisitVersion = {
  __typename?: 'VisitVersion';
  answers: Array<Answer>;
  note: Scalars['String']['output'];
  reviewComment: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  visitedOn: Scalars['Date']['output'];
};

/** 阶段时间窗（含首尾日期）/ Stage windows, dates inclusive. */
export type WindowsInput = {
  crossEnd: Scalars['Date']['input'];
  crossStart: Scalars['Date']['input'];
  rectEnd: Scalars['Date']['input'];
  rectStart: Scalars['Date']['input'];
  selfEnd: Scalars['Date']['input'];
  selfStart: Scalars['Date']['input'];
};

export type PollJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PollJobQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Appeal' } | { __typename?: 'Area' } | { __typename?: 'Asset' } | { __typename?: 'AssetCheck' } | { __typename?: 'Assignment' } | { __typename?: 'AuditEntry' } | { __typename?: 'Bulletin' } | { __typename?: 'ChecklistTemplate' } | { __typename?: 'ChecklistVersion' } | { __typename?: 'CollaborationFund' } | { __typename?: 'County' } | { __typename?: 'Cycle' } | { __typename?: 'CycleAttachment' } | { __typename?: 'DepartmentEntry' } | { __typename?: 'DepartmentList' } | { __typename?: 'DistributionPlan' } | { __typename?: 'Finding' } | { __typename?: 'FundDisbursement' } | { __typename?: 'Household' } | { __typename?: 'Job', id: string, kind: string, status: string, progress: number, total: number, result?: unknown | null, error?: string | null, finishedAt?: string | null } | { __typename?: 'LedgerItem' } | { __typename?: 'LibraryEntry' } | { __typename?: 'Member' } | { __typename?: 'Notification' } | { __typename?: 'Office' } | { __typename?: 'Project' } | { __typename?: 'ProjectAdjustment' } | { __typename?: 'ProjectFinding' } | { __typename?: 'ProjectFunds' } | { __typename?: 'ProjectOperation' } | { __typename?: 'ProjectReturn' } | { __typename?: 'QualityDeposit' } | { __typename?: 'ScoreSnapshotType' } | { __typename?: 'SocialAssistance' } | { __typename?: 'StatusCase' } | { __typename?: 'Team' } | { __typename?: 'Town' } | { __typename?: 'Viewer' } | { __typename?: 'Village' } | { __typename?: 'VillageYear' } | { __typename?: 'Visit' } | null };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', viewer?: { __typename?: 'Viewer', id: string, displayName: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', logout: { __typename?: 'OkPayload', ok: boolean, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, kind: string, displayName: string, readOnly: boolean, memberships: Array<{ __typename?: 'Membership', role: Role, roleLabel: string, town?: { __typename?: 'Town', id: string, name: string } | null, area?: { __typename?: 'Area', id: string, name: string } | null, village?: { __typename?: 'Village', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }>, permissions: Array<{ __typename?: 'Permission', domain: string, resource: string, action: string }> } | null };

export type UploadCrossEvidenceMutationVariables = Exact<{
  townId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  kind: Scalars['String']['input'];
}>;


export type UploadCrossEvidenceMutation = { __typename?: 'Mutation', uploadEvidence: { __typename?: 'EvidencePayload', file?: { __typename?: 'EvidenceFileType', key: string, kind: string, filename: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type UploadLedgerEvidenceMutationVariables = Exact<{
  townId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  kind: Scalars['String']['input'];
}>;


export type UploadLedgerEvidenceMutation = { __typename?: 'Mutation', uploadEvidence: { __typename?: 'EvidencePayload', file?: { __typename?: 'EvidenceFileType', key: string, kind: string, filename: string, size: number } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type RevealIdNumberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevealIdNumberQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Appeal' } | { __typename?: 'Area' } | { __typename?: 'Asset' } | { __typename?: 'AssetCheck' } | { __typename?: 'Assignment' } | { __typename?: 'AuditEntry' } | { __typename?: 'Bulletin' } | { __typename?: 'ChecklistTemplate' } | { __typename?: 'ChecklistVersion' } | { __typename?: 'CollaborationFund' } | { __typename?: 'County' } | { __typename?: 'Cycle' } | { __typename?: 'CycleAttachment' } | { __typename?: 'DepartmentEntry' } | { __typename?: 'DepartmentList' } | { __typename?: 'DistributionPlan' } | { __typename?: 'Finding' } | { __typename?: 'FundDisbursement' } | { __typename?: 'Household' } | { __typename?: 'Job' } | { __typename?: 'LedgerItem' } | { __typename?: 'LibraryEntry' } | { __typename?: 'Member', id: string, idNumberFull: string } | { __typename?: 'Notification' } | { __typename?: 'Office' } | { __typename?: 'Project' } | { __typename?: 'ProjectAdjustment' } | { __typename?: 'ProjectFinding' } | { __typename?: 'ProjectFunds' } | { __typename?: 'ProjectOperation' } | { __typename?: 'ProjectReturn' } | { __typename?: 'QualityDeposit' } | { __typename?: 'ScoreSnapshotType' } | { __typename?: 'SocialAssistance' } | { __typename?: 'StatusCase' } | { __typename?: 'Team' } | { __typename?: 'Town' } | { __typename?: 'Viewer' } | { __typename?: 'Village' } | { __typename?: 'VillageYear' } | { __typename?: 'Visit' } | null };

export type RevealPhoneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevealPhoneQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Appeal' } | { __typename?: 'Area' } | { __typename?: 'Asset' } | { __typename?: 'AssetCheck' } | { __typename?: 'Assignment' } | { __typename?: 'AuditEntry' } | { __typename?: 'Bulletin' } | { __typename?: 'ChecklistTemplate' } | { __typename?: 'ChecklistVersion' } | { __typename?: 'CollaborationFund' } | { __typename?: 'County' } | { __typename?: 'Cycle' } | { __typename?: 'CycleAttachment' } | { __typename?: 'DepartmentEntry' } | { __typename?: 'DepartmentList' } | { __typename?: 'DistributionPlan' } | { __typename?: 'Finding' } | { __typename?: 'FundDisbursement' } | { __typename?: 'Household', id: string, phoneFull?: string | null } | { __typename?: 'Job' } | { __typename?: 'LedgerItem' } | { __typename?: 'LibraryEntry' } | { __typename?: 'Member' } | { __typename?: 'Notification' } | { __typename?: 'Office' } | { __typename?: 'Project' } | { __typename?: 'ProjectAdjustment' } | { __typename?: 'ProjectFinding' } | { __typename?: 'ProjectFunds' } | { __typename?: 'ProjectOperation' } | { __typename?: 'ProjectReturn' } | { __typename?: 'QualityDeposit' } | { __typename?: 'ScoreSnapshotType' } | { __typename?: 'SocialAssistance' } | { __typename?: 'StatusCase' } | { __typename?: 'Team' } | { __typename?: 'Town' } | { __typename?: 'Viewer' } | { __typename?: 'Village' } | { __typename?: 'VillageYear' } | { __typename?: 'Visit' } | null };

export type VisitActiveCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitActiveCyclesQuery = { __typename?: 'Query', cycles: Array<{ __typename?: 'Cycle', id: string, name: string, versionId: string, selfStart: string, selfEnd: string }> };

export type VisitChecklistOutlineQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitChecklistOutlineQuery = { __typename?: 'Query', checklistTemplates: Array<{ __typename?: 'ChecklistTemplate', id: string, versions: Array<{ __typename?: 'ChecklistVersion', id: string, sections: Array<{ __typename?: 'ChecklistSection', code: string, title: string, items: Array<{ __typename?: 'ChecklistItem', code: string, title: string, checkpoints: Array<{ __typename?: 'Checkpoint', code: string }> }> }> }> }> };

export type VisitDraftFormQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
}>;


export type VisitDraftFormQuery = { __typename?: 'Query', visitDraft: { __typename?: 'VisitDraft', householdId: string, headName: string, category: string, visit?: { __typename?: 'Visit', id: string, state: string, version: number, submittedAt: string, reviewComment: string, versions: Array<{ __typename?: 'VisitVersion', version: number, visitedOn: string, submittedAt: string, note: string, reviewComment: string, answers: Array<{ __typename?: 'Answer', checkpoint: string, value?: unknown | null, note: string, evidence: Array<string>, fixedOnSpot: boolean }> }> } | null, answers: Array<{ __typename?: 'DraftAnswer', value?: unknown | null, note: string, evidence: Array<string>, fixedOnSpot: boolean, source: string, registryVerdict?: boolean | null, checkpoint: { __typename?: 'Checkpoint', code: string, text: string, answerType: string, required: boolean, choices: Array<string>, unit: string, guidance: string, evidencePhotos: number, evidenceDocuments: number, evidenceNote: string } }> } };

export type SubmitVisitFromOutboxMutationVariables = Exact<{
  input: SubmitVisitInput;
}>;


export type SubmitVisitFromOutboxMutation = { __typename?: 'Mutation', submitVisit: { __typename?: 'VisitPayload', visit?: { __typename?: 'Visit', id: string, state: string, version: number, householdId: string, reviewComment: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type UploadVisitEvidenceMutationVariables = Exact<{
  townId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  kind: Scalars['String']['input'];
}>;


export type UploadVisitEvidenceMutation = { __typename?: 'Mutation', uploadEvidence: { __typename?: 'EvidencePayload', file?: { __typename?: 'EvidenceFileType', key: string, kind: string, filename: string, size: number } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type ReviewVisitDecisionMutationVariables = Exact<{
  input: ReviewVisitInput;
}>;


export type ReviewVisitDecisionMutation = { __typename?: 'Mutation', reviewVisit: { __typename?: 'VisitPayload', visit?: { __typename?: 'Visit', id: string, state: string, version: number, reviewComment: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type CycleVisitsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CycleVisitsQuery = { __typename?: 'Query', visits: { __typename?: 'VisitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'VisitEdge', node: { __typename?: 'Visit', id: string, householdId: string, headName: string, state: string, version: number, submittedAt: string, reviewComment: string } }> } };

export type VisitMyAssignmentsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type VisitMyAssignmentsQuery = { __typename?: 'Query', myAssignments: Array<{ __typename?: 'Assignment', id: string, subject: string, householdId?: string | null, headName?: string | null, basis: string, done: boolean }> };

export type CompleteDrawMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  fallback?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompleteDrawMutation = { __typename?: 'Mutation', completeDraw: { __typename?: 'DrawPayload', state?: string | null, seed?: string | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type CrossAgreementQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  by: AgreementBy;
}>;


export type CrossAgreementQuery = { __typename?: 'Query', agreement: Array<{ __typename?: 'Agreement', key?: string | null, name: string, pairs: number, percent?: number | null, kappa?: number | null }> };

export type CrossBulletinsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type CrossBulletinsQuery = { __typename?: 'Query', bulletins: Array<{ __typename?: 'Bulletin', id: string, version: number, title: string, generatedAt: string, dataCutoff: string, publishedAt?: string | null, summary: unknown, htmlUrl: string, xlsxUrl: string }> };

export type GenerateBulletinMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type GenerateBulletinMutation = { __typename?: 'Mutation', generateBulletin: { __typename?: 'BulletinPayload', bulletin?: { __typename?: 'Bulletin', id: string, version: number } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type PublishBulletinMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishBulletinMutation = { __typename?: 'Mutation', publishBulletin: { __typename?: 'BulletinPayload', bulletin?: { __typename?: 'Bulletin', id: string, publishedAt?: string | null } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type CrossVisitDraftQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
}>;


export type CrossVisitDraftQuery = { __typename?: 'Query', visitDraft: { __typename?: 'VisitDraft', householdId: string, headName: string, category: string, answers: Array<{ __typename?: 'DraftAnswer', value?: unknown | null, source: string, registryVerdict?: boolean | null, checkpoint: { __typename?: 'Checkpoint', code: string, text: string, target: string, answerType: string, required: boolean, choices: Array<string>, unit: string, guidance: string, evidencePhotos: number, evidenceDocuments: number } }> } };

export type SubmitCrossVisitMutationVariables = Exact<{
  input: SubmitVisitInput;
}>;


export type SubmitCrossVisitMutation = { __typename?: 'Mutation', submitCrossVisit: { __typename?: 'VisitPayload', visit?: { __typename?: 'Visit', id: string, version: number, submittedAt: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type CrossCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossCyclesQuery = { __typename?: 'Query', cycles: Array<{ __typename?: 'Cycle', id: string, name: string, crossStart: string, crossEnd: string }> };

export type CommitDrawMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  commitment: Scalars['String']['input'];
}>;


export type CommitDrawMutation = { __typename?: 'Mutation', commitDraw: { __typename?: 'DrawPayload', state?: string | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type RevealDrawMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  secret: Scalars['String']['input'];
}>;


export type RevealDrawMutation = { __typename?: 'Mutation', revealDraw: { __typename?: 'DrawPayload', state?: string | null, seed?: string | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type CrossDiscrepanciesQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrossDiscrepanciesQuery = { __typename?: 'Query', discrepancies: { __typename?: 'DiscrepancyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DiscrepancyEdge', node: { __typename?: 'Discrepancy', findingId: string, householdId: string, headName: string, checkpoint: string, severity: string, selfValue?: unknown | null, crossValue?: unknown | null, selfCadre: string, crossCadre: string } }> } };

export type VerifyDrawQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type VerifyDrawQuery = { __typename?: 'Query', verifyDraw: { __typename?: 'DrawVerification', matches: boolean, seed: string, algorithm: string, differences: Array<string> } };

export type TeamHouseholdsQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamHouseholdsQuery = { __typename?: 'Query', teamHouseholds: { __typename?: 'SampledHouseholdConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SampledHouseholdEdge', node: { __typename?: 'SampledHousehold', householdId: string, headName: string, area: string, village: string, category: string, reason: string, visited: boolean } }> } };

export type CrossDrawQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type CrossDrawQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string, directorId?: string | null, directorName: string, committed: boolean, revealed: boolean, areaNames: Array<string>, members: Array<{ __typename?: 'TeamMember', userId: string, name: string }> }>, draw?: { __typename?: 'Draw', cycleId: string, state: string, commitDeadline: string, revealDeadline: string, avoidPrevious: boolean, sampleRates: unknown, algorithm: string, inputs?: unknown | null, seed: string, seedText?: string | null, fallback?: string | null, result?: unknown | null, drawnAt?: string | null, commitments: Array<{ __typename?: 'DrawCommitment', teamId: string, commitment: string, committedAt: string, secret?: string | null, revealedAt?: string | null }> } | null };

export type DashboardRequestCountyScoringMutationVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type DashboardRequestCountyScoringMutation = { __typename?: 'Mutation', requestCountyScoring: { __typename?: 'RequestScoringPayload', job?: { __typename?: 'Job', id: string, status: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type DashboardRequestScoringMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type DashboardRequestScoringMutation = { __typename?: 'Mutation', requestScoring: { __typename?: 'RequestScoringPayload', job?: { __typename?: 'Job', id: string, status: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type CycleScoresQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type CycleScoresQuery = { __typename?: 'Query', cycleScores?: { __typename?: 'CycleScores', snapshot: { __typename?: 'ScoreSnapshotType', id: string, number: number, score?: number | null, households: number, dataCutoff: string, createdAt: string }, breakdown: { __typename?: 'ScoreBreakdown', total?: number | null, sections: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }>, items: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }> }, indicators: Array<{ __typename?: 'IndicatorValue', code: string, label: string, description: string, unit: string, higherIsBetter: boolean, numerator: number, denominator: number, value?: number | null, low?: number | null, high?: number | null }>, mockEvaluation: Array<{ __typename?: 'IndicatorValue', code: string, label: string, description: string, unit: string, higherIsBetter: boolean, numerator: number, denominator: number, value?: number | null, low?: number | null, high?: number | null }>, areas: Array<{ __typename?: 'GroupScore', subjectId: string, name: string, households: number, score?: number | null }>, villages: Array<{ __typename?: 'GroupScore', subjectId: string, name: string, households: number, score?: number | null }>, cadres: Array<{ __typename?: 'GroupScore', subjectId: string, name: string, households: number, score?: number | null }> } | null, scoreSnapshots: Array<{ __typename?: 'ScoreSnapshotType', id: string, number: number, score?: number | null, households: number, createdAt: string }> };

export type ScoreGroupDetailQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  level: ScoreLevel;
  subjectId: Scalars['ID']['input'];
}>;


export type ScoreGroupDetailQuery = { __typename?: 'Query', cycleScores?: { __typename?: 'CycleScores', snapshot: { __typename?: 'ScoreSnapshotType', id: string }, group: { __typename?: 'GroupDetail', score?: number | null, breakdown: { __typename?: 'ScoreBreakdown', total?: number | null, sections: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }>, items: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }> }, indicators: Array<{ __typename?: 'IndicatorValue', code: string, label: string, description: string, unit: string, higherIsBetter: boolean, numerator: number, denominator: number, value?: number | null, low?: number | null, high?: number | null }> } } | null };

export type DashboardTownAreasQueryVariables = Exact<{
  townId: Scalars['ID']['input'];
}>;


export type DashboardTownAreasQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Appeal' } | { __typename?: 'Area' } | { __typename?: 'Asset' } | { __typename?: 'AssetCheck' } | { __typename?: 'Assignment' } | { __typename?: 'AuditEntry' } | { __typename?: 'Bulletin' } | { __typename?: 'ChecklistTemplate' } | { __typename?: 'ChecklistVersion' } | { __typename?: 'CollaborationFund' } | { __typename?: 'County' } | { __typename?: 'Cycle' } | { __typename?: 'CycleAttachment' } | { __typename?: 'DepartmentEntry' } | { __typename?: 'DepartmentList' } | { __typename?: 'DistributionPlan' } | { __typename?: 'Finding' } | { __typename?: 'FundDisbursement' } | { __typename?: 'Household' } | { __typename?: 'Job' } | { __typename?: 'LedgerItem' } | { __typename?: 'LibraryEntry' } | { __typename?: 'Member' } | { __typename?: 'Notification' } | { __typename?: 'Office' } | { __typename?: 'Project' } | { __typename?: 'ProjectAdjustment' } | { __typename?: 'ProjectFinding' } | { __typename?: 'ProjectFunds' } | { __typename?: 'ProjectOperation' } | { __typename?: 'ProjectReturn' } | { __typename?: 'QualityDeposit' } | { __typename?: 'ScoreSnapshotType' } | { __typename?: 'SocialAssistance' } | { __typename?: 'StatusCase' } | { __typename?: 'Team' } | { __typename?: 'Town', id: string, name: string, areas: { __typename?: 'AreaConnection', edges: Array<{ __typename?: 'AreaEdge', node: { __typename?: 'Area', id: string, name: string, villages: { __typename?: 'VillageConnection', edges: Array<{ __typename?: 'VillageEdge', node: { __typename?: 'Village', id: string } }> } } }> } } | { __typename?: 'Viewer' } | { __typename?: 'Village' } | { __typename?: 'VillageYear' } | { __typename?: 'Visit' } | null };

export type DashboardScorePartFragment = { __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number };

export type DashboardIndicatorFragment = { __typename?: 'IndicatorValue', code: string, label: string, description: string, unit: string, higherIsBetter: boolean, numerator: number, denominator: number, value?: number | null, low?: number | null, high?: number | null };

export type DashboardBreakdownFragment = { __typename?: 'ScoreBreakdown', total?: number | null, sections: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }>, items: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }> };

export type DashboardGroupScoreFragment = { __typename?: 'GroupScore', subjectId: string, name: string, households: number, score?: number | null };

export type CountyComparisonQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CountyComparisonQuery = { __typename?: 'Query', countyComparison: Array<{ __typename?: 'TownComparison', rank?: number | null, townId: string, townName: string, cycleId: string, cycleName: string, score?: number | null, previousScore?: number | null, change?: number | null, households: number, dataCutoff?: string | null, explanation: string, sections: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }>, items: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number, lost: number, checkpoints: number }>, indicators: Array<{ __typename?: 'IndicatorValue', code: string, label: string, description: string, unit: string, higherIsBetter: boolean, numerator: number, denominator: number, value?: number | null, low?: number | null, high?: number | null }>, mockEvaluation: Array<{ __typename?: 'IndicatorValue', code: string, label: string, description: string, unit: string, higherIsBetter: boolean, numerator: number, denominator: number, value?: number | null, low?: number | null, high?: number | null }> }> };

export type EvaluatorFindingsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluatorFindingsQuery = { __typename?: 'Query', findings: { __typename?: 'FindingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FindingEdge', node: { __typename?: 'Finding', id: string, checkpoint: string, severity: string, source: string, description: string, state: string, createdAt: string } }> } };

export type EvaluatorHouseholdsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilterInput>;
}>;


export type EvaluatorHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HouseholdEdge', node: { __typename?: 'Household', id: string, headName: string, category: HouseholdCategory, categoryLabel: string, phone?: string | null, village?: { __typename?: 'Village', id: string, name: string } | null, riskFlags: Array<{ __typename?: 'RiskFlag', flag: string, label: string }>, members: Array<{ __typename?: 'Member', id: string, name: string, relationLabel: string, idNumber: string, age: number }> } }> } };

export type EvaluatorCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluatorCyclesQuery = { __typename?: 'Query', cycles: Array<{ __typename?: 'Cycle', id: string, name: string, year: number, state: string }> };

export type EvaluatorScoresQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type EvaluatorScoresQuery = { __typename?: 'Query', cycleScores?: { __typename?: 'CycleScores', snapshot: { __typename?: 'ScoreSnapshotType', id: string, number: number, households: number, score?: number | null, dataCutoff: string }, breakdown: { __typename?: 'ScoreBreakdown', total?: number | null, sections: Array<{ __typename?: 'ScorePart', code: string, title: string, points: number, maximum: number }> }, groups: Array<{ __typename?: 'GroupScore', subjectId: string, name: string, households: number, score?: number | null }> } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { __typename?: 'Query', unreadNotificationCount: number, cycles: Array<{ __typename?: 'Cycle', id: string, name: string, year: number, state: string, selfStart: string, selfEnd: string, crossStart: string, crossEnd: string, rectStart: string, rectEnd: string }> };

export type HomeOpenFindingsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type HomeOpenFindingsQuery = { __typename?: 'Query', findingCount: number };

export type HomeClearanceQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type HomeClearanceQuery = { __typename?: 'Query', clearance: Array<{ __typename?: 'Clearance', name: string, open: number, overdue: number, cleared: boolean }> };

export type HomeAssignmentsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type HomeAssignmentsQuery = { __typename?: 'Query', myAssignments: Array<{ __typename?: 'Assignment', id: string, done: boolean }> };

export type FileLedgerAppealMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  evidence?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type FileLedgerAppealMutation = { __typename?: 'Mutation', fileAppeal: { __typename?: 'AppealPayload', appeal?: { __typename?: 'Appeal', id: string, state: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type LedgerAppealsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerAppealsQuery = { __typename?: 'Query', appeals: Array<{ __typename?: 'Appeal', id: string, findingId: string, reason: string, evidence: Array<string>, state: string, decisionReason: string, decidedAt?: string | null, createdAt: string }> };

export type LedgerBurnDownQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type LedgerBurnDownQuery = { __typename?: 'Query', burnDown: Array<{ __typename?: 'BurnDownDay', day: string, open?: number | null, ideal: number }> };

export type LedgerClearanceQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  by: ClearanceBy;
}>;


export type LedgerClearanceQuery = { __typename?: 'Query', clearance: Array<{ __typename?: 'Clearance', name: string, total: number, open: number, overdue: number, signedOff: number, onTime: number, onTimeRate?: number | null, cleared: boolean }> };

export type DecideLedgerAppealMutationVariables = Exact<{
  appealId: Scalars['ID']['input'];
  withdraw: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type DecideLedgerAppealMutation = { __typename?: 'Mutation', decideAppeal: { __typename?: 'AppealPayload', appeal?: { __typename?: 'Appeal', id: string, state: string, decisionReason: string, decidedAt?: string | null } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type LedgerInboxQueryVariables = Exact<{
  unreadOnly: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerInboxQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: string, message: string, itemId?: string | null, createdAt: string, read: boolean } }> } };

export type MarkLedgerNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkLedgerNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', unreadCount: number, notifications: Array<{ __typename?: 'Notification', id: string, read: boolean, readAt?: string | null }>, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type ListCycleFindingsMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ListCycleFindingsMutation = { __typename?: 'Mutation', listCycleFindings: { __typename?: 'LedgerItemsPayload', count: number, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type MoveLedgerItemMutationVariables = Exact<{
  input: MoveLedgerItemInput;
}>;


export type MoveLedgerItemMutation = { __typename?: 'Mutation', moveLedgerItem: { __typename?: 'LedgerItemPayload', item?: { __typename?: 'LedgerItem', id: string, cycleId: string, findingId: string, householdId?: string | null, areaId?: string | null, checkpoint: string, problem: string, measures: string, ownerId: string, ownerName: string, headName: string, deadline: string, severity: string, state: string, stateLabel: string, flag: string, overdue: boolean, evidence: Array<string>, resultNote: string, effectiveness: string, reopened: number, createdAt: string, submittedAt?: string | null, signedOffAt?: string | null, transitions: Array<{ __typename?: 'LedgerTransition', fromState: string, toState: string, actorId?: string | null, reason: string, evidence: Array<string>, at: string }> } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type LedgerSweepPreviewQueryVariables = Exact<{
  findingId: Scalars['ID']['input'];
}>;


export type LedgerSweepPreviewQuery = { __typename?: 'Query', sweepPreview: { __typename?: 'SweepPreview', findingId: string, checkpoint: string, checkpointText: string, candidates: Array<{ __typename?: 'SweepCandidate', householdId: string, headName: string, ownerId?: string | null }> } };

export type ApplyLedgerSweepMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  deadline: Scalars['Date']['input'];
}>;


export type ApplyLedgerSweepMutation = { __typename?: 'Mutation', applySweep: { __typename?: 'LedgerItemsPayload', count: number, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type LedgerItemFieldsFragment = { __typename?: 'LedgerItem', id: string, cycleId: string, findingId: string, householdId?: string | null, areaId?: string | null, checkpoint: string, problem: string, measures: string, ownerId: string, ownerName: string, headName: string, deadline: string, severity: string, state: string, stateLabel: string, flag: string, overdue: boolean, evidence: Array<string>, resultNote: string, effectiveness: string, reopened: number, createdAt: string, submittedAt?: string | null, signedOffAt?: string | null };

export type LedgerCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerCyclesQuery = { __typename?: 'Query', cycles: Array<{ __typename?: 'Cycle', id: string, name: string, year: number, state: string, rectStart: string, rectEnd: string }> };

export type LedgerFilterOptionsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type LedgerFilterOptionsQuery = { __typename?: 'Query', towns: { __typename?: 'TownConnection', edges: Array<{ __typename?: 'TownEdge', node: { __typename?: 'Town', id: string, name: string, areas: { __typename?: 'AreaConnection', edges: Array<{ __typename?: 'AreaEdge', node: { __typename?: 'Area', id: string, name: string } }> } } }> }, ledger: { __typename?: 'LedgerItemConnection', edges: Array<{ __typename?: 'LedgerItemEdge', node: { __typename?: 'LedgerItem', id: string, ownerId: string, ownerName: string } }> } };

export type LedgerItemDetailFragment = { __typename?: 'LedgerItem', id: string, cycleId: string, findingId: string, householdId?: string | null, areaId?: string | null, checkpoint: string, problem: string, measures: string, ownerId: string, ownerName: string, headName: string, deadline: string, severity: string, state: string, stateLabel: string, flag: string, overdue: boolean, evidence: Array<string>, resultNote: string, effectiveness: string, reopened: number, createdAt: string, submittedAt?: string | null, signedOffAt?: string | null, transitions: Array<{ __typename?: 'LedgerTransition', fromState: string, toState: string, actorId?: string | null, reason: string, evidence: Array<string>, at: string }> };

export type LedgerItemSearchQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerItemSearchQuery = { __typename?: 'Query', ledger: { __typename?: 'LedgerItemConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LedgerItemEdge', node: { __typename?: 'LedgerItem', id: string, cycleId: string, findingId: string, householdId?: string | null, areaId?: string | null, checkpoint: string, problem: string, measures: string, ownerId: string, ownerName: string, headName: string, deadline: string, severity: string, state: string, stateLabel: string, flag: string, overdue: boolean, evidence: Array<string>, resultNote: string, effectiveness: string, reopened: number, createdAt: string, submittedAt?: string | null, signedOffAt?: string | null, transitions: Array<{ __typename?: 'LedgerTransition', fromState: string, toState: string, actorId?: string | null, reason: string, evidence: Array<string>, at: string }> } }> } };

export type LedgerPageQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  filter?: InputMaybe<LedgerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerPageQuery = { __typename?: 'Query', ledger: { __typename?: 'LedgerItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LedgerItemEdge', cursor: string, node: { __typename?: 'LedgerItem', id: string, cycleId: string, findingId: string, householdId?: string | null, areaId?: string | null, checkpoint: string, problem: string, measures: string, ownerId: string, ownerName: string, headName: string, deadline: string, severity: string, state: string, stateLabel: string, flag: string, overdue: boolean, evidence: Array<string>, resultNote: string, effectiveness: string, reopened: number, createdAt: string, submittedAt?: string | null, signedOffAt?: string | null } }> } };

export type DepartmentListEntriesQueryVariables = Exact<{
  listId: Scalars['ID']['input'];
  matched?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type DepartmentListEntriesQuery = { __typename?: 'Query', departmentListEntries: { __typename?: 'DepartmentEntryConnection', totalCount: number, edges: Array<{ __typename?: 'DepartmentEntryEdge', node: { __typename?: 'DepartmentEntry', id: string, rowNo: number, name: string, idNumber?: string | null, matched: boolean, amount?: string | null, categoryLabel?: string | null, startOn?: string | null, endOn?: string | null, paidOn?: string | null } }> } };

export type DepartmentListsQueryVariables = Exact<{
  townId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type DepartmentListsQuery = { __typename?: 'Query', departmentLists: Array<{ __typename?: 'DepartmentList', id: string, kind: DepartmentListKind, kindLabel: string, year: number, label: string, filename: string, rowCount: number, totalAmount: string, importedAt: string }> };

export type ImportDepartmentListMutationVariables = Exact<{
  townId: Scalars['ID']['input'];
  kind: DepartmentListKind;
  year: Scalars['Int']['input'];
  file: Scalars['Upload']['input'];
  label: Scalars['String']['input'];
}>;


export type ImportDepartmentListMutation = { __typename?: 'Mutation', importDepartmentList: { __typename?: 'ImportDepartmentListPayload', job?: { __typename?: 'Job', id: string, status: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type KeyVillageReadinessQueryVariables = Exact<{
  townId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type KeyVillageReadinessQuery = { __typename?: 'Query', keyVillageReadiness: Array<{ __typename?: 'VillageReadiness', villageId: string, villageName: string, year: number, entered: boolean, collectiveIncome?: string | null, incomeOk: boolean, facilitiesOk: boolean, missing: Array<string>, ready: boolean }> };

export type ProjectLibraryQueryVariables = Exact<{
  townId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectLibraryQuery = { __typename?: 'Query', projectLibrary: { __typename?: 'LibraryEntryConnection', totalCount: number, edges: Array<{ __typename?: 'LibraryEntryEdge', node: { __typename?: 'LibraryEntry', id: string, villageId: string, year: number, name: string, plannedInvestment: string, state: string, stateLabel: string, appliedAt: string, decidedAt?: string | null, decisionNote: string } }> } };

export type ProgramRegistersQueryVariables = Exact<{
  townId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProgramRegistersQuery = { __typename?: 'Query', socialAssistance: { __typename?: 'SocialAssistanceConnection', totalCount: number, edges: Array<{ __typename?: 'SocialAssistanceEdge', node: { __typename?: 'SocialAssistance', id: string, kindLabel: string, helper: string, amount: string, givenOn: string, villageId?: string | null, purpose: string, result: string } }> }, collaborationFunds: { __typename?: 'CollaborationFundConnection', totalCount: number, edges: Array<{ __typename?: 'CollaborationFundEdge', node: { __typename?: 'CollaborationFund', id: string, partner: string, amount: string, purpose: string, receivedOn?: string | null, usedOn?: string | null, results: string } }> } };

export type ProjectFindingsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProjectFindingsQuery = { __typename?: 'Query', projectFindings: { __typename?: 'ProjectFindingConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectFindingEdge', node: { __typename?: 'ProjectFinding', id: string, projectId: string, projectName: string, checkpoint: string, severity: string, description: string, state: string, createdAt: string } }> } };

export type TownProjectsQueryVariables = Exact<{
  townId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TownProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, name: string, villageId: string, year: number, approvedOn: string, plannedInvestment: string, contractAmount?: string | null, completedOn?: string | null, acceptedOn?: string | null, contractor: string } }> } };

export type RunProjectRulesMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type RunProjectRulesMutation = { __typename?: 'Mutation', run: { __typename?: 'RunProjectRulesPayload', count: number, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type RunPolicyRulesMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type RunPolicyRulesMutation = { __typename?: 'Mutation', run: { __typename?: 'RunPolicyRulesPayload', count: number, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type RunVillageRulesMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type RunVillageRulesMutation = { __typename?: 'Mutation', run: { __typename?: 'RunVillageRulesPayload', count: number, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type ProjectDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectDetailQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Appeal' } | { __typename?: 'Area' } | { __typename?: 'Asset' } | { __typename?: 'AssetCheck' } | { __typename?: 'Assignment' } | { __typename?: 'AuditEntry' } | { __typename?: 'Bulletin' } | { __typename?: 'ChecklistTemplate' } | { __typename?: 'ChecklistVersion' } | { __typename?: 'CollaborationFund' } | { __typename?: 'County' } | { __typename?: 'Cycle' } | { __typename?: 'CycleAttachment' } | { __typename?: 'DepartmentEntry' } | { __typename?: 'DepartmentList' } | { __typename?: 'DistributionPlan' } | { __typename?: 'Finding' } | { __typename?: 'FundDisbursement' } | { __typename?: 'Household' } | { __typename?: 'Job' } | { __typename?: 'LedgerItem' } | { __typename?: 'LibraryEntry' } | { __typename?: 'Member' } | { __typename?: 'Notification' } | { __typename?: 'Office' } | { __typename?: 'Project', id: string, name: string, villageId: string, year: number, approvedOn: string, plannedContent: string, plannedInvestment: string, tenderAmount?: string | null, contractAmount?: string | null, contractor: string, employer: string, contractOn?: string | null, completedOn?: string | null, acceptedOn?: string | null, auditedOn?: string | null, noticeOn?: string | null, envPermit: { __typename?: 'Permit', number: string, issuedOn?: string | null }, landPermit: { __typename?: 'Permit', number: string, issuedOn?: string | null }, planningPermit: { __typename?: 'Permit', number: string, issuedOn?: string | null }, adjustments: Array<{ __typename?: 'ProjectAdjustment', id: string, adjustedOn: string, content: string, contentChangePct: string, investmentChange: string }>, assets: Array<{ __typename?: 'Asset', id: string, name: string, assetClass: string, quantity: string, unit: string, value: string, transferNo: string, transferredOn?: string | null, registeredOn?: string | null, keeper: string, checks: Array<{ __typename?: 'AssetCheck', id: string, quarter: string, checkedOn: string, note: string }> }>, operation?: { __typename?: 'ProjectOperation', id: string, modeLabel: string, operator: string, contractNo: string, termStart?: string | null, termEnd?: string | null, annualReturn?: string | null, householdsAssisted: number, upkeepParty: string, idle: boolean, damaged: boolean, updatedOn: string } | null, returns: Array<{ __typename?: 'ProjectReturn', id: string, period: string, dueOn: string, expected: string, received?: string | null, receivedOn?: string | null }>, distributionPlans: Array<{ __typename?: 'DistributionPlan', id: string, amount: string, receivedOn: string, plannedOn?: string | null, noticeOn?: string | null, paidOn?: string | null }>, disbursements: Array<{ __typename?: 'FundDisbursement', id: string, paidOn: string, amount: string, basisLabel: string, voucherNo: string }>, funds?: { __typename?: 'ProjectFunds', id: string, finalAmount?: string | null, finalOn?: string | null, surplusAmount: string, surplusUse: string, publishedOn?: string | null } | null, qualityDeposits: Array<{ __typename?: 'QualityDeposit', id: string, amount: string, dueOn: string, returnedOn?: string | null }> } | { __typename?: 'ProjectAdjustment' } | { __typename?: 'ProjectFinding' } | { __typename?: 'ProjectFunds' } | { __typename?: 'ProjectOperation' } | { __typename?: 'ProjectReturn' } | { __typename?: 'QualityDeposit' } | { __typename?: 'ScoreSnapshotType' } | { __typename?: 'SocialAssistance' } | { __typename?: 'StatusCase' } | { __typename?: 'Team' } | { __typename?: 'Town' } | { __typename?: 'Viewer' } | { __typename?: 'Village' } | { __typename?: 'VillageYear' } | { __typename?: 'Visit' } | null };

export type ProjectsScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsScopeQuery = { __typename?: 'Query', towns: { __typename?: 'TownConnection', edges: Array<{ __typename?: 'TownEdge', node: { __typename?: 'Town', id: string, name: string, villages: { __typename?: 'VillageConnection', edges: Array<{ __typename?: 'VillageEdge', node: { __typename?: 'Village', id: string, name: string, isKeyVillage: boolean } }> } } }> }, cycles: Array<{ __typename?: 'Cycle', id: string, name: string, year: number, state: string }> };

export type RuleFindingsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RuleFindingsQuery = { __typename?: 'Query', findings: { __typename?: 'FindingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FindingEdge', node: { __typename?: 'Finding', id: string, householdId?: string | null, checkpoint: string, severity: string, source: string, description: string, state: string, createdAt: string } }> } };

export type RegistryHouseholdsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilterInput>;
}>;


export type RegistryHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HouseholdEdge', node: { __typename?: 'Household', id: string, headName: string, address: string, category: HouseholdCategory, categoryLabel: string, phone?: string | null, village?: { __typename?: 'Village', id: string, name: string } | null, members: Array<{ __typename?: 'Member', id: string }>, helpers: Array<{ __typename?: 'Helper', id: string, name: string }>, riskFlags: Array<{ __typename?: 'RiskFlag', flag: string, label: string }> } }> } };

export type ImportRegistryMutationVariables = Exact<{
  input: ImportRegistryInput;
}>;


export type ImportRegistryMutation = { __typename?: 'Mutation', importRegistry: { __typename?: 'ImportRegistryPayload', job?: { __typename?: 'Job', id: string, status: string } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type RegistryHouseholdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegistryHouseholdQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Appeal' } | { __typename?: 'Area' } | { __typename?: 'Asset' } | { __typename?: 'AssetCheck' } | { __typename?: 'Assignment' } | { __typename?: 'AuditEntry' } | { __typename?: 'Bulletin' } | { __typename?: 'ChecklistTemplate' } | { __typename?: 'ChecklistVersion' } | { __typename?: 'CollaborationFund' } | { __typename?: 'County' } | { __typename?: 'Cycle' } | { __typename?: 'CycleAttachment' } | { __typename?: 'DepartmentEntry' } | { __typename?: 'DepartmentList' } | { __typename?: 'DistributionPlan' } | { __typename?: 'Finding' } | { __typename?: 'FundDisbursement' } | { __typename?: 'Household', id: string, headName: string, address: string, category: HouseholdCategory, categoryLabel: string, liftedYear?: number | null, povertyCauses: Array<string>, assistanceMeasures: Array<string>, phone?: string | null, village?: { __typename?: 'Village', id: string, name: string, area?: { __typename?: 'Area', id: string, name: string } | null, town?: { __typename?: 'Town', id: string, name: string } | null } | null, helpers: Array<{ __typename?: 'Helper', id: string, name: string }>, riskFlags: Array<{ __typename?: 'RiskFlag', flag: string, label: string }>, members: Array<{ __typename?: 'Member', id: string, name: string, idNumber: string, sex: string, age: number, relationLabel: string, labourStatusLabel: string, disabilityType?: string | null, disabilityGrade?: number | null, chronicIllness: boolean, basicMedical: boolean, schoolStageLabel?: string | null, enrolled?: boolean | null }>, incomes: Array<{ __typename?: 'Income', year: number, wages: string, production: string, property: string, transfers: string, productionCosts: string, net: string, perCapita: string }>, livingConditions?: { __typename?: 'LivingConditions', housingGrade: string, assessedBy: string, assessedOn?: string | null, repairPlan: string, planDue?: string | null, planDoneOn?: string | null, waterSafe: boolean, waterSource: string, sanitation: string } | null, statusCases: Array<{ __typename?: 'StatusCase', id: string, fromCategory: HouseholdCategory, toCategory: HouseholdCategory, sourceLabel: string, state: string, steps: Array<{ __typename?: 'StatusStep', step: string, label: string, actor: string, note: string, at: string }> }> } | { __typename?: 'Job' } | { __typename?: 'LedgerItem' } | { __typename?: 'LibraryEntry' } | { __typename?: 'Member' } | { __typename?: 'Notification' } | { __typename?: 'Office' } | { __typename?: 'Project' } | { __typename?: 'ProjectAdjustment' } | { __typename?: 'ProjectFinding' } | { __typename?: 'ProjectFunds' } | { __typename?: 'ProjectOperation' } | { __typename?: 'ProjectReturn' } | { __typename?: 'QualityDeposit' } | { __typename?: 'ScoreSnapshotType' } | { __typename?: 'SocialAssistance' } | { __typename?: 'StatusCase' } | { __typename?: 'Team' } | { __typename?: 'Town' } | { __typename?: 'Viewer' } | { __typename?: 'Village' } | { __typename?: 'VillageYear' } | { __typename?: 'Visit' } | null };

export type RegistryCadresQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryCadresQuery = { __typename?: 'Query', cycles: Array<{ __typename?: 'Cycle', id: string, progress: Array<{ __typename?: 'Progress', key?: string | null, name: string }> }> };

export type RegistryPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryPlacesQuery = { __typename?: 'Query', towns: { __typename?: 'TownConnection', edges: Array<{ __typename?: 'TownEdge', node: { __typename?: 'Town', id: string, name: string, areas: { __typename?: 'AreaConnection', edges: Array<{ __typename?: 'AreaEdge', node: { __typename?: 'Area', id: string, name: string, villages: { __typename?: 'VillageConnection', edges: Array<{ __typename?: 'VillageEdge', node: { __typename?: 'Village', id: string, name: string } }> } } }> } } }> } };

export type TokensListQueryVariables = Exact<{ [key: string]: never; }>;


export type TokensListQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, label: string, prefix: string, expiresAt: string, revokedAt?: string | null, createdAt: string, townIds: Array<string> }>, towns: { __typename?: 'TownConnection', edges: Array<{ __typename?: 'TownEdge', node: { __typename?: 'Town', id: string, name: string } }> } };

export type CreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', secret?: string | null, apiToken?: { __typename?: 'ApiToken', id: string, label: string, prefix: string, expiresAt: string, revokedAt?: string | null, createdAt: string, townIds: Array<string> } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export type RevokeTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'RevokeApiTokenPayload', apiToken?: { __typename?: 'ApiToken', id: string, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'MutationError', code: ErrorCode, message: string, field?: string | null }> } };

export const DashboardIndicatorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]} as unknown as DocumentNode<DashboardIndicatorFragment, unknown>;
export const DashboardScorePartFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardScorePart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"}}]}}]} as unknown as DocumentNode<DashboardScorePartFragment, unknown>;
export const DashboardBreakdownFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBreakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardScorePart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"}}]}}]} as unknown as DocumentNode<DashboardBreakdownFragment, unknown>;
export const DashboardGroupScoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardGroupScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<DashboardGroupScoreFragment, unknown>;
export const LedgerItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"resultNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}}]}}]} as unknown as DocumentNode<LedgerItemFieldsFragment, unknown>;
export const LedgerItemDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"resultNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}}]}}]} as unknown as DocumentNode<LedgerItemDetailFragment, unknown>;
export const PollJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PollJobQuery, PollJobQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const UploadCrossEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadCrossEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UploadCrossEvidenceMutation, UploadCrossEvidenceMutationVariables>;
export const UploadLedgerEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadLedgerEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UploadLedgerEvidenceMutation, UploadLedgerEvidenceMutationVariables>;
export const RevealIdNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberFull"}}]}}]}}]}}]} as unknown as DocumentNode<RevealIdNumberQuery, RevealIdNumberQueryVariables>;
export const RevealPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneFull"}}]}}]}}]}}]} as unknown as DocumentNode<RevealPhoneQuery, RevealPhoneQueryVariables>;
export const VisitActiveCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitActiveCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"active","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfStart"}},{"kind":"Field","name":{"kind":"Name","value":"selfEnd"}}]}}]}}]} as unknown as DocumentNode<VisitActiveCyclesQuery, VisitActiveCyclesQueryVariables>;
export const VisitChecklistOutlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitChecklistOutline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisitChecklistOutlineQuery, VisitChecklistOutlineQueryVariables>;
export const VisitDraftFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitDraftForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"fixedOnSpot"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerType"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotos"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"fixedOnSpot"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"registryVerdict"}}]}}]}}]}}]} as unknown as DocumentNode<VisitDraftFormQuery, VisitDraftFormQueryVariables>;
export const SubmitVisitFromOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitVisitFromOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitVisitFromOutboxMutation, SubmitVisitFromOutboxMutationVariables>;
export const UploadVisitEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadVisitEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UploadVisitEvidenceMutation, UploadVisitEvidenceMutationVariables>;
export const ReviewVisitDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewVisitDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewVisitDecisionMutation, ReviewVisitDecisionMutationVariables>;
export const CycleVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"StringValue","value":"self","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CycleVisitsQuery, CycleVisitsQueryVariables>;
export const VisitMyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitMyAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<VisitMyAssignmentsQuery, VisitMyAssignmentsQueryVariables>;
export const CompleteDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fallback"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fallback"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fallback"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteDrawMutation, CompleteDrawMutationVariables>;
export const CrossAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"kappa"}}]}}]}}]} as unknown as DocumentNode<CrossAgreementQuery, CrossAgreementQueryVariables>;
export const CrossBulletinsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossBulletins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"htmlUrl"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}}]}}]}}]} as unknown as DocumentNode<CrossBulletinsQuery, CrossBulletinsQueryVariables>;
export const GenerateBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateBulletinMutation, GenerateBulletinMutationVariables>;
export const PublishBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PublishBulletinMutation, PublishBulletinMutationVariables>;
export const CrossVisitDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossVisitDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"registryVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"answerType"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotos"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocuments"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossVisitDraftQuery, CrossVisitDraftQueryVariables>;
export const SubmitCrossVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCrossVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCrossVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCrossVisitMutation, SubmitCrossVisitMutationVariables>;
export const CrossCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"active","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"crossStart"}},{"kind":"Field","name":{"kind":"Name","value":"crossEnd"}}]}}]}}]} as unknown as DocumentNode<CrossCyclesQuery, CrossCyclesQueryVariables>;
export const CommitDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"commitment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CommitDrawMutation, CommitDrawMutationVariables>;
export const RevealDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RevealDrawMutation, RevealDrawMutationVariables>;
export const CrossDiscrepanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossDiscrepancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"selfValue"}},{"kind":"Field","name":{"kind":"Name","value":"crossValue"}},{"kind":"Field","name":{"kind":"Name","value":"selfCadre"}},{"kind":"Field","name":{"kind":"Name","value":"crossCadre"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossDiscrepanciesQuery, CrossDiscrepanciesQueryVariables>;
export const VerifyDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}}]}}]}}]} as unknown as DocumentNode<VerifyDrawQuery, VerifyDrawQueryVariables>;
export const TeamHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"visited"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamHouseholdsQuery, TeamHouseholdsQueryVariables>;
export const CrossDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"directorId"}},{"kind":"Field","name":{"kind":"Name","value":"directorName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"revealed"}},{"kind":"Field","name":{"kind":"Name","value":"areaNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"commitDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"revealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"avoidPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"sampleRates"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seedText"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CrossDrawQuery, CrossDrawQueryVariables>;
export const DashboardRequestCountyScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRequestCountyScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCountyScoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRequestCountyScoringMutation, DashboardRequestCountyScoringMutationVariables>;
export const DashboardRequestScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRequestScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestScoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRequestScoringMutation, DashboardRequestScoringMutationVariables>;
export const CycleScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"dataCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBreakdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardIndicator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mockEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardIndicator"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"areas"},"name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"AREA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardGroupScore"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardGroupScore"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cadres"},"name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CADRE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardGroupScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardScorePart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBreakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardGroupScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<CycleScoresQuery, CycleScoresQueryVariables>;
export const ScoreGroupDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreGroupDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBreakdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardIndicator"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardScorePart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBreakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]} as unknown as DocumentNode<ScoreGroupDetailQuery, ScoreGroupDetailQueryVariables>;
export const DashboardTownAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTownAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Town"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTownAreasQuery, DashboardTownAreasQueryVariables>;
export const CountyComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"townName"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"cycleName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"dataCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardScorePart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardIndicator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mockEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardIndicator"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardScorePart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]} as unknown as DocumentNode<CountyComparisonQuery, CountyComparisonQueryVariables>;
export const EvaluatorFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluatorFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluatorFindingsQuery, EvaluatorFindingsQueryVariables>;
export const EvaluatorHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluatorHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluatorHouseholdsQuery, EvaluatorHouseholdsQueryVariables>;
export const EvaluatorCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluatorCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<EvaluatorCyclesQuery, EvaluatorCyclesQueryVariables>;
export const EvaluatorScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluatorScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"dataCutoff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluatorScoresQuery, EvaluatorScoresQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"active","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"selfStart"}},{"kind":"Field","name":{"kind":"Name","value":"selfEnd"}},{"kind":"Field","name":{"kind":"Name","value":"crossStart"}},{"kind":"Field","name":{"kind":"Name","value":"crossEnd"}},{"kind":"Field","name":{"kind":"Name","value":"rectStart"}},{"kind":"Field","name":{"kind":"Name","value":"rectEnd"}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const HomeOpenFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeOpenFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"open","block":false}}]}]}}]} as unknown as DocumentNode<HomeOpenFindingsQuery, HomeOpenFindingsQueryVariables>;
export const HomeClearanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeClearance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"TOWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}}]}}]}}]} as unknown as DocumentNode<HomeClearanceQuery, HomeClearanceQueryVariables>;
export const HomeAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<HomeAssignmentsQuery, HomeAssignmentsQueryVariables>;
export const FileLedgerAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileLedgerAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FileLedgerAppealMutation, FileLedgerAppealMutationVariables>;
export const LedgerAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerAppeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LedgerAppealsQuery, LedgerAppealsQueryVariables>;
export const LedgerBurnDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerBurnDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"burnDown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"ideal"}}]}}]}}]} as unknown as DocumentNode<LedgerBurnDownQuery, LedgerBurnDownQueryVariables>;
export const LedgerClearanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerClearance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}}]}}]}}]} as unknown as DocumentNode<LedgerClearanceQuery, LedgerClearanceQueryVariables>;
export const DecideLedgerAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideLedgerAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdraw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appealId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appealId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withdraw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdraw"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DecideLedgerAppealMutation, DecideLedgerAppealMutationVariables>;
export const LedgerInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerInboxQuery, LedgerInboxQueryVariables>;
export const MarkLedgerNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkLedgerNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MarkLedgerNotificationsReadMutation, MarkLedgerNotificationsReadMutationVariables>;
export const ListCycleFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListCycleFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listCycleFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ListCycleFindingsMutation, ListCycleFindingsMutationVariables>;
export const MoveLedgerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLedgerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveLedgerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLedgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"resultNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<MoveLedgerItemMutation, MoveLedgerItemMutationVariables>;
export const LedgerSweepPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerSweepPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sweepPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointText"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerSweepPreviewQuery, LedgerSweepPreviewQueryVariables>;
export const ApplyLedgerSweepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyLedgerSweep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySweep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyLedgerSweepMutation, ApplyLedgerSweepMutationVariables>;
export const LedgerCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rectStart"}},{"kind":"Field","name":{"kind":"Name","value":"rectEnd"}}]}}]}}]} as unknown as DocumentNode<LedgerCyclesQuery, LedgerCyclesQueryVariables>;
export const LedgerFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerFilterOptionsQuery, LedgerFilterOptionsQueryVariables>;
export const LedgerItemSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerItemSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemDetail"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"resultNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<LedgerItemSearchQuery, LedgerItemSearchQueryVariables>;
export const LedgerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"resultNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}}]}}]} as unknown as DocumentNode<LedgerPageQuery, LedgerPageQueryVariables>;
export const DepartmentListEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentListEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matched"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentListEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}},{"kind":"Argument","name":{"kind":"Name","value":"matched"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matched"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentListEntriesQuery, DepartmentListEntriesQueryVariables>;
export const DepartmentListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}}]}}]}}]} as unknown as DocumentNode<DepartmentListsQuery, DepartmentListsQueryVariables>;
export const ImportDepartmentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDepartmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentListKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDepartmentList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDepartmentListMutation, ImportDepartmentListMutationVariables>;
export const KeyVillageReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyVillageReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyVillageReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeOk"}},{"kind":"Field","name":{"kind":"Name","value":"facilitiesOk"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}}]}}]}}]} as unknown as DocumentNode<KeyVillageReadinessQuery, KeyVillageReadinessQueryVariables>;
export const ProjectLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectLibraryQuery, ProjectLibraryQueryVariables>;
export const ProgramRegistersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramRegisters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialAssistance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"helper"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"usedOn"}},{"kind":"Field","name":{"kind":"Name","value":"results"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramRegistersQuery, ProgramRegistersQueryVariables>;
export const ProjectFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectFindingsQuery, ProjectFindingsQueryVariables>;
export const TownProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractAmount"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TownProjectsQuery, TownProjectsQueryVariables>;
export const RunProjectRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunProjectRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"runProjectRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RunProjectRulesMutation, RunProjectRulesMutationVariables>;
export const RunPolicyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunPolicyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"runPolicyRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RunPolicyRulesMutation, RunPolicyRulesMutationVariables>;
export const RunVillageRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunVillageRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"runVillageRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RunVillageRulesMutation, RunVillageRulesMutationVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedContent"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"envPermit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"landPermit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planningPermit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenderAmount"}},{"kind":"Field","name":{"kind":"Name","value":"contractAmount"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"contractOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeOn"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"contentChangePct"}},{"kind":"Field","name":{"kind":"Name","value":"investmentChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"transferNo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"keeper"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"contractNo"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"annualReturn"}},{"kind":"Field","name":{"kind":"Name","value":"householdsAssisted"}},{"kind":"Field","name":{"kind":"Name","value":"upkeepParty"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"basisLabel"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalOn"}},{"kind":"Field","name":{"kind":"Name","value":"surplusAmount"}},{"kind":"Field","name":{"kind":"Name","value":"surplusUse"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityDeposits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const ProjectsScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isKeyVillage"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ProjectsScopeQuery, ProjectsScopeQueryVariables>;
export const RuleFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleFindingsQuery, RuleFindingsQueryVariables>;
export const RegistryHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistryHouseholdsQuery, RegistryHouseholdsQueryVariables>;
export const ImportRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRegistryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRegistryMutation, ImportRegistryMutationVariables>;
export const RegistryHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"liftedYear"}},{"kind":"Field","name":{"kind":"Name","value":"povertyCauses"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"labourStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityType"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"chronicIllness"}},{"kind":"Field","name":{"kind":"Name","value":"basicMedical"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"production"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"perCapita"}}]}},{"kind":"Field","name":{"kind":"Name","value":"livingConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"housingGrade"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repairPlan"}},{"kind":"Field","name":{"kind":"Name","value":"planDue"}},{"kind":"Field","name":{"kind":"Name","value":"planDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"waterSafe"}},{"kind":"Field","name":{"kind":"Name","value":"waterSource"}},{"kind":"Field","name":{"kind":"Name","value":"sanitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromCategory"}},{"kind":"Field","name":{"kind":"Name","value":"toCategory"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistryHouseholdQuery, RegistryHouseholdQueryVariables>;
export const RegistryCadresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryCadres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"active","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CADRE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegistryCadresQuery, RegistryCadresQueryVariables>;
export const RegistryPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistryPlacesQuery, RegistryPlacesQueryVariables>;
export const TokensListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokensList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"townIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"towns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TokensListQuery, TokensListQueryVariables>;
export const CreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"townIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTokenMutation, CreateTokenMutationVariables>;
export const RevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeTokenMutation, RevokeTokenMutationVariables>;