extension ReportDocument {
    /// The page's CSS: print first (A4, page breaks between profiles and never inside a row),
    /// black text on white, the theme's colours for rules, headings, bars and change marks.
    var stylesheet: String {
        let p = palette
        var css = """
            @page { size: A4; margin: 14mm 14mm 16mm; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
            html { background: #ffffff; }
            body { margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; color: #111111; background: #ffffff;
              font: 10pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
            h1 { font-size: 17pt; margin: 0 0 2mm; color: \(p.ink("title")); border-bottom: 2pt solid \(p.fill("accent")); padding-bottom: 1.5mm; }
            h2 { font-size: 12.5pt; margin: 6mm 0 2mm; color: \(p.ink("accent")); break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
            p, ul, ol, dl { margin: 1.5mm 0; }
            dl.header { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; }
            dl.header dt { font-weight: bold; }
            dl.header dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 9pt; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            th, td { border: 0.6pt solid \(p.fill("border")); padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; color: #000000; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.nowrap { white-space: nowrap; }
            table.areas td:first-child { width: 28%; }
            table.indicators td:first-child { width: 45%; }
            table.indicators td:nth-child(2) { width: 25%; }
            .small { font-size: 8pt; }
            tr.overall td { font-weight: bold; border-top: 1.2pt solid #444444; }
            .muted, .rule { color: \(p.ink("muted")); }
            .rule { font-style: italic; }
            .up { color: \(p.ink("positive")); font-weight: bold; }
            .down { color: \(p.ink("negative")); font-weight: bold; }
            .thin { color: \(p.ink("warning")); }
            svg.bar { vertical-align: middle; }
            ul.areas li { margin: 0.5mm 0; }
            section.country + section.country { break-before: page; margin-top: 8mm; }
            footer { margin-top: 6mm; font-size: 8.5pt; color: \(p.ink("muted")); border-top: 0.6pt solid \(p.fill("border")); padding-top: 1.5mm; }
            @media print { body { padding: 0; max-width: none; } }

            """
        for band in 1...4 {
            css += ".r\(band) { color: \(p.ink("rating\(band)")); }\n"
        }
        return css
    }
}
