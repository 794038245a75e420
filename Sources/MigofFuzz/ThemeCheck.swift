import Foundation
import MigofWidgets

/// A theme file: a refusal is a `ThemeError` naming the file and a real line, and an accepted
/// theme, written out as `ThemeLoader.encode` writes it, reads back as the same theme.
enum ThemeCheck {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let result: ThemeLoadResult
        do {
            result = try ThemeLoader.parse(Data(bytes), source: "theme.json")
        } catch let error as ThemeError {
            let lines = FuzzReader.lineCount(bytes)
            if error.file != "theme.json" { return .failed("an error names \(error.file), not the file read") }
            if let line = error.line, line < 1 || line > lines { return .failed("an error at line \(line) of \(lines): \(error)") }
            return .refused
        } catch {
            return .failed("refused with \(type(of: error)), not a ThemeError: \(error)")
        }
        let written = ThemeLoader.encode(result.theme)
        let again: ThemeLoadResult
        do {
            again = try ThemeLoader.parse(Data(written.utf8), source: "written.json")
        } catch {
            return .failed("the written form of an accepted theme is refused: \(error)")
        }
        if let warning = again.warning { return .failed("the written form of a theme warns: \(warning)") }
        if again.theme.name != result.theme.name { return .failed("the theme's name does not survive being written") }
        if let role = Role.allCases.first(where: { again.theme.style(for: $0) != result.theme.style(for: $0) }) {
            return .failed("role \(role.rawValue) does not survive being written")
        }
        return .accepted
    }
}
