"""Parses Kotlin (.kt, .kts) and Swift (.swift) files with tree-sitter's
grammars and fails on any syntax error, naming the line. A parse, not a
compile: types and imports are not checked here (that needs the Android SDK
and Xcode)."""
import pathlib
import sys

import tree_sitter
import tree_sitter_kotlin
import tree_sitter_swift

KOTLIN = tree_sitter.Language(tree_sitter_kotlin.language())
SWIFT = tree_sitter.Language(tree_sitter_swift.language())
LANGUAGES = {".kt": KOTLIN, ".kts": KOTLIN, ".swift": SWIFT}


def errors(node):
    if node.type == "ERROR" or node.is_missing:
        yield node
    for child in node.children:
        yield from errors(child)


def main(paths):
    failed = 0
    for name in paths:
        path = pathlib.Path(name)
        language = LANGUAGES.get(path.suffix)
        if language is None:
            print(f"{name}: not Kotlin or Swift")
            failed += 1
            continue
        tree = tree_sitter.Parser(language).parse(path.read_bytes())
        found = list(errors(tree.root_node))
        for e in found[:5]:
            what = f"missing {e.type}" if e.is_missing else "cannot parse"
            print(f"{name}:{e.start_point[0] + 1}:{e.start_point[1] + 1}: {what}")
        print(f"{name}: {'FAILED' if found else 'parses'}")
        failed += bool(found)
    if not paths:
        print("no Kotlin or Swift files given")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
