import Foundation
import MigofCore
import MigofWidgets

/// The config file, read once per process.
let loadedConfig = ConfigLoader.load()

/// Problems of the config file and of its key names, each a line for stderr or the status bar.
let configProblems: [String] = loadedConfig.messages + keyNameProblems(loadedConfig.file)

/// Prints the config file's problems on stderr, once however many times it is called.
func announceConfigProblems() {
    _ = announced
}

private let announced: Void = {
    for problem in configProblems { printError("migof: " + problem) }
}()

/// Key names that `Key(name:)` cannot read, named by file, line and column. Action names are
/// checked by the dashboard's keymap, which owns them.
func keyNameProblems(_ file: ConfigFile?) -> [String] {
    guard let file else { return [] }
    return file.keys.sorted { $0.value.line < $1.value.line }.flatMap { action, binding in
        binding.value.compactMap { text -> String? in
            guard Key.sequence(text) == nil else { return nil }
            return Diagnostic(path: file.path, line: binding.line, column: binding.column,
                              message: "keys.\(action): '\(text)' is not a key (try \"C-s\", \"Enter\", \"F1\", \"Z Z\"); binding ignored").description
        }
    }
}

/// The configured bindings whose key names all parse; the others were reported by `keyNameProblems`.
func validBindings(_ keys: [String: Setting<[String]>]) -> [String: [String]] {
    keys.mapValues { $0.value.filter { Key.sequence($0) != nil } }.filter { !$0.value.isEmpty }
}
