import ArgumentParser

@main
struct Berth: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "berth")
}
