import MigofCore
import MigofWidgets

extension App {
    /// The indicator the score keys act on: the selected indicator row of a profile, the
    /// selected indicator of an area panel for the country selected in its ranking, or the
    /// focused side of a comparison at its selected indicator row.
    var scoreTarget: (country: String, year: Int, indicator: String)? {
        switch screen {
        case .compare:
            return compareScoreTarget
        case .profile(let code):
            let state = profileStates[code] ?? ProfileState()
            let rows = profileRows(code, expanded: state.expanded)
            guard rows.indices.contains(state.list.selected),
                  case .indicator(let area, let index) = rows[state.list.selected] else { return nil }
            return (code, year, framework.areas[area].indicators[index].id)
        case .area(let id):
            let state = areaStates[id] ?? AreaState()
            guard state.focus == .indicators, let area = framework.area(id),
                  area.indicators.indices.contains(state.indicators.selected),
                  let codes = ranked[id], codes.indices.contains(state.countries.selected) else { return nil }
            return (codes[state.countries.selected], year, area.indicators[state.indicators.selected].id)
        default:
            return nil
        }
    }

    /// Score keys: set, clear, step, or open the note editor for the target indicator.
    mutating func scoreAction(_ action: Action) {
        guard let target = scoreTarget else {
            if case .area = screen {
                message = "Tab to the indicators to score the selected country"
            } else if case .compare = screen {
                message = "select an indicator row first (Enter expands an area); the focused side is scored"
            } else {
                message = "select an indicator first (Enter expands an area)"
            }
            return
        }
        guard let assessment = store.countries[target.country]?.assessments[target.year] else {
            message = "\(store.countries[target.country]?.name ?? target.country) has no assessment for \(target.year); Y adds the year"
            return
        }
        let current = assessment.scores[target.indicator]
        let range = framework.answerRange(of: target.indicator) ?? framework.scoreRange
        let areaScreen = screen
        switch action {
        case .score(let index):
            let value = range.lowerBound + index
            guard range.contains(value) else {
                message = "\(value) is outside the scale \(range.lowerBound)–\(range.upperBound)"
                return
            }
            setScore(value, current: current, target)
        case .clearScore:
            setScore(nil, current: current, target)
        case .stepScore(let step):
            let next = current.map { $0 + step } ?? (step > 0 ? range.lowerBound : range.upperBound)
            guard range.contains(next) else {
                message = "already at the \(step > 0 ? "top" : "bottom") of the scale"
                return
            }
            setScore(next, current: current, target)
        case .editNote:
            // Never cut a longer note (from a hand-edited store) when it is only opened.
            let note = assessment.notes[target.indicator] ?? ""
            let input = TextInput(text: note, maxLength: max(Assessment.noteLimit, note.count))
            prompt = .note(country: target.country, year: target.year, indicator: target.indicator, input: input)
        default:
            break
        }
        // The ranking may have moved the scored country; keep it selected.
        if case .area(let id) = areaScreen, var state = areaStates[id],
           let index = ranked[id]?.firstIndex(of: target.country) {
            state.countries.select(index, count: ranked[id]!.count, visible: pageSize)
            areaStates[id] = state
        }
    }

    private mutating func setScore(_ value: Int?, current: Int?, _ target: (country: String, year: Int, indicator: String)) {
        guard value != current else {
            message = "\(target.indicator) is already \(value.map(String.init) ?? "unscored")"
            return
        }
        commit(.score(country: target.country, year: target.year, indicator: target.indicator, old: current, new: value))
    }

    /// Country keys on the profile and browser: new round, copy round, delete, log.
    mutating func countryAction(_ action: Action) {
        let code: String?
        switch screen {
        case .profile(let selected): code = selected
        case .browser: code = browser.rows.indices.contains(browser.list.selected) ? browser.rows[browser.list.selected] : nil
        default: code = nil
        }
        guard let code, let country = store.countries[code] else { return }
        switch action {
        case .newYear:
            var input = TextInput(maxLength: 4)
            input.digitsOnly = true
            prompt = .newYear(country: code, input: input)
        case .copyPreviousYear:
            guard country.assessments[year] != nil else {
                message = "\(country.name) has no assessment for \(year); Y adds the year"
                return
            }
            guard let previous = country.years.last(where: { $0 < year }) else {
                message = "\(country.name) has no year before \(year) to copy from"
                return
            }
            prompt = .confirm(.copyScores(country: code, from: previous, to: year))
        case .deleteCountry:
            prompt = .confirm(.deleteCountry(code))
        case .showLog:
            prompt = .log(country: code, offset: 0)
        default:
            break
        }
    }
}
