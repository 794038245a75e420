import MigofCore
import MigofWidgets

extension ProfileModel {
    /// One paragraph of the selected row's detail. An `optional` one repeats what the table's
    /// columns show, so it is the first left out when the room is short.
    struct DetailParagraph {
        var text: String
        var style: Style
        var optional = false
    }

    /// The selected row's detail in full. An indicator: its description, its answer and its
    /// note. An area: its published rating with the citation (never a repository path) and any
    /// caveat, its assessment and what it counts for, and its region and world averages.
    func detailParagraphs(_ profile: Profile, document: Document, width: Int) -> [DetailParagraph] {
        let framework = document.framework
        switch selectedRow(framework) {
        case .indicator(let areaIndex, let index)?:
            let entry = profile.areas[areaIndex].indicators[index]
            return [DetailParagraph(text: "\(entry.indicator.id) \(entry.indicator.description)", style: Style(.muted)),
                    DetailParagraph(text: Self.answerLine(entry, framework: framework), style: Style(.text), optional: true),
                    DetailParagraph(text: entry.note.map { "Note: \($0)" } ?? "No note; n adds one.",
                                    style: Style(entry.note == nil ? .unscored : .text))]
        case .area(let index)?:
            let entry = profile.areas[index], rating = entry.rating
            var paragraphs = [DetailParagraph(text: Self.publishedLine(rating, area: entry.area.id, framework: framework), style: Style(.muted))]
            if let caveat = rating.caveat { paragraphs.append(DetailParagraph(text: "\(Cells.caveatMark) \(caveat)", style: Style(.warning))) }
            paragraphs.append(DetailParagraph(text: Self.assessedLine(rating), style: Style(rating.disagrees ? .warning : .text), optional: true))
            if let benchmark = benchmark(profile, area: entry.area.id, document: document) {
                paragraphs.append(DetailParagraph(text: Self.benchmarkLine(benchmark, area: entry.area.id), style: Style(.muted),
                                                  optional: TableShape(width: width).benchmarks))
            }
            return paragraphs
        case nil:
            return []
        }
    }

    /// The detail's paragraphs word-wrapped to `width`, each line with its paragraph's style.
    static func wrap(_ paragraphs: [DetailParagraph], width: Int) -> [(text: String, style: Style)] {
        paragraphs.flatMap { paragraph in WordWrap.lines(paragraph.text, width: width).map { ($0, paragraph.style) } }
    }

    /// The lines the whole detail needs at `width`: what the layout grows the detail to.
    func detailLines(_ profile: Profile, document: Document, width: Int) -> [(text: String, style: Style)] {
        Self.wrap(detailParagraphs(profile, document: document, width: width), width: width)
    }

    /// The detail, wrapped into `detail`. When it needs more lines than there are, the
    /// paragraphs the table already shows go first; if it is still too long, the last line
    /// kept ends in `…` and the line under it says where to read it all.
    func drawDetail(_ profile: Profile, in detail: Rect, context: ViewContext, into buffer: inout Buffer) {
        var paragraphs = detailParagraphs(profile, document: context.document, width: detail.width)
        var lines = Self.wrap(paragraphs, width: detail.width)
        while lines.count > detail.height, let drop = paragraphs.lastIndex(where: \.optional) {
            paragraphs.remove(at: drop)
            lines = Self.wrap(paragraphs, width: detail.width)
        }
        if lines.count > detail.height {
            let indicator: Bool
            if case .indicator? = selectedRow(context.framework) { indicator = true } else { indicator = false }
            let ellipsis = context.glyphs.ellipsis
            let hint = indicator ? "\(ellipsis) more: n opens the note; a taller terminal shows it all"
                : "\(ellipsis) more: a taller terminal, or w writes the report in full"
            lines = Array(lines.prefix(max(0, detail.height - 1)))
            if var last = lines.popLast() {
                last.text = WordWrap.ending(last.text, width: detail.width, ellipsis: ellipsis)
                lines.append(last)
            }
            lines.append((TextWidth.truncate(hint, to: detail.width, ellipsis: ellipsis), Style(.muted)))
        }
        for (offset, line) in lines.prefix(detail.height).enumerated() {
            buffer.put(line.text, x: detail.x, y: detail.y + offset, style: line.style, maxWidth: detail.width)
        }
    }
}
