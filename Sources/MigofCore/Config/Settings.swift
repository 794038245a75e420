import Foundation

/// Every setting in effect, each with its origin. Precedence follows the command-line
/// guidelines: flags, then environment variables, then the config file, then the defaults.
public struct Settings: Sendable, Equatable {
    /// What was given on the command line; nil where the flag was not used.
    public struct Flags: Sendable, Equatable {
        public var theme: String?
        public var store: String?
        public var framework: String?
        /// false for `--no-mouse`.
        public var mouse: Bool?

        public init(theme: String? = nil, store: String? = nil, framework: String? = nil, mouse: Bool? = nil) {
            self.theme = theme
            self.store = store
            self.framework = framework
            self.mouse = mouse
        }
    }

    public var theme: Setting<String>
    public var store: Setting<String>
    public var framework: Setting<String>
    /// The name the audit trail records for this user's changes.
    public var user: Setting<String>
    public var autoAdvance: Setting<Bool>
    public var mouse: Setting<Bool>
    public var startScreen: Setting<ConfigFile.StartScreen>
    /// Rebound keys by action name; actions not listed keep the keymap's own keys.
    public var keys: [String: Setting<[String]>]

    /// Resolves every setting. `paths` must come from `Paths.resolve` with the same flags,
    /// environment and config, so the store and framework agree with what commands open.
    public static func resolve(flags: Flags, environment: [String: String], config: ConfigFile?,
                               paths: Paths, passwdUser: () -> String = { AuditUser.current(environment: [:]) }) -> Settings {
        func origin<V>(_ located: ConfigFile.Located<V>?) -> SettingOrigin? {
            guard let located, let config else { return nil }
            return .config(path: config.path, line: located.line)
        }
        func fromFile<V>(_ located: ConfigFile.Located<V>?, else fallback: V) -> Setting<V> {
            guard let located, let from = origin(located) else { return Setting(fallback, .builtIn(nil)) }
            return Setting(located.value, from)
        }
        func env(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        let theme: Setting<String>
        if let flag = flags.theme {
            theme = Setting(flag, .flag("--theme"))
        } else if let variable = env("MIGOF_THEME") {
            theme = Setting(variable, .environment("MIGOF_THEME"))
        } else if let located = config?.theme, let from = origin(located) {
            theme = Setting(located.value, from)
        } else if env("NO_COLOR") != nil {
            // no-color.org: a user's own configuration overrides NO_COLOR, so it sits below the file.
            theme = Setting("monochrome", .environment("NO_COLOR"))
        } else {
            theme = Setting("dark", .builtIn(nil))
        }
        let user: Setting<String>
        if let variable = env("MIGOF_USER") {
            user = Setting(variable, .environment("MIGOF_USER"))
        } else if let located = config?.user, let from = origin(located) {
            user = Setting(located.value, from)
        } else if let login = env("USER") {
            user = Setting(login, .environment("USER"))
        } else {
            user = Setting(passwdUser(), .builtIn("the login name"))
        }
        let mouse: Setting<Bool>
        if let flag = flags.mouse {
            mouse = Setting(flag, .flag(flag ? "--mouse" : "--no-mouse"))
        } else if let located = config?.mouse, let from = origin(located) {
            mouse = Setting(located.value, from)
        } else {
            mouse = Setting(true, .builtIn(nil))
        }
        var keys: [String: Setting<[String]>] = [:]
        for (action, located) in config?.keys ?? [:] {
            if let from = origin(located) { keys[action] = Setting(located.value, from) }
        }
        return Settings(
            theme: theme,
            store: Setting(paths.store, paths.storeSettingOrigin(config: config)),
            framework: Setting(paths.framework, paths.frameworkSettingOrigin(flag: flags.framework, environment: environment, config: config)),
            user: user,
            autoAdvance: fromFile(config?.autoAdvance, else: false),
            mouse: mouse,
            startScreen: fromFile(config?.startScreen, else: .home),
            keys: keys)
    }
}
