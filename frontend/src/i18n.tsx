/**
 * Chinese by default, English on request: a small dictionary and a `t()` helper.
 *
 * Add every user-visible text to MESSAGES (both languages) and read it with `t('key')`;
 * `{name}` placeholders are filled from the second argument. The choice is kept in
 * localStorage and also switches AntD's locale (dates, pagination, empty states…).
 */
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';
export const LANG_STORAGE_KEY = 'towncheck.lang';

type Entry = { zh: string; en: string };

export const MESSAGES = {
  'app.title': { zh: '乡镇自查互查评估平台', en: 'TownCheck' },
  'app.subtitle': { zh: '自查 · 互查 · 整改', en: 'Self-check · Cross-check · Rectification' },
  'lang.switch': { zh: 'English', en: '中文' },
  'lang.switchTitle': { zh: '切换语言', en: 'Switch language' },
  'common.loading': { zh: '加载中…', en: 'Loading…' },
  'common.empty': { zh: '暂无数据', en: 'Nothing here yet' },
  'common.retry': { zh: '重试', en: 'Retry' },
  'common.open': { zh: '前往', en: 'Open' },
  'common.backHome': { zh: '返回首页', en: 'Back to home' },
  'common.menu': { zh: '菜单', en: 'Menu' },
  'error.network': { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server; check the network and retry' },
  'error.unknown': { zh: '操作失败，请稍后重试', en: 'Something went wrong; please retry' },
  'error.forbidden': { zh: '您没有访问此页面的权限', en: 'You may not open this page' },
  'error.notFound': { zh: '页面不存在', en: 'Page not found' },
  'error.chunk': { zh: '页面加载失败，可能已发布新版本，请刷新', en: 'The page failed to load (maybe a new version); please reload' },
  'error.reload': { zh: '刷新页面', en: 'Reload' },
  'auth.signIn': { zh: '登录', en: 'Sign in' },
  'auth.signOut': { zh: '退出登录', en: 'Sign out' },
  'auth.username': { zh: '用户名或手机号', en: 'Username or phone' },
  'auth.password': { zh: '密码', en: 'Password' },
  'auth.usernameRequired': { zh: '请输入用户名', en: 'Enter your username' },
  'auth.passwordRequired': { zh: '请输入密码', en: 'Enter your password' },
  'auth.signedOut': { zh: '已退出登录', en: 'Signed out' },
  'auth.welcome': { zh: '欢迎，{name}', en: 'Welcome, {name}' },
  'auth.readOnly': { zh: '只读', en: 'read-only' },
  'placeholder.title': { zh: '此页面正在建设中', en: 'This page is being built' },
  'home.title': { zh: '工作台', en: 'Workbench' },
  'home.nextActions': { zh: '下一步', en: 'Next actions' },
  'home.unread': { zh: '未读通知', en: 'Unread notices' },
  'home.activeCycles': { zh: '进行中的评估周期', en: 'Active cycles' },
  'home.openFindings': { zh: '未整改问题', en: 'Open findings' },
  'home.ledgerOpen': { zh: '整改台账（未销号）', en: 'Ledger items not signed off' },
  'home.myTodo': { zh: '我的待访户', en: 'My households to visit' },
  'home.noCycle': { zh: '目前没有进行中的评估周期', en: 'No cycle is active right now' },
  'home.cycleWindows': {
    zh: '自查 {self} · 互查 {cross} · 整改 {rect}',
    en: 'Self-check {self} · Cross-check {cross} · Rectification {rect}',
  },
  'home.noActions': { zh: '暂无需要您处理的事项', en: 'Nothing needs you right now' },
  'action.visits': { zh: '完成入户访谈', en: 'Do household visits' },
  'action.visits.desc': { zh: '按分配的户逐户填写访谈表，立行立改', en: 'Fill the visit form for each assigned household' },
  'action.review': { zh: '审核提交的访谈', en: 'Review submitted visits' },
  'action.review.desc': { zh: '通过或退回本镇提交的入户访谈', en: "Accept or return the town's submitted visits" },
  'action.registry': { zh: '核对户籍台账', en: 'Check the registry' },
  'action.registry.desc': { zh: '一次填报：户、成员、收入、住房与风险提示', en: 'Households, members, income, housing and risk flags' },
  'action.crosscheck': { zh: '互查抽签与复核', en: 'Cross-check draw and re-visits' },
  'action.crosscheck.desc': { zh: '大办主任抽签、队伍复核、不一致通报', en: 'Draw, team re-visits, discrepancies and bulletin' },
  'action.ledger': { zh: '推进整改清零', en: 'Clear the ledger' },
  'action.ledger.desc': { zh: '{count} 项问题尚未销号', en: '{count} items are not signed off yet' },
  'action.ledger.descNone': { zh: '跟踪整改责任人、措施与期限', en: 'Owners, measures and deadlines' },
  'action.projects': { zh: '核查扶贫项目', en: 'Check projects' },
  'action.projects.desc': { zh: '项目库、资产确权与收益分配', en: 'Project library, assets and income distribution' },
  'action.dashboard': { zh: '比较各乡镇', en: 'Compare towns' },
  'action.dashboard.desc': { zh: '各乡镇评分、清零与一致率排名', en: 'Scores, clearance and agreement by town' },
  'action.evaluator': { zh: '查看评估数据', en: 'Read evaluation data' },
  'action.evaluator.desc': { zh: '只读查看授权范围内的数据', en: 'Read-only view of what you were granted' },
  'action.tokens': { zh: '管理评估凭证', en: 'Manage evaluator tokens' },
  'action.tokens.desc': { zh: '签发或吊销第三方评估的只读凭证', en: 'Issue or revoke read-only evaluator tokens' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;
export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = MESSAGES[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  toggleLang: () => void;
  /** The text of `key` in the current language. */
  t: (key: MessageKey, vars?: Vars) => string;
  /** Pick between two inline texts: for data-driven labels (routes, enums). */
  pick: (zh: string, en: string) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? storedLang());

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      toggleLang: () => setLang(lang === 'zh' ? 'en' : 'zh'),
      t: (key, vars) => translate(lang, key, vars),
      pick: (zh, en) => (lang === 'zh' ? zh : en),
    }),
    [lang, setLang],
  );

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#b71c1c' } }}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n() needs <I18nProvider>');
  return value;
}
