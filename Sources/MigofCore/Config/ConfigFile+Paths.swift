import Foundation

extension ConfigFile {
    /// A path as written in the config file: `~/…` is under `home`, a relative path is relative
    /// to the config file's own folder (not to wherever migof happens to be started).
    public func expand(_ written: String, home: String) -> String {
        if written == "~" { return home }
        if written.hasPrefix("~/") { return home + written.dropFirst(1) }
        if written.hasPrefix("/") { return written }
        let folder = (path as NSString).deletingLastPathComponent
        return (folder as NSString).appendingPathComponent(written)
    }
}

extension Paths {
    /// The origin of the store path, for `migof config`.
    func storeSettingOrigin(config: ConfigFile?) -> SettingOrigin {
        switch storeOrigin {
        case .option: return .flag("--store")
        case .environment: return .environment("MIGOF_STORE")
        case .config: return .config(path: config?.path ?? self.config, line: config?.store?.line ?? 0)
        case .userData: return .builtIn("$XDG_DATA_HOME/migof/store.json")
        }
    }

    /// The origin of the framework path, following `resolve`'s order.
    func frameworkSettingOrigin(flag: String?, environment: [String: String], config: ConfigFile?) -> SettingOrigin {
        if let flag, !flag.isEmpty { return .flag("--framework") }
        if let variable = environment["MIGOF_FRAMEWORK"], !variable.isEmpty { return .environment("MIGOF_FRAMEWORK") }
        if let config, let located = config.framework { return .config(path: config.path, line: located.line) }
        return .builtIn("bundled")
    }
}
