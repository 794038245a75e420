import MigofCore
import MigofWidgets

/// Text helpers the home tiles and the dialogs share.
enum TextWrap {
    static func mean(_ stats: AreaStatistics) -> Double {
        let total = stats.bands.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return Double(total) / Double(max(stats.rated, 1))
    }

    /// One decimal: 2.8.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Word-wraps `text` into at most `lines` lines of `width` cells, ending with an ellipsis when cut.
    static func wrap(_ text: String, width: Int, lines: Int, ellipsis: String) -> [String] {
        guard width > 0, lines > 0 else { return [] }
        var result: [String] = []
        var current = ""
        let words = text.split(separator: " ").map(String.init)
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if TextWidth.width(of: candidate) <= width {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                current = TextWidth.truncate(word, to: width, ellipsis: ellipsis)
                index += 1
            }
            result.append(current)
            current = ""
            if result.count == lines { break }
        }
        if result.count < lines, !current.isEmpty { result.append(current) }
        if index < words.count, var last = result.popLast() {
            last = TextWidth.truncate(last + " " + words[index...].joined(separator: " "), to: width, ellipsis: ellipsis)
            result.append(last)
        }
        return result
    }
}
