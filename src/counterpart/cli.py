"""``counterpart`` command line: a thin shell over the Python API.

It parses arguments, calls the functions the tests call, prints, and turns errors into exit codes:
0 success, 1 a report failed, 2 bad parameters, 3 invalid data, 4 another run holds the lock.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import CounterpartError, DataValidationError, ParameterError


def _validate(args) -> int:
    from .dataset.load import find_data_dir
    from .dataset.record_rules import record_summary
    from .dataset.schema import read_schema
    from .dataset.validate import validate_tables

    data_dir = find_data_dir(args.data_dir)
    schema = read_schema(data_dir)
    tables, problems = validate_tables(data_dir, schema)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in {data_dir}", file=sys.stderr)
        return DataValidationError.exit_code
    rows = sum(len(t.rows) for t in tables.values())
    print(f"ok: {len(tables)} tables, {rows} rows in {data_dir} are valid")
    for line in record_summary(tables):
        print(f"  {line}")
    return 0


def _run(args) -> int:
    from .runner.run import RunSummary, run_reports

    summary = RunSummary()
    run_reports(
        pairings=args.pairing,
        as_of=args.as_of,
        notebooks=args.notebook,
        data_dir=args.data_dir,
        reports_dir=args.reports_dir,
        formats=tuple(args.format) if args.format else None,
        on_result=lambda r: print(r.line(), flush=True),
        manifest=args.manifest,
        workers=args.workers,
        cluster=args.cluster,
        force=args.force,
        wait_for_lock=args.wait,
        kernel=args.kernel,
        brief=False if args.no_brief else None,
        summary=summary,
    )
    print(summary.line())
    if summary.index:
        print(f"index: {summary.index}")
    if summary.record:
        print(f"run record: {summary.record}")
    if summary.failed:
        print(f"{len(summary.failed)} failed:", file=sys.stderr)
        for r in summary.failed:
            print("  " + r.line(), file=sys.stderr)
        return 1
    return 0


def _brief(args) -> int:
    from .dataset.load import find_data_dir, load_dataset
    from .reports.params import resolve_as_of
    from .reports.render import plural
    from .runner.brief import build_brief
    from .runner.index import write_index

    ds = load_dataset(args.data_dir)
    day = resolve_as_of(args.as_of)
    reports = Path(args.reports_dir) if args.reports_dir else find_data_dir().parent / "reports"
    built = build_brief(reports / args.pairing / day.isoformat(), ds, args.pairing, day)
    for path in built.outputs:
        print(path)
    print(f"{plural(built.pages, 'page')}; index: {write_index(reports)}")
    return 0


def _params(args) -> int:
    from .runner.notebooks import find_notebooks_dir, notebook_parameters, select_notebooks

    for path in select_notebooks(find_notebooks_dir(), args.notebook or None):
        print(f"{path.name}:")
        for name, p in notebook_parameters(path).items():
            print(f"  {name} = {p['default']}  # {p['help']}")
    return 0


def _pairings(args) -> int:
    from .dataset.load import load_dataset

    ds = load_dataset(args.data_dir)
    for _, p in ds.pairings.iterrows():
        parent = p["parent_pairing_id"]
        under = f" (under {parent})" if isinstance(parent, str) else ""
        print(f"{p['pairing_id']}: {p['level']}{under}")
    return 0


def _add(args) -> int:
    from .dataset.append import append_row

    values = {}
    for item in args.values:
        if "=" not in item:
            raise ParameterError(f"{item!r} is not COLUMN=VALUE")
        k, v = item.split("=", 1)
        values[k.strip()] = v
    path, line = append_row(args.data_dir, args.table, values)
    print(f"added {path}:{line}")
    return 0


def _research(args) -> int:
    from .dataset.load import load_dataset
    from .dataset.research import research_coverage

    chosen = args.file or args.file_option
    if not chosen:
        raise ParameterError(
            "pass the leads file: counterpart research FILE (e.g. sources-2026-11.json)"
        )
    ds = load_dataset(args.data_dir)
    path = Path(chosen)
    cov = research_coverage(ds, path)
    for line in cov.lines():
        print(line)
    if cov.complete:
        print(
            f"ok: every lead, pairing label and figure in {path} is in data/ or in data/leads.csv"
        )
        return 0
    return 1


def _extract(args) -> int:
    from .dataset.load import find_data_dir
    from .ingest.extract import extract_file
    from .ingest.review import write_review

    data_dir = find_data_dir(args.data_dir)
    ex = extract_file(
        args.article,
        source_url=args.source_url,
        data_dir=data_dir,
        source_id=args.source_id,
        pairing=args.pairing,
        year=args.year,
        published=args.published,
        publisher=args.publisher,
    )
    out = Path(args.output or Path(args.article).with_suffix(".review.yaml"))
    write_review(ex, out, data_dir)
    for w in ex.warnings:
        print(f"warning: {w}", file=sys.stderr)
    by_decision: dict[str, int] = {}
    for c in ex.candidates:
        by_decision[c.decision] = by_decision.get(c.decision, 0) + 1
    counts = ", ".join(f"{n} {d}" for d, n in sorted(by_decision.items()))
    print(f"{len(ex.candidates)} candidates ({counts}) for source {ex.source_id} in {out}")
    print(f"review it, then: counterpart accept {out}")
    return 0


def _accept(args) -> int:
    from .ingest.review import accept_review

    result = accept_review(args.review_file, args.data_dir, dry_run=args.dry_run)
    for line in result.lines():
        print(line)
    verb = "would add" if result.dry_run else "added"
    print(
        f"{verb} {len(result.written)} row(s); nothing was written"
        if result.dry_run
        else f"{verb} {len(result.written)} row(s); the dataset validates"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterpart",
        description="Reports on East-West counterpart cooperation from one sourced dataset.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    v = sub.add_parser("validate", help="check data/ and print every problem as file:row:column")
    v.add_argument("--data-dir", help="dataset folder (default: the project's data/)")
    v.set_defaults(func=_validate)

    r = sub.add_parser(
        "run",
        help="build the reports the manifest (reports.yml) lists; skip those whose inputs did not change",
    )
    r.add_argument(
        "--manifest", metavar="FILE", help="run manifest (default: reports.yml if present)"
    )
    r.add_argument(
        "--pairing",
        action="append",
        metavar="ID",
        help="pairing id (repeatable; default: the manifest's, else every pairing)",
    )
    r.add_argument(
        "--as-of",
        action="append",
        metavar="DATE",
        help="YYYY-MM-DD or 'today' (repeatable; default: the manifest's, else today)",
    )
    r.add_argument(
        "--notebook",
        action="append",
        metavar="NAME",
        help="e.g. context (repeatable; default: all four)",
    )
    r.add_argument("--data-dir", help="dataset folder (default: the project's data/)")
    r.add_argument("--reports-dir", help="output folder (default: the project's reports/)")
    r.add_argument(
        "--format", nargs="+", choices=["html", "pdf"], help="formats to export (default: both)"
    )
    r.add_argument("--no-brief", action="store_true", help="do not build the combined briefs")
    r.add_argument(
        "--workers", type=int, metavar="N", help="local worker processes (default: one per core)"
    )
    r.add_argument(
        "--cluster",
        metavar="tcp://HOST:PORT",
        help="submit the jobs to this Dask scheduler instead of local workers",
    )
    r.add_argument("--force", action="store_true", help="rebuild even what is up to date")
    r.add_argument(
        "--wait", action="store_true", help="if another run holds reports/, wait for it to finish"
    )
    r.add_argument(
        "--kernel",
        choices=["fork", "fresh"],
        default="fork",
        help="fork kernels from a warm template (default) or start each from scratch",
    )
    r.set_defaults(func=_run)

    p = sub.add_parser(
        "params", help="list each notebook's parameters with their defaults and help"
    )
    p.add_argument("notebook", nargs="*", help="notebook name (default: all)")
    p.set_defaults(func=_params)

    a = sub.add_parser(
        "add",
        help="append one validated row to a table, atomically (e.g. add observation indicator_id=... )",
    )
    a.add_argument(
        "table", help="table name, e.g. observation(s), source(s), event(s), commitment(s)"
    )
    a.add_argument("values", nargs="+", metavar="COLUMN=VALUE")
    a.add_argument("--data-dir", help="dataset folder (default: the project's data/)")
    a.set_defaults(func=_add)

    rs = sub.add_parser("research", help="list what a leads file holds that data/ does not")
    rs.add_argument("file", nargs="?", help="the leads file (JSON with a 'sources' list)")
    rs.add_argument("--file", dest="file_option", help=argparse.SUPPRESS)
    rs.add_argument("--data-dir")
    rs.set_defaults(func=_research)

    q = sub.add_parser("pairings", help="list the pairing ids the dataset knows")
    q.add_argument("--data-dir")
    q.set_defaults(func=_pairings)

    b = sub.add_parser(
        "brief",
        help="rebuild one report's brief (PDF and HTML) from its executed sections, and the index",
    )
    b.add_argument("--pairing", required=True, metavar="ID", help="pairing id")
    b.add_argument("--as-of", required=True, metavar="DATE", help="YYYY-MM-DD, as in the run")
    b.add_argument("--data-dir", help="dataset folder (default: the project's data/)")
    b.add_argument("--reports-dir", help="reports folder (default: the project's reports/)")
    b.set_defaults(func=_brief)

    x = sub.add_parser(
        "extract", help="propose dataset rows from a new article, into a review file (YAML)"
    )
    x.add_argument("article", help="the article: UTF-8 plain text (title first) or HTML")
    x.add_argument("--source-url", required=True, metavar="URL", help="where it was published")
    x.add_argument(
        "--source-id", help="id of the new source (default: from the URL, e.g. dl-24772)"
    )
    x.add_argument(
        "--pairing", metavar="ID", help="pairing the facts belong to (default: inferred)"
    )
    x.add_argument("--year", type=int, help="year of dates the text gives without one (inferred)")
    x.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, when known")
    x.add_argument("--publisher", help="who published it (default: the URL's host)")
    x.add_argument("-o", "--output", help="review file (default: ARTICLE.review.yaml)")
    x.add_argument("--data-dir", help="dataset to match names against (default: data/)")
    x.set_defaults(func=_extract)

    ac = sub.add_parser(
        "accept", help="add a review file's accepted rows to the dataset: validated, all or nothing"
    )
    ac.add_argument("review_file")
    ac.add_argument("--data-dir", help="dataset folder (default: the project's data/)")
    ac.add_argument(
        "--dry-run", action="store_true", help="check and report on a copy; write nothing"
    )
    ac.set_defaults(func=_accept)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.func in (_run, _brief):
            from .reports.params import source_date_epoch

            source_date_epoch()  # a bad value is said now, not minutes later inside a kernel
        return args.func(args)
    except CounterpartError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `counterpart validate | head -1`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
