import ArgumentParser
import MigofCore

/// The output formats one command offers. Each command names its own set, so its help, its
/// parsing and its error message list exactly the formats it accepts.
protocol FormatSet {
    static var allowed: [OutputFormat] { get }
}

/// A `--format` value restricted to `Formats.allowed`; anything else is refused by the
/// argument parser with the command's own usage (exit 64).
struct FormatChoice<Formats: FormatSet>: ExpressibleByArgument, CustomStringConvertible, Sendable {
    let value: OutputFormat

    init(_ value: OutputFormat) {
        precondition(Formats.allowed.contains(value), "\(value) is not offered")
        self.value = value
    }

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument.lowercased()), Formats.allowed.contains(format) else { return nil }
        value = format
    }

    static var allValueStrings: [String] { Formats.allowed.map(\.rawValue) }

    var description: String { value.rawValue }

    /// "table, csv or json", for help texts.
    static var listed: String {
        let names = allValueStrings
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

extension ParsableCommand {
    /// Ends the command with a usage error (exit 64) showing this subcommand's usage, as the
    /// parser's own errors do; a `ValidationError` thrown from `run()` would show the root's
    /// `migof <subcommand>` instead.
    func usageError(_ message: String) -> Never {
        let usage = MigofCommand.usageString(for: Self.self)
        let name = usage.split(separator: " ").prefix(2).joined(separator: " ")
        printError("Error: \(message)\nUsage: \(usage)\n  See '\(name) --help' for more information.")
        Self.exit(withError: ExitCode(64))
    }
}
