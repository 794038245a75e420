import ArgumentParser
import Foundation
import MigofCore

struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "paths", abstract: "Print the paths in use.")

    @OptionGroup var global: GlobalOptions

    func run() {
        let paths = global.paths
        let exists = FileManager.default.fileExists(atPath: paths.store) ? "" : " (not created yet)"
        print("version    \(MigofVersion.current)")
        print("store      \(paths.store)  [from \(paths.storeOrigin.rawValue)]\(exists)")
        print("framework  \(Workspace.frameworkPath(paths: paths))")
        print("themes     \(paths.themeDirectories.joined(separator: "  "))")
        let configFile = ConfigLoader.defaultPath(environment: ProcessInfo.processInfo.environment)
        let found = FileManager.default.fileExists(atPath: configFile) ? "" : " (not created yet; migof config --init)"
        print("config     \(configFile)\(found)")
        print(Self.resourceLine(paths))
    }

    /// The resource folder in use and how it was found, for `paths` and `--version`.
    static func resourceLine(_ paths: Paths) -> String {
        "data       \(paths.data)  [\(paths.dataOrigin.rawValue)]"
    }
}
