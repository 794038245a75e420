/// Rating bars drawn with block characters, for plain-text output.
public enum TextBar {
    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `width` cells long at `value / maximum`; unrated values draw a dotted track.
    public static func render(_ value: Double?, maximum: Double = 4, width: Int) -> String {
        guard width > 0 else { return "" }
        guard let value else { return String(repeating: "·", count: width) }
        let fraction = min(max(value / maximum, 0), 1)
        let units = Int((fraction * Double(width * 8)).rounded())
        var bar = String(repeating: "█", count: units / 8) + eighths[units % 8]
        let used = units / 8 + (units % 8 > 0 ? 1 : 0)
        bar += String(repeating: " ", count: max(0, width - used))
        return bar
    }
}
