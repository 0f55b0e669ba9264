/**
 * Texts of the cross-check pages (both languages), read through `useCrossText()` which
 * follows the app's language (src/i18n.tsx). Kept here so the shared dictionary does not
 * become a merge hotspot; same `{name}` placeholders as `t()`.
 */
import { useCallback } from 'react';
import { useI18n, type Lang, type Vars } from '../../i18n';

type Entry = { zh: string; en: string };

export const CROSS_MESSAGES = {
  'cc.title': { zh: '互查', en: 'Cross-check' },
  'cc.tab.draw': { zh: '抽签', en: 'Draw' },
  'cc.tab.teams': { zh: '互查队伍', en: 'Teams' },
  'cc.tab.results': { zh: '不一致与一致率', en: 'Discrepancies & agreement' },
  'cc.tab.bulletin': { zh: '通报', en: 'Bulletin' },
  'cc.cycle': { zh: '评估周期', en: 'Cycle' },
  'cc.noCycle': { zh: '目前没有进行中的评估周期，互查无从开展', en: 'No active cycle: there is nothing to cross-check' },
  'cc.noDraw': { zh: '扶贫办尚未组织本周期的抽签', en: 'The poverty office has not opened this cycle’s draw yet' },
  'cc.noTeams': { zh: '扶贫办尚未组建互查队伍', en: 'The poverty office has not formed the teams yet' },
  'cc.state.open': { zh: '抽签进行中', en: 'Draw open' },
  'cc.state.drawn': { zh: '已完成抽签', en: 'Drawn' },
  'cc.commitDeadline': { zh: '承诺截止', en: 'Commit by' },
  'cc.revealDeadline': { zh: '揭示截止', en: 'Reveal by' },
  'cc.howItWorks': {
    zh: '每位大办主任先提交秘密数的承诺（哈希），全部提交后再揭示秘密数；种子由全部秘密数共同决定，任何一方都无法单独操纵抽签结果。',
    en: 'Each office director first commits to a secret number (its hash); once all have committed they reveal. The seed depends on every secret, so nobody can steer the draw alone.',
  },
  // Director
  'cc.my.title': { zh: '我的队伍：{team}', en: 'My team: {team}' },
  'cc.my.generate': { zh: '生成秘密数', en: 'Generate a secret' },
  'cc.my.regenerate': { zh: '重新生成', en: 'Generate another' },
  'cc.my.generateHint': {
    zh: '浏览器会生成一个 40 位随机秘密数，只保存在本机；平台只收到它的 SHA-256 承诺。',
    en: 'The browser generates a 40-digit random secret and keeps it on this device; the platform only receives its SHA-256 commitment.',
  },
  'cc.my.secret': { zh: '秘密数', en: 'Secret' },
  'cc.my.commitment': { zh: '承诺（SHA-256）', en: 'Commitment (SHA-256)' },
  'cc.my.backupFirst': {
    zh: '请先下载或复制备份：清除浏览器数据或换设备后，只能凭备份揭示。',
    en: 'Download or copy a backup first: after clearing the browser or on another device, only the backup lets you reveal.',
  },
  'cc.my.download': { zh: '下载备份', en: 'Download backup' },
  'cc.my.copy': { zh: '复制秘密数', en: 'Copy secret' },
  'cc.my.copied': { zh: '已复制到剪贴板', en: 'Copied to the clipboard' },
  'cc.my.copyFailed': { zh: '无法访问剪贴板，请手动抄写或下载备份', en: 'No clipboard access; write it down or download the backup' },
  'cc.my.commit': { zh: '提交承诺', en: 'Commit' },
  'cc.my.committed': { zh: '已提交承诺', en: 'Committed' },
  'cc.my.commitOk': { zh: '承诺已提交，请等待其他队伍', en: 'Committed; waiting for the other teams' },
  'cc.my.waitOthers': {
    zh: '等待其他队伍提交承诺（{done}/{total}），全部提交后即可揭示。',
    en: 'Waiting for the other teams to commit ({done}/{total}); you can reveal once all have.',
  },
  'cc.my.reveal': { zh: '揭示秘密数', en: 'Reveal' },
  'cc.my.revealOk': { zh: '秘密数已揭示', en: 'Secret revealed' },
  'cc.my.revealed': { zh: '本队已揭示秘密数', en: 'Your team has revealed' },
  'cc.my.secretMissing': {
    zh: '本机没有保存秘密数，请从备份文件中粘贴：',
    en: 'This device does not hold the secret; paste it from your backup:',
  },
  'cc.my.secretPlaceholder': { zh: '1–64 位数字', en: '1–64 digits' },
  'cc.my.secretInvalid': { zh: '秘密数须为 1–64 位数字', en: 'The secret must be 1–64 digits' },
  'cc.my.secretMismatch': {
    zh: '该秘密数与本队提交的承诺不符，请核对备份',
    en: 'This secret does not match your commitment; check the backup',
  },
  'cc.my.secretMatches': { zh: '本机核对：与承诺一致', en: 'Checked here: matches the commitment' },
  'cc.my.notDirector': {
    zh: '您不是任何互查队伍的队长（大办主任），抽签由各大办主任完成。',
    en: 'You lead no team; the office directors draw the lots.',
  },
  'cc.my.storageFailed': { zh: '浏览器无法保存秘密数，请务必下载备份', en: 'The browser cannot store the secret: download the backup' },
  // Teams status
  'cc.status.title': { zh: '各队抽签状态', en: 'Teams and their status' },
  'cc.team': { zh: '队伍', en: 'Team' },
  'cc.director': { zh: '队长（大办主任）', en: 'Leader (office director)' },
  'cc.members': { zh: '队员', en: 'Members' },
  'cc.committed': { zh: '已承诺', en: 'Committed' },
  'cc.notCommitted': { zh: '未承诺', en: 'Not committed' },
  'cc.revealedTag': { zh: '已揭示', en: 'Revealed' },
  'cc.notRevealed': { zh: '未揭示', en: 'Not revealed' },
  'cc.areas': { zh: '抽到的管理区', en: 'Areas drawn' },
  'cc.noAreas': { zh: '未抽到', en: 'None' },
  'cc.progress': { zh: '承诺 {committed}/{total} · 揭示 {revealed}/{total}', en: 'Committed {committed}/{total} · revealed {revealed}/{total}' },
  // Admin
  'cc.admin.title': { zh: '完成抽签（扶贫办）', en: 'Complete the draw (poverty office)' },
  'cc.admin.allRevealed': {
    zh: '全部队伍已揭示，最后一位揭示时系统已自动完成抽签。',
    en: 'Every team has revealed; the last reveal completes the draw automatically.',
  },
  'cc.admin.waiting': {
    zh: '揭示截止（{deadline}）后，若仍有队伍未揭示，可填写补充随机值完成抽签（记入审计）。',
    en: 'After the reveal deadline ({deadline}), if some team has not revealed, complete the draw with a fallback value (audited).',
  },
  'cc.admin.fallback': { zh: '补充随机值', en: 'Fallback value' },
  'cc.admin.fallbackHint': {
    zh: '应事先确定或取自公开来源（如指定日期的彩票开奖号码），1–128 个可打印 ASCII 字符。',
    en: 'Fix it in advance or take it from a public source (e.g. a lottery result of a set date); 1–128 printable ASCII characters.',
  },
  'cc.admin.complete': { zh: '完成抽签', en: 'Complete the draw' },
  'cc.admin.completeConfirm': { zh: '确认完成抽签？完成后不可更改。', en: 'Complete the draw? It cannot be undone.' },
  'cc.admin.completed': { zh: '抽签已完成', en: 'The draw is complete' },
  // Result
  'cc.result.title': { zh: '抽签结果与复核', en: 'Draw result and verification' },
  'cc.result.drawnAt': { zh: '完成时间', en: 'Drawn at' },
  'cc.result.algorithm': { zh: '算法', en: 'Algorithm' },
  'cc.result.seed': { zh: '种子（SHA-256，十六进制）', en: 'Seed (SHA-256, hex)' },
  'cc.result.seedText': { zh: '种子原文（被哈希的文本）', en: 'Seed text (what is hashed)' },
  'cc.result.fallback': { zh: '补充随机值', en: 'Fallback value' },
  'cc.result.noFallback': { zh: '无（全部队伍已揭示）', en: 'None (every team revealed)' },
  'cc.result.teamAreas': { zh: '队伍 → 管理区', en: 'Team → areas' },
  'cc.result.commitments': { zh: '承诺与揭示', en: 'Commitments and reveals' },
  'cc.result.committedAt': { zh: '承诺时间', en: 'Committed at' },
  'cc.result.revealedAt': { zh: '揭示时间', en: 'Revealed at' },
  'cc.result.localCheck': { zh: '本机核对', en: 'Checked here' },
  'cc.result.localOk': { zh: '一致', en: 'match' },
  'cc.result.localBad': { zh: '不一致', en: 'mismatch' },
  'cc.result.seedLocalOk': { zh: '本机重算种子原文的 SHA-256：与种子一致', en: 'SHA-256 of the seed text, computed here: matches the seed' },
  'cc.result.seedLocalBad': { zh: '本机重算种子原文的 SHA-256：与种子不一致', en: 'SHA-256 of the seed text, computed here: does NOT match the seed' },
  'cc.result.verifyOk': { zh: '复核一致：抽签与样本均可由记录重算得出', en: 'Verified: the draw and the samples recompute from the record' },
  'cc.result.verifyBad': { zh: '复核不一致', en: 'Verification failed' },
  'cc.result.inputs': { zh: '抽签输入（记录）', en: 'Recorded inputs' },
  'cc.result.raw': { zh: '抽签结果（记录）', en: 'Recorded result' },
  'cc.result.sampleRates': { zh: '抽样比例', en: 'Sample rates' },
  'cc.result.howTo': { zh: '如何自行复核', en: 'How to recompute it yourself' },
  'cc.result.howTo1': {
    zh: '在服务器上运行以下命令，按记录重算种子、分配与样本并逐项比对：',
    en: 'On the server, run this to recompute the seed, the assignment and the samples from the record:',
  },
  'cc.result.howTo2': {
    zh: '种子即种子原文的 SHA-256，可在任意电脑上核对：',
    en: 'The seed is the SHA-256 of the seed text; check it on any computer:',
  },
  'cc.result.howTo3': {
    zh: '每个承诺是“towncheck draw commitment v1 / cycle / team / secret”四行文本的 SHA-256（见上方本机核对）。',
    en: 'Each commitment is the SHA-256 of the four lines “towncheck draw commitment v1 / cycle / team / secret” (checked here above).',
  },
  // Teams page
  'cc.teams.mine': { zh: '我的队伍', en: 'My team' },
  'cc.teams.households': { zh: '互查户清单', en: 'Households to re-check' },
  'cc.teams.open': { zh: '查看互查户', en: 'Households' },
  'cc.teams.notDrawn': { zh: '抽签完成后才有互查户清单', en: 'The household list comes with the draw' },
  'cc.teams.back': { zh: '返回队伍列表', en: 'Back to the teams' },
  'cc.teams.noHouseholds': { zh: '本队暂无互查户（抽签尚未完成或抽到的管理区无样本）', en: 'No households for this team yet (no draw, or nothing sampled)' },
  'cc.teams.count': { zh: '共 {total} 户，已互查 {visited} 户', en: '{total} households, {visited} re-checked' },
  'cc.teams.loadMore': { zh: '加载更多', en: 'Load more' },
  'cc.hh.head': { zh: '户主', en: 'Head' },
  'cc.hh.place': { zh: '管理区 / 村', en: 'Area / village' },
  'cc.hh.category': { zh: '户类别', en: 'Category' },
  'cc.hh.reason': { zh: '抽取原因', en: 'Why' },
  'cc.hh.state': { zh: '互查', en: 'Re-check' },
  'cc.hh.visited': { zh: '已互查', en: 'Done' },
  'cc.hh.todo': { zh: '待互查', en: 'To do' },
  'cc.hh.visit': { zh: '填写互查表', en: 'Fill the form' },
  'cc.hh.revisit': { zh: '重新提交', en: 'Submit again' },
  'cc.reason.sampled': { zh: '随机抽样', en: 'Sampled' },
  'cc.reason.finding': { zh: '自查有问题', en: 'Self-check finding' },
  'cc.reason.risk': { zh: '风险提示', en: 'Risk flag' },
  'cc.reason.all': { zh: '全部核查', en: 'All checked' },
  'cc.category.poor': { zh: '未脱贫户', en: 'Not yet lifted' },
  'cc.category.lifted_supported': { zh: '脱贫享受政策户', en: 'Lifted, supported' },
  'cc.category.lifted_unsupported': { zh: '脱贫不再享受政策户', en: 'Lifted, unsupported' },
  'cc.category.monitored': { zh: '监测户', en: 'Monitored' },
  'cc.category.ordinary': { zh: '一般农户', en: 'Ordinary' },
  // Visit form
  'cc.visit.title': { zh: '互查访谈：{name}', en: 'Cross-check visit: {name}' },
  'cc.visit.intro': {
    zh: '请独立入户核实后作答；与自查不一致的答案将自动生成“互查不一致”问题。',
    en: 'Verify in the household and answer independently; answers differing from the self-check become discrepancies.',
  },
  'cc.visit.visitedOn': { zh: '入户日期', en: 'Visited on' },
  'cc.visit.note': { zh: '总体说明', en: 'Overall note' },
  'cc.visit.answerNote': { zh: '说明', en: 'Note' },
  'cc.visit.required': { zh: '必答', en: 'Required' },
  'cc.visit.requiredMsg': { zh: '请作答', en: 'Please answer' },
  'cc.visit.yes': { zh: '是', en: 'Yes' },
  'cc.visit.no': { zh: '否', en: 'No' },
  'cc.visit.registry': { zh: '台账：{value}', en: 'Registry: {value}' },
  'cc.visit.registryFlag': { zh: '台账提示可能有问题', en: 'The registry suggests a problem' },
  'cc.visit.evidence': { zh: '证据：照片 {photos} 张、文件 {documents} 份', en: 'Evidence: {photos} photo(s), {documents} document(s)' },
  'cc.visit.uploadPhoto': { zh: '拍照/上传照片', en: 'Photo' },
  'cc.visit.uploadDoc': { zh: '上传文件', en: 'Document' },
  'cc.visit.uploaded': { zh: '已上传 {name}', en: 'Uploaded {name}' },
  'cc.visit.submit': { zh: '提交互查', en: 'Submit the cross-check' },
  'cc.visit.submitted': { zh: '互查已提交', en: 'Cross-check submitted' },
  'cc.visit.alreadyVisited': { zh: '本户已提交互查；再次提交将更新为新版本。', en: 'Already re-checked; submitting again records a new version.' },
  'cc.visit.photoOnly': { zh: '此项以照片作答', en: 'Answered with photos' },
  'cc.visit.back': { zh: '返回互查户清单', en: 'Back to the households' },
  // Results
  'cc.agree.title': { zh: '自查互查一致率', en: 'Self vs cross agreement' },
  'cc.agree.by.TOWN': { zh: '按乡镇', en: 'By town' },
  'cc.agree.by.AREA': { zh: '按管理区', en: 'By area' },
  'cc.agree.by.CADRE': { zh: '按干部', en: 'By cadre' },
  'cc.agree.name': { zh: '名称', en: 'Name' },
  'cc.agree.pairs': { zh: '比对项数', en: 'Pairs' },
  'cc.agree.percent': { zh: '一致率', en: 'Agreement' },
  'cc.agree.kappa': { zh: 'Kappa 系数', en: 'Kappa' },
  'cc.agree.empty': { zh: '尚无可比对的自查与互查答案', en: 'No self- and cross-check answers to compare yet' },
  'cc.agree.kappaNote': {
    zh: 'Kappa 扣除了偶然一致：≥0.8 很好，0.6–0.8 较好，<0.4 较差。',
    en: 'Kappa discounts chance agreement: ≥0.8 very good, 0.6–0.8 good, <0.4 poor.',
  },
  'cc.disc.title': { zh: '自查互查不一致', en: 'Discrepancies' },
  'cc.disc.count': { zh: '共 {count} 项', en: '{count} items' },
  'cc.disc.checkpoint': { zh: '指标', en: 'Checkpoint' },
  'cc.disc.severity': { zh: '严重程度', en: 'Severity' },
  'cc.disc.answer': { zh: '答案', en: 'Answer' },
  'cc.disc.self': { zh: '自查', en: 'Self-check' },
  'cc.disc.cross': { zh: '互查', en: 'Cross-check' },
  'cc.disc.selfCadre': { zh: '自查干部（责任人）', en: 'Self-check cadre (responsible)' },
  'cc.disc.crossCadre': { zh: '互查人员', en: 'Cross-checker' },
  'cc.disc.empty': { zh: '暂无不一致：互查答案与自查一致，或尚未提交互查', en: 'No discrepancies: answers agree, or no cross-check yet' },
  'cc.severity.major': { zh: '严重', en: 'Major' },
  'cc.severity.minor': { zh: '一般', en: 'Minor' },
  'cc.severity.critical': { zh: '重大', en: 'Critical' },
  // Bulletin
  'cc.bul.title': { zh: '互查通报', en: 'Cross-check bulletin' },
  'cc.bul.generate': { zh: '生成新一版通报', en: 'Generate a new version' },
  'cc.bul.titleField': { zh: '通报标题（可空）', en: 'Title (optional)' },
  'cc.bul.generated': { zh: '已生成第 {version} 版', en: 'Version {version} generated' },
  'cc.bul.publish': { zh: '发布', en: 'Publish' },
  'cc.bul.publishConfirm': { zh: '发布后全镇可见，确认发布？', en: 'Publish to the whole town?' },
  'cc.bul.published': { zh: '已发布', en: 'Published' },
  'cc.bul.draft': { zh: '未发布', en: 'Not published' },
  'cc.bul.version': { zh: '第 {version} 版', en: 'Version {version}' },
  'cc.bul.generatedAt': { zh: '生成于 {at}', en: 'Generated {at}' },
  'cc.bul.cutoff': { zh: '数据截至 {at}', en: 'Data up to {at}' },
  'cc.bul.publishedAt': { zh: '发布于 {at}', en: 'Published {at}' },
  'cc.bul.html': { zh: '打印版（HTML）', en: 'Printable (HTML)' },
  'cc.bul.xlsx': { zh: '表格（.xlsx）', en: 'Spreadsheet (.xlsx)' },
  'cc.bul.empty': { zh: '尚无通报', en: 'No bulletin yet' },
  'cc.bul.summary': { zh: '摘要', en: 'Summary' },
  'cc.sum.open': { zh: '未整改问题', en: 'Open findings' },
  'cc.sum.findings': { zh: '问题总数', en: 'Findings' },
  'cc.sum.households_visited': { zh: '已入户', en: 'Households visited' },
  'cc.sum.pairs': { zh: '比对项数', en: 'Answer pairs' },
  'cc.sum.agreement': { zh: '一致率（%）', en: 'Agreement (%)' },
  'cc.sum.kappa': { zh: 'Kappa 系数', en: 'Kappa' },
  'cc.sum.discrepancies': { zh: '不一致项', en: 'Discrepancies' },
  'common.yes': { zh: '是', en: 'Yes' },
  'common.no': { zh: '否', en: 'No' },
  'common.none': { zh: '—', en: '—' },
  'common.ok': { zh: '确定', en: 'OK' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
} satisfies Record<string, Entry>;

export type CrossKey = keyof typeof CROSS_MESSAGES;

export function crossText(lang: Lang, key: CrossKey, vars?: Vars): string {
  const text = CROSS_MESSAGES[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `ct('cc.title')` in the app's current language. */
export function useCrossText(): (key: CrossKey, vars?: Vars) => string {
  const { lang } = useI18n();
  return useCallback((key: CrossKey, vars?: Vars) => crossText(lang, key, vars), [lang]);
}

/** A label for a data value (reason, category, severity), falling back to the value itself. */
export function useValueLabel(): (prefix: 'cc.reason' | 'cc.category' | 'cc.severity', value: string) => string {
  const ct = useCrossText();
  return useCallback(
    (prefix, value) => {
      const key = `${prefix}.${value}`;
      return key in CROSS_MESSAGES ? ct(key as CrossKey) : value;
    },
    [ct],
  );
}
