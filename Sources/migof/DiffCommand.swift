import ArgumentParser
import Foundation
import MigofCore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two stores, or two git revisions of one, in scores, notes, ratings and years.",
        discussion: """
            migof diff A.json B.json
            migof diff --git REV1 REV2 [path]     (path default: the store in use)
            migof diff --textconv FILE            (the store as sorted lines, for git's diff.<driver>.textconv)
            Audit entries the second store adds are listed apart; --no-audit leaves them out.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(name: .customLong("git"), help: "Compare two git revisions: REV1 REV2 [path].") var git = false
    @Flag(help: "Print one store as sorted one-line-per-value text (for git's textconv).") var textconv = false
    @Flag(name: .customLong("no-audit"), help: "Leave the audit entries out.") var noAudit = false
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.text, .csv, .json, .md] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.text)
    @Argument(help: "Two store files; with --git two revisions and a path; with --textconv one file.") var items: [String] = []

    func validate() throws {
        if textconv {
            guard items.count == 1, !git else { throw ValidationError("--textconv takes one file") }
        } else if git {
            guard (2...3).contains(items.count) else { throw ValidationError("--git takes REV1 REV2 and an optional path") }
        } else if items.count != 2 {
            throw ValidationError("give two store files, or --git REV1 REV2 [path]")
        }
    }

    func run() throws {
        let paths = global.paths
        if textconv {
            try printText(items[0], paths)
            return
        }
        let a: (Store, Framework), b: (Store, Framework)
        if git {
            let path = items.count == 3 ? items[2] : paths.store
            a = try revision(items[0], path, paths)
            b = try revision(items[1], path, paths)
        } else {
            a = try reporting { () throws(MigofError) in try Workspace.loadStandalone(path: items[0], paths: paths) }
            b = try reporting { () throws(MigofError) in try Workspace.loadStandalone(path: items[1], paths: paths) }
        }
        guard a.1.ref == b.1.ref else {
            try fail(.unknown("the stores use different frameworks (\(a.1.ref) and \(b.1.ref)); compare stores of one framework"))
        }
        print(StoreDiff(from: a.0, to: b.0, framework: a.1).render(format.value, includeAudit: !noAudit), terminator: "")
    }

    /// The textconv: the store as sorted lines. A file that is not a valid store (a text
    /// conflict left by a merge without the driver) is passed through as it is, its problems
    /// on stderr, so `git diff` keeps working on it.
    private func printText(_ path: String, _ paths: Paths) throws {
        let bytes = try reporting { () throws(MigofError) in try StoreFile(path: path).readBytes() }
        do {
            let (store, framework) = try Workspace.loadStandalone(bytes, label: path, paths: paths)
            print(StoreText.lines(store, framework: framework).joined(separator: "\n"))
        } catch {
            printError(error.description.split(separator: "\n").prefix(3).map { "migof: \($0)" }.joined(separator: "\n"))
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    /// The store at `path` in revision `rev`, through `git show`.
    private func revision(_ rev: String, _ path: String, _ paths: Paths) throws -> (Store, Framework) {
        var spec = path
        if path.hasPrefix("/") {
            let top = try Git.text(["rev-parse", "--show-toplevel"])
            guard path.hasPrefix(top + "/") else { try fail(.unknown("\(path) is not inside the git repository \(top)")) }
            spec = String(path.dropFirst(top.count + 1))
        } else {
            spec = "./" + path
        }
        let result = Git.run(["show", "\(rev):\(spec)"])
        guard result.status == 0 else { try fail(.unknown("git show \(rev):\(spec): \(result.error)")) }
        return try reporting { () throws(MigofError) in
            try Workspace.loadStandalone(result.output, label: "\(rev):\(path)", paths: paths)
        }
    }
}
