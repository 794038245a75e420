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
    /// The folder the dashboard's report key writes into (see `reportFolder`).
    public var reportDir: Setting<String>
    /// Rebound keys by action name; actions not listed keep the keymap's own keys.
    public var keys: [String: Setting<[String]>]

    /// Resolves every setting. `paths` must come from `Paths.resolve` with the same flags,
    /// environment and config, so the store and framework agree with what commands open.
    public static func resolve(flags: Flags, environment: [String: String], config: ConfigFile?,
                               paths: Paths, passwdUser: () -> String = { AuditUser.current(environment: [:]) }) -> Settings {
        func file<V>(_ located: ConfigFile.Located<V>?) -> Setting<V>? {
            guard let located, let config else { return nil }
            return Setting(located.value, .config(path: config.path, line: located.line))
        }
        func env(_ name: String) -> Setting<String>? {
            environment[name].flatMap { $0.isEmpty ? nil : Setting($0, .environment(name)) }
        }
        // no-color.org: a user's own configuration overrides NO_COLOR, so it sits below the file.
        let noColor = env("NO_COLOR").map { _ in Setting("monochrome", .environment("NO_COLOR")) }
        let theme = first(flags.theme.map { Setting($0, .flag("--theme")) }, env("MIGOF_THEME"), file(config?.theme), noColor,
                          else: Setting("dark", .builtIn(nil)))
        // $USER is the default's own source, so the file's `user` wins over it.
        let user = first(env("MIGOF_USER"), file(config?.user), env("USER"),
                         else: Setting(passwdUser(), .builtIn("the login name")))
        let mouse = first(flags.mouse.map { Setting($0, .flag($0 ? "--mouse" : "--no-mouse")) }, file(config?.mouse),
                          else: Setting(true, .builtIn(nil)))
        let keys = (config?.keys ?? [:]).compactMapValues { file($0) }
        let reportDir = first(env("MIGOF_REPORT_DIR"), file(config?.reportDir).map { setting in
            Setting(config!.expand(setting.value, home: environment["HOME"] ?? NSHomeDirectory()), setting.origin)
        }, env("XDG_DOCUMENTS_DIR"), else: Setting(FileManager.default.currentDirectoryPath, .builtIn("the current directory")))
        return Settings(
            theme: theme,
            store: Setting(paths.store, paths.storeSettingOrigin(config: config)),
            framework: Setting(paths.framework, paths.frameworkSettingOrigin(flag: flags.framework, environment: environment, config: config)),
            user: user,
            autoAdvance: first(file(config?.autoAdvance), else: Setting(true, .builtIn(nil))),
            mouse: mouse,
            startScreen: first(file(config?.startScreen), else: Setting(.home, .builtIn(nil))),
            reportDir: reportDir,
            keys: keys)
    }

    /// The first layer that holds a value, in precedence order, else the default.
    private static func first<V>(_ layers: Setting<V>?..., else fallback: Setting<V>) -> Setting<V> {
        layers.lazy.compactMap { $0 }.first ?? fallback
    }
}
