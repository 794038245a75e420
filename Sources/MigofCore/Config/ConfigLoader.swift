import Foundation

/// Finds and reads the config file; never fails: problems become messages and the defaults.
public struct ConfigLoader: Sendable {
    /// The file read, or nil when there is none or it could not be used.
    public var file: ConfigFile?
    /// The config file's path, whether or not it exists.
    public var path: String
    /// What to tell the user once: unknown keys, or the error that made migof use the defaults.
    public var messages: [String]

    /// The file name inside `$XDG_CONFIG_HOME/migof/`.
    public static let fileName = "config.toml"

    /// `$XDG_CONFIG_HOME/migof/config.toml`, else `~/.config/migof/config.toml`.
    public static func defaultPath(environment: [String: String]) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return configHome + "/migof/" + fileName
    }

    /// Reads the config file at its default place; a missing file is no problem.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> ConfigLoader {
        load(path: defaultPath(environment: environment))
    }

    /// Reads the config file at `path`. A file with an error is ignored as a whole (with one
    /// message naming its line and column), so a half-read file never mixes with the defaults.
    public static func load(path: String) -> ConfigLoader {
        guard FileManager.default.fileExists(atPath: path) else { return ConfigLoader(file: nil, path: path, messages: []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return ConfigLoader(file: nil, path: path, messages: ["\(path): cannot be read; using the defaults"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return ConfigLoader(file: nil, path: path, messages: ["\(path): not UTF-8 text; using the defaults"])
        }
        do {
            let file = try ConfigFile.parse(text, path: path)
            return ConfigLoader(file: file, path: path, messages: file.warnings.map(\.description))
        } catch {
            return ConfigLoader(file: nil, path: path, messages: ["\(error.description); using the defaults"])
        }
    }

    public init(file: ConfigFile?, path: String, messages: [String]) {
        self.file = file
        self.path = path
        self.messages = messages
    }
}
