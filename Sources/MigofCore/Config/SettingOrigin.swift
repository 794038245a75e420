/// Where an effective setting came from, as `migof config` prints it.
public enum SettingOrigin: Sendable, Equatable, CustomStringConvertible {
    /// A command-line flag, e.g. `--theme`.
    case flag(String)
    /// An environment variable, e.g. `MIGOF_THEME`.
    case environment(String)
    /// The config file, at this line.
    case config(path: String, line: Int)
    /// migof's built-in default, with a word on what it is when that helps.
    case builtIn(String?)

    public var description: String {
        switch self {
        case .flag(let name): return name
        case .environment(let name): return "$" + name
        case .config(let path, let line): return "\(path):\(line)"
        case .builtIn(let note): return note.map { "default (\($0))" } ?? "default"
        }
    }
}

/// One effective setting and its origin.
public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var origin: SettingOrigin

    public init(_ value: Value, _ origin: SettingOrigin) {
        self.value = value
        self.origin = origin
    }
}
