/// A dialog box centred over the screen: it clears its rectangle and draws a
/// focused ``Panel`` around it.
public struct Modal: Sendable {
    /// Shown in the top border.
    public var title: String
    /// Wanted width including the border; clamped to the screen.
    public var width: Int
    /// Wanted height including the border; clamped to the screen.
    public var height: Int
    /// The characters to draw with.
    public var glyphs: Glyphs

    /// Creates a modal.
    public init(title: String, width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.title = title
        self.width = width
        self.height = height
        self.glyphs = glyphs
    }

    /// The dialog's rectangle, border included, centred in `area`.
    public func rect(in area: Rect) -> Rect {
        area.centered(width: width, height: height)
    }

    /// Where the dialog's content goes when it is centred in `area`.
    public func inner(_ area: Rect) -> Rect {
        panel.inner(rect(in: area))
    }

    /// Clears the dialog's rectangle inside `area` and draws its border.
    /// Returns the content rectangle, the same as ``inner(_:)``.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> Rect {
        let box = rect(in: area)
        buffer.fill(box, with: Style(.background))
        panel.render(into: &buffer, area: box)
        return panel.inner(box)
    }

    private var panel: Panel {
        Panel(title: title, focused: true, glyphs: glyphs)
    }
}
