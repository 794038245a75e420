import ArgumentParser
import MigofCore

extension OutputFormat: ExpressibleByArgument {}

/// Output formats offered by a command, checked before any work is done.
func check(_ format: OutputFormat, allowed: [OutputFormat]) throws {
    guard allowed.contains(format) else {
        throw ValidationError("--format must be one of \(allowed.map(\.rawValue).joined(separator: ", "))")
    }
}
