import BerthTestSupport

/// Lab `mini`: two small tasks (hello: 3 points in two checks, bye: 1 point) whose checks
/// read plain text files, so a test of the student's loop controls every outcome.
enum MiniLab {
    static func write(into labs: TemporaryDirectory) throws {
        try labs.write("mini/lab.yaml", """
            schema: 1
            id: mini
            title: A mini lab
            starter:
              app/main.txt: mini/starter/main.txt
            tasks:
              - id: hello
                title: Say hello
                points: 3
                instructions: tasks/hello.md
                notes: [dockerfile]
                hints: [Make a file called hello.txt., Write Hello in it.]
                solution: solutions/hello
                checks:
                  - {id: exists, kind: file, points: 1, path: hello.txt, message: There is no hello.txt., fix: Create hello.txt.}
                  - {id: says-hello, kind: file, points: 2, path: hello.txt, contains: [Hello], message: hello.txt does not say Hello., fix: Write Hello in hello.txt.}
              - id: bye
                title: Say goodbye
                points: 1
                instructions: tasks/bye.md
                hints: [Make bye.txt.]
                solution: solutions/bye
                checks:
                  - {id: exists, kind: file, points: 1, path: bye.txt, message: There is no bye.txt., fix: Create bye.txt.}
            """)
        try labs.write("mini/starter/main.txt", "the starter\n")
        try labs.write("mini/tasks/hello.md", "# Say hello\n\nCreate `hello.txt` with **Hello** in it.\n")
        try labs.write("mini/tasks/bye.md", "# Say goodbye\n\nCreate `bye.txt`.\n")
        try labs.write("mini/solutions/hello/hello.txt", "Hello\n")
        try labs.write("mini/solutions/bye/hello.txt", "Hello\n")
        try labs.write("mini/solutions/bye/bye.txt", "Bye\n")
    }
}
