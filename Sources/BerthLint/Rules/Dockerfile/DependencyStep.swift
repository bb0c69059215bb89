import BerthFormats

/// A command that installs a project's dependencies from its manifest files alone
/// (`npm ci`, `pip install -r requirements.txt`, `swift package resolve`, …), so it can run
/// in a layer before the sources are copied and stay cached while only sources change.
struct DependencyStep {
    /// The command as a reader would recognise it (`npm ci`).
    let command: String
    /// The files that step reads, to copy first.
    let manifests: [String]

    init?(_ command: ShellCommand) {
        let operands = command.operands.map(\.text)
        let subcommand = operands.first
        let packages = operands.dropFirst()
        switch command.program {
        case "npm" where subcommand == "ci":
            self.init("npm ci", ["package.json", "package-lock.json"])
        case "npm" where (subcommand == "install" || subcommand == "i") && packages.isEmpty:
            self.init("npm install", ["package.json", "package-lock.json"])
        case "yarn" where subcommand == nil || (subcommand == "install" && packages.isEmpty):
            self.init("yarn install", ["package.json", "yarn.lock"])
        case "pnpm" where (subcommand == "install" || subcommand == "i") && packages.isEmpty:
            self.init("pnpm install", ["package.json", "pnpm-lock.yaml"])
        case "pip" where subcommand == "install", "pip3" where subcommand == "install":
            guard let file = DependencyStep.requirementsFile(command) else { return nil }
            self.init("\(command.program) install -r \(file)", [file])
        case "python" where DependencyStep.runsPipModule(command), "python3" where DependencyStep.runsPipModule(command):
            guard let file = DependencyStep.requirementsFile(command) else { return nil }
            self.init("pip install -r \(file)", [file])
        case "swift" where subcommand == "package" && operands.dropFirst().first == "resolve":
            self.init("swift package resolve", ["Package.swift", "Package.resolved"])
        case "go" where subcommand == "mod" && operands.dropFirst().first == "download":
            self.init("go mod download", ["go.mod", "go.sum"])
        case "bundle" where subcommand == "install" || subcommand == nil:
            self.init("bundle install", ["Gemfile", "Gemfile.lock"])
        case "composer" where subcommand == "install":
            self.init("composer install", ["composer.json", "composer.lock"])
        case "cargo" where subcommand == "fetch":
            self.init("cargo fetch", ["Cargo.toml", "Cargo.lock"])
        case "dotnet" where subcommand == "restore":
            self.init("dotnet restore", ["the .csproj file"])
        case "mvn" where operands.contains("dependency:go-offline") || operands.contains("dependency:resolve"):
            self.init("mvn dependency:go-offline", ["pom.xml"])
        default:
            return nil
        }
    }

    private init(_ command: String, _ manifests: [String]) {
        self.command = command
        self.manifests = manifests
    }

    /// `python -m pip install …`.
    private static func runsPipModule(_ command: ShellCommand) -> Bool {
        let words = command.arguments.map(\.text)
        return words.count >= 3 && words[0] == "-m" && words[1] == "pip" && words[2] == "install"
    }

    /// The file after `-r`, `--requirement` or `--requirement=`.
    private static func requirementsFile(_ command: ShellCommand) -> String? {
        let words = command.arguments.map(\.text)
        for (index, word) in words.enumerated() {
            if (word == "-r" || word == "--requirement"), index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--requirement=") { return String(word.dropFirst("--requirement=".count)) }
            if word.hasPrefix("-r"), word.count > 2 { return String(word.dropFirst(2)) }
        }
        return nil
    }
}
