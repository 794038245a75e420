import Foundation

/// Runs git for `migof diff --git` and `migof git-setup`.
enum Git {
    struct Result {
        var status: Int32
        var output: [UInt8]
        var error: String
    }

    /// Runs `git args…` in the current folder, capturing its output.
    static func run(_ args: [String]) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + args
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            return Result(status: 127, output: [], error: "cannot run git: \(error.localizedDescription)")
        }
        // Standard output is read to its end before waiting, so a large store cannot fill the
        // pipe and stall git; what git writes on standard error is a line or two.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: [UInt8](outData),
                      error: String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The output of a git command that must succeed, as text without the final newline.
    static func text(_ args: [String]) throws -> String {
        let result = run(args)
        guard result.status == 0 else {
            try fail(.unknown("git \(args.joined(separator: " ")): \(result.error.isEmpty ? "failed" : result.error)"))
        }
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// This program's absolute path, quoted for the shell git runs drivers through.
    static var migofCommand: String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard path.contains(where: { !($0.isLetter || $0.isNumber || "/._-+".contains($0)) }) else { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
