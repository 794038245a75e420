import Foundation

extension Framework {
    /// The id of the framework migof uses when none is chosen and the store names none.
    public static let defaultID = "sdg-10-7-2"

    /// The framework files in a folder (the bundled `frameworks/`), sorted by file name.
    public static func files(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory + "/" + $0 }
    }

    /// True when `--framework` names a file rather than a bundled framework.
    public static func isPath(_ text: String) -> Bool {
        text.contains("/") || text.hasSuffix(".json")
    }

    /// Loads the framework `choice` names: a file path, or the id of a bundled framework in
    /// `directory` (case-insensitive). An unknown name lists the bundled ones.
    public static func load(choice: String, directory: String) throws(MigofError) -> Framework {
        guard !choice.isEmpty else { throw .unknown("--framework needs a name or a path; \(listing(directory))") }
        if isPath(choice) { return try load(path: choice) }
        let path = directory + "/" + choice.lowercased() + ".json"
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unknown("unknown framework '\(choice)'; \(listing(directory))")
        }
        return try load(path: path)
    }

    private static func listing(_ directory: String) -> String {
        let ids = files(in: directory).map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        return ids.isEmpty ? "no bundled frameworks found in \(directory)" : "the bundled frameworks are \(ids.joined(separator: ", "))"
    }
}
