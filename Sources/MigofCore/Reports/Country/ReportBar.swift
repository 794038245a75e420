/// A rating bar as inline SVG: a white track with a dark outline, filled to `value / maximum`
/// in the rating's theme colour. SVG, not a CSS background, because browsers leave
/// backgrounds out of print by default; the outline and the number printed beside the bar
/// keep it readable in grey.
public enum ReportBar {
    /// The SVG of one bar, `width` by `height` CSS pixels; an absent value draws the track
    /// alone, dotted. `label` is what a screen reader says.
    public static func svg(_ value: Double?, maximum: Double, fill: String, outline: String,
                           width: Int = 96, height: Int = 12, label: String) -> String {
        let inner = Double(width) - 1
        var out = "<svg class=\"bar\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">"
        let dash = value == nil ? " stroke-dasharray=\"2 2\"" : ""
        out += "<rect x=\"0.5\" y=\"0.5\" width=\"\(number(inner))\" height=\"\(height - 1)\" fill=\"#ffffff\" "
            + "stroke=\"\(outline)\"\(dash)/>"
        if let value, maximum > 0 {
            let length = inner * min(max(value / maximum, 0), 1)
            out += "<rect x=\"0.5\" y=\"0.5\" width=\"\(number(length))\" height=\"\(height - 1)\" fill=\"\(fill)\" "
                + "stroke=\"\(outline)\"/>"
        }
        return out + "</svg>"
    }

    /// Two decimals at most, no trailing zeros, as SVG lengths read best.
    static func number(_ value: Double) -> String {
        Rating.decimal(value)
    }
}
