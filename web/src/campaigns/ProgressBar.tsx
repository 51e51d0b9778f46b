/** A campaign's progress as a bar with its percent, for the console and the portal. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="campaign-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <span className="campaign-progress-fill" style={{ width: `${percent}%` }} />
      <span className="campaign-progress-text">{percent}%</span>
    </span>
  );
}

/** Per step: how many people finished it, are blocked at it, and the bar. */
export function StepProgress({ steps }: { steps: { position: number; title: string; finished: number; blocked: number; total: number; percent: number }[] }) {
  return (
    <table className="campaign-steps">
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Done</th>
          <th scope="col">Blocked</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.position}>
            <th scope="row">
              {s.position}. {s.title}
            </th>
            <td>
              {s.finished} of {s.total}
            </td>
            <td>{s.blocked}</td>
            <td>
              <ProgressBar percent={s.percent} label={`${s.title}: ${s.percent}%`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
