import Testing
import MigofWidgets

@Suite struct ColorMapperTests {
    @Test func pureRedMapsPerDepth() {
        let red = Color.rgb(0xff, 0, 0)
        #expect(ColorMapper.resolve(red, colors: 256) == 196)
        #expect(ColorMapper.resolve(red, colors: 16) == 9)
        #expect(ColorMapper.resolve(red, colors: 8) == 1)
        #expect(ColorMapper.resolve(red, colors: 2) == nil)
    }

    @Test func cubeAndGrayRampAreExactForPaletteColours() {
        for index in UInt8(16)...UInt8(255) {
            let (r, g, b) = ColorMapper.rgb(ofIndex: index)
            let mapped = ColorMapper.nearest256(r, g, b)
            #expect(ColorMapper.rgb(ofIndex: mapped) == ColorMapper.rgb(ofIndex: index), "index \(index)")
        }
        #expect(ColorMapper.nearest256(0x80, 0x80, 0x80) == 244)
        #expect(ColorMapper.nearest256(0x12, 0x34, 0x56) == 23)
    }

    @Test func eightColourFallbackKeepsGreysReadable() {
        #expect(ColorMapper.nearest8(0x8a, 0x8a, 0x8a) == 7)
        #expect(ColorMapper.nearest8(0x20, 0x20, 0x20) == 0)
        #expect(ColorMapper.nearest8(0xff, 0xff, 0x00) == 3)
        #expect(ColorMapper.nearest8(0x00, 0x5f, 0x87) == 6)
        #expect(ColorMapper.nearest8(0x5f, 0xaf, 0xff) == 4)
        #expect(ColorMapper.nearest16(0x8a, 0x8a, 0x8a) == 8)
        #expect(ColorMapper.nearest16(0xff, 0xff, 0xff) == 15)
    }

    @Test func builtinRatingBandsStayDistinctInEightColours() {
        let bands = [Role.rating1, .rating2, .rating3, .rating4].map {
            ColorMapper.resolve(Theme.builtinDark.style(for: $0).fg, colors: 8)
        }
        #expect(Set(bands).count == 4)
    }

    /// Neighbouring bands differ in hue by at least 45 degrees in full colour, so 3 and 4 are
    /// not two close greens.
    @Test func builtinNeighbouringBandsDifferInHue() {
        let hues = [Role.rating1, .rating2, .rating3, .rating4].map { role -> Double in
            guard case .rgb(let r, let g, let b) = Theme.builtinDark.style(for: role).fg else { return -1 }
            return Self.hue(Double(r), Double(g), Double(b))
        }
        for index in 1..<hues.count {
            let gap = abs(hues[index] - hues[index - 1])
            #expect(min(gap, 360 - gap) >= 45, "bands \(index) and \(index + 1): \(hues)")
        }
    }

    static func hue(_ r: Double, _ g: Double, _ b: Double) -> Double {
        let high = max(r, g, b), low = min(r, g, b), span = high - low
        guard span > 0 else { return 0 }
        let sector: Double
        if high == r { sector = (g - b) / span } else if high == g { sector = (b - r) / span + 2 } else { sector = (r - g) / span + 4 }
        return (sector * 60 + 360).truncatingRemainder(dividingBy: 360)
    }

    @Test func indexedColoursDowngrade() {
        #expect(ColorMapper.resolve(.index(200), colors: 256) == 200)
        #expect(ColorMapper.resolve(.index(12), colors: 8) == 4)
        #expect(ColorMapper.resolve(.index(196), colors: 8) == 1)
        #expect(ColorMapper.resolve(.default, colors: 256) == nil)
    }
}
