import Foundation

/// A theme file that cannot be used, with where the problem is.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file's path as given.
    public var file: String
    /// The 1-based line of the problem, when it could be located.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    /// Creates a theme error.
    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`, the shape editors and terminals make clickable.
    public var description: String {
        if let line { "\(file):\(line): \(reason)" } else { "\(file): \(reason)" }
    }

    /// Same as ``description``, so `localizedDescription` is useful too.
    public var errorDescription: String? { description }
}
