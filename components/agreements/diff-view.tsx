import type { DiffLine } from "@/lib/domain/agreements/rules";

type Labels = { added: string; removed: string; unchanged: string };

/**
 * A line diff as a list: each changed line starts with a visible + or − and a hidden word
 * ("Toegevoegd:" / "Verwijderd:") inside <ins>/<del>, so it reads without colour, aloud and on paper.
 */
export function DiffView({ lines, labels, label }: { lines: readonly DiffLine[]; labels: Labels; label: string }) {
  return (
    <ol aria-label={label} className="overflow-x-auto rounded-lg border border-slate-200 bg-white py-2 shadow-sm">
      {lines.map((line, index) => (
        <li
          key={index}
          className={`diff-line ${line.kind === "added" ? "diff-added" : line.kind === "removed" ? "diff-removed" : ""}`}
        >
          {line.kind === "added" ? (
            <ins>
              <span aria-hidden="true">+ </span>
              <span className="sr-only">{labels.added} </span>
              {line.text || " "}
            </ins>
          ) : line.kind === "removed" ? (
            <del>
              <span aria-hidden="true">− </span>
              <span className="sr-only">{labels.removed} </span>
              {line.text || " "}
            </del>
          ) : (
            <>
              <span aria-hidden="true">{"  "}</span>
              {line.text || " "}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
