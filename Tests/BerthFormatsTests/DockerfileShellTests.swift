import BerthFormats
import XCTest

/// The small shell reader behind `RunInstruction.commands`.
final class DockerfileShellTests: XCTestCase {
    func testSeparatorsAndPipes() {
        XCTAssertEqual(names("a && b || c; d | e & f |& g"), ["a", "b", "c", "d", "e", "f", "g"])
    }

    func testQuotesAreRemovedFromWords() {
        let command = commands(#"echo "a b" 'c d' e\ f "$HOME"/x"#).first
        XCTAssertEqual(command?.arguments.map(\.text), ["a b", "c d", "e f", "$HOME/x"])
        XCTAssertEqual(command?.arguments.map(\.isLiteral), [true, true, true, false])
    }

    func testAssignmentsAndRedirectionsAreNotArguments() {
        let command = commands("DEBIAN_FRONTEND=noninteractive apt-get install -y curl > /dev/null 2>&1 < input").first
        XCTAssertEqual(command?.name, "apt-get")
        XCTAssertEqual(command?.arguments.map(\.text), ["install", "-y", "curl"])
        XCTAssertEqual(names("X=1 Y=2"), [], "a line of assignments runs no command")
    }

    func testCommandSubstitutionsAreSearched() {
        XCTAssertEqual(names("v=\"$(dpkg --print-architecture | awk '{print $1}')\"; echo `date` $((1 + 2))"),
                       ["dpkg", "awk", "echo", "date"])
    }

    func testCompoundCommands() {
        let script = """
            if [ -f x ]; then cd /x; elif true; then :; else exit 1; fi
            for d in a b; do make -C "$d"; done
            while read line; do echo "$line"; done < list
            case "$arch" in amd64|arm64) echo fast ;; *) echo slow ;; esac
            { cd /y; ls; }
            [[ -d /z ]] && rm -rf /z
            """
        XCTAssertEqual(names(script), ["[", "cd", "true", ":", "exit", "make", "read", "echo", "echo", "echo", "cd", "ls", "rm"])
    }

    func testFunctionDefinitionsAreNotCalls() {
        XCTAssertEqual(names("_update() { apt-get update; }; _update\nfunction clean { rm -rf /tmp/x; }"),
                       ["apt-get", "_update", "rm"])
    }

    func testShellHeredocBodiesAreSkipped() {
        XCTAssertEqual(names("cat <<EOT > /etc/x\nnot a command\nEOT\necho done"), ["cat", "echo"])
        XCTAssertEqual(names("cat <<-EOT\n\tnot a command\n\tEOT\necho done"), ["cat", "echo"])
    }

    func testCommentsAndLineContinuations() {
        XCTAssertEqual(names("echo a # cd /x\necho b \\\n  c"), ["echo", "echo"])
        XCTAssertEqual(commands("echo b \\\n  c").first?.arguments.map(\.text), ["b", "c"])
    }

    func testCommandsWithAnExpandedNameAreSkipped() {
        XCTAssertEqual(names("$CC -o x x.c && \"$PY\" app.py && make"), ["make"])
    }

    func testFlagsAreSplitLikeHadolint() {
        let command = commands("apt-get -yq --no-install-recommends --option=x install curl").first
        XCTAssertEqual(command?.flags, ["y", "q", "no-install-recommends", "option"])
        XCTAssertEqual(command?.hasFlag("y"), true)
        XCTAssertEqual(command?.operands.map(\.text), ["install", "curl"])
        XCTAssertEqual(command?.runs("apt-get", "install"), true)
    }

    func testPositionsAreOnTheNames() {
        let run = Dockerfile.parse(SourceText(path: "Dockerfile", text: "FROM a:1\nRUN a; \\\n  b && x=$(c)\n"))
            .instructions("RUN").first?.run
        XCTAssertEqual(run?.commands.map { "\($0.name)@\($0.nameLocation.line):\($0.nameLocation.column)" },
                       ["a@2:5", "b@3:3", "c@3:12"])
    }

    func testUnbalancedInputEnds() {
        XCTAssertEqual(names("echo \"unterminated"), ["echo"])
        XCTAssertFalse(names("x=$(echo ((((").contains(""), "a broken substitution ends the script quietly")
        XCTAssertEqual(names("echo `date"), ["echo", "date"])
    }

    private func commands(_ script: String) -> [ShellCommand] {
        let text = "FROM a:1\nRUN <<EOF\n\(script)\nEOF\n"
        return Dockerfile.parse(SourceText(path: "Dockerfile", text: text)).instructions("RUN").first?.run?.commands ?? []
    }

    private func names(_ script: String) -> [String] {
        commands(script).map(\.name)
    }
}
