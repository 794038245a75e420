import Foundation
import Testing
@testable import MigofCore

/// Seeded damage to a valid store, loaded through the real file path (`StoreFile.load`, what
/// `migof validate` and every command use). Each case must load (when still valid, with the
/// same model from both decoders) or fail with `path:line:column: message`; it must never
/// crash, never get stuck, and never change the file or its folder.
@Suite struct StoreFileFuzzTests {
    let framework = Fixtures.framework

    /// A small store with every kind of value, escapes and non-ASCII text, so mutations land
    /// on every part of the grammar; small, so truncating at every few bytes stays quick.
    static func baseStore() -> Store {
        let framework = Fixtures.framework
        var store = SyntheticStore(entities: 3, years: 2, seed: FuzzSettings.seed).make(framework: framework)
        var bundled = Fixtures.importedStore
        for code in ["CAN", "CIV", "NOR"] { store.countries[code] = bundled.countries.removeValue(forKey: code) }
        store.sources.merge(bundled.sources) { mine, _ in mine }
        try! store.setNote("Loi n° 12 « asile » \"vérifiée\" \\ à 日本 🚀", indicator: "P1.2", country: "CIV", year: 2021, framework: framework)
        try! store.setScore(nil, indicator: "P1.1", country: "S00001", year: 2021, framework: framework)
        return store
    }

    @Test func mutatedStoresLoadOrFailWithAPosition() throws {
        let store = Self.baseStore()
        let original = store.encodedBytes(framework: framework)
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let cases = FileMutation.cases(for: original, seed: FuzzSettings.seed, scale: FuzzSettings.scale)
        var failures: [String] = []
        var loaded = 0
        for mutation in cases {
            let bytes = mutation.apply(to: original)
            if let problem = check(bytes, at: path, folder: folder, expected: mutation.keepsTheStore ? store : nil,
                                   loaded: &loaded) {
                failures.append("\(mutation): \(problem)")
                if failures.count >= 10 { break }
            }
        }
        #expect(failures.isEmpty, "seed \(FuzzSettings.seed) (MIGOF_FUZZ_SEED):\n\(failures.joined(separator: "\n"))")
        #expect(loaded >= 4, "the reshaped but valid files load")
        #expect(cases.count - loaded > cases.count / 2, "most mutations break the file")
    }

    /// Loads `bytes` from a file; nil when the outcome is acceptable, else what went wrong.
    private func check(_ bytes: [UInt8], at path: String, folder: String, expected: Store?, loaded: inout Int) -> String? {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return "cannot write the case" }
        let before = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let started = Date()
        let outcome = Result { () throws(MigofError) in try StoreFile(path: path).load(framework: framework) }
        let elapsed = Date().timeIntervalSince(started)
        if elapsed > FuzzSettings.deadline { return "took \(elapsed) s: stuck" }
        guard let after = try? Data(contentsOf: URL(fileURLWithPath: path)), [UInt8](after) == bytes,
              (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) == before,
              (try? FileManager.default.contentsOfDirectory(atPath: folder)) == ["store.json"] else {
            return "loading changed the file or its folder"
        }
        switch outcome {
        case .success(let store):
            loaded += 1
            if let expected, store != expected { return "loaded a different store" }
            // `load` returns the fast decoder's store when it has one: hold it to the reference.
            let checked = Result { () throws(MigofError) in try Store.parseChecked(bytes, path: path, framework: framework) }
            guard case .success(let reference) = checked, reference == store else { return "the checked decoder disagrees" }
        case .failure(let error):
            // A refusal means the fast decoder gave up too, or `load` would have returned its store.
            if expected != nil { return "a valid file was refused: \(error)" }
            guard case .invalid(let diagnostics) = error, !diagnostics.isEmpty else { return "not a data error: \(error)" }
            let lines = bytes.withUnsafeBufferPointer { buffer in
                var count = 1
                for byte in buffer where byte == 0x0A { count += 1 }
                return count
            }
            for diagnostic in diagnostics {
                guard diagnostic.line >= 1, diagnostic.line <= lines, diagnostic.column >= 1,
                      diagnostic.description.hasPrefix("\(path):\(diagnostic.line):\(diagnostic.column): ") else {
                    return "no line:column in '\(diagnostic.description.prefix(200))'"
                }
            }
        }
        return nil
    }
}
