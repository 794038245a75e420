/// What `migof git-setup` writes into a repository, worked out from what is already there,
/// so running it twice changes nothing the second time.
public struct GitSetupPlan: Sendable, Equatable {
    /// One line to append to a file, or one configuration value to set.
    public enum Step: Sendable, Equatable {
        case appendLine(file: String, line: String)
        case setConfig(key: String, value: String, old: String?)

        /// `.gitattributes: add "store.json merge=migof diff=migof"`.
        public func describe(dryRun: Bool) -> String {
            switch self {
            case let .appendLine(file, line):
                return "\(file): \(dryRun ? "would add" : "added") \"\(line)\""
            case let .setConfig(key, value, old):
                let was = old.map { " (was \($0))" } ?? ""
                return ".git/config: \(dryRun ? "would set" : "set") \(key) = \(value)\(was)"
            }
        }
    }

    public var steps: [Step] = []

    /// The attribute line for each store pattern: git merges and diffs matching files with migof.
    public static func attributeLine(_ pattern: String) -> String { "\(pattern) merge=migof diff=migof" }

    /// Ignores for the files migof keeps beside a store: lock, journal, backup, temporary files.
    public static func ignoreLines(_ pattern: String) -> [String] {
        let slash = pattern.lastIndex(of: "/").map { pattern.index(after: $0) } ?? pattern.startIndex
        let folder = String(pattern[..<slash]), name = String(pattern[slash...])
        return [pattern + ".lock", pattern + ".journal", pattern + ".journal.discarded-*", pattern + ".bak",
                pattern + ".bak.tmp-*", folder + "." + name + ".tmp-*"]
    }

    /// The driver configuration, `migof` being the command that runs this build.
    public static func config(migof: String) -> [(String, String)] {
        [("merge.migof.name", "migof three-way store merge"),
         ("merge.migof.driver", "\(migof) merge %O %A %B"),
         ("diff.migof.textconv", "\(migof) diff --textconv")]
    }

    /// The steps still needed, given the current `.gitattributes` and `.gitignore` texts and
    /// the current values of the configuration keys.
    public init(patterns: [String], attributes: String, ignores: String, migof: String, current: [String: String]) {
        let haveAttributes = Set(attributes.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        for pattern in patterns where !haveAttributes.contains(Self.attributeLine(pattern)) {
            steps.append(.appendLine(file: ".gitattributes", line: Self.attributeLine(pattern)))
        }
        var haveIgnores = Set(ignores.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        for line in patterns.flatMap(Self.ignoreLines) where haveIgnores.insert(line).inserted {
            steps.append(.appendLine(file: ".gitignore", line: line))
        }
        for (key, value) in Self.config(migof: migof) where current[key] != value {
            steps.append(.setConfig(key: key, value: value, old: current[key]))
        }
    }

    /// `text` with `lines` appended, each on its own line, keeping what was there.
    public static func appending(_ lines: [String], to text: String) -> String {
        guard !lines.isEmpty else { return text }
        var out = text
        if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
        return out + lines.map { $0 + "\n" }.joined()
    }
}
