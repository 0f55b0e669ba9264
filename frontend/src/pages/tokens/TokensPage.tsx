import { Placeholder } from '../../components/Placeholder';

/** API tokens — placeholder; replace this file with the real page. */
export default function TokensPage() {
  return (
    <Placeholder
      titleZh="评估凭证"
      titleEn="API tokens"
      descriptionZh="签发、查看和吊销第三方评估的只读凭证。"
      descriptionEn="Issue, list and revoke read-only evaluator tokens."
      api="apiTokens, createApiToken, revokeApiToken"
    />
  );
}
