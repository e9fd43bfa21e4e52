#!/usr/bin/env python3
"""The code's shape, checked: no import circle between files, no long file.

Reads every `crates/*/src/**/*.rs`, builds the module tree of each crate from
its `mod` lines, and draws an edge from file A to file B whenever A names an
item that B defines: in a `use` line (`use crate::...`, `use super::...`,
`use self::...`, `use child::...`) or in a path in the code
(`crate::outcome::paragraph_outcome(..)`, `super::part_label(..)`,
`columns::header(..)`). A name reached through a re-export (`pub use`) is
followed to the file that defines it, so a facade (`lib.rs`, `input/mod.rs`)
makes no circle. A `mod` line alone is not an edge: declaring a child is not
using it. Unit tests (`#[cfg(test)] mod tests { ... }`) are left out: a test
may drive the crate from its top.

Fails (exit 1) with the files of every circle, each edge with the line that
makes it, and every source file over the line limit. Generated tables may be
allowed explicitly in ALLOW_LONG (none today).

    python3 scripts/check-structure.py            # check the workspace
    python3 scripts/check-structure.py --self-test  # prove it finds a circle
"""

import os
import re
import sys
import tempfile

MAX_LINES = 800
# Files allowed over MAX_LINES: generated tables only, each with its reason.
ALLOW_LONG = {}

ITEM_KINDS = r"(?:fn|struct|enum|const|static|trait|type|union|mod|macro_rules!)"
DEF_RE = re.compile(
    r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:(?:const|async|unsafe|extern\s+\"[^\"]*\")\s+)*"
    + ITEM_KINDS
    + r"\s+([A-Za-z_][A-Za-z0-9_]*)",
    re.M,
)
MOD_RE = re.compile(r"^[ \t]*(?:pub(?:\([^)]*\))?\s+)?mod\s+([A-Za-z_][A-Za-z0-9_]*)\s*;", re.M)
USE_RE = re.compile(r"^[ \t]*(pub(?:\([^)]*\))?\s+)?use\s+([^;]*);", re.M)
PATH_RE = re.compile(r"(?<![A-Za-z0-9_:])((?:[A-Za-z_][A-Za-z0-9_]*::)+[A-Za-z_][A-Za-z0-9_]*)")


def strip_code(src):
    """Comments, strings and char literals blanked (newlines kept)."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            i = j
            continue
        if src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append("\n" * src.count("\n", i, j))
            i = j
            continue
        m = re.match(r'b?r(#*)"', src[i : i + 260])
        if m and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            end = '"' + m.group(1)
            j = src.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(' ""' + "\n" * src.count("\n", i, j))
            i = j
            continue
        if c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            out.append('""' + "\n" * src.count("\n", i, j))
            i = j + 1
            continue
        if c == "'":
            m = re.match(r"'(?:\\.[^']*|[^\\'])'", src[i : i + 12])
            if m:
                out.append("' '")
                i += m.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


def strip_tests(code):
    """`#[cfg(test)] mod name { ... }` blanked (newlines kept)."""
    out, pos = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{", code):
        if m.start() < pos:
            continue
        depth, j = 1, m.end()
        while j < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[j], 0)
            j += 1
        out.append(code[pos : m.start()])
        out.append("\n" * code.count("\n", m.start(), j))
        pos = j
    out.append(code[pos:])
    return "".join(out)


def expand_use(tree):
    """`a::{b, c::{self, d}}` -> [['a','b'], ['a','c'], ['a','c','d']] ('*' kept)."""
    tree = re.sub(r"\s+", "", tree)

    def parse(s, prefix):
        paths = []
        depth, start, parts = 0, 0, []
        for k, ch in enumerate(s):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                parts.append(s[start:k])
                start = k + 1
        parts.append(s[start:])
        for p in parts:
            if not p:
                continue
            if "{" in p:
                head, rest = p.split("{", 1)
                head = [x for x in head.split("::") if x]
                paths += parse(rest[: rest.rfind("}")], prefix + head)
            else:
                segs = [x for x in p.split("::") if x]
                if segs == ["self"]:
                    paths.append(prefix)
                else:
                    paths.append(prefix + segs)
        return paths

    return parse(tree, [])


def strip_as(tree):
    return re.sub(r"\s+as\s+[A-Za-z_][A-Za-z0-9_]*", "", tree)


class Module:
    def __init__(self, path, file, parent, crate):
        self.path = path  # ('parse', 'heads')
        self.file = file
        self.parent = parent
        self.crate = crate
        self.children = {}
        self.defs = set()
        self.reexports = {}  # name -> (module, segments)
        self.globs = []  # segments of `pub use x::*`
        self.uses = []  # (line, segments, is_pub)
        self.code = ""
        self.bindings = {}  # local name -> segments (for paths in code)


def child_file(parent_file, name):
    d, base = os.path.split(parent_file)
    stem = base[:-3]
    # `mod.rs`, `lib.rs`, `main.rs` own their folder; `x.rs` owns `x/`.
    folder = d if stem in ("mod", "lib", "main") else os.path.join(d, stem)
    for cand in (os.path.join(folder, name + ".rs"), os.path.join(folder, name, "mod.rs")):
        if os.path.isfile(cand):
            return cand
    return None


def load_tree(root_file, crate):
    modules = {}

    def load(file, path, parent):
        m = Module(path, file, parent, crate)
        modules[file] = m
        with open(file, encoding="utf-8") as f:
            raw = f.read()
        code = strip_tests(strip_code(raw))
        m.code = code
        m.defs = set(DEF_RE.findall(code))
        # `#[cfg(test)] mod tests;`: a test file, left out like a test module.
        test_mods = set(re.findall(r"#\[cfg\(test\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", code))
        for name in MOD_RE.findall(code):
            if name in test_mods:
                continue
            cf = child_file(file, name)
            if cf and cf not in modules:
                m.children[name] = load(cf, path + (name,), m)
            elif cf:
                m.children[name] = modules[cf]
        for um in USE_RE.finditer(code):
            line = code.count("\n", 0, um.start()) + 1
            is_pub = bool(um.group(1))
            for segs in expand_use(strip_as(um.group(2))):
                m.uses.append((line, segs, is_pub))
        return m

    root = load(root_file, (), None)
    return root, modules


def start_module(m, root, first):
    """The module a path starting with `first` is relative to, and whether
    `first` was consumed."""
    if first == "crate":
        return root, True
    if first == "self":
        return m, True
    if first == "super":
        return (m.parent or m), True
    if first in m.children:
        return m.children[first], True
    return None, False


def resolve(m, root, segs, seen=None):
    """The file that defines the item `segs` names from module `m`, or None
    for paths outside the crate."""
    seen = seen or set()
    key = (m.file, tuple(segs))
    if key in seen:
        return None
    seen.add(key)
    cur, ok = start_module(m, root, segs[0])
    if not ok:
        # A name bound by a `use` in this module (`use crate::scan; scan::x`).
        b = m.bindings.get(segs[0])
        if b is None:
            return None
        return resolve(m, root, b + segs[1:], seen)
    rest = segs[1:]
    while rest and rest[0] == "super":
        cur = cur.parent or cur
        rest = rest[1:]
    for k, s in enumerate(rest):
        if s == "*":
            return cur.file
        if s in cur.children:
            cur = cur.children[s]
            continue
        return item_file(cur, root, s, seen)
    return cur.file


def item_file(mod, root, name, seen):
    if name in mod.defs:
        return mod.file
    if name in mod.reexports:
        t = resolve(mod, root, mod.reexports[name], seen)
        if t:
            return t
    for g in mod.globs:
        target = resolve(mod, root, g + [name], seen)
        if target and target != mod.file:
            return target
    return mod.file


def build_graph(src_dirs):
    edges = {}  # (a, b) -> (line, text)
    files = []
    for src in src_dirs:
        roots = [os.path.join(src, r) for r in ("lib.rs", "main.rs") if os.path.isfile(os.path.join(src, r))]
        bind = os.path.join(src, "bin")
        if os.path.isdir(bind):
            roots += [os.path.join(bind, f) for f in sorted(os.listdir(bind)) if f.endswith(".rs")]
        for rf in roots:
            root, modules = load_tree(rf, src)
            for m in modules.values():
                files.append(m.file)
                for _, segs, is_pub in m.uses:
                    name = segs[-1]
                    if name == "*":
                        m.globs.append(segs[:-1])
                        continue
                    # Any `use` binds the name for this module and, if the
                    # code compiles, for whoever names it through here.
                    m.bindings.setdefault(name, segs)
                    m.reexports.setdefault(name, segs)
            for m in modules.values():
                refs = [(line, segs) for line, segs, _ in m.uses]
                # Paths in the code, `use` lines blanked (read above).
                code = USE_RE.sub(lambda u: "\n" * u.group(0).count("\n"), m.code)
                for pm in PATH_RE.finditer(code):
                    line = code.count("\n", 0, pm.start()) + 1
                    refs.append((line, pm.group(1).split("::")))
                for line, segs in refs:
                    if segs[0] not in ("crate", "self", "super") and segs[0] not in m.children and segs[0] not in m.bindings:
                        continue
                    t = resolve(m, root, segs)
                    if t and t != m.file:
                        seen = edges.setdefault((m.file, t), [])
                        what = "::".join(segs)
                        if all(w != what for _, w in seen):
                            seen.append((line, what))
    return sorted(set(files)), edges


def cycles(files, edges):
    """Strongly connected components with more than one file (Tarjan)."""
    graph = {f: [] for f in files}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, [])
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return graph, out


def one_cycle(graph, comp):
    """A shortest circle through the component's first file."""
    start = comp[0]
    members = set(comp)
    prev = {start: None}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v]):
            if w == start:
                path = [v]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return list(reversed(path)) + [start]
            if w in members and w not in prev:
                prev[w] = v
                queue.append(w)
    return comp + [start]


def long_files(root, src_dirs):
    out = []
    for src in src_dirs:
        for d, _, fs in os.walk(src):
            for f in sorted(fs):
                if f.endswith(".rs"):
                    p = os.path.join(d, f)
                    with open(p, encoding="utf-8") as fh:
                        n = sum(1 for _ in fh)
                    rel = os.path.relpath(p, root)
                    if n > MAX_LINES and rel not in ALLOW_LONG:
                        out.append((rel, n))
    return sorted(out)


def check(root):
    crates = os.path.join(root, "crates")
    src_dirs = sorted(
        os.path.join(crates, c, "src") for c in os.listdir(crates) if os.path.isdir(os.path.join(crates, c, "src"))
    )
    files, edges = build_graph(src_dirs)
    graph, comps = cycles(files, edges)
    rel = lambda p: os.path.relpath(p, root)
    problems = 0
    for comp in comps:
        problems += 1
        path = one_cycle(graph, comp)
        print(f"import circle between {len(comp)} files: " + " -> ".join(rel(p) for p in path))
        members = set(comp)
        inside = sorted((a, b) for a, b in edges if a in members and b in members)
        print(f"    its {len(inside)} imports:")
        for a, b in inside:
            uses = edges[(a, b)]
            shown = ", ".join(f"{w} (line {l})" for l, w in uses[:4])
            more = f" and {len(uses) - 4} more" if len(uses) > 4 else ""
            print(f"    {rel(a)} -> {rel(b)}: {shown}{more}")
    for f, n in long_files(root, src_dirs):
        problems += 1
        print(f"file too long: {f} has {n} lines (limit {MAX_LINES})")
    if problems:
        print(f"check-structure: {len(comps)} import circle(s), {problems - len(comps)} file(s) over {MAX_LINES} lines")
        return 1
    print(f"check-structure: {len(set(files))} files, {len(edges)} imports between them, no circle, none over {MAX_LINES} lines")
    return 0


def self_test():
    """A tiny crate with a planted circle, a facade that is not one, a test
    module that may look up, and a long file."""
    cases = {
        "lib.rs": "pub mod model;\nmod a;\nmod b;\nmod facade;\nmod long;\npub use model::*;\n",
        "model.rs": "pub struct Span;\n",
        # a -> b through a `use`, b -> a through a path in code: a circle.
        "a.rs": "use crate::b::helper;\npub fn top() { helper() }\n",
        "b.rs": "use crate::Span; // via lib.rs's glob: model.rs\npub fn helper() { let _ = crate::a::top; }\n",
        # facade/mod.rs re-exports its child's item; the child uses a sibling,
        # and the root's re-export of the model: no circle.
        "facade/mod.rs": "mod inner;\nmod leaf;\n#[cfg(test)]\nmod tests;\npub use leaf::Leaf;\npub fn run() { inner::go() }\n",
        "facade/tests.rs": "use super::inner::go;\nuse crate::facade::run;\n",
        "facade/leaf.rs": "pub struct Leaf;\n",
        "facade/inner.rs": "use super::Leaf; // re-export: facade/leaf.rs\npub fn go() {}\n"
        "#[cfg(test)]\n#[allow(unused)]\nmod tests {\n    use crate::facade::run;\n}\n",
        "long.rs": "// x\n" * (MAX_LINES + 1),
    }
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "crates", "demo", "src")
        for name, text in cases.items():
            p = os.path.join(src, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
        files, edges = build_graph([src])
        graph, comps = cycles(files, edges)
        rel = lambda p: os.path.relpath(p, src)
        found = [[rel(p) for p in c] for c in comps]
        named = {(rel(a), rel(b)) for a, b in edges}
        longs = [f for f, _ in long_files(tmp, [src])]
    failures = []
    if found != [["a.rs", "b.rs"]]:
        failures.append(f"expected exactly the circle a.rs <-> b.rs, found {found}")
    for e in [("b.rs", "model.rs"), ("facade/inner.rs", "facade/leaf.rs"), ("facade/mod.rs", "facade/inner.rs")]:
        if e not in named:
            failures.append(f"missing edge {e[0]} -> {e[1]}")
    if ("facade/inner.rs", "facade/mod.rs") in named:
        failures.append("a re-export or a test module made an edge back to facade/mod.rs")
    if longs != ["crates/demo/src/long.rs"]:
        failures.append(f"expected long.rs flagged as too long, found {longs}")
    for f in failures:
        print("self-test FAILED: " + f)
    if not failures:
        print("check-structure self-test: planted circle found, facade and tests pass, long file flagged")
    return 1 if failures else 0


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if "--self-test" in sys.argv[1:]:
        sys.exit(self_test())
    sys.exit(check(root))
