import ArgumentParser
import Foundation
import MigofCore

extension MigofCommand {
    /// ArgumentParser's own `main`, except that its messages (a `ValidationError` quoting a
    /// country or area the user typed, help text) pass through the same control-character
    /// escaping as every other output. `--version` also names the resource folder in use.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .success, message == configuration.version {
                message += "\n" + PathsCommand.resourceLine(Paths.resolve())
            }
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
