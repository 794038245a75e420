import Foundation
import MigofCore

/// What every check needs and is read once per process: the bundled frameworks, and a small
/// store under each for journals to apply to.
enum FuzzData {
    /// The bundled frameworks (SDG 10.7.2 and MGI topics), from the source tree or
    /// `MIGOF_DATA_DIR`; inputs are read under each, since their answers differ.
    static let frameworks: [Framework] = {
        let folder = Paths.resolve(environment: ProcessInfo.processInfo.environment).frameworkDirectory
        let files = Framework.files(in: folder)
        var frameworks: [Framework] = []
        for file in files {
            do {
                frameworks.append(try Framework.load(path: file))
            } catch {
                fail("cannot load the bundled framework: \(error)")
            }
        }
        if frameworks.isEmpty { fail("no bundled frameworks in \(folder) (set MIGOF_DATA_DIR)") }
        return frameworks
    }()

    /// Per framework id, the store journals in the corpus are written against: three
    /// synthetic entities (`S00001`…`S00003`) with two rounds (2019, 2021), as `migof generate` makes.
    static let baseStores: [String: Store] = {
        var stores: [String: Store] = [:]
        for framework in frameworks {
            stores[framework.id] = SyntheticStore(entities: 3, years: 2, seed: 7).make(framework: framework)
        }
        return stores
    }()

    /// Stops the process: the harness cannot run without its data.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("migof-fuzz: \(message)\n".utf8))
        exit(2)
    }
}
