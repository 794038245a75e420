import ArgumentParser
import Foundation
import MigofCore

/// `migof config`: every setting in effect and where it came from; `--path`; `--init`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print every setting in effect and where it came from (flag, environment, config file, default).",
        discussion: """
            The config file is $XDG_CONFIG_HOME/migof/config.toml (default ~/.config/migof/config.toml).
            Precedence: flags, then environment variables, then the config file, then the defaults.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print only the config file's path.") var path = false
    @Flag(name: .customLong("init"), help: "Write a commented starting config file; never overwrites one.") var initialise = false

    func run() throws {
        let file = ConfigLoader.defaultPath(environment: ProcessInfo.processInfo.environment)
        if path {
            print(file)
            return
        }
        if initialise {
            try writeTemplate(to: file)
            return
        }
        let settings = global.settings()
        var rows: [(String, String, String)] = [("config", file, fileStatus(file))]
        rows.append(("theme", settings.theme.value, settings.theme.origin.description))
        rows.append(("store", settings.store.value, settings.store.origin.description))
        rows.append(("framework", settings.framework.value, settings.framework.origin.description))
        rows.append(("user", settings.user.value, settings.user.origin.description))
        rows.append(("auto-advance", String(settings.autoAdvance.value), settings.autoAdvance.origin.description))
        rows.append(("mouse", String(settings.mouse.value), settings.mouse.origin.description))
        rows.append(("start-screen", settings.startScreen.value.rawValue, settings.startScreen.origin.description))
        rows.append(("report-dir", settings.reportDir.value, settings.reportDir.origin.description))
        if settings.keys.isEmpty {
            rows.append(("keys", "the standard keymap", SettingOrigin.builtIn(nil).description))
        }
        for (action, binding) in settings.keys.sorted(by: { $0.key < $1.key }) {
            rows.append(("keys." + action, binding.value.map { "\"\($0)\"" }.joined(separator: " "), binding.origin.description))
        }
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        for (name, value, origin) in rows {
            let padded = name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            print("\(padded)  \(value.padding(toLength: valueWidth, withPad: " ", startingAt: 0))  \(origin)")
        }
    }

    private func fileStatus(_ file: String) -> String {
        guard FileManager.default.fileExists(atPath: file) else { return "not found: defaults apply (migof config --init writes one)" }
        return loadedConfig.file != nil ? "read" : "ignored because of an error (see above)"
    }

    private func writeTemplate(to file: String) throws {
        if FileManager.default.fileExists(atPath: file) {
            printError("migof: \(file) already exists; it is left as it is")
            throw ExitCode(73)
        }
        let folder = (file as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // O_EXCL semantics: never replace a file that appeared since the check above.
            guard FileManager.default.createFile(atPath: file + ".new-\(getpid())", contents: Data(ConfigTemplate.text.utf8)) else {
                throw CocoaError(.fileWriteUnknown)
            }
            try FileManager.default.linkItem(atPath: file + ".new-\(getpid())", toPath: file)
            try? FileManager.default.removeItem(atPath: file + ".new-\(getpid())")
        } catch {
            try? FileManager.default.removeItem(atPath: file + ".new-\(getpid())")
            try fail(.io(path: file, message: "cannot write the config file: \(error.localizedDescription)"))
        }
        print("wrote \(file)")
    }
}
