"""``counterpart`` command line: a thin shell over the Python API.

It parses arguments, calls the functions the tests call, prints, and turns errors into exit codes:
0 success, 1 a report failed, 2 bad parameters, 3 invalid data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import CounterpartError, DataValidationError, ParameterError


def _validate(args) -> int:
    from .dataset import find_data_dir
    from .schema import read_schema
    from .validate import validate_tables

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
    return 0


def _run(args) -> int:
    from .run import run_reports

    results = run_reports(
        pairings=args.pairing,
        as_of=args.as_of,
        notebooks=args.notebook,
        data_dir=args.data_dir,
        reports_dir=args.reports_dir,
        formats=tuple(args.format),
        on_result=lambda r: print(r.line(), flush=True),
    )
    failed = [r for r in results if r.status != "ok"]
    print(f"{len(results) - len(failed)} of {len(results)} report(s) built", end="")
    if results:
        print(f" in {results[0].job.out_dir(Path(args.reports_dir or 'reports')).parent.parent}")
    if failed:
        print(f"{len(failed)} failed:", file=sys.stderr)
        for r in failed:
            print("  " + r.line(), file=sys.stderr)
        return 1
    return 0


def _params(args) -> int:
    from .params import find_notebooks_dir, notebook_parameters, select_notebooks

    for path in select_notebooks(find_notebooks_dir(), args.notebook or None):
        print(f"{path.name}:")
        for name, p in notebook_parameters(path).items():
            print(f"  {name} = {p['default']}  # {p['help']}")
    return 0


def _pairings(args) -> int:
    from .dataset import load_dataset

    ds = load_dataset(args.data_dir)
    for _, p in ds.pairings.iterrows():
        parent = p["parent_pairing_id"]
        under = f" (under {parent})" if isinstance(parent, str) else ""
        print(f"{p['pairing_id']}: {p['level']}{under}")
    return 0


def _add(args) -> int:
    from .append import append_row

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
    from .dataset import load_dataset
    from .research import default_research_file, research_coverage

    ds = load_dataset(args.data_dir)
    path = Path(args.file) if args.file else default_research_file(ds)
    if not path.is_file():
        raise ParameterError(f"no research file at {path}; pass --file PATH")
    cov = research_coverage(ds, path)
    for line in cov.lines():
        print(line)
    if cov.complete:
        print(f"ok: every source, pairing and figure in {path} is in the dataset")
        return 0
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterpart",
        description="Reports on East-West counterpart cooperation from one sourced dataset.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    v = sub.add_parser("validate", help="check data/ and print every problem as file:row:column")
    v.add_argument("--data-dir", help="dataset folder (default: the project's data/)")
    v.set_defaults(func=_validate)

    r = sub.add_parser("run", help="execute the notebooks and export HTML and PDF into reports/")
    r.add_argument(
        "--pairing",
        action="append",
        metavar="ID",
        help="pairing id (repeatable; default: every pairing)",
    )
    r.add_argument(
        "--as-of", default="today", metavar="DATE", help="YYYY-MM-DD or 'today' (default)"
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
        "--format",
        nargs="+",
        default=["html", "pdf"],
        choices=["html", "pdf"],
        help="formats to export",
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

    rs = sub.add_parser("research", help="list research facts not yet in the dataset")
    rs.add_argument("--file", help="research JSON (default: ../shared/research/domain-facts.json)")
    rs.add_argument("--data-dir")
    rs.set_defaults(func=_research)

    q = sub.add_parser("pairings", help="list the pairing ids the dataset knows")
    q.add_argument("--data-dir")
    q.set_defaults(func=_pairings)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CounterpartError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
