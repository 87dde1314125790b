/** A quiet picture of people connected to each other; purely decorative. */
export function NetworkIllustration() {
  const people = [
    { x: 60, y: 70, r: 22 },
    { x: 190, y: 40, r: 28 },
    { x: 300, y: 110, r: 20 },
    { x: 120, y: 190, r: 30 },
    { x: 260, y: 220, r: 24 },
  ];
  const links: [number, number][] = [
    [0, 1],
    [1, 2],
    [0, 3],
    [1, 3],
    [3, 4],
    [2, 4],
  ];
  return (
    <svg className="hero-illustration" viewBox="0 0 360 270" aria-hidden="true" focusable="false">
      {links.map(([from, to]) => (
        <line key={`${from}-${to}`} x1={people[from]!.x} y1={people[from]!.y} x2={people[to]!.x} y2={people[to]!.y} className="illustration-link" />
      ))}
      {people.map(({ x, y, r }) => (
        <g key={`${x}-${y}`}>
          <circle cx={x} cy={y} r={r} className="illustration-person" />
          <circle cx={x} cy={y - r * 0.22} r={r * 0.3} className="illustration-face" />
          <path d={`M ${x - r * 0.5} ${y + r * 0.55} a ${r * 0.5} ${r * 0.42} 0 0 1 ${r} 0`} className="illustration-face" />
        </g>
      ))}
    </svg>
  );
}
