import Testing
@testable import MigofCore

/// `migof diff`, its textconv and the `git-setup` plan.
@Suite struct TeamToolsTests {
    let f = Fixtures.sdg

    @Test func diffSpeaksInScoresNotesAndYears() throws {
        let a = Fixtures.importedSDG
        var b = a
        try b.setScore(1, indicator: "1c", country: "CAN", year: 2021, framework: f)
        try b.setNote("per the 2021 law", indicator: "1c", country: "CAN", year: 2021, framework: f)
        b.countries["DNK"] = nil
        b.countries["MEX"]!.assessments[2030] = Assessment()
        b.countries["MEX"]!.region = "América"
        let diff = StoreDiff(from: a, to: b, framework: f)
        #expect(diff.changes.map(\.line) == [
            "CAN 2021 1c: unscored → yes", "CAN 2021 1c note: (none) → \"per the 2021 law\"",
            "DNK: country removed", "MEX region: \"Americas\" → \"América\"", "MEX 2030: year added",
        ])
        #expect(StoreDiff(from: a, to: a, framework: f).render(.text, includeAudit: true) == "no changes\n")
        #expect(diff.render(.csv, includeAudit: false).hasPrefix("section,country,year,item,old,new,time,user\nchange,CAN,2021,1c,unscored,yes,,\n"))
    }

    @Test func textconvIsOneSortedLinePerValue() throws {
        var store = Fixtures.importedSDG
        try store.setScore(1, indicator: "1c", country: "CAN", year: 2021, framework: f)
        let lines = StoreText.lines(store, framework: f)
        #expect(lines.contains("CAN 2021 1c: yes"))
        #expect(lines.contains("CAN 2021 1d: unscored"))
        #expect(lines.contains("CAN name: \"Canada\""))
        let can = lines.filter { $0.hasPrefix("CAN ") }
        let dnk = try #require(lines.firstIndex { $0.hasPrefix("DNK ") })
        #expect(lines.lastIndex { $0.hasPrefix("CAN ") }! < dnk && can.count > 60)
    }

    @Test func gitSetupPlanIsIdempotent() {
        let fresh = GitSetupPlan(patterns: ["store.json"], attributes: "", ignores: "node_modules\n", migof: "/bin/migof", current: [:])
        #expect(fresh.steps.first == .appendLine(file: ".gitattributes", line: "store.json merge=migof diff=migof"))
        #expect(fresh.steps.contains(.setConfig(key: "merge.migof.driver", value: "/bin/migof merge %O %A %B", old: nil)))
        let lines: (String) -> [String] = { file in
            fresh.steps.compactMap { if case let .appendLine(f, l) = $0, f == file { return l } else { return nil } }
        }
        #expect(lines(".gitignore") == ["store.json.lock", "store.json.journal", "store.json.journal.discarded-*",
                                        "store.json.bak", "store.json.bak.tmp-*", ".store.json.tmp-*"])
        let attributes = GitSetupPlan.appending(lines(".gitattributes"), to: "")
        let ignores = GitSetupPlan.appending(lines(".gitignore"), to: "node_modules")
        #expect(ignores.hasPrefix("node_modules\nstore.json.lock\n"))
        let current = Dictionary(uniqueKeysWithValues: GitSetupPlan.config(migof: "/bin/migof"))
        let again = GitSetupPlan(patterns: ["store.json"], attributes: attributes, ignores: ignores, migof: "/bin/migof", current: current)
        #expect(again.steps.isEmpty)
        let moved = GitSetupPlan(patterns: ["store.json"], attributes: attributes, ignores: ignores, migof: "/opt/migof", current: current)
        #expect(moved.steps.count == 2, "a moved binary updates the two commands")
        #expect(GitSetupPlan.ignoreLines("data/mex.json").last == "data/.mex.json.tmp-*")
    }
}
