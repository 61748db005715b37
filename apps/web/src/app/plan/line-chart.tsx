/**
 * A small accessible line chart: points over time, an optional target line (and a ceiling, for a band),
 * and the values as a table for screen readers.
 */
export function LineChart({ title, points, target, ceiling, unit = '' }: { title: string; points: Array<{ label: string; value: number }>; target?: number; ceiling?: number; unit?: string }) {
  const width = 320;
  const height = 120;
  const pad = 24;
  const max = Math.max(1, target ?? 0, ceiling ?? 0, ...points.map((point) => point.value));
  const x = (index: number) => pad + (points.length <= 1 ? 0 : (index * (width - 2 * pad)) / (points.length - 1));
  const y = (value: number) => height - pad - (value / max) * (height - 2 * pad);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}: ${points.map((point) => `${point.label} ${point.value}${unit}`).join(', ')}${target !== undefined ? `; target ${target}${unit}` : ''}${ceiling !== undefined ? `; at most ${ceiling}${unit}` : ''}`}
      >
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} className="axis" />
        {target !== undefined && <line x1={pad} x2={width - pad} y1={y(target)} y2={y(target)} className="target" />}
        {ceiling !== undefined && <line x1={pad} x2={width - pad} y1={y(ceiling)} y2={y(ceiling)} className="target" />}
        <polyline fill="none" className="series" points={points.map((point, index) => `${x(index)},${y(point.value)}`).join(' ')} />
        {points.map((point, index) => (
          <circle key={index} cx={x(index)} cy={y(point.value)} r={3} className="series-point" />
        ))}
      </svg>
      <table className="visually-hidden">
        <tbody>
          {points.map((point, index) => (
            <tr key={index}>
              <th scope="row">{point.label}</th>
              <td>
                {point.value}
                {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
