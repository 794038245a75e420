/// The settings of `$XDG_CONFIG_HOME/migof/config.toml`, as written by the user.
///
/// Every field is optional: a key the file leaves out falls through to the default. Each value
/// keeps its line, so `migof config` can say exactly where a setting came from.
public struct ConfigFile: Sendable, Equatable {
    /// A value and the 1-based line and column it was read from.
    public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
        public var value: Value
        public var line: Int
        public var column: Int

        public init(_ value: Value, line: Int, column: Int) {
            self.value = value
            self.line = line
            self.column = column
        }
    }

    /// The screens the dashboard may start on.
    public enum StartScreen: String, Sendable, Equatable, CaseIterable {
        case home, browser
    }

    /// The file this was read from.
    public var path: String
    public var theme: Located<String>?
    public var store: Located<String>?
    public var framework: Located<String>?
    /// The name the audit trail records.
    public var user: Located<String>?
    public var autoAdvance: Located<Bool>?
    public var mouse: Located<Bool>?
    public var startScreen: Located<StartScreen>?
    /// The folder the dashboard's report key writes into.
    public var reportDir: Located<String>?
    /// Key bindings by action name: each binding is a list of key sequences such as "C-s" or "Z Z".
    public var keys: [String: Located<[String]>] = [:]
    /// One line per unknown key, `path:line:column: unknown key 'x'`, shown once.
    public var warnings: [Diagnostic] = []

    /// The keys a config file may hold, in the order `migof config` prints them.
    public static let knownKeys = ["theme", "store", "framework", "user", "auto-advance", "mouse", "start-screen", "report-dir", "keys"]

    public init(path: String) {
        self.path = path
    }

    /// Reads a config file's text; a syntax error or a value of the wrong type throws with its
    /// `path:line:column`, unknown keys only warn.
    public static func parse(_ text: String, path: String) throws(MigofError) -> ConfigFile {
        let table = try TOMLReader.parse(text, path: path)
        var config = ConfigFile(path: path)
        for entry in table.entries {
            try config.read(entry)
        }
        return config
    }

    private mutating func read(_ entry: TOMLTable.Entry) throws(MigofError) {
        let node = entry.node
        switch entry.key {
        case "theme": theme = try string(node, key: entry.key)
        case "store": store = try string(node, key: entry.key)
        case "framework": framework = try string(node, key: entry.key)
        case "user": user = try string(node, key: entry.key)
        case "auto-advance": autoAdvance = try boolean(node, key: entry.key)
        case "mouse": mouse = try boolean(node, key: entry.key)
        case "start-screen":
            let name = try string(node, key: entry.key)
            guard let screen = StartScreen(rawValue: name.value) else {
                throw problem(node, "start-screen must be one of \(StartScreen.allCases.map(\.rawValue).joined(separator: ", ")); got \"\(name.value)\"")
            }
            startScreen = Located(screen, line: node.line, column: node.column)
        case "report-dir": reportDir = try string(node, key: entry.key)
        case "keys": try readKeys(node)
        default:
            warnings.append(Diagnostic(path: path, line: entry.line, column: entry.column,
                                       message: "unknown key '\(entry.key)' ignored; keys: \(Self.knownKeys.joined(separator: ", "))"))
        }
    }

    private mutating func readKeys(_ node: TOMLNode) throws(MigofError) {
        guard case .table(let table) = node.value else {
            throw problem(node, "keys must be a table of action = [\"key\", …], found \(node.value.typeName)")
        }
        for entry in table.entries {
            let sequences: [String]
            switch entry.node.value {
            case .string(let one): sequences = [one]
            case .array(let items):
                var list: [String] = []
                for item in items {
                    guard case .string(let text) = item.value else {
                        throw problem(item, "keys.\(entry.key) lists keys as strings such as \"C-s\", found \(item.value.typeName)")
                    }
                    list.append(text)
                }
                sequences = list
            default:
                throw problem(entry.node, "keys.\(entry.key) must be a list of keys such as [\"C-s\"], found \(entry.node.value.typeName)")
            }
            keys[entry.key] = Located(sequences, line: entry.node.line, column: entry.node.column)
        }
    }

    private func string(_ node: TOMLNode, key: String) throws(MigofError) -> Located<String> {
        guard case .string(let text) = node.value else { throw problem(node, "\(key) must be a string, found \(node.value.typeName)") }
        return Located(text, line: node.line, column: node.column)
    }

    private func boolean(_ node: TOMLNode, key: String) throws(MigofError) -> Located<Bool> {
        guard case .boolean(let flag) = node.value else { throw problem(node, "\(key) must be true or false, found \(node.value.typeName)") }
        return Located(flag, line: node.line, column: node.column)
    }

    private func problem(_ node: TOMLNode, _ message: String) -> MigofError {
        .invalid([Diagnostic(path: path, line: node.line, column: node.column, message: message)])
    }
}
