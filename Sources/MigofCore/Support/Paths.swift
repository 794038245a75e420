import Foundation

/// Where migof finds its store, framework, themes and bundled data.
public struct Paths: Sendable, Equatable {
    /// How the store path was chosen, reported by `migof paths`.
    public enum StoreOrigin: String, Sendable {
        case option = "--store"
        case environment = "MIGOF_STORE"
        case config = "config file"
        case userData = "default"
    }

    public var store: String
    public var storeOrigin: StoreOrigin
    /// The framework file: the one `--framework` names, else the bundled default. When no
    /// framework is chosen, a store that records another bundled one is opened with that one
    /// (see `Workspace.loadFramework`).
    public var framework: String
    /// What `--framework` said (a bundled name or a path), or nil when it was not given.
    public var frameworkChoice: String?
    /// The folder of user configuration, `$XDG_CONFIG_HOME/migof`.
    public var config: String
    /// Theme folders, searched in order: the user's first, then the installed or source copy.
    public var themeDirectories: [String]
    /// The folder of bundled data (framework, default store, CSVs, sources).
    public var data: String
    /// Where `data` was found, as `migof paths` and `--version` say.
    public var dataOrigin: DataOrigin = .installed

    /// How the resource folder was found.
    public enum DataOrigin: String, Sendable {
        case environment = "MIGOF_DATA_DIR"
        case installed = "beside the binary"
        case sourceTree = "the source tree, for a binary in its build folder"
        case embedded = "embedded in the binary, written out to the cache"
        case missing = "not found"
    }

    /// Resolves paths: options first, then environment, then the config file, then XDG defaults.
    public static func resolve(storeOption: String? = nil, frameworkOption: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               config: ConfigFile? = nil) -> Paths {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let dataHome = absolute(environment["XDG_DATA_HOME"]) ?? home + "/.local/share"
        let configHome = absolute(environment["XDG_CONFIG_HOME"]) ?? home + "/.config"
        let (data, dataOrigin) = bundledDataDirectory(environment: environment)
        let store: String
        let origin: StoreOrigin
        if let option = nonEmpty(storeOption) {
            store = option
            origin = .option
        } else if let variable = nonEmpty(environment["MIGOF_STORE"]) {
            store = variable
            origin = .environment
        } else if let file = config, let configured = file.store {
            store = file.expand(configured.value, home: home)
            origin = .config
        } else {
            store = dataHome + "/migof/store.json"
            origin = .userData
        }
        // A framework chosen by any layer (a bundled name or a path); none chosen lets the store's
        // recorded framework decide (see `Workspace.loadFramework`).
        let choice = nonEmpty(frameworkOption) ?? nonEmpty(environment["MIGOF_FRAMEWORK"])
            ?? config.flatMap { file in file.framework.map { file.expand($0.value, home: home) } }
        let frameworks = data + "/frameworks"
        var framework = frameworks + "/" + Framework.defaultID + ".json"
        if let choice {
            framework = Framework.isPath(choice) ? choice : frameworks + "/" + choice.lowercased() + ".json"
        }
        let configFolder = configHome + "/migof"
        return Paths(
            store: store, storeOrigin: origin,
            framework: framework, frameworkChoice: choice,
            config: configFolder,
            themeDirectories: [configFolder + "/themes", installedOrSourceThemes(dataDirectory: data)],
            data: data, dataOrigin: dataOrigin
        )
    }

    /// The folder of bundled frameworks, one JSON file per framework named by its id.
    public var frameworkDirectory: String { data + "/frameworks" }
    /// The bundled default store that first use copies into place.
    public var bundledStore: String { data + "/store.json" }
    /// The known sources of published ratings, with their citations (`sources.csv`).
    public var sourceCatalog: String { data + "/sources.csv" }
    /// Doubtful published values and why (`caveats.csv`).
    public var caveats: String { data + "/caveats.csv" }
    /// The World Tile Grid the map screen places countries on (`world-tile-grid.csv`).
    public var worldTileGrid: String { data + "/world-tile-grid.csv" }
    /// The ISO 3166 catalogue used to add countries.
    public var catalog: String { data + "/countries.csv" }

    /// The store path to work on: `store` itself, or the target of the link it is, so the
    /// lock, journal, temporary file and `.bak` sit beside the real file (see
    /// docs/store-format.md, "Files next to the store").
    public func followingStoreLink() throws(MigofError) -> Paths {
        var paths = self
        paths.store = try SideFile.followingLink(store)
        return paths
    }

    /// An `XDG_*` value, only when absolute: the XDG Base Directory spec says a relative
    /// path is invalid and must be ignored, not taken relative to the working folder.
    private static func absolute(_ value: String?) -> String? {
        guard let value = nonEmpty(value), value.hasPrefix("/") else { return nil }
        return value
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// `MIGOF_DATA_DIR`, else `<prefix>/share/migof` next to the running binary (`<prefix>/bin`),
    /// else, only for a binary still inside the source tree's build folder, the source tree,
    /// else the copy the binary carries inside (`EmbeddedResources`). A binary copied or
    /// installed elsewhere never reads the tree it was built from.
    private static func bundledDataDirectory(environment: [String: String]) -> (String, DataOrigin) {
        if let explicit = nonEmpty(environment["MIGOF_DATA_DIR"]) { return (explicit, .environment) }
        let executable = executablePath()
        let installed = executable.map(shareDirectory(besideExecutable:))
        if let installed, FileManager.default.fileExists(atPath: installed + "/frameworks/" + Framework.defaultID + ".json") {
            return (installed, .installed)
        }
        if executable.map(isInsideSourceTree) ?? true {
            return (sourceRoot + "/Sources/MigofCore/Resources", .sourceTree)
        }
        if let embedded = EmbeddedResources.folder(environment: environment) { return (embedded, .embedded) }
        // Nothing could be written either: name the place an install puts the data, so the error says where to look.
        return (installed ?? sourceRoot + "/Sources/MigofCore/Resources", .missing)
    }

    private static func installedOrSourceThemes(dataDirectory: String) -> String {
        let beside = dataDirectory + "/themes"
        if FileManager.default.fileExists(atPath: beside) { return beside }
        if executablePath().map(isInsideSourceTree) ?? true { return sourceRoot + "/Themes" }
        return beside
    }

    /// The running binary, symbolic links resolved.
    private static func executablePath() -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// `<prefix>/share/migof` for `<prefix>/bin/migof`.
    static func shareDirectory(besideExecutable executable: String) -> String {
        let bin = (executable as NSString).deletingLastPathComponent
        return ((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/migof")
    }

    /// True for the build folders of the source tree (`swift build`, `swift test`).
    static func isInsideSourceTree(_ executable: String) -> Bool {
        executable.hasPrefix(sourceRoot + "/.build")
    }

    /// The package root, fixed at build time; used when running from a build folder.
    private static var sourceRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }
}
