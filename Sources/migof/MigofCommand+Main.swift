import ArgumentParser
import Foundation
import MigofCore

extension MigofCommand {
    /// ArgumentParser's own `main`, except that its messages (a `ValidationError` quoting a
    /// country or area the user typed, help text) pass through the same control-character
    /// escaping as every other output.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
