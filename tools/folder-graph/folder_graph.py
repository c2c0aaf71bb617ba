#!/usr/bin/env python3
"""The dependency graph of the Host's folders (namespaces), and its cycles.

A folder depends on another when one of its files names a type declared in the other and that namespace is
visible there (a `using CaseFlow.Host.X` line, or an enclosing namespace); a name after a dot (db.Journal) is a
member, not a type, unless it is an extension method of that namespace (app.MapCasesApi()). Comments and strings
are ignored, so a `using` kept only for a <see cref> does not count. Migrations (EF Core only) are left out.
It reads the source text, not the compiled code: a rough but quick measure.

    python3 tools/folder-graph/folder_graph.py [src/Host] [--top] [--edges]

--top folds subfolders into their top folder (Messaging.Outbox -> Messaging); --edges also lists each edge with
the type names that make it; --without=Persistence leaves a folder out (e.g. the DbContext, which names every
entity). Prints the pairs of folders that use each other and the strongly connected components with more than one
folder (the cycles). Only top-level types count (nested ones such as CaseActionResult.NotFound go with their parent).
"""

import pathlib
import re
import sys

ROOT = "CaseFlow.Host"
DECLARATION = re.compile(
    r"^(?:(?:public|internal|sealed|static|abstract|partial|readonly|file|unsafe|ref)\s+)*"
    r"(?:class|record(?:\s+struct|\s+class)?|struct|interface|enum)\s+([A-Z]\w*)",
    re.MULTILINE)
NAMESPACE = re.compile(r"^namespace\s+([\w.]+)\s*;", re.MULTILINE)
USING = re.compile(r"^using\s+(?:static\s+)?([\w.]+)\s*;", re.MULTILINE)
COMMENT_OR_STRING = re.compile(
    r'//[^\n]*|/\*.*?\*/|"""(?:.|\n)*?"""|@"(?:[^"]|"")*"|\$?"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\])\'',
    re.DOTALL)
IDENTIFIER = re.compile(r"(?<![.\w])[A-Z]\w*\b")
EXTENSION = re.compile(r"\bstatic\s[^(=;{}]*?\b([A-Z]\w*)\s*(?:<[^>()]*>)?\(\s*this\s")
CALLED_MEMBER = re.compile(r"\.([A-Z]\w*)\b")


def read_files(host):
    files = []
    for path in sorted(pathlib.Path(host).rglob("*.cs")):
        parts = set(path.parts)
        if "obj" in parts or "bin" in parts or "Migrations" in parts:
            continue
        text = path.read_text(encoding="utf-8")
        namespace = NAMESPACE.search(text)
        files.append((path, namespace.group(1) if namespace else ROOT, text))
    return files


def fold(namespace, top):
    if not top or namespace == ROOT:
        return namespace
    rest = namespace[len(ROOT) + 1:].split(".")
    return f"{ROOT}.{rest[0]}"


def graph(files, top):
    declared, extensions = {}, {}
    for _, namespace, text in files:
        code = COMMENT_OR_STRING.sub(" ", text)
        for name in DECLARATION.findall(code):
            declared.setdefault(name, set()).add(namespace)
        for name in EXTENSION.findall(code):
            extensions.setdefault(name, set()).add(namespace)

    edges = {}
    for _, namespace, text in files:
        code = COMMENT_OR_STRING.sub(" ", text)
        visible = {u for u in USING.findall(code) if u.startswith(ROOT)}
        parts = namespace.split(".")
        visible.update(".".join(parts[:i]) for i in range(2, len(parts) + 1))
        body = USING.sub(" ", code)
        used = [(n, declared) for n in set(IDENTIFIER.findall(body))] + [(n, extensions) for n in set(CALLED_MEMBER.findall(body))]
        for name, catalog in used:
            for target in catalog.get(name, ()):
                if target != namespace and target in visible:
                    source, goal = fold(namespace, top), fold(target, top)
                    if source != goal:
                        edges.setdefault((source, goal), set()).add(name)
    return edges


def cycles(edges):
    nodes = sorted({n for edge in edges for n in edge})
    successors = {n: sorted(t for (s, t) in edges if s == n) for n in nodes}
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in successors[node]:
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in nodes:
        if node not in index:
            connect(node)
    return components


def short(namespace):
    return namespace[len(ROOT) + 1:] if namespace.startswith(ROOT + ".") else "(root)"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    top = "--top" in sys.argv
    host = args[0] if args else "src/Host"
    edges = graph(read_files(host), top)
    left_out = {f"{ROOT}.{a.split('=', 1)[1]}" for a in sys.argv[1:] if a.startswith("--without=")}
    edges = {(s, t): n for (s, t), n in edges.items() if fold(s, True) not in left_out and fold(t, True) not in left_out}
    components = cycles(edges)
    if "--edges" in sys.argv:
        for (source, target), names in sorted(edges.items()):
            print(f"{short(source)} -> {short(target)}: {', '.join(sorted(names))}")
        print()
    mutual = sorted((s, t) for (s, t) in edges if s < t and (t, s) in edges)
    print(f"{len(mutual)} pair(s) using each other: " + "; ".join(f"{short(s)}<->{short(t)}" for s, t in mutual))
    print(f"{len(edges)} edges, {len(components)} cycle(s) (strongly connected folders):")
    for component in components:
        inner = sorted((s, t) for (s, t) in edges if s in component and t in component)
        print(f"- {{{', '.join(short(n) for n in component)}}}: "
              + "; ".join(f"{short(s)}->{short(t)}" for s, t in inner))


if __name__ == "__main__":
    main()
