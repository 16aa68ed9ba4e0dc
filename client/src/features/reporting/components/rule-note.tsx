import { useI18n } from '../../../i18n/i18n.js';
import type { ReportingRuleData } from '../api/reporting.query.js';

/** The plan's reporting rule in words, with its verbatim sources. */
export function RuleNote({ rules }: { rules: readonly ReportingRuleData[] }) {
  const { t, pick } = useI18n();
  return (
    <>
      {rules.map((rule) => (
        <div key={rule.id} className="reporting-rule">
          <p>
            {t('reporting.rule', {
              plan: pick(rule.plan.title, rule.plan.titleEn),
              recipient: `${pick(rule.recipient.name, rule.recipient.nameEn)} (${rule.recipient.code})`,
              dueDay: rule.dueDay,
            })}
          </p>
          <details>
            <summary>{t('reporting.ruleSources')}</summary>
            <ul>
              {rule.citations.map((citation) => (
                <li key={citation.id}>
                  <blockquote lang="vi">“{citation.quote}”</blockquote>
                  {citation.sourceFile && (
                    <a href={`/api/sources/${encodeURIComponent(citation.sourceFile)}`} target="_blank" rel="noreferrer">
                      {t('reporting.openSource', { file: citation.sourceFile })}
                    </a>
                  )}
                  {!citation.sourceFile && citation.url && <code>{citation.url}</code>}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ))}
    </>
  );
}
