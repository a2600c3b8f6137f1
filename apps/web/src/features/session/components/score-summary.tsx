import type { Score } from '@askqa/contract/score';
import { ScoreBadge } from '../../../shared/components/score-badge';
import { flagLabel } from '../../../shared/lib/rubric';

export function ScoreSummary({ score }: { score: Score | null }) {
  if (!score) return <p className="empty">This session has not been scored yet.</p>;
  return (
    <div className="score-summary">
      <div className="score-summary__main">
        <ScoreBadge value={score.value} size="large" />
        <dl className="facts facts--compact">
          <div>
            <dt>Raw score</dt>
            <dd>{score.rawScore === null ? 'no applicable check' : score.rawScore.toFixed(1)}</dd>
          </div>
          <div>
            <dt>Critical fail</dt>
            <dd>{score.critical ? <strong className="text-fail">Yes: the score is 0</strong> : 'No'}</dd>
          </div>
          <div>
            <dt>Rubric</dt>
            <dd>v{score.rubricVersion}</dd>
          </div>
        </dl>
      </div>
      {score.flags.length > 0 ? (
        <div>
          <h3 className="h4">Flagged for review</h3>
          <ul className="flag-list">
            {score.flags.map((f) => (
              <li key={f.code}>
                <span className={`chip chip--${f.code}`}>{flagLabel(f.code)}</span> {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">Not flagged.</p>
      )}
    </div>
  );
}
