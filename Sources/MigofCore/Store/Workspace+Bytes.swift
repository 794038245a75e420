import Foundation

extension Workspace {
    /// Reads a store that is not the one in use (a file given to `migof diff` or `merge`, or a
    /// git revision's bytes) with the framework it records, unless `--framework` chose one.
    /// Errors name `label` (the file, or `REV:path`) with line and column.
    public static func loadStandalone(_ bytes: [UInt8], label: String, paths: Paths) throws(MigofError) -> (Store, Framework) {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).filter { !$0.isWhitespace && $0 != "\u{FEFF}" }
        var path = paths.framework
        if paths.frameworkChoice == nil, let recorded = StoreFile.recordedFramework(compactHead: head),
           Framework.isValidID(recorded.id) {
            let bundled = paths.frameworkDirectory + "/" + recorded.id + ".json"
            if FileManager.default.fileExists(atPath: bundled) { path = bundled }
        }
        let framework = paths.frameworkChoice == nil
            ? try Framework.load(path: path)
            : try Framework.load(choice: paths.frameworkChoice!, directory: paths.frameworkDirectory)
        return (try Store.parse(bytes, path: label, framework: framework), framework)
    }

    /// `loadStandalone` for a file on disk.
    public static func loadStandalone(path: String, paths: Paths) throws(MigofError) -> (Store, Framework) {
        try loadStandalone(StoreFile(path: path).readBytes(), label: path, paths: paths)
    }
}
