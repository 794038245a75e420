import ArgumentParser
import Foundation
import MigofCore

struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Set up the current git repository to merge and diff stores with migof.",
        discussion: """
            Adds to .gitattributes `PATTERN merge=migof diff=migof`, to .gitignore the files migof keeps
            beside a store (.lock, .journal, .bak, temporary files), and to .git/config the merge driver
            and the diff textconv (git cannot take them from a committed file, so every clone runs this
            once). Idempotent: it prints exactly what it changed, or that nothing was needed.
            """)

    @Flag(help: "Show what would change without writing anything.") var dryRun = false
    @Argument(help: "Store file patterns, as in .gitattributes (default: store.json, in any folder).")
    var patterns: [String] = ["store.json"]

    func run() throws {
        let top = try Git.text(["rev-parse", "--show-toplevel"])
        let attributesPath = top + "/.gitattributes", ignorePath = top + "/.gitignore"
        let attributes = (try? String(contentsOfFile: attributesPath, encoding: .utf8)) ?? ""
        let ignores = (try? String(contentsOfFile: ignorePath, encoding: .utf8)) ?? ""
        var current: [String: String] = [:]
        for (key, _) in GitSetupPlan.config(migof: "") {
            let result = Git.run(["config", "--local", "--get", key])
            if result.status == 0 { current[key] = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines) }
        }
        let plan = GitSetupPlan(patterns: patterns, attributes: attributes, ignores: ignores, migof: Git.migofCommand,
                                current: current)
        guard !plan.steps.isEmpty else {
            print("nothing to change: \(top) is already set up for migof")
            return
        }
        for step in plan.steps { print(step.describe(dryRun: dryRun)) }
        guard !dryRun else { return }
        try write(plan, ".gitattributes", attributes, to: attributesPath)
        try write(plan, ".gitignore", ignores, to: ignorePath)
        for case let .setConfig(key, value, _) in plan.steps {
            _ = try Git.text(["config", "--local", key, value])
        }
    }

    private func write(_ plan: GitSetupPlan, _ name: String, _ text: String, to path: String) throws {
        let lines = plan.steps.compactMap { step -> String? in
            if case let .appendLine(file, line) = step, file == name { return line }
            return nil
        }
        guard !lines.isEmpty else { return }
        let header = text.contains("# migof") ? [] : ["# migof (migof git-setup)"]
        let updated = GitSetupPlan.appending(header + lines, to: text)
        try reporting { () throws(MigofError) in try AtomicFile(path: path).write(Array(updated.utf8), keepBackup: false) }
    }
}
