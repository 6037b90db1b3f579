#!/usr/bin/env python3
"""Reads `perf script` output of the portal under load and says where its CPU went.

    perf script -i perf.data | bench/profile/classify.py [--deepest N]

Each sample's stack is put in one group of each table: by the code it ended in (the portal's own managed code
and the framework's, the JIT, the runtime's native code, SQLite, the kernel), and by the step of a request it
belongs to (the page handler's queries, the layout and its view components, the page's rendering, the middleware,
Kestrel, the JIT working in the background). Stacks through SQLite's native code are often cut short (it is built
without frame pointers), so part of its time shows as "native, stack cut".
"""
import collections
import re
import sys


def stacks(lines):
    current = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if current:
                yield list(reversed(current))
                current = []
            continue
        if line[0] not in " \t":
            continue  # the sample's header line
        parts = line.strip().split(" ", 1)
        symbol = parts[1] if len(parts) > 1 else parts[0]
        library = re.search(r"\(([^)]*)\)$", symbol)
        symbol = re.sub(r"\s*\([^)]*\)$", "", symbol)
        symbol = re.sub(r"\+0x[0-9a-f]+$", "", symbol)
        if symbol.startswith("[unknown]") or re.fullmatch(r"[0-9a-f]+", symbol):
            symbol = "[" + (library.group(1).split("/")[-1] if library else "?") + "]"
        current.append(symbol)
    if current:
        yield list(reversed(current))


def has(stack, *patterns):
    return any(p in frame for frame in stack for p in patterns)


def code(stack):
    leaf = stack[-1]
    if has(stack, "libclrjit"):
        return "JIT"
    if re.match(r"^(sqlite3|fts5|pcache|btree|vdbe|yy_)", leaf) or "libe_sqlite3" in leaf:
        return "SQLite"
    if "libcoreclr" in leaf:
        return "runtime (GC, type system, stubs)"
    if "::" in leaf or "!" in leaf:
        return "managed"
    return "kernel and libc"


def step(stack):
    if has(stack, "RenderLayoutAsync"):
        return "layout: view components" if has(stack, "ViewComponent") else "layout: the rest"
    if has(stack, "RenderPageCoreAsync", "RenderPageAsync"):
        return "page: rendering"
    if has(stack, "OnPageHandlerExecutionAsync", "InvokeHandlerMethodAsync"):
        return "page: handler (queries)"
    if has(stack, "ResourceInvoker"):
        return "MVC, other"
    if has(stack, "RequestLoggingMiddleware"):
        return "middleware"
    if has(stack, "Kestrel"):
        return "Kestrel"
    if has(stack, "libclrjit"):
        return "JIT in the background"
    return "native, stack cut (mostly SQLite)"


def main():
    deepest = int(sys.argv[sys.argv.index("--deepest") + 1]) if "--deepest" in sys.argv else 15
    samples = list(stacks(sys.stdin))
    if not samples:
        sys.exit("no samples: was the portal under load while perf recorded?")
    portal = collections.Counter()
    tables = {"code": collections.Counter(), "step": collections.Counter()}
    for stack in samples:
        tables["code"][code(stack)] += 1
        tables["step"][step(stack)] += 1
        own = [re.sub(r"^.*?\] ", "", f) for f in stack if "Portal.Web" in f]
        if own:
            portal[re.sub(r"\[(Optimized|Instrumented|QuickJitted|PreJIT).*$", "", own[-1])[:110]] += 1
    print(f"{len(samples)} samples")
    for name, table in tables.items():
        print(f"\nby {name}")
        for key, count in table.most_common():
            print(f"  {100 * count / len(samples):5.1f} %  {key}")
    print("\nthe portal's deepest own frame")
    for key, count in portal.most_common(deepest):
        print(f"  {100 * count / len(samples):5.1f} %  {key}")


if __name__ == "__main__":
    main()
