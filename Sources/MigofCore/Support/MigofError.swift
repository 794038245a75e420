/// The errors migof reports to users; each maps to a documented exit code.
public enum MigofError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is malformed or holds values the framework does not allow.
    case invalid([Diagnostic])
    /// No file where one was expected.
    case notFound(path: String)
    /// Reading or writing failed (full disk, permissions, read-only folder).
    case io(path: String, message: String)
    /// Another process holds the store's write lock.
    case locked(path: String, pid: Int32?)
    /// A country, indicator or option value the user typed does not exist.
    case unknown(String)
    /// No store at a path that is not the default one; only the default is created on first use.
    case noStore(path: String)
    /// The journal holds unsaved dashboard edits that a whole-store change would strand.
    case pendingJournal(path: String, edits: Int)

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .notFound(let path):
            return "\(path): no such file"
        case .io(let path, let message):
            return "\(path): \(message)"
        case .locked(let path, let pid):
            let holder = pid.map { "migof process \($0)" } ?? "another process"
            return "\(path): the store is locked by \(holder); try again when it has finished"
        case .unknown(let message):
            return message
        case .noStore(let path):
            return "\(path): no such store; only the default store is created on first use "
                + "(`--new` creates one here with `set`, `import sdg` or the dashboard)"
        case .pendingJournal(let path, let edits):
            return "\(path): the journal holds \(edits) unsaved edit\(edits == 1 ? "" : "s") from the dashboard; "
                + "run `migof recover` (or `migof recover --discard`) first"
        }
    }

    /// Exit status, following sysexits(3) so scripts can tell the causes apart.
    public var exitCode: Int32 {
        switch self {
        case .invalid: return 65      // EX_DATAERR
        case .notFound: return 66     // EX_NOINPUT
        case .io: return 74           // EX_IOERR
        case .locked: return 75       // EX_TEMPFAIL
        case .unknown: return 64      // EX_USAGE
        case .noStore: return 66      // EX_NOINPUT
        case .pendingJournal: return 69  // EX_UNAVAILABLE: the store must be recovered first
        }
    }
}
