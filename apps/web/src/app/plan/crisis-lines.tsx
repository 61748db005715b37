import { useRef } from 'react';

/** The standing crisis lines, and the plan's own: one click away on every plan page. */
const STANDING = [
  { name: '988 Suicide & Crisis Lifeline', number: '988' },
  { name: 'Emergency', number: '911' },
  { name: 'SAMHSA National Helpline', number: '1-800-662-4357' },
];

export function CrisisLines({ lines }: { lines: Array<{ name: string; number: string }> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const all = [...STANDING, ...lines.filter((line) => !STANDING.some((standing) => standing.number === line.number))];
  return (
    <>
      <button type="button" className="crisis-button" onClick={() => dialog.current?.showModal()}>
        Crisis lines
      </button>
      <dialog ref={dialog} aria-labelledby="crisis-title">
        <h2 id="crisis-title">Crisis lines</h2>
        <ul>
          {all.map((line) => (
            <li key={line.number}>
              {line.name}: <a href={`tel:${line.number.replace(/[^0-9+]/g, '')}`}>{line.number}</a>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}
