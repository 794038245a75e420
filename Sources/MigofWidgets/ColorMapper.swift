/// Downgrades colours to what a terminal can show. Pure functions.
///
/// 256-colour terminals get the nearest entry of the xterm colour cube or
/// grey ramp (16–255; 0–15 are left alone because users recolour them).
/// 8- and 16-colour terminals get a colour chosen by hue, and greys by
/// lightness, because nearest-distance matching there turns mid greys and
/// muted colours into black, which vanishes on dark terminals.
public enum ColorMapper {
    /// The levels of each channel in the xterm 6x6x6 colour cube.
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The nearest xterm-256 palette entry in 16...255.
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let channels = [Int(r), Int(g), Int(b)]
        let steps = channels.map { value in cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) }! }
        let cube = steps.map { cubeLevels[$0] }
        let cubeIndex = 16 + 36 * steps[0] + 6 * steps[1] + steps[2]

        let average = channels.reduce(0, +) / 3
        let grayStep = min(max((average - 8 + 5) / 10, 0), 23)
        let grayLevel = 8 + 10 * grayStep
        let gray = [grayLevel, grayLevel, grayLevel]

        return distance(channels, gray) < distance(channels, cube) ? UInt8(232 + grayStep) : UInt8(cubeIndex)
    }

    /// The best of the 16 ANSI colours: hue picks one of the six colours,
    /// brightness picks the normal or bright variant.
    public static func nearest16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let top = max(r, g, b)
        guard let hue = hueColor(r, g, b) else {
            switch top {
            case ..<0x40: return 0
            case ..<0xa0: return 8
            case ..<0xe0: return 7
            default: return 15
            }
        }
        return top >= 0xe6 ? hue + 8 : hue
    }

    /// The best of the 8 basic ANSI colours. Greys from 0x50 up become white
    /// (7) so muted text stays readable; darker ones become black.
    public static func nearest8(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        hueColor(r, g, b) ?? (max(r, g, b) >= 0x50 ? 7 : 0)
    }

    /// The colour number to hand to the terminal given how many colours it
    /// has, or `nil` for the terminal's default colour (also when it has
    /// fewer than 8 colours, where only attributes can carry meaning).
    public static func resolve(_ color: Color, colors available: Int) -> Int16? {
        guard available >= 8 else { return nil }
        switch color {
        case .default:
            return nil
        case .index(let index) where Int(index) < available:
            return Int16(index)
        case .index(let index):
            if index < 16 { return Int16(index - 8) }
            let (r, g, b) = rgb(ofIndex: index)
            return resolve(.rgb(r, g, b), colors: available)
        case .rgb(let r, let g, let b):
            if available >= 256 { return Int16(nearest256(r, g, b)) }
            if available >= 16 { return Int16(nearest16(r, g, b)) }
            return Int16(nearest8(r, g, b))
        }
    }

    /// The colour xterm shows for palette entry `index`.
    public static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            let ansi: [(UInt8, UInt8, UInt8)] = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return ansi[Int(index)]
        case 16..<232:
            let n = Int(index) - 16
            return (UInt8(cubeLevels[n / 36]), UInt8(cubeLevels[n / 6 % 6]), UInt8(cubeLevels[n % 6]))
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
    }

    /// ANSI colour 1...6 for the hue of a clearly coloured input, or `nil`
    /// for greys (chroma below 40 of 255).
    private static func hueColor(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8? {
        let (red, green, blue) = (Double(r), Double(g), Double(b))
        let top = max(red, green, blue)
        let chroma = top - min(red, green, blue)
        guard chroma >= 40 else { return nil }
        var hue: Double
        if top == red {
            hue = 60 * ((green - blue) / chroma)
        } else if top == green {
            hue = 60 * ((blue - red) / chroma) + 120
        } else {
            hue = 60 * ((red - green) / chroma) + 240
        }
        if hue < 0 { hue += 360 }
        // Sextants centred on red (0°), yellow, green, cyan, blue, magenta.
        let sextant = Int(((hue + 30) / 60).rounded(.down)) % 6
        return [1, 3, 2, 6, 4, 5][sextant]
    }

    private static func distance(_ a: [Int], _ b: [Int]) -> Int {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
}
