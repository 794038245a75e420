import Foundation

/// The resources every binary carries inside itself (frameworks, bundled store, catalogues,
/// world tile grid, sources, themes), for a binary copied alone, away from any `share/migof`.
///
/// They are used only when no resource folder is found (see `Paths`): the first such run
/// writes them, unchanged, to `$XDG_CACHE_HOME/migof/resources-VERSION-DIGEST/` (default
/// `~/.cache/migof/`), and every reader then opens files there as it would an installed
/// folder, so errors still name a real file and line. The digest of the contents names the
/// folder, so two builds never share one. `embed-resources.sh` beside it generates `files`.
public enum EmbeddedResources {
    /// The bytes of one embedded resource by its path in the resource folder
    /// (`frameworks/sdg-10-7-2.json`, `themes/dark.json`), or nil when none is embedded.
    public static func contents(of path: String) -> [UInt8]? {
        guard let entry = files.first(where: { $0.path == path }) else { return nil }
        return decode(entry.base64)
    }

    /// The paths of every embedded resource, in the generated order.
    public static var paths: [String] { files.map(\.path) }

    /// A digest of every embedded path and content; names the folder they are written to.
    /// Worked out by the generator: hashing the files at each start cost a lone binary about
    /// 5 ms, a third of `migof list` (a test holds it equal to `computedDigest`).
    public static var digest: String { generatedDigest }

    /// The digest of `files`, worked out now.
    static var computedDigest: String {
        var hash = SHA256()
        for entry in files {
            hash.update(Array(entry.path.utf8) + [0])
            hash.update(Array(entry.base64.utf8) + [0])
        }
        return String(hash.finalHex().prefix(16))
    }

    /// The folder holding the embedded resources, written there first when it is not yet;
    /// nil when neither the cache folder nor the temporary folder can take them.
    public static func folder(environment: [String: String]) -> String? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let cacheHome = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.cache"
        let name = "resources-\(MigofVersion.current)-\(digest)"
        for parent in [cacheHome + "/migof", NSTemporaryDirectory() + "migof-\(getuid())"] {
            if let folder = materialise(in: parent, name: name) { return folder }
        }
        return nil
    }

    /// `parent/name` with every resource in it. Written into a private folder first and then
    /// renamed into place, so a reader never sees it half written, and two starts at once
    /// both end with the same complete folder.
    static func materialise(in parent: String, name: String) -> String? {
        let target = parent + "/" + name
        let manager = FileManager.default
        try? manager.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard isPrivate(parent) else { return nil }
        if manager.fileExists(atPath: target + "/frameworks/" + Framework.defaultID + ".json") { return target }
        let staging = parent + "/.\(name).\(getpid()).tmp"
        do {
            try? manager.removeItem(atPath: staging)
            for entry in files {
                let path = staging + "/" + entry.path
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
                guard let bytes = decode(entry.base64) else { throw CocoaError(.fileWriteUnknown) }
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            return nil
        }
        if rename(staging, target) != 0 {
            // Another start put its copy in place first: the same bytes, so use that one.
            try? manager.removeItem(atPath: staging)
        }
        return manager.fileExists(atPath: target + "/frameworks/" + Framework.defaultID + ".json") ? target : nil
    }

    /// True for a real folder (not a link) of this user that no one else may write to, so
    /// no other user can plant resources there (the temporary folder is shared).
    static func isPrivate(_ folder: String) -> Bool {
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        return info.st_uid == getuid() && info.st_mode & (S_IWGRP | S_IWOTH) == 0
    }

    private static func decode(_ base64: String) -> [UInt8]? {
        Data(base64Encoded: base64).map { [UInt8]($0) }
    }
}
